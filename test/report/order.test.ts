import {describe, expect, it} from 'vitest'
import type {ArticleChange, NegotiationEvent} from '../../src/model/diff.js'
import {detailedArticles, isMarkerOnly, markerLines, numberRanges} from '../../src/report/order.js'

const article = (number: string, change: ArticleChange['change'], events: Array<Pick<NegotiationEvent, 'kind' | 'text'>>, relation: ArticleChange['relation'] = 'matched'): ArticleChange =>
  ({relation, old: [number], new: [number], oldArticles: [], newArticles: [], renumbered: false, moved: false, titleChanged: false, change, matchedBy: null, similarity: null, lineage: number, units: [], events: events.map((e) => ({...e, unit: null})), wordsAdded: 0, wordsRemoved: 0, bracketsOpened: 0, bracketsClosed: 0}) as ArticleChange

describe('report order', () => {
  it('states runs of whole numbers as ranges, other numbers as they are', () => {
    expect(numberRanges(['1', '2', '3', '5', '7', '8', '24 bis', '25', '26'])).toBe('1–3, 5, 7–8, 24 bis, 25–26')
    expect(numberRanges([])).toBe('')
  })

  it('puts substantive changes first and leaves marker-only articles to one line per marker', () => {
    const lost = {kind: 'marker-lost' as const, text: 'agreed ad referendum'}
    const gained = {kind: 'marker-gained' as const, text: 'agreed'}
    const list = [article('1', 'none', [lost]), article('2', 'editorial', [lost]), article('3', 'substantive', []), article('4', 'none', [lost, gained]), article('5', 'none', [lost]), article('6', 'none', [], 'added')]
    expect(detailedArticles(list).map((a) => a.new[0])).toEqual(['3', '6', '2'])
    expect(list.filter(isMarkerOnly).map((a) => a.new[0])).toEqual(['1', '4', '5'])
    expect(markerLines(list).map((l) => l.text)).toEqual(['3 articles lost [agreed ad referendum]: 1, 4–5', '1 article gained [agreed]: 4'])
  })
})
