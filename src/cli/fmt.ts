/** `draftdiff fmt`: rewrite drafts in canonical form, or report which are not. */
import {formatDraft} from '../fmt/format.js'
import {decodeDraft, maxFileBytes, tooLargeReason} from '../parse/source.js'
import {InputError, readSources} from '../versions/files.js'
import {lstat} from 'node:fs/promises'
import {visible} from '../report/visible.js'
import {exitCodes, writeAtomic} from './io.js'

/** Options of `draftdiff fmt`. */
export interface FmtOptions {
  check: boolean
  stdout: boolean
  /** Stop reading each file at the first line starting with this text (the rest is kept as it is). */
  until?: string
}

/** Format every file of every path; return the exit code. */
export async function runFmt(paths: string[], options: FmtOptions): Promise<number> {
  let changed = 0
  let unreadable = 0
  for (const target of paths) {
    for (const source of await readSources(target)) {
      for (const input of source.inputs) {
        // Over the limit, the file was not read: refuse as `diff` does (exit 2), never format it as empty.
        if (input.byteLength !== undefined && input.byteLength > maxFileBytes) throw new InputError(`${input.path}: ${tooLargeReason(input.path, `${input.byteLength} bytes, limit ${maxFileBytes}`)}`)
        const decoded = typeof input.contents === 'string' ? {ok: true as const, text: input.contents} : decodeDraft(input.contents)
        if (!decoded.ok) {
          process.stderr.write(`${visible(input.path)}: not formatted: ${decoded.detail} (run \`draftdiff check\` for details)\n`)
          unreadable++
          continue
        }
        const formatted = formatDraft(decoded.text, input.path, {until: options.until})
        if (options.stdout) {
          // The draft as it is for a file or pipe; on a terminal its control characters are shown visibly.
          process.stdout.write(process.stdout.isTTY ? visible(formatted) : formatted)
          continue
        }
        if (formatted === decoded.text) continue
        changed++
        if (options.check) process.stdout.write(`${visible(input.path)}: not in canonical form (run \`draftdiff fmt ${visible(input.path)}\`)\n`)
        else if ((await lstat(input.path)).isSymbolicLink()) {
          process.stderr.write(`${visible(input.path)}: not formatted: it is a symbolic link, and fmt never writes through one; run fmt on the file it points to\n`)
          unreadable++
        } else {
          await writeAtomic(input.path, formatted)
          process.stderr.write(`${visible(input.path)}: formatted\n`)
        }
      }
    }
  }
  if (unreadable > 0) return exitCodes.usage
  return options.check && changed > 0 ? exitCodes.findings : exitCodes.ok
}
