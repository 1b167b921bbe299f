/** Output helpers for commands: atomic writes that never follow symbolic links, safe file names, closed pipes, exit codes. */
import {randomBytes} from 'node:crypto'
import {constants} from 'node:fs'
import {chmod, lstat, mkdir, open, realpath, rename, rm, stat, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {InputError} from '../model/errors.js'

/** Exit codes shared by every command (documented in README and docs/security.md). */
export const exitCodes = {ok: 0, findings: 1, usage: 2, closedPipe: 141} as const

/**
 * Write a file atomically: a new temporary file beside it (created exclusively), then a rename. Keeps a
 * regular file's mode; a symbolic link at `target` is replaced by the file, never written through.
 */
export async function writeAtomic(target: string, contents: string | Uint8Array): Promise<void> {
  const info = await lstat(target).catch(() => null)
  if (info?.isDirectory()) throw new InputError(`\`${target}\` is a folder; give the name of a file to write`)
  const mode = info?.isFile() ? info.mode & 0o7777 : null
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    await writeFile(temporary, contents, {flag: 'wx'})
    if (mode !== null) await chmod(temporary, mode)
    await rename(temporary, target)
  } catch (error) {
    await rm(temporary, {force: true})
    throw error
  }
}

function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child)
  return relative === '' || (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative))
}

/** The folder a symbolic link in `dir` may not lead out of: the current folder when `dir` is inside it, else `dir`'s parent. */
function anchorOf(absolute: string): string {
  return isInside(absolute, process.cwd()) ? process.cwd() : path.dirname(absolute)
}

/** The real path of `dir`, or of its nearest existing ancestor with the missing rest appended. */
async function realOrNearest(dir: string): Promise<string> {
  const real = await realpath(dir).catch(() => null)
  if (real !== null) return real
  const parent = path.dirname(dir)
  return parent === dir ? dir : path.join(await realOrNearest(parent), path.basename(dir))
}

/**
 * Make sure an output folder stays where it was asked for: refuse it when a symbolic link in it leads
 * outside the current folder (or, for a folder outside the current one, outside its parent); with
 * `create`, make it first.
 */
export async function outputFolder(dir: string, create: boolean): Promise<void> {
  const absolute = path.resolve(dir)
  const anchor = await realOrNearest(anchorOf(absolute))
  const check = async () => {
    const real = await realOrNearest(absolute)
    if (!isInside(real, anchor)) throw new InputError(`\`${dir}\` leads through a symbolic link to \`${real}\`, outside \`${anchor}\`; draftdiff writes only inside the folder asked for: give the real folder, or remove the link`)
  }
  await check()
  if (!create) return
  await mkdir(absolute, {recursive: true})
  await check()
}

/** Write `contents` to the file `--out FILE` names: its folder checked as `outputFolder` does, the file replaced atomically. */
export async function writeOutputFile(file: string, contents: string | Uint8Array): Promise<void> {
  const folder = path.dirname(file)
  const info = await stat(folder).catch(() => null)
  if (!info?.isDirectory()) throw new InputError(`cannot write \`${file}\`: the folder \`${folder}\` does not exist; create it first, or give another --out`)
  await outputFolder(folder, false)
  await writeAtomic(file, contents)
}

/** A label from a draft or a repository (session ids come from front matter) as one safe file-name part: no `/`, `..`, leading dot or control character. */
export function safeFileName(label: string): string {
  const name = label
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}_.-]+/gu, '_')
    .replace(/\.{2,}/g, '.')
    .replace(/^[.-]+|\.+$/g, '')
    .slice(0, 100)
  return name === '' ? 'draft' : name
}

/**
 * End quietly when the reader of stdout goes away (`draftdiff diff a b | head -1`), as git does:
 * no message, exit status 141 (128 + SIGPIPE, what a shell shows for `git log | head`). A closed
 * stderr is ignored.
 */
export function endQuietlyOnClosedPipe(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') process.exit(exitCodes.closedPipe)
    process.stderr.write(`draftdiff: cannot write the output: ${error.code ?? error.message}\n`)
    process.exit(exitCodes.usage)
  })
  process.stderr.on('error', () => {})
}

/** Whether to colour output on a stream: a TTY, and NO_COLOR unset. */
export function useColor(stream: NodeJS.WriteStream): boolean {
  return Boolean(stream.isTTY) && !('NO_COLOR' in process.env && process.env.NO_COLOR !== '')
}

/**
 * A small input file's text (a concordance, a notes file): a regular file of at most `limit` bytes, checked before
 * reading, so a FIFO or /dev/zero is refused and never read; `refuse` turns a reason into the command's error.
 */
export async function readInputFile(file: string, limit: number, refuse: (why: string) => Error): Promise<string> {
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
    if (info.size > limit) throw refuse(`it is ${info.size} bytes, more than the limit of ${limit} bytes (${limit / 1024 / 1024} MiB)`)
    const buffer = Buffer.alloc(info.size + 1)
    const {bytesRead} = await handle.read(buffer, 0, buffer.length, 0)
    if (bytesRead > info.size) throw refuse('it grew while being read')
    return buffer.subarray(0, bytesRead).toString('utf8')
  } finally {
    await handle.close()
  }
}
