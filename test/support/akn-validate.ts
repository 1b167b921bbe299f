// Validating Akoma Ntoso files against the OASIS schema shipped in schema/akn/: with xmllint when installed,
// else with xmllint-wasm (the same libxml2, built to WebAssembly), so a machine without apt runs them too.
import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {validateXML} from 'xmllint-wasm'

const schemaDir = path.resolve(import.meta.dirname, '..', '..', 'schema', 'akn')
/** The main schema file. */
export const aknSchema = path.join(schemaDir, 'akomantoso30.xsd')

function hasXmllint(): boolean {
  return spawnSync('xmllint', ['--version'], {encoding: 'utf8'}).status === 0
}

/** Validate files; returns the validator's messages for invalid ones (empty when all are valid). */
export async function validateAkn(files: string[], engine: 'auto' | 'wasm' = 'auto'): Promise<string[]> {
  if (engine === 'auto' && hasXmllint()) {
    const run = spawnSync('xmllint', ['--noout', '--schema', aknSchema, ...files], {encoding: 'utf8', maxBuffer: 64 * 1024 * 1024})
    return run.status === 0 ? [] : run.stderr.split('\n').filter((line) => line !== '' && !line.endsWith(' validates'))
  }
  const result = await validateXML({
    xml: files.map((file) => ({fileName: path.basename(file), contents: readFileSync(file, 'utf8')})),
    schema: [{fileName: 'akomantoso30.xsd', contents: readFileSync(aknSchema, 'utf8')}],
    preload: [{fileName: 'xml.xsd', contents: readFileSync(path.join(schemaDir, 'xml.xsd'), 'utf8')}],
    maxMemoryPages: 65536
  })
  return result.valid ? [] : result.errors.map((e) => e.message)
}
