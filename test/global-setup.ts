// Build dist/ once before the CLI tests run the compiled binary, as a user would; pick (and, if need be, unpack) the
// Chromium of the browser tests once, so that parallel test files do not unpack it each.
import {execFileSync} from 'node:child_process'
import {chooseBrowser} from './support/browser.js'

export default async function setup(): Promise<void> {
  execFileSync('npm', ['run', 'build', '--silent'], {stdio: 'inherit'})
  await chooseBrowser()
}
