/** Output helpers for commands: atomic writes, colour detection, exit codes. */
import {randomBytes} from 'node:crypto'
import {chmod, realpath, rename, rm, stat, writeFile} from 'node:fs/promises'
import path from 'node:path'

/** Exit codes shared by every command (documented in README). */
export const exitCodes = {ok: 0, findings: 1, usage: 2} as const

/** Write a file atomically: a temporary file beside it, then a rename; keeps the file's mode, writes through symlinks. */
export async function writeAtomic(target: string, contents: string): Promise<void> {
  const file = await realpath(target).catch(() => target)
  const mode = await stat(file).then((info) => info.mode & 0o7777, () => null)
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    await writeFile(temporary, contents)
    if (mode !== null) await chmod(temporary, mode)
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
