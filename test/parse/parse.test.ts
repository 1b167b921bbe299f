import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseDraft, type Article, type Draft} from '../../src/index.js'

const valid = readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'check', 'valid.md'), 'utf8')

function parse(text: string): Draft {
  return parseDraft([{path: 'draft.md', contents: text}]).draft
}

function article(draft: Draft, number: string): Article {
  const found = draft.articles.find((a) => a.number === number)
  if (!found) throw new Error(`no article ${number}`)
  return found
}

describe('parseDraft: structure', () => {
  const draft = parse(valid)

  it('reads front matter into meta', () => {
    expect(draft.meta).toEqual({session: 't-valid', ordinal: 1, title: 'A valid draft', symbol: 'DEMO/T/1', date: '2024-01-01', venue: 'Nowhere'})
  })

  it('splits the preamble into opening, numbered paragraphs and closing', () => {
    expect(draft.preamble?.opening?.text).toBe('The States Parties to this Convention,')
    expect(draft.preamble?.paragraphs.map((p) => [p.id, p.number, p.text])).toEqual([
      ['preamble/pp-1', '1', 'Recalling the value of open networks,'],
      ['preamble/pp-2', '2', 'Concerned by [the growth of] offences committed with information systems,']
    ])
    expect(draft.preamble?.closing?.text).toBe('Have agreed as follows:')
  })

  it('reads chapters and articles with numbers as written, ordinals and chapters', () => {
    expect(draft.chapters.map((c) => [c.id, c.value, c.title, c.articles])).toEqual([
      ['ch-I', 1, 'General provisions', ['art-1', 'art-2']],
      ['ch-II', 2, 'Criminalization', ['art-3', 'art-3-bis']]
    ])
    expect(draft.articles.map((a) => [a.id, a.number, a.base, a.suffix, a.ordinal, a.title, a.chapter])).toEqual([
      ['art-1', '1', 1, null, 1, 'Purpose', 'I'],
      ['art-2', '2', 2, null, 2, 'Use of terms', 'I'],
      ['art-3', '3', 3, null, 3, 'Illegal access', 'II'],
      ['art-3-bis', '3 bis', 3, 'bis', 4, 'Attempt', 'II']
    ])
  })

  it('reads status markers from the heading and from the line under it', () => {
    expect(article(draft, '1').status.map((m) => [m.name, m.known])).toEqual([['agreed ad referendum', true]])
    expect(article(draft, '3 bis').status.map((m) => m.name)).toEqual(['informally agreed'])
    expect(article(draft, '2').paragraphs[1]?.markers.map((m) => m.name)).toEqual(['pending'])
  })

  it('nests subparagraphs and sub-subparagraphs with ids, and keeps closing words', () => {
    const paragraph = article(draft, '3').paragraphs[0]
    expect(paragraph?.text).toBe('Each State Party shall establish as an offence:')
    expect(paragraph?.subparagraphs.map((s) => [s.id, s.level, s.children.map((c) => c.id)])).toEqual([
      ['art-3/para-1/sub-a', 1, ['art-3/para-1/sub-a/sub-i', 'art-3/para-1/sub-a/sub-ii']],
      ['art-3/para-1/sub-b', 1, []]
    ])
    expect(paragraph?.closing?.id).toBe('art-3/para-1/closing')
    expect(paragraph?.closing?.text).toBe('when committed intentionally.')
  })

  it('gives exact source positions and text taken by offsets', () => {
    const sub = article(draft, '3').paragraphs[0]?.subparagraphs[0]?.children[1]
    expect(sub?.range.start).toEqual({line: 46, column: 7, offset: valid.indexOf('(ii) With other')})
    expect(valid.slice(sub?.textOffset, (sub?.textOffset ?? 0) + (sub?.text.length ?? 0))).toBe('With other [dishonest] intent;')
  })

  it('records brackets with nesting and option groups', () => {
    const b = article(draft, '3').paragraphs[0]?.subparagraphs[1]
    expect(b?.brackets.map((s) => [s.option, s.group, s.depth])).toEqual([['Option 1', 0, 1], ['Option 2', 0, 1]])
    const nested = parse('## Article 1. A\n\nText [outer [inner] rest] end.\n').articles[0]?.paragraphs[0]
    expect(nested?.brackets.map((s) => [s.inner, s.depth])).toEqual([['outer [inner] rest', 1], ['inner', 2]])
  })

  it('resolves cross-references, including relative ones', () => {
    const p2 = article(draft, '2').paragraphs[1]
    expect(p2?.references.map((r) => [r.text, r.targets.map((t) => t.resolved)])).toEqual([
      ['paragraph 1 of this article', ['art-2/para-1']],
      ['article 3, paragraph 1 (a)', ['art-3/para-1/sub-a']]
    ])
    const range = article(draft, '3 bis').paragraphs[0]?.references[0]
    expect([range?.text, range?.range, range?.targets.map((t) => t.resolved)]).toEqual(['articles 1 to 3', true, ['art-1', 'art-3']])
  })

  it('collects footnote definitions and references', () => {
    expect(draft.footnotes.map((f) => [f.label, f.text])).toEqual([['1', 'The definition is illustrative.']])
    expect(article(draft, '2').paragraphs[0]?.subparagraphs[0]?.footnoteRefs.map((f) => f.label)).toEqual(['1'])
  })
})

