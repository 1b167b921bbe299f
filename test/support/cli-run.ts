// Running the built CLI from tests: synchronously, or with its stdout closed, or paused now and then.
import {spawn, spawnSync} from 'node:child_process'
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {expect} from 'vitest'

export const root = path.resolve(import.meta.dirname, '..', '..')
export const bin = path.join(root, 'bin', 'draftdiff.js')

export interface Run {
  code: number | null
  stdout: string
  stderr: string
}

/** The tests' environment: no colour, no parse cache; `extra` adds variables, or removes those it sets to undefined. */
function env(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const result: NodeJS.ProcessEnv = {...process.env, NO_COLOR: '1', DRAFTDIFF_CACHE: '0'}
  delete result.FORCE_COLOR
  for (const [name, value] of Object.entries(extra)) {
    if (value === undefined) delete result[name]
    else result[name] = value
  }
  return result
}

/** How `runWith` runs the CLI. */
export interface RunOptions {
  /** Working folder (default: the repository root). */
  cwd?: string
  /** Variables added to the tests' environment; undefined removes one (`DRAFTDIFF_CACHE: undefined` turns the cache on). */
  env?: Record<string, string | undefined>
  /** Milliseconds before the run counts as a hang (default 60 s). */
  timeout?: number
  /** A file descriptor to write stdout to instead of a pipe (`Run.stdout` is then empty). */
  stdout?: number
}

/** Run `draftdiff ...args` with `options`, failing on a hang or a signal. */
export function runWith(options: RunOptions, ...args: string[]): Run {
  const result = spawnSync(process.execPath, [bin, ...args], {cwd: options.cwd ?? root, env: env(options.env), stdio: ['pipe', options.stdout ?? 'pipe', 'pipe'], encoding: 'utf8', timeout: options.timeout ?? 60_000, maxBuffer: 64 * 1024 * 1024})
  expect(result.error, `draftdiff ${args.join(' ')} did not finish`).toBeUndefined()
  expect(result.signal, `draftdiff ${args.join(' ')} was killed`).toBeNull()
  return {code: result.status, stdout: result.stdout ?? '', stderr: result.stderr}
}

/** Run `draftdiff ...args` in `cwd`, failing on a hang or a signal. */
export function runIn(cwd: string, ...args: string[]): Run {
  return runWith({cwd}, ...args)
}

/** Run `draftdiff ...args` with the reading end of its stdout closed before it writes anything. */
export function runClosedStdout(cwd: string, ...args: string[]): Promise<{code: number | null; signal: string | null; stderr: string}> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {cwd, env: env(), stdio: ['ignore', 'pipe', 'pipe']})
    child.stdout.destroy()
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000)
    child.on('error', reject)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      resolve({code, signal, stderr})
    })
  })
}

/** Run `draftdiff ...args`, stopping and continuing it (SIGSTOP, SIGCONT) every few milliseconds until it ends. */
export function runPaused(cwd: string, ...args: string[]): Promise<Run & {pauses: number}> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {cwd, env: env(), stdio: ['ignore', 'pipe', 'pipe']})
    let stdout = ''
    let stderr = ''
    let pauses = 0
    let done = false
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    const pause = () => {
      if (done) return
      child.kill('SIGSTOP')
      pauses++
      setTimeout(() => {
        if (done) return
        child.kill('SIGCONT')
        setTimeout(pause, 15)
      }, 120)
    }
    setTimeout(pause, 15)
    child.on('error', reject)
    child.on('close', (code) => {
      done = true
      resolve({code, stdout, stderr, pauses})
    })
  })
}

/** The files of a demo session folder (drafts/<name>), as `{'drafts/<name>/<file>': contents}`. */
export function demoSession(name: string, as = name): Record<string, string> {
  const folder = path.join(root, 'drafts', name)
  const files: Record<string, string> = {}
  for (const file of readdirSync(folder)) if (file.endsWith('.md')) files[`drafts/${as}/${file}`] = readFileSync(path.join(folder, file), 'utf8')
  return files
}

/** No stack trace or uncaught-error noise. */
export function expectNoCrash(text: string): void {
  expect(text).not.toMatch(/\n\s{4}at /)
  expect(text).not.toContain('node:internal')
  expect(text).not.toMatch(/\b(TypeError|RangeError|ReferenceError|Error \[ERR_)/)
}
