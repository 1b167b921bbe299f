/** Reading reference instruments for `sources`: files in any format `import` reads, or folders of them, size-checked first. */
import {lstat, readdir, readFile} from 'node:fs/promises'
import path from 'node:path'
import {importDocument, importFormats} from '../import/index.js'
import {parseDraft} from '../parse/draft.js'
import {maxFileBytes} from '../parse/source.js'
import {byName, InputError, maxSessionFiles} from '../versions/files.js'
import type {Reference} from './match.js'

const readable = new RegExp(`\\.(${importFormats.join('|')})$`, 'i')

/** The reference files a path names: the file itself, or the readable files directly in a folder, by name. */
async function filesOf(target: string): Promise<string[]> {
  const info = await lstat(target).catch(() => null)
  if (!info) throw new InputError(`reference \`${target}\` does not exist; give a file (.md, .txt, .docx) or a folder of them`)
  if (info.isSymbolicLink()) throw new InputError(`reference \`${target}\` is a symbolic link; give the file it points to`)
  if (info.isFile()) return [target]
  if (!info.isDirectory()) throw new InputError(`reference \`${target}\` is not a regular file or folder`)
  const names = (await readdir(target)).filter((name) => readable.test(name) && !name.startsWith('_') && !name.startsWith('.') && name.toLowerCase() !== 'readme.md').sort(byName)
  if (names.length === 0) throw new InputError(`reference folder \`${target}\` holds no .md, .txt or .docx file`)
  if (names.length > maxSessionFiles) throw new InputError(`reference folder \`${target}\` holds ${names.length} files; give at most ${maxSessionFiles}`)
  return names.map((name) => path.join(target, name))
}

/** Read and parse every reference; each is named by its title in front matter or on the cover, else by its file name. */
export async function readReferences(targets: string[]): Promise<Reference[]> {
  const files = (await Promise.all(targets.map(filesOf))).flat()
  const references: Reference[] = []
  for (const file of files) {
    const info = await lstat(file)
    if (!info.isFile()) continue
    if (info.size > maxFileBytes) throw new InputError(`reference \`${file}\` is ${info.size} bytes; at most ${maxFileBytes} are read`)
    const imported = importDocument(file, new Uint8Array(await readFile(file)))
    const draft = parseDraft([{path: file, contents: imported.markdown}]).draft
    const title = typeof draft.meta.title === 'string' && draft.meta.title.trim() !== '' ? draft.meta.title.trim() : path.basename(file).replace(readable, '')
    references.push({name: title, draft})
  }
  return references
}
