/** Reading `compare --notes FILE`: a regular file of at most 1 MiB, checked before reading; errors as `FILE:line:column`. */
import {constants} from 'node:fs'
import {open} from 'node:fs/promises'
import {maxNotesBytes, NotesError, parseNotes, type Notes} from '../compare/notes.js'
import {visible} from '../report/visible.js'
import {InputError} from '../versions/files.js'

const help = 'see "Notes" in docs/compare.md'

/** The notes file, parsed; a missing, oversized or malformed file is an InputError naming the file, line, column and rule. */
export async function readNotes(file: string): Promise<Notes> {
  return parseOrExplain(file, await readText(file))
}

/** Parse notes text; a NotesError becomes `FILE:line:column: message [rule]; see …`. */
export function parseOrExplain(file: string, text: string): Notes {
  try {
    return parseNotes(text)
  } catch (error) {
    throw explain(file, error)
  }
}

/** A NotesError as an InputError naming the file; anything else unchanged. */
export function explain(file: string, error: unknown): unknown {
  return error instanceof NotesError ? new InputError(`${visible(file)}:${error.line}:${error.column}: ${error.message} [${error.rule}]; ${help}`) : error
}

async function readText(file: string): Promise<string> {
  const refuse = (why: string) => new InputError(`cannot read notes \`${visible(file)}\`: ${why} [notes-file]; give a YAML or JSON file (${help})`)
  let handle
  try {
    // O_NONBLOCK: opening a FIFO never waits for a writer; it is then refused as not a regular file.
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (error) {
    const err = error as NodeJS.ErrnoException
    throw refuse(err.code === 'ENOENT' ? 'it does not exist' : err.code === 'EACCES' ? 'permission denied (EACCES)' : (err.code ?? err.message))
  }
  try {
    const info = await handle.stat()
    if (!info.isFile()) throw refuse(info.isDirectory() ? 'it is a folder' : 'it is not a regular file (a pipe, device or socket)')
    if (info.size > maxNotesBytes) throw refuse(`it is ${info.size} bytes, more than the limit of ${maxNotesBytes} bytes (1 MiB)`)
    const buffer = Buffer.alloc(info.size + 1)
    const {bytesRead} = await handle.read(buffer, 0, buffer.length, 0)
    if (bytesRead > info.size) throw refuse('it grew while being read')
    const text = buffer.subarray(0, bytesRead).toString('utf8')
    if (text.includes('\uFFFD')) throw refuse('it is not UTF-8 text')
    return text
  } finally {
    await handle.close()
  }
}
