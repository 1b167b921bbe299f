// Citations as delegates write them, from structural ids: every kind of unit, with and without its article.
import {describe, expect, it} from 'vitest'
import {articleNumberOf, citeArticle, citeSide, citeUnit, compactCitations, listCitations, unitLabel} from '../../src/model/cite.js'
import type {UnitChange} from '../../src/model/diff.js'
import {parseDraft} from '../../src/parse/draft.js'

describe('citeUnit', () => {
  it.each([
    ['art-14', 'article 14', 'article 14'],
    ['art-14/para-2', 'paragraph 2', 'article 14, paragraph 2'],
    ['art-14/para-4/sub-e', 'paragraph 4 (e)', 'article 14, paragraph 4 (e)'],
    ['art-14/para-2/sub-a/sub-ii', 'paragraph 2 (a) (ii)', 'article 14, paragraph 2 (a) (ii)'],
    ['art-14/para-3/closing', 'closing words of paragraph 3', 'article 14, closing words of paragraph 3'],
    ['art-2/p-1', 'unnumbered paragraph', 'article 2, unnumbered paragraph'],
    ['art-2/p-1/sub-a', 'subparagraph (a)', 'article 2, subparagraph (a)'],
    ['art-2/p-1/sub-a/sub-iii', 'subparagraph (a) (iii)', 'article 2, subparagraph (a) (iii)'],
    ['art-2/p-1/closing', 'closing words', 'article 2, closing words'],
    ['art-2/p-2', 'second unnumbered paragraph', 'article 2, second unnumbered paragraph'],
    ['art-2/p-2/sub-b', 'second unnumbered paragraph, subparagraph (b)', 'article 2, second unnumbered paragraph, subparagraph (b)'],
    ['art-2/p-2/closing', 'closing words of the second unnumbered paragraph', 'article 2, closing words of the second unnumbered paragraph'],
    ['art-2/p-12', 'unnumbered paragraph 12', 'article 2, unnumbered paragraph 12'],
    ['art-24-bis/para-1/sub-b', 'paragraph 1 (b)', 'article 24 bis, paragraph 1 (b)'],
    ['art-7-ter/para-2', 'paragraph 2', 'article 7 ter, paragraph 2'],
    ['art-12~2/para-1', 'paragraph 1', 'article 12, paragraph 1']
  ])('%s → "%s", with its article "%s"', (id, within, across) => {
    expect(citeUnit(id)).toBe(within)
    expect(citeUnit(id, {article: true})).toBe(across)
  })

  it.each([
    ['preamble/opening', undefined, 'opening words of the preamble'],
    ['preamble/pp-3', '(3)', 'preambular paragraph 3'],
    ['preamble/pp-3', '', 'preambular paragraph 3'],
    ['preamble/pp-4', '(5)', 'preambular paragraph 5'],
    ['preamble/closing', '', 'closing formula of the preamble']
  ])('%s (marker %s) → "%s", the same across articles', (id, marker, expected) => {
    expect(citeUnit(id, marker === undefined ? {} : {marker})).toBe(expected)
    expect(citeUnit(id, {article: true, ...(marker === undefined ? {} : {marker})})).toBe(expected)
  })

  it('cites every unit the parser makes without an id in the words', () => {
    const source = [
      '# Preamble',
      '',
      'The States Parties to this Convention,',
      '',
      '(1) Noting the first thing,',
      '',
      '(2) Noting the second thing,',
      '',
      'Have agreed as follows:',
      '',
      '# Chapter I. General',
      '',
      '## Article 1. Terms',
      '',
      'For the purposes of this Convention:',
      '',
      '(a) "Data" means any representation of facts;',
      '',
      '(b) "System" means any device:',
      '',
      '   (i) that processes data;',
      '',
      '   (ii) that stores data;',
      '',
      '## Article 1 bis. Measures',
      '',
      '1. Each State Party shall adopt measures.',
      '',
      '2. Such measures shall include:',
      '',
      '(a) the first;',
      '',
      '(b) the second,',
      '',
      'in accordance with domestic law.',
      ''
    ].join('\n')
    const {draft} = parseDraft([{path: 'draft.md', contents: source}])
    const units: Array<{id: string; marker?: string}> = []
    if (draft.preamble) {
      if (draft.preamble.opening) units.push({id: draft.preamble.opening.id})
      for (const p of draft.preamble.paragraphs) units.push({id: p.id, marker: p.number === null ? '' : `(${p.number})`})
      if (draft.preamble.closing) units.push({id: draft.preamble.closing.id})
    }
    for (const article of draft.articles) {
      for (const paragraph of article.paragraphs) {
        units.push({id: paragraph.id})
        const subs = (list: typeof paragraph.subparagraphs): void => {
          for (const sub of list) {
            units.push({id: sub.id})
            subs(sub.children)
          }
        }
        subs(paragraph.subparagraphs)
        if (paragraph.closing) units.push({id: paragraph.closing.id})
      }
    }
    expect(units.map((u) => citeUnit(u.id, {article: true, ...(u.marker === undefined ? {} : {marker: u.marker})}))).toEqual([
      'opening words of the preamble',
      'preambular paragraph 1',
      'preambular paragraph 2',
      'closing formula of the preamble',
      'article 1, unnumbered paragraph',
      'article 1, subparagraph (a)',
      'article 1, subparagraph (b)',
      'article 1, subparagraph (b) (i)',
      'article 1, subparagraph (b) (ii)',
      'article 1 bis, paragraph 1',
      'article 1 bis, paragraph 2',
      'article 1 bis, paragraph 2 (a)',
      'article 1 bis, paragraph 2 (b)',
      'article 1 bis, closing words of paragraph 2'
    ])
  })
})

