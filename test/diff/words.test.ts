import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {rebuild, tokenDiff, tokenize, wordDiff} from '../../src/diff/words.js'

describe('wordDiff', () => {
  it('marks whole words, keeping the common text', () => {
    expect(wordDiff('shall adopt such measures', 'shall consider adopting such measures').pieces).toEqual([
      {type: 'equal', text: 'shall '},
      {type: 'delete', text: 'adopt'},
      {type: 'insert', text: 'consider adopting'},
      {type: 'equal', text: ' such measures'}
    ])
  })

  it('counts words added and removed, not punctuation', () => {
    const result = wordDiff('a [bracketed] text.', 'a text, agreed.')
    expect([result.wordsAdded, result.wordsRemoved]).toEqual([1, 1])
  })

  it('falls back to a coarse redline when the edit budget is exceeded, and still rebuilds both sides', () => {
    const a = Array.from({length: 400}, (_, i) => `w${i}`).join(' ')
    const b = Array.from({length: 400}, (_, i) => `v${i}`).join(' ')
    const result = wordDiff(a, b, {maxEditLength: 10})
    expect(result.coarse).toBe(true)
    expect(rebuild(result.pieces, 'old')).toBe(a)
    expect(rebuild(result.pieces, 'new')).toBe(b)
  })

  it('tokens concatenate back to the text', () => {
    fc.assert(fc.property(fc.string(), (text) => tokenize(text).join('') === text), {numRuns: 500})
  })

  it('leaving equal ends out of the token diff changes nothing', () => {
    const text = fc.array(fc.constantFrom('State', 'Party', 'shall', '[', ']', ' ', '  ', '\n', '\t', '\v', '\f', '\u00a0', '\u2003', ',', 'data', '12 bis', '\u{1F600}'), {maxLength: 30}).map((parts) => parts.join(''))
    fc.assert(
      fc.property(text, text, text, text, (head, one, other, tail) => {
        const [a, b] = [head + one + tail, head + other + tail]
        if (a !== b) expect(wordDiff(a, b)).toEqual(tokenDiff(a, b))
      }),
      {numRuns: 5000}
    )
  })

  it('pieces rebuild both sides exactly, for any pair of texts', () => {
    const text = fc.array(fc.constantFrom('State', 'Party', 'shall', '[', ']', ' ', ',', 'data', '\u00E9t\u00E9', '12 bis'), {maxLength: 30}).map((parts) => parts.join(' '))
    fc.assert(
      fc.property(text, text, (a, b) => {
        const {pieces} = wordDiff(a, b)
        expect(rebuild(pieces, 'old')).toBe(a)
        expect(rebuild(pieces, 'new')).toBe(b)
        expect(pieces.every((p) => p.text !== '')).toBe(true)
      }),
      {numRuns: 2000}
    )
  })
})
