/**
 * The figures of docs/redlines.md, computed again: equal islands of one or two words between
 * changes, and changes (runs of deleted and inserted text) the reader meets, per changed unit,
 * before and after phrase folding, on the shipped pairs and on generated pairs. The docs' table
 * must hold these very rows.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {compareDrafts} from '../../src/diff/compare.js'
import {phrasePieces, shortIslands} from '../../src/model/phrases.js'
import {rebuild} from '../../src/diff/words.js'
import type {DraftDiff, Piece, UnitChange} from '../../src/model/diff.js'
import {parseDraft} from '../../src/index.js'
import {loadSessions} from '../../src/versions/sessions.js'
import {generateDraft, mutate, Pool, renderDraft, Rng, type Mutation} from '../support/generate-drafts.js'

interface Tally {
  units: number
  islandsBefore: number
  islandsAfter: number
  changesBefore: number
  changesAfter: number
}

/** Runs of changed pieces: a deletion and the insertion right after it are one change. */
function changes(pieces: Piece[]): number {
  return pieces.filter((p, i) => p.type !== 'equal' && (i === 0 || pieces[i - 1]?.type === 'equal')).length
}

function tally(diffs: DraftDiff[]): Tally {
  const out: Tally = {units: 0, islandsBefore: 0, islandsAfter: 0, changesBefore: 0, changesAfter: 0}
  const units: UnitChange[] = diffs.flatMap((d) => [...d.preamble, ...d.articles.flatMap((a) => a.units)])
  for (const unit of units) {
    if (unit.relation !== 'matched' || !unit.redline.pieces.some((p) => p.type !== 'equal')) continue
    const before = unit.redline.pieces
    const after = phrasePieces(before)
    expect(rebuild(after, 'old')).toBe(rebuild(before, 'old'))
    expect(rebuild(after, 'new')).toBe(rebuild(before, 'new'))
    out.units++
    out.islandsBefore += shortIslands(before)
    out.islandsAfter += shortIslands(after)
    out.changesBefore += changes(before)
    out.changesAfter += changes(after)
  }
  return out
}

const per = (n: number, units: number) => (units === 0 ? '0' : (n / units).toFixed(2))
const row = (name: string, t: Tally) =>
  `| ${name} | ${t.units} | ${per(t.islandsBefore, t.units)} | ${per(t.islandsAfter, t.units)} | ${per(t.changesBefore, t.units)} | ${per(t.changesAfter, t.units)} |`

function generatedDiffs(heavy: boolean): DraftDiff[] {
  const out: DraftDiff[] = []
  for (let seed = 1; seed <= 12; seed++) {
    const pool = new Pool(new Rng(seed))
    const old = generateDraft(pool, {chapters: [6, 6], preamble: 2})
    const mutations: Mutation[] = Array.from({length: 6}, (_, k) => ({kind: 'words', pick: seed * 31 + k * 97, where: k * 13, variant: seed * 7 + k * 1009}))
    const {draft} = mutate(old, pool.fork(seed * 101), mutations, {numbering: 'consecutive', heavy})
    const a = parseDraft([{path: 'old.md', contents: renderDraft(old)}]).draft
    const b = parseDraft([{path: 'new.md', contents: renderDraft(draft)}]).draft
    out.push(compareDrafts({label: 'old', draft: a}, {label: 'new', draft: b}))
  }
  return out
}

describe('docs/redlines.md figures', () => {
  it('match the shipped and generated pairs', async () => {
    const sessions = await loadSessions('drafts')
    const shipped = sessions.slice(1).map((s, k) => compareDrafts({label: sessions[k]!.id, draft: sessions[k]!.draft}, {label: s.id, draft: s.draft}))
    const rows = [
      ...shipped.map((d) => row(`${d.old.label} → ${d.new.label}`, tally([d]))),
      row('all shipped pairs', tally(shipped)),
      row('generated, word edits (≤ 15 % of a unit)', tally(generatedDiffs(false))),
      row('generated, heavy word edits', tally(generatedDiffs(true)))
    ]
    const docs = readFileSync('docs/redlines.md', 'utf8')
    for (const line of rows) expect(docs, `docs/redlines.md lacks the row:\n${line}\n(all rows:\n${rows.join('\n')})`).toContain(line)
  }, 60_000)
})
