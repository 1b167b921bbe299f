// Comparable text (src/align/text.ts): `fold` skips text that is folded already; pin that it
// always equals the plain definition, and that bigram ids behave as sets of word pairs.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {dice, fold, intersectionSize, ShingleTable, wordIdsOf} from '../../src/align/text.js'

const spacey = fc.array(fc.constantFrom('a', 'b', ' ', '  ', '\n', '\t', '\u00a0', '\u2003', '\r\n', 'word', '#'), {maxLength: 30}).map((parts) => parts.join(''))

describe('fold', () => {
  it('equals replacing whitespace runs by one space and trimming', () => {
    fc.assert(
      fc.property(fc.oneof(spacey, fc.string({maxLength: 60})), (text) => {
        expect(fold(text)).toBe(text.replace(/\s+/g, ' ').trim())
      }),
      {numRuns: 5000}
    )
  })
})

describe('ShingleTable', () => {
  it('gives equal texts equal ids, and counts shared word pairs exactly', () => {
    const table = new ShingleTable()
    const a = table.of(wordIdsOf('States Parties shall cooperate, and States Parties shall report'))
    const b = table.of(wordIdsOf('States Parties shall report'))
    // a: states parties, parties shall, shall cooperate, cooperate and, and states, shall report (repeats once)
    expect(a.length).toBe(6)
    expect(b.length).toBe(3)
    expect(intersectionSize(a, b)).toBe(3)
    expect(dice(a, b)).toBeCloseTo(6 / 9)
    expect(table.of(wordIdsOf('States parties SHALL report'))).toEqual(b)
    expect(table.of(wordIdsOf('one'))).toEqual(table.of(wordIdsOf('One')))
    expect(table.of(wordIdsOf(''))).toEqual(new Int32Array(0))
  })

  it('keeps distinct word pairs distinct, also when their small-integer hashes collide', () => {
    // 300 × 300 word pairs through a 4-bit hash: nearly every pair collides, and must still get its own id.
    const table = new ShingleTable({hashBits: 4})
    const words = Array.from({length: 300}, (_, k) => `pairword${k}`)
    const ids = new Map<number, string>()
    for (const first of words) {
      for (const second of words) {
        const [id] = table.of(wordIdsOf(`${first} ${second}`))
        expect(ids.get(id ?? -1) ?? `${first} ${second}`).toBe(`${first} ${second}`)
        ids.set(id ?? -1, `${first} ${second}`)
      }
    }
    expect(table.size).toBe(90_000)
    expect(ids.size).toBe(90_000)
    expect(table.of(wordIdsOf('pairword7 pairword9'))).toEqual(table.of(wordIdsOf('pairword7 pairword9')))
  })
})
