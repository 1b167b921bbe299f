// The layers of src/ are enforced by lint: an import from a higher layer fails `npm run lint`.
import {ESLint} from 'eslint'
import {describe, expect, it} from 'vitest'

const eslint = new ESLint({cwd: process.cwd()})

async function ruleIds(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, {filePath: file})
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message)
}

describe('layers', () => {
  it.each([
    ['src/report/fixture.ts', "import {compareTable} from '../compare/table.js'\nexport const x = compareTable\n"],
    ['src/report/fixture.ts', "import type {Review} from '../pr/review.js'\nexport type X = Review\n"],
    ['src/model/fixture.ts', "import {parseDraft} from '../parse/draft.js'\nexport const x = parseDraft\n"],
    ['src/git/fixture.ts', "import {readSources} from '../versions/files.js'\nexport const x = readSources\n"],
    ['src/align/fixture.ts', "import {wordDiff} from '../diff/words.js'\nexport const x = wordDiff\n"],
    ['src/engine/fixture.ts', "import {compareDrafts} from '../diff/compare.js'\nexport const x = compareDrafts\n"],
    ['src/diff/fixture.ts', "import {compareTable} from '../compare/table.js'\nexport const x = compareTable\n"],
    ['src/history/fixture.ts', "import {review} from '../pr/review.js'\nexport const x = review\n"],
    ['src/compare/fixture.ts', "import {main} from '../cli/main.js'\nexport const x = main\n"]
  ])('%s may not import upward: %s', async (file, source) => {
    expect(await ruleIds(file, source)).toEqual(['no-restricted-imports'])
  })

  it.each([
    ['src/report/fixture.ts', "import type {CompareTable} from '../model/compare.js'\nexport type X = CompareTable\n"],
    ['src/diff/fixture.ts', "import {pairVersions} from '../engine/pair.js'\nexport const x = pairVersions\n"],
    ['src/history/fixture.ts', "import {openRepository} from '../git/repo.js'\nexport const x = openRepository\n"],
    ['src/cli/fixture.ts', "import {review} from '../pr/review.js'\nexport const x = review\n"]
  ])('%s may import downward: %s', async (file, source) => {
    expect(await ruleIds(file, source)).toEqual([])
  })

  it('keeps the hastscript rule in every layer', async () => {
    expect(await ruleIds('src/report/fixture.ts', "import {h} from 'hastscript'\nexport const x = h\n")).toEqual(['no-restricted-imports'])
  })
})
