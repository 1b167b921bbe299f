/** Output helpers for commands: atomic writes, colour detection, exit codes. */
import {randomBytes} from 'node:crypto'
import {rename, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'

/** Exit codes shared by every command (documented in README). */
export const exitCodes = {ok: 0, findings: 1, usage: 2} as const

/** Write a file atomically: a temporary file beside it, then a rename. */
export async function writeAtomic(file: string, contents: string): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    await writeFile(temporary, contents)
    await rename(temporary, file)
  } catch (error) {
    await rm(temporary, {force: true})
    throw error
  }
}

/** Whether to colour output on a stream: a TTY, and NO_COLOR unset. */
export function useColor(stream: NodeJS.WriteStream): boolean {
  return Boolean(stream.isTTY) && !('NO_COLOR' in process.env && process.env.NO_COLOR !== '')
}
