// Property tests of chapter alignment (issue 18): generated drafts, chapter operations with known truth
// (mutateChapters in test/support/generate-drafts.ts); the chapter relations and the `moved` flags equal the truth,
// and chapter lineage across three versions is consistent with each pair's alignment.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {traceChapterLineage} from '../../src/diff/chapter-lineage.js'
import {compareDrafts} from '../../src/diff/compare.js'
import type {DraftDiff} from '../../src/model/diff.js'
import type {Draft} from '../../src/model/types.js'
import {parseDraft} from '../../src/parse/index.js'
import {chapterKinds, generateDraft, mutateChapters, Pool, renderDraft, Rng, type ChapterOp} from '../support/generate-drafts.js'

const op: fc.Arbitrary<ChapterOp> = fc.record({kind: fc.constantFrom(...chapterKinds), pick: fc.nat({max: 9999}), where: fc.nat({max: 9999})})
const caseArb = fc.record({
  seed: fc.integer({min: 1, max: 0x7fffffff}),
  chapters: fc.array(fc.integer({min: 2, max: 6}), {minLength: 2, maxLength: 6}),
  ops: fc.array(op, {minLength: 1, maxLength: 4})
})

const parse = (text: string, path: string): Draft => parseDraft([{path, contents: text}]).draft
const key = (e: {relation: string; old: string[]; new: string[]; titleChanged: boolean}) => `${e.relation} ${e.old.join('+') || '—'} > ${e.new.join('+') || '—'}${e.titleChanged ? ' (title)' : ''}`
const runs = Math.max(1, Math.round(120 * Number(process.env.ALIGN_PROPERTY_RUNS ?? 1)))

describe('chapter alignment over generated drafts with known truth', () => {
  it('chapter relations, renames and moved articles equal the truth', {timeout: 120_000}, () => {
    const applied = new Set<string>()
    fc.assert(
      fc.property(caseArb, ({seed, chapters, ops}) => {
        const pool = new Pool(new Rng(seed))
        const old = generateDraft(pool, {chapters, preamble: 1})
        const {draft, truth, moved, log} = mutateChapters(old, pool.fork(seed ^ 0x5bd1e995), ops)
        const diff: DraftDiff = compareDrafts({label: 'old', draft: parse(renderDraft(old), 'old.md')}, {label: 'new', draft: parse(renderDraft(draft), 'new.md')})
        const where = log.join('; ')
        for (const line of log) applied.add(line.split(' ')[0] ?? '')
        expect(diff.chapters.map(key).sort(), where).toEqual(truth.map(key).sort())
        expect(diff.articles.filter((a) => a.moved).flatMap((a) => a.new).sort(), where).toEqual([...moved].sort())
      }),
      {numRuns: runs}
    )
    // Every operation was exercised (the log names each by its verb).
    expect([...applied].sort()).toEqual(['delete', 'insert', 'merge', 'move', 'rename', 'split', 'swap'])
  })

  it('lineage keys across three versions follow each pair: a matched chapter keeps its key, an added one starts its own', {timeout: 120_000}, () => {
    fc.assert(
      fc.property(caseArb, fc.array(op, {minLength: 1, maxLength: 3}), ({seed, chapters, ops}, more) => {
        const pool = new Pool(new Rng(seed))
        const v1 = generateDraft(pool, {chapters, preamble: 0})
        const v2 = mutateChapters(v1, pool.fork(seed ^ 0x1234567), ops).draft
        const v3 = mutateChapters(v2, pool.fork(seed ^ 0x7654321), more).draft
        const versions = [v1, v2, v3].map((d, k) => ({label: `v${k + 1}`, draft: parse(renderDraft(d), `v${k + 1}.md`)}))
        const keys = traceChapterLineage(versions)
        for (const k of [1, 2]) {
          const [before, after] = [versions[k - 1], versions[k]] as [(typeof versions)[number], (typeof versions)[number]]
          const diff = compareDrafts(before, after)
          const index = (draft: Draft, number: string) => draft.chapters.findIndex((c) => c.number === number)
          for (const change of diff.chapters) {
            const inherited = change.old[0] === undefined ? undefined : keys[k - 1]?.[index(before.draft, change.old[0])]
            change.new.forEach((number, position) => {
              const expected = inherited !== undefined && (change.relation !== 'split' || position === 0) ? inherited : `v${k + 1}:ch-${number}`
              expect(keys[k]?.[index(after.draft, number)]).toBe(expected)
            })
          }
        }
      }),
      {numRuns: Math.max(1, Math.round(runs / 3))}
    )
  })
})
