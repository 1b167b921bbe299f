// Golden files: the output must equal test/golden/<name>. A missing golden fails; goldens are written only when
// UPDATE_GOLDENS=1, after a deliberate change whose diff is then read and committed.
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {expect} from 'vitest'

/** The folder of the golden files. */
export const goldenDir = path.resolve(import.meta.dirname, '..', 'golden')

/** Compare `actual` with the golden file `name` (in `dir`); with UPDATE_GOLDENS=1, write it first. */
export function matchGolden(name: string, actual: string, dir = goldenDir): void {
  const file = path.join(dir, name)
  if (process.env.UPDATE_GOLDENS === '1') writeFileSync(file, actual)
  else if (!existsSync(file)) {
    const testFile = expect.getState().testPath
    const command = `UPDATE_GOLDENS=1 npx vitest run ${testFile ? path.relative(process.cwd(), testFile) : ''}`.trimEnd()
    throw new Error(`Golden file ${path.relative(process.cwd(), file)} is missing. Create it deliberately with \`${command}\`, read it, and commit it.`)
  }
  expect(actual).toBe(readFileSync(file, 'utf8'))
}
