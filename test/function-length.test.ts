// No function in src/ over 80 lines without a stated reason: `max-lines-per-function` in eslint.config.js.
import {ESLint} from 'eslint'
import {describe, expect, it} from 'vitest'

const eslint = new ESLint({cwd: process.cwd()})

async function ruleIds(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, {filePath: file})
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message)
}

/** A function of `lines` counted lines (its first and last included), with `filler` after each statement. */
function fn(lines: number, filler = ''): string {
  const statements = Array.from({length: lines - 4}, (_, k) => `  total += ${k}\n${filler}`).join('')
  return `export function long(): number {\n  let total = 0\n${statements}  return total\n}\n`
}

describe('function length', () => {
  it('a function of 80 lines passes; 81 fails', async () => {
    expect(fn(80).split('\n').length - 1).toBe(80)
    expect(await ruleIds('src/align/fixture.ts', fn(80))).toEqual([])
    expect(await ruleIds('src/align/fixture.ts', fn(81))).toEqual(['max-lines-per-function'])
  })

  it('blank lines and comments are not counted', async () => {
    expect(await ruleIds('src/parse/fixture.ts', fn(80, '\n  // a comment\n'))).toEqual([])
  })

  it('a longer function passes only with a disable comment', async () => {
    expect(await ruleIds('src/cli/fixture.ts', `// eslint-disable-next-line max-lines-per-function -- a table-driven switch reads best whole\n${fn(81)}`)).toEqual([])
  })

  it('applies to src/ only', async () => {
    expect(await ruleIds('test/fixture.test.ts', fn(81))).toEqual([])
  })
})
