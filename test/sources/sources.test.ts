// `sources`: agreed language found through the shingle index, on fixtures written for the tests (test/fixtures/sources).
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseDraft} from '../../src/parse/draft.js'
import {loadSessions} from '../../src/versions/sessions.js'
import {findSources} from '../../src/sources/match.js'
import {readReferences} from '../../src/sources/read.js'
import {root, runIn} from '../support/cli-run.js'
import {docxOf} from '../import-helpers.js'
import {cpuTimed} from '../support/cpu-time.js'
import {matchGolden} from '../support/golden.js'

const fixtures = path.join(root, 'test', 'fixtures', 'sources')
const draft = () => parseDraft([{path: 'draft.md', contents: readFileSync(path.join(fixtures, 'draft.md'), 'utf8')}]).draft

describe('findSources', () => {
  it('finds each borrowed paragraph in its reference, with similarity, and the article most of an article comes from', async () => {
    const references = await readReferences([path.join(fixtures, 'model-law.md'), path.join(fixtures, 'guidelines.txt')])
    expect(references.map((r) => r.name)).toEqual(['Model Law on Public Records', 'GUIDELINES ON THE EXCHANGE OF RECORDS'])
    const result = findSources(draft(), references)
    const found = result.units.filter((u) => u.sources.length > 0).map((u) => [u.unit, u.sources.map((s) => `${s.reference} ${s.unit} ${s.similarity}`)])
    expect(found).toEqual([
      ['art-2/para-1/sub-a', ['Model Law on Public Records art-2/para-1/sub-a 0.917']],
      ['art-3/para-1', ['Model Law on Public Records art-3/para-1 0.615']],
      ['art-3/para-2', ['Model Law on Public Records art-3/para-2 1']],
      ['art-3/para-3', ['GUIDELINES ON THE EXCHANGE OF RECORDS art-2/para-1 1']]
    ])
    expect(result.units).toHaveLength(7)
    expect(result.articles).toEqual([
      {article: 'art-2', reference: 'Model Law on Public Records', from: 'art-2', units: 1, of: 1},
      {article: 'art-3', reference: 'Model Law on Public Records', from: 'art-3', units: 2, of: 3}
    ])
    // A higher threshold leaves out the paragraph reworded most.
    expect(findSources(draft(), references, {min: 0.7}).units.filter((u) => u.sources.length > 0).map((u) => u.unit)).toEqual(['art-2/para-1/sub-a', 'art-3/para-2', 'art-3/para-3'])
  })

  it('cites preambular paragraphs by their numbers as written, in the draft and in the reference', () => {
    const recitals = ['Recalling the declaration on harbour safety adopted by the coastal states at their first regional meeting', 'Mindful that mountain villages depend on roads kept open through the winter by shared snow clearing crews']
    const recital = (k: number) => recitals[k] ?? ''
    const parse = (numbers: number[], path: string) => parseDraft([{path, contents: `# Preamble\n\nThe Parties,\n\n${numbers.map((n, k) => `(${n}) ${recital(k)},`).join('\n\n')}\n\nHave agreed as follows:\n\n## Article 1. Scope\n\nThis Convention applies.\n`}]).draft
    const {units} = findSources(parse([2, 5], 'draft.md'), [{name: 'Model', draft: parse([1, 3], 'model.md')}])
    expect(units.filter((u) => u.unit.startsWith('preamble/')).map((u) => [u.citation, u.sources.map((s) => s.citation)])).toEqual([
      ['preambular paragraph 2', ['preambular paragraph 1']],
      ['preambular paragraph 5', ['preambular paragraph 3']]
    ])
  })

  it('reads a reference from .docx as from .md: the same passages, named by the title on its cover', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'draftdiff-sources-docx-'))
    try {
      const file = path.join(dir, 'model-law.docx')
      writeFileSync(file, await docxOf(readFileSync(path.join(fixtures, 'model-law.md'), 'utf8')))
      const fromDocx = await readReferences([file])
      const fromMarkdown = await readReferences([path.join(fixtures, 'model-law.md')])
      const found = (references: typeof fromDocx) => findSources(draft(), references).units.flatMap((u) => u.sources.map((s) => `${u.unit} ← ${s.reference} ${s.unit} ${s.similarity}`))
      expect(found(fromDocx)).toEqual(found(fromMarkdown))
      expect(found(fromDocx)).toHaveLength(3)
    } finally {
      rmSync(dir, {recursive: true, force: true})
    }
  })

  it('a session against the one before it: nearly every paragraph comes from the same place', async () => {
    const references = await readReferences([path.join(root, 'drafts', '06-updated')])
    const sessions = await readReferences([path.join(root, 'drafts', '07-final', 'draft.md')])
    const result = findSources(sessions[0]!.draft, references)
    const withSource = result.units.filter((u) => u.sources.length > 0).length
    expect(withSource / result.units.length).toBeGreaterThan(0.9)
  })
})