describe('articles and lists', () => {
  it('names articles by their number as written', () => {
    expect(citeArticle('24 bis')).toBe('article 24 bis')
    expect(articleNumberOf('art-24-bis/para-1')).toBe('24 bis')
    expect(articleNumberOf('art-12~2')).toBe('12')
    expect(articleNumberOf('preamble/pp-1')).toBeNull()
  })

  it('joins citations with "and", each once', () => {
    expect(listCitations([])).toBe('')
    expect(listCitations(['paragraph 1'])).toBe('paragraph 1')
    expect(listCitations(['paragraph 1', 'paragraph 2 (a)', 'paragraph 1', 'paragraph 3'])).toBe('paragraph 1, paragraph 2 (a) and paragraph 3')
  })
})

describe('compactCitations', () => {
  it('lists subparagraphs of one paragraph together, as delegates write them', () => {
    expect(compactCitations(['paragraph 5 (c)', 'paragraph 5 (d)', 'paragraph 5 (f)', 'paragraph 6'])).toEqual(['paragraph 5 (c), (d) and (f)', 'paragraph 6'])
    expect(compactCitations(['paragraph 2', 'paragraph 2 (c)', 'paragraph 2 (a) (i)', 'paragraph 2 (a) (ii)'])).toEqual(['paragraph 2', 'paragraph 2 (c)', 'paragraph 2 (a) (i) and (ii)'])
    expect(compactCitations(['subparagraph (a)', 'subparagraph (b)', 'preambular paragraph 3', 'preambular paragraph 3'])).toEqual(['subparagraph (a) and (b)', 'preambular paragraph 3'])
    expect(compactCitations(['paragraph 4 (e)', 'paragraph 10 (e)'])).toEqual(['paragraph 4 (e)', 'paragraph 10 (e)'])
  })
})

describe('unitLabel', () => {
  const side = (id: string, marker = '') => ({id, marker, text: ''})
  const change = (old: ReturnType<typeof side> | null, now: ReturnType<typeof side> | null): UnitChange => ({
    relation: old && now ? 'matched' : old ? 'deleted' : 'inserted',
    old,
    new: now,
    renumbered: false,
    reordered: false,
    change: 'substantive',
    similarity: null,
    redline: {pieces: [], coarse: false, wordsAdded: 0, wordsRemoved: 0}
  })

  it('cites a unit in place, renumbered, or moved to the other half of a split', () => {
    const home = {old: 'art-21', new: 'art-20'}
    expect(unitLabel(change(side('art-21/para-2/sub-d'), side('art-20/para-2/sub-d')), home)).toBe('paragraph 2 (d)')
    expect(unitLabel(change(side('art-21/para-3'), side('art-20/para-2')), home)).toBe('paragraph 3, now paragraph 2')
    expect(unitLabel(change(side('art-21/para-6'), side('art-21/para-1')), home)).toBe('paragraph 6 moved to article 21, paragraph 1')
    expect(unitLabel(change(null, side('art-21/para-3')), home)).toBe('article 21, paragraph 3')
    expect(unitLabel(change(side('art-21/para-8'), null), home)).toBe('paragraph 8')
  })

  it('cites a unit from the other article of a merge with that article', () => {
    const home = {old: 'art-25', new: 'art-25'}
    expect(unitLabel(change(side('art-26/para-1'), side('art-25/para-4')), home)).toBe('former article 26, paragraph 1 moved to paragraph 4')
    expect(unitLabel(change(side('art-26/para-2'), null), home)).toBe('former article 26, paragraph 2')
    expect(citeUnit('art-26/para-2', {article: true, former: true})).toBe('former article 26, paragraph 2')
  })

  it('cites preambular paragraphs by the number written in the draft', () => {
    expect(unitLabel(change(side('preamble/pp-6', '(6)'), side('preamble/pp-5', '(5)')))).toBe('preambular paragraph 6, now preambular paragraph 5')
  })
})

describe('citeSide', () => {
  it('cites a side inside the article read, and names its article when it sits in another one', () => {
    expect(citeSide({id: 'art-20/para-2/sub-b', marker: '(b)'}, 'art-20')).toBe('paragraph 2 (b)')
    expect(citeSide({id: 'art-20/para-2/sub-b', marker: '(b)'}, null)).toBe('paragraph 2 (b)')
    expect(citeSide({id: 'art-21/para-1', marker: '1.'}, 'art-20')).toBe('article 21, paragraph 1')
    expect(citeSide({id: 'art-19/para-3', marker: '3.'}, 'art-20', true)).toBe('former article 19, paragraph 3')
    expect(citeSide({id: 'art-20/para-3', marker: '3.'}, 'art-20', true)).toBe('paragraph 3')
    expect(citeSide({id: 'preamble/pp-4', marker: '(5)'}, null)).toBe('preambular paragraph 5')
  })
})
