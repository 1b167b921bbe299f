/** Reading `compare --notes FILE`: a regular file of at most 1 MiB, checked before reading; errors as `FILE:line:column`. */
import {maxNotesBytes, NotesError, parseNotes, type Notes} from '../compare/notes.js'
import {visible} from '../report/visible.js'
import {InputError} from '../versions/files.js'
import {readInputFile} from './io.js'

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
  const text = await readInputFile(file, maxNotesBytes, refuse)
  if (text.includes('\uFFFD')) throw refuse('it is not UTF-8 text')
  return text
}