describe('the issue\'s size: a 70-article draft against three 50-article references', () => {
  it('matches in under a second of CPU (the final session, 68 articles, against the first 50 articles of 04, 05 and 06)', async () => {
    const sessions = await loadSessions(path.join(root, 'drafts'))
    const draft = sessions.find((s) => s.id === '07-final')!.draft
    const references = ['04-revised', '05-further-revised', '06-updated'].map((id) => {
      const full = sessions.find((s) => s.id === id)!.draft
      return {name: id, draft: {...full, preamble: null, articles: full.articles.slice(0, 50)}}
    })
    expect([draft.articles.length, ...references.map((r) => r.draft.articles.length)]).toEqual([68, 50, 50, 50])
    findSources(draft, references) // warm-up: compiled code, not first-call costs, is what the bound is about
    const {value, ms} = cpuTimed(() => findSources(draft, references))
    expect(value.units).toHaveLength(573)
    expect(value.units.filter((u) => u.sources.length > 0).length).toBeGreaterThan(400)
    // bench/sources.js measures 0.12–0.15 s; a bound of 1 s (the issue's) still catches a fall back to all pairs.
    expect(ms).toBeLessThan(1000)
  }, 60_000)
})

describe('draftdiff sources', () => {
  const args = ['sources', 'test/fixtures/sources/draft.md', '--reference', 'test/fixtures/sources/model-law.md', 'test/fixtures/sources/guidelines.txt']

  it('text and Markdown (golden), JSON one entry per unit, HTML under a strict policy', () => {
    const text = runIn(root, ...args)
    expect(text.code).toBe(0)
    matchGolden('sources-fixture.txt', text.stdout)
    matchGolden('sources-fixture.md', runIn(root, ...args, '--format', 'md').stdout)
    const json = JSON.parse(runIn(root, ...args, '--format', 'json').stdout) as {units: Array<{unit: string; sources: unknown[]}>}
    expect(json.units.map((u) => u.unit)).toEqual(['art-1/para-1', 'art-2/para-1', 'art-2/para-1/sub-a', 'art-2/para-1/sub-b', 'art-3/para-1', 'art-3/para-2', 'art-3/para-3'])
    expect(json.units[2]?.sources).toEqual([{reference: 'Model Law on Public Records', unit: 'art-2/para-1/sub-a', similarity: 0.917}])
    const html = runIn(root, ...args, '--format', 'html').stdout
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#x27;none&#x27;; style-src &#x27;sha256-/)
    expect(html).not.toContain('<script')
    expect(html).toContain('<del>body</del><ins>authority</ins>')
  })

  it('refuses a missing reference, a bad --min and a missing --reference, with exit 2 and a way forward', () => {
    const missing = runIn(root, 'sources', 'test/fixtures/sources/draft.md', '--reference', 'nowhere.md')
    expect([missing.code, missing.stderr]).toEqual([2, 'draftdiff: reference `nowhere.md` does not exist; give a file (.md, .txt, .docx) or a folder of them\n'])
    const min = runIn(root, ...args, '--min', '2')
    expect(min.code).toBe(2)
    expect(min.stderr).toContain('expected a similarity between 0 and 1 (such as 0.6), got `2`')
    expect(runIn(root, 'sources', 'test/fixtures/sources/draft.md').code).toBe(2)
  })
})
