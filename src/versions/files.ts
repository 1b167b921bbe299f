/** Reading drafts from the file system: a file, a session folder, or a folder of sessions. */
import {readdir, readFile, stat} from 'node:fs/promises'
import path from 'node:path'
import type {DraftInput} from '../parse/draft.js'
import {InputError} from '../model/errors.js'
import {maxFileBytes} from '../parse/source.js'

/** Most files read for one session. */
export const maxSessionFiles = 500
/** Most bytes read for one session (50 MiB). */
export const maxSessionBytes = 50 * 1024 * 1024

/** A problem with what the user asked to read (defined in src/model/errors.ts). */
export {InputError} from '../model/errors.js'

/** A draft to parse: the files of one session (or a single file) and a label for it. */
export interface DraftSource {
  /** The session folder or file as given. */
  path: string
  /** Session id: the folder's name, or the file's name without `.md`. */
  id: string
  inputs: DraftInput[]
}

/** Whether a file name is part of a session's draft (Markdown, not README, not `_`-prefixed). */
export function isDraftFile(name: string): boolean {
  return /\.(md|markdown)$/i.test(name) && !/^readme\./i.test(name) && !name.startsWith('_')
}

/** Read a path: a Markdown file, a session folder, or a folder holding session folders (one source each). */
export async function readSources(target: string): Promise<DraftSource[]> {
  const info = await stat(target).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(error.code === 'ENOENT' ? `\`${target}\` does not exist; give a draft file (.md) or a session folder such as drafts/01-first-part` : `cannot read \`${target}\`: ${error.message}`)
  })
  if (info.isFile()) {
    if (info.size > maxFileBytes) return [{path: target, id: sessionId(target), inputs: [{path: target, contents: new Uint8Array(0), byteLength: info.size}]}]
    return [{path: target, id: sessionId(target), inputs: [{path: target, contents: await readFile(target)}]}]
  }
  if (!info.isDirectory()) throw new InputError(`\`${target}\` is neither a file nor a folder`)
  const entries = await readdir(target, {withFileTypes: true})
  const drafts = entries.filter((entry) => entry.isFile() && isDraftFile(entry.name)).map((entry) => entry.name).sort(byName)
  if (drafts.length > 0) return [await readSession(target, drafts)]
  const sessions: DraftSource[] = []
  for (const entry of entries.filter((e) => e.isDirectory() && !e.name.startsWith('.')).sort((a, b) => byName(a.name, b.name))) {
    const folder = path.join(target, entry.name)
    const names = (await readdir(folder, {withFileTypes: true})).filter((e) => e.isFile() && isDraftFile(e.name)).map((e) => e.name).sort(byName)
    if (names.length > 0) sessions.push(await readSession(folder, names))
  }
  if (sessions.length === 0) throw new InputError(`\`${target}\` holds no drafts: a session folder needs at least one .md file (README.md and _*.md are not read)`)
  return sessions
}

async function readSession(folder: string, names: string[]): Promise<DraftSource> {
  if (names.length > maxSessionFiles) throw new InputError(`\`${folder}\` has ${names.length} Markdown files; a session may have at most ${maxSessionFiles}`)
  const inputs: DraftInput[] = []
  let total = 0
  for (const name of names) {
    const file = path.join(folder, name)
    const size = (await stat(file)).size
    total += size
    if (total > maxSessionBytes) throw new InputError(`\`${folder}\` is larger than ${maxSessionBytes / 1024 / 1024} MiB; split it into several sessions or remove files that are not part of the draft`)
    inputs.push(size > maxFileBytes ? {path: file, contents: new Uint8Array(0), byteLength: size} : {path: file, contents: await readFile(file)})
  }
  return {path: folder, id: path.basename(folder), inputs}
}

function sessionId(file: string): string {
  return path.basename(file).replace(/\.(md|markdown)$/i, '')
}

/** Natural order: `2-x` before `10-x`. */
export function byName(a: string, b: string): number {
  return a.localeCompare(b, 'en', {numeric: true})
}
