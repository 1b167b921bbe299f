import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {isShortIsland, phrasePieces, shortIslands} from '../../src/model/phrases.js'
import {rebuild, wordDiff} from '../../src/diff/words.js'
import type {Piece} from '../../src/model/diff.js'

const phrases = (a: string, b: string) => phrasePieces(wordDiff(a, b).pieces)

describe('phrasePieces', () => {
  it('folds a reworded phrase into one deletion and one insertion', () => {
    expect(phrases('as set out in paragraph 1 or 2 of this article', 'as set out in article 20 when one of this article')).toEqual([
      {type: 'equal', text: 'as set out in '},
      {type: 'delete', text: 'paragraph 1 or 2'},
      {type: 'insert', text: 'article 20 when one'},
      {type: 'equal', text: ' of this article'}
    ])
  })

  it('keeps a single changed word a single word', () => {
    expect(phrases('States Parties shall adopt such measures', 'States Parties may adopt such measures')).toEqual([
      {type: 'equal', text: 'States Parties '},
      {type: 'delete', text: 'shall'},
      {type: 'insert', text: 'may'},
      {type: 'equal', text: ' adopt such measures'}
    ])
  })

  it('keeps an island of three words that are not all stop words', () => {
    const pieces = phrases('the first competent national authority shall act', 'the second competent national authority may act')
    expect(pieces.filter((p) => p.type === 'delete').map((p) => p.text)).toEqual(['first', 'shall'])
  })

  it('folds an island of stop words only, whatever its length', () => {
    expect(isShortIsland(' of the and the ')).toBe(true)
    expect(isShortIsland(' competent national authority ')).toBe(false)
    expect(isShortIsland(' national authority ')).toBe(true)
    expect(isShortIsland(', ')).toBe(true)
  })

  it('does not fold words around a lifted bracket or an added comma', () => {
    const lifted = phrases('including [virtual assets,] and documents', 'including virtual assets, and documents')
    expect(lifted.filter((p) => p.type !== 'equal')).toEqual([
      {type: 'delete', text: '['},
      {type: 'delete', text: ']'}
    ])
    const comma = phrases('with criminal intent or in relation', 'with dishonest intent, or in relation')
    expect(comma.filter((p) => p.type !== 'equal').map((p) => p.text)).toEqual(['criminal', 'dishonest', ','])
  })

  it('folds a chain of islands into one phrase', () => {
    const pieces: Piece[] = [
      {type: 'equal', text: 'A '},
      {type: 'delete', text: 'b'},
      {type: 'insert', text: 'x'},
      {type: 'equal', text: ' c '},
      {type: 'insert', text: 'y'},
      {type: 'equal', text: ' d '},
      {type: 'delete', text: 'e'},
      {type: 'equal', text: ' end.'}
    ]
    expect(phrasePieces(pieces)).toEqual([
      {type: 'equal', text: 'A '},
      {type: 'delete', text: 'b c  d e'},
      {type: 'insert', text: 'x c y d '},
      {type: 'equal', text: ' end.'}
    ])
  })

  it('counts the short islands between changes', () => {
    const pieces = wordDiff('States shall adopt the measures', 'States may adopt the rules').pieces
    expect(shortIslands(pieces)).toBe(1)
    expect(shortIslands(phrasePieces(pieces))).toBe(0)
  })

  const text = fc.array(fc.constantFrom('State', 'Party', 'shall', 'the', 'of', 'and', '[', ']', ' ', ' ', ' ', ',', '.', 'data', 'article', '12', 'bis', '\n'), {maxLength: 40}).map((parts) => parts.join(''))

  it('rebuilds both texts exactly, and is stable', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const pieces = phrasePieces(wordDiff(a, b).pieces)
        expect(rebuild(pieces, 'old')).toBe(a)
        expect(rebuild(pieces, 'new')).toBe(b)
        expect(pieces.every((p) => p.text !== '')).toBe(true)
        expect(phrasePieces(pieces)).toEqual(pieces)
        // No two neighbours of one type, and a deletion never follows an insertion.
        for (let i = 1; i < pieces.length; i++) {
          expect(pieces[i]?.type === pieces[i - 1]?.type).toBe(false)
          expect(pieces[i - 1]?.type === 'insert' && pieces[i]?.type === 'delete').toBe(false)
        }
      }),
      {numRuns: 3000}
    )
  })

  it('leaves a redline with no short island between word changes as it was', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const pieces = wordDiff(a, b).pieces
        const changes = pieces.filter((p) => p.type !== 'equal').length
        if (changes <= 1) expect(phrasePieces(pieces)).toEqual(pieces)
      }),
      {numRuns: 2000}
    )
  })
})

describe('phrasePieces keeps kept words between deletions alone', () => {
  it('does not fold an island between two deletions or two insertions', () => {
    const deleted = phrases('It shall [A State may] [consider providing] [provide] for penalties', 'It shall consider providing for penalties')
    expect(deleted.filter((p) => p.type === 'insert')).toEqual([])
    const inserted = phrases('It shall act now', 'It shall promptly and fully act now and here')
    expect(inserted.filter((p) => p.type === 'delete')).toEqual([])
  })
})