describe('parseDraft: accepted variants', () => {
  const canonical = '# Chapter II. Criminalization\n\n## Article 3. Illegal access\n\n1. Each State Party shall:\n\n   (a) Act "now";\n\n   (b) Act later.\n'

  const strip = (draft: Draft) => ({
    chapters: draft.chapters.map((c) => [c.id, c.title]),
    articles: draft.articles.map((a) => ({
      id: a.id,
      title: a.title,
      paragraphs: a.paragraphs.map((p) => [p.id, p.text, p.subparagraphs.map((s) => [s.id, s.text])])
    }))
  })

  it.each([
    ['CRLF and a byte-order mark', '\uFEFF' + canonical.replace(/\n/g, '\r\n')],
    ['CHAPTER in capitals, title on the next line', canonical.replace('# Chapter II. Criminalization', 'CHAPTER II\nCriminalization')],
    ['Article number and title on two plain lines', canonical.replace('## Article 3. Illegal access', 'Article 3\nIllegal access')],
    ['Article number and title as two headings', canonical.replace('## Article 3. Illegal access', '## Article 3\n\n### Illegal access')],
    ['a dash separator', canonical.replace('Article 3. Illegal', 'Article 3 – Illegal')],
    ['subparagraphs written a)', canonical.replace('(a)', 'a)').replace('(b)', 'b)')],
    ['unindented subparagraphs', canonical.replace(/ {3}\(/g, '(')],
    ['typographic quotes and a non-breaking space', canonical.replace('"now"', '\u201Cnow\u201D').replace('Each State', 'Each\u00A0State')]
  ])('%s parses like the canonical form', (_name, variant) => {
    expect(strip(parse(variant))).toEqual(strip(parse(canonical)))
  })
})

describe('parseDraft: never throws', () => {
  it.each([
    ['empty', '', ['empty-file']],
    ['binary', new Uint8Array([0, 1, 2, 3]), ['not-text']],
    ['invalid UTF-8', new Uint8Array([0x41, 0xff, 0xfe]), ['not-text']],
    ['unterminated front matter', '---\ntitle: x\n', ['stray-text']],
    ['broken YAML', '---\ntitle: [x\n---\n## Article 1. A\n\nText.\n', ['invalid-front-matter']]
  ])('%s input returns messages, not exceptions', (_name, contents, expected) => {
    const {files} = parseDraft([{path: 'x.md', contents}])
    expect(files[0]?.messages.map((m) => m.ruleId)).toEqual(expected)
  })
})
