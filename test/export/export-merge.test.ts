// Merging two versions' document lines into redline rows: whatever the pairing, the old lines of the rows
// read in order are the old document and the new lines the new one; pairs out of order become moves.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import type {DocLine} from '../../src/export/lines.js'
import {mergeLines} from '../../src/export/merge.js'
import {styledRuns} from '../../src/export/runs.js'

const line = (key: string): DocLine => ({kind: 'paragraph', key, text: key, level: 0, article: null})

describe('mergeLines', () => {
  it('keeps both documents whole and in order, for any pairing', () => {
    const input = fc.record({old: fc.integer({min: 0, max: 30}), new: fc.integer({min: 0, max: 30}), pairs: fc.array(fc.tuple(fc.nat(40), fc.nat(40)), {maxLength: 40})})
    fc.assert(
      fc.property(input, (c) => {
        const before = Array.from({length: c.old}, (_, i) => line(`o${i}`))
        const after = Array.from({length: c.new}, (_, j) => line(`n${j}`))
        const rows = mergeLines(before, after, c.pairs.map(([i, j]) => [`o${i}`, `n${j}`]))
        expect(rows.flatMap((r) => (r.old ? [r.old.key] : []))).toEqual(before.map((l) => l.key))
        expect(rows.flatMap((r) => (r.new ? [r.new.key] : []))).toEqual(after.map((l) => l.key))
        for (const row of rows) if (row.old && row.new) expect(c.pairs.some(([i, j]) => row.old?.key === `o${i}` && row.new?.key === `n${j}`)).toBe(true)
      }),
      {numRuns: 500}
    )
  })

  it('a pair out of order is a deletion and an insertion, both marked moved; the longest ordered run stays paired', () => {
    const rows = mergeLines(['a', 'b', 'c'].map(line), ['b2', 'c2', 'a2'].map(line), [['a', 'a2'], ['b', 'b2'], ['c', 'c2']])
    expect(rows.map((r) => `${r.old?.key ?? '-'}/${r.new?.key ?? '-'}${r.moved ? ' moved' : ''}`)).toEqual(['a/- moved', 'b/b2', 'c/c2', '-/a2 moved'])
  })
})

describe('styledRuns', () => {
  it('cuts pieces at bracket and status-marker boundaries, keeping every character once', () => {
    const runs = styledRuns([{type: 'equal', text: 'A [b'}, {type: 'insert', text: ' c] d'}, {type: 'delete', text: ' [pending]'}], new Set(['pending']))
    expect(runs).toEqual([
      {type: 'equal', text: 'A ', style: null},
      {type: 'equal', text: '[b', style: 'bracket'},
      {type: 'insert', text: ' c]', style: 'bracket'},
      {type: 'insert', text: ' d', style: null},
      {type: 'delete', text: ' ', style: null},
      {type: 'delete', text: '[pending]', style: 'marker'}
    ])
  })
})
