/** `draftdiff import`: a .md, .txt (text of a PDF) or .docx file as a canonical draft, and a report of what it could not place. */
import {lstat, readFile, stat} from 'node:fs/promises'
import path from 'node:path'
import {maxFileBytes} from '../parse/source.js'
import {InputError} from '../model/errors.js'
import {exitCodes, writeAtomic} from './io.js'

/** Options of `draftdiff import`. */
export interface ImportCliOptions {
  out?: string
  session?: string
  until?: string
  format: 'md' | 'json'
  revisions: boolean
}

/** Import one file; print or write the draft, report on stderr; return the exit code. */
export async function runImport(file: string, options: ImportCliOptions): Promise<number> {
  const info = await stat(file).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(error.code === 'ENOENT' ? `\`${file}\` does not exist; give a .md, .txt or .docx file` : `cannot read \`${file}\`: ${error.message}`)
  })
  if (!info.isFile()) throw new InputError(`\`${file}\` is not a file; give a .md, .txt or .docx file`)
  if (info.size > maxFileBytes) throw new InputError(`\`${file}\` is ${info.size} bytes, over the limit of ${maxFileBytes}; split the document or remove images from it`)
  if (options.out !== undefined) await checkOut(file, options.out)
  const {importDocument, ImportError} = await import('../import/index.js')
  let result
  try {
    result = importDocument(file, new Uint8Array(await readFile(file)), {session: options.session, until: options.until})
  } catch (error) {
    if (error instanceof ImportError) throw new InputError(error.message)
    throw error
  }
  const output =
    options.format === 'json'
      ? JSON.stringify({schemaVersion: 1, file, markdown: result.markdown, notes: result.notes, revisions: result.revisions, comments: result.comments}, null, 2) + '\n'
      : result.markdown
  if (options.format === 'md') {
    for (const note of result.notes) process.stderr.write(`${file}: ${note.where}: ${clean(note.message)} [${note.rule}]\n`)
    if (options.revisions) {
      for (const revision of result.revisions) {
        process.stderr.write(`${file}: ${revision.where}: ${revision.kind} by ${clean(revision.author) || 'unknown'}${revision.date ? ` on ${revision.date.slice(0, 10)}` : ''}: "${clean(revision.text)}"\n`)
      }
    }
  }
  if (options.out === undefined) process.stdout.write(output)
  else {
    await writeAtomic(options.out, output)
    process.stderr.write(`${options.out}: written\n`)
  }
  return exitCodes.ok
}

/** Refuse to write through a symlink, onto the input, or into a folder that does not exist. */
async function checkOut(file: string, out: string): Promise<void> {
  const existing = await lstat(out).catch(() => null)
  if (existing?.isSymbolicLink()) throw new InputError(`\`${out}\` is a symbolic link; give the path of a regular file for --out`)
  if (existing && !existing.isFile()) throw new InputError(`\`${out}\` is not a file; give a file name for --out`)
  if (path.resolve(out) === path.resolve(file)) throw new InputError(`--out \`${out}\` is the file being imported; give another file name`)
  const folder = await stat(path.dirname(path.resolve(out))).catch(() => null)
  if (!folder?.isDirectory()) throw new InputError(`the folder of \`${out}\` does not exist; create it first`)
}

/** Text from a document, without control characters, for the terminal. */
function clean(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
}
