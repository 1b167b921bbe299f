// Build dist/ once before the CLI tests run the compiled binary, as a user would.
import {execFileSync} from 'node:child_process'

export default function setup(): void {
  execFileSync('npm', ['run', 'build', '--silent'], {stdio: 'inherit'})
}
