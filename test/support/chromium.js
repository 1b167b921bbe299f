// The one way browser tests and benchmarks get a headless Chromium: CHROMIUM_PATH if set, else Debian's
// /usr/bin/chromium if present, else the Chromium packaged in @sparticuz/chromium (unpacked once into the temporary
// folder). Plain JavaScript so that bench/ (which runs without a TypeScript loader) shares it; types in chromium.d.ts.
import {existsSync, mkdtempSync, readFileSync, renameSync, rmSync} from 'node:fs'
import {createRequire} from 'node:module'
import os from 'node:os'
import path from 'node:path'
import {chromium} from 'playwright-core'

const systemChromium = '/usr/bin/chromium'
export const commonArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
// Of @sparticuz/chromium's recommended flags, these are left out: --single-process closes the browser with its first
// page; the others relax the same-origin policy and mixed content, which the report tests must see enforced.
const unwanted = /^--(single-process|disable-web-security|allow-running-insecure-content|disable-site-isolation-trials|headless)/

/** The packaged Chromium's version, from its package.json. */
function packagedVersion() {
  const require = createRequire(import.meta.url)
  const manifest = path.join(path.dirname(require.resolve('@sparticuz/chromium')), '..', 'package.json')
  return JSON.parse(readFileSync(manifest, 'utf8')).version
}

/** Unpack @sparticuz/chromium into `<tmp>/draftdiff-chromium-<version>` (atomically: a private folder, then a rename). */
export async function packagedChromium() {
  const {default: packaged} = await import('@sparticuz/chromium')
  const dir = path.join(os.tmpdir(), `draftdiff-chromium-${packagedVersion()}`)
  const executablePath = path.join(dir, 'chromium')
  const args = [...packaged.args.filter((arg) => !unwanted.test(arg)), ...commonArgs]
  const source = `the Chromium of @sparticuz/chromium, unpacked in ${dir}`
  if (existsSync(executablePath)) return {executablePath, args, source}
  const partial = mkdtempSync(`${dir}.partial-`)
  const tmp = process.env.TMPDIR
  process.env.TMPDIR = partial // executablePath() unpacks into os.tmpdir()
  try {
    await packaged.executablePath()
  } finally {
    if (tmp === undefined) delete process.env.TMPDIR
    else process.env.TMPDIR = tmp
  }
  try {
    renameSync(partial, dir)
  } catch (error) {
    rmSync(partial, {recursive: true, force: true})
    if (!existsSync(executablePath)) throw error // another process unpacked it first otherwise
  }
  return {executablePath, args, source}
}

/** Which Chromium to use: CHROMIUM_PATH, Debian's, or the packaged one. */
export async function chooseBrowser() {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv) return {executablePath: fromEnv, args: commonArgs, source: `CHROMIUM_PATH=${fromEnv}`}
  if (existsSync(systemChromium)) return {executablePath: systemChromium, args: commonArgs, source: `Debian's ${systemChromium}`}
  return packagedChromium()
}

/** Launch headless Chromium, or fail saying what was tried and how to fix it. */
export async function launchBrowser() {
  let choice
  try {
    choice = await chooseBrowser()
    return await chromium.launch({executablePath: choice.executablePath, args: choice.args})
  } catch (error) {
    const tried = choice ? `${choice.source} (${choice.executablePath})` : 'unpacking @sparticuz/chromium (CHROMIUM_PATH unset, no /usr/bin/chromium)'
    throw new Error(
      `Cannot launch headless Chromium: tried ${tried}. The browser tests need a real browser and do not skip: ` +
        `set CHROMIUM_PATH to a Chromium, install Debian's (apt-get install -y chromium), or run npm ci to get @sparticuz/chromium.\n${error.message}`
    )
  }
}
