import {describe, expect, it} from 'vitest'
import {findReferences} from '../../src/parse/references.js'

const here = {article: '7', paragraph: '2'}
const read = (text: string) => findReferences(text, here).map((r) => ({text: r.text, kind: r.kind, external: r.external, range: r.range, targets: r.targets.map((t) => [t.article, t.paragraph, t.subparagraph, t.chapter])}))

describe('findReferences', () => {
  it.each([
    ['as set forth in article 14.', {text: 'article 14', kind: 'article', external: false, range: false, targets: [['14', null, null, null]]}],
    ['under article 12 bis of this Convention', {text: 'article 12 bis', kind: 'article', external: false, range: false, targets: [['12 bis', null, null, null]]}],
    ['in article 14, paragraph 2, of', {text: 'article 14, paragraph 2', kind: 'paragraph', external: false, range: false, targets: [['14', '2', null, null]]}],
    ['Article 14, paragraph 2 (b), applies', {text: 'Article 14, paragraph 2 (b)', kind: 'subparagraph', external: false, range: false, targets: [['14', '2', 'b', null]]}],
    ['articles 7 to 11 apply', {text: 'articles 7 to 11', kind: 'article', external: false, range: true, targets: [['7', null, null, null], ['11', null, null, null]]}],
    ['articles 7, 8 and 9', {text: 'articles 7, 8 and 9', kind: 'article', external: false, range: false, targets: [['7', null, null, null], ['8', null, null, null], ['9', null, null, null]]}],
    ['paragraph 3 of this article', {text: 'paragraph 3 of this article', kind: 'paragraph', external: false, range: false, targets: [['7', '3', null, null]]}],
    ['paragraphs 1 and 2 of this article', {text: 'paragraphs 1 and 2 of this article', kind: 'paragraph', external: false, range: false, targets: [['7', '1', null, null], ['7', '2', null, null]]}],
    ['subparagraph (a) of this paragraph', {text: 'subparagraph (a) of this paragraph', kind: 'subparagraph', external: false, range: false, targets: [['7', '2', 'a', null]]}],
    ['subparagraph (c) of paragraph 1 of this article', {text: 'subparagraph (c) of paragraph 1 of this article', kind: 'subparagraph', external: false, range: false, targets: [['7', '1', 'c', null]]}],
    ['the offences in chapter IV', {text: 'chapter IV', kind: 'chapter', external: false, range: false, targets: [[null, null, null, 'IV']]}],
    ['article 2 of the Convention against Something', {text: 'article 2', kind: 'article', external: true, range: false, targets: [['2', null, null, null]]}]
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected])
  })

  it('ignores a paragraph number without "of this article" and words like "articles of association"', () => {
    expect(read('paragraph 3 above and the articles of association')).toEqual([])
  })

  it('records the span of every number, for renumbering', () => {
    const [reference] = findReferences('see article 14, paragraph 2 (b).', here)
    expect(reference?.numbers.map((n) => n.value)).toEqual(['14', '2', 'b'])
  })
})
