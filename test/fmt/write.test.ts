// writeDraft (src/fmt/write.ts): its exact output, and `formatDraft` leaves everything it writes as it is.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {formatDraft, writeDraft, type ArticleDescription, type DraftDescription, type ParagraphDescription} from '../../src/fmt/index.js'
import {parseDraft} from '../../src/parse/index.js'
import type {Paragraph, Subparagraph} from '../../src/model/types.js'
import {describeDraft, editKinds, generateDraft, mutate, Pool, Rng, structuralKinds, type Mutation} from '../support/generate-drafts.js'

const sample: DraftDescription = {
  frontMatter: {title: 'A short draft', ordinal: 3, note: 'Open: two options'},
  preamble: {opening: 'The States Parties to this Convention,', recitals: ['Noting the need for a common register of harbours,', 'Mindful of the cost of keeping it,'], numbered: true, closing: 'Have agreed as follows:'},
  chapters: [
    {
      numeral: 1,
      title: 'General provisions',
      articles: [
        {number: 1, title: 'Register', status: 'agreed ad referendum', paragraphs: [{text: 'Each State Party shall keep a register of its harbours [and docks] open to the public, as provided in article 12, paragraph 2.'}, {text: 'The register shall show:', subparagraphs: [{text: 'the name of each harbour;'}, {text: 'its depth at low tide, measured:', subparagraphs: [{text: 'in metres;'}, {text: 'in fathoms;'}]}], closing: 'and shall be revised every year.'}]},
        {number: '1 bis', paragraphs: [{text: 'Nothing in this article affects [the](https://example.org/x) older registers.[^1]', unnumbered: true}]}
      ]
    },
    {numeral: null, articles: [{number: 2, title: 'Costs', paragraphs: [{text: 'Costs are shared.'}]}]}
  ],
  footnotes: [{label: '1', text: 'Proposed by one delegation at the second session, pending a decision on the registers of inland ports.'}]
}

describe('writeDraft', () => {
  it('writes every part of a draft in canonical form, wrapped at the width asked for', () => {
    expect(writeDraft(sample, {width: 48})).toBe(
      [
        '---\ntitle: A short draft\nordinal: 3\nnote: "Open: two options"\n---',
        '# Preamble',
        'The States Parties to this Convention,',
        '(1) Noting the need for a common register of\n    harbours,',
        '(2) Mindful of the cost of keeping it,',
        'Have agreed as follows:',
        '# Chapter I. General provisions',
        '## Article 1. Register [agreed ad referendum]',
        // "12," may not open a line (a paragraph number): it stays with "article".
        '1. Each State Party shall keep a register of its\n   harbours [and docks] open to the public, as\n   provided in article 12, paragraph 2.',
        '2. The register shall show:',
        '   (a) the name of each harbour;',
        '   (b) its depth at low tide, measured:',
        '      (i) in metres;',
        '      (ii) in fathoms;',
        '   and shall be revised every year.',
        '## Article 1 bis',
        'Nothing in this article affects the older\nregisters.[^1]',
        '## Article 2. Costs',
        '1. Costs are shared.',
        '[^1]: Proposed by one delegation at the second\n    session, pending a decision on the registers\n    of inland ports.'
      ].join('\n\n') + '\n'
    )
  })

  it('keeps each unit on one line with width Infinity', () => {
    const text = writeDraft(sample, {width: Infinity})
    expect(text).toContain('\n1. Each State Party shall keep a register of its harbours [and docks] open to the public, as provided in article 12, paragraph 2.\n')
    expect(formatDraft(text)).toBe(text)
  })

  it('never opens a continuation line with a marker or a Markdown construct', () => {
    const hazards = ['12.', '3)', '(b)', 'b)', 'iv)', '[x]', '[^2]', '#', '-', '*', '+', '>', '=', '`x`', '<b>', '|', ':', '(see', "'quoted'"]
    for (const hazard of hazards) {
      const text = writeDraft({chapters: [{numeral: 1, articles: [{number: 1, paragraphs: [{text: `Each State Party shall ${hazard} act`}]}]}]}, {width: 26})
      expect(text.split('\n').slice(4).join('\n'), hazard).toBe(`1. Each State Party shall ${hazard}\n   act\n`)
    }
  })

  it('says what it cannot write', () => {
    expect(() => writeDraft({chapters: [{numeral: 1, articles: [{number: 4, paragraphs: [{text: 'Words.'}, {text: ' '}]}]}]})).toThrow('writeDraft: article 4, paragraph 2 has no text; give it words or leave it out')
    const closing = {text: 'Words.', closing: 'and more.'}
    expect(() => writeDraft({chapters: [{numeral: 1, articles: [{number: 4, paragraphs: [closing]}]}]})).toThrow('writeDraft: article 4, paragraph 1 has closing words but no subparagraphs; make them part of its text')
    const after = [{text: 'Words:', subparagraphs: [{text: 'one;'}]}, {text: 'More words.', unnumbered: true}]
    expect(() => writeDraft({chapters: [{numeral: 1, articles: [{number: 4, paragraphs: after}]}]})).toThrow('article 4, paragraph (unnumbered) follows subparagraphs, so it would read as their closing words')
    const deep = {text: 'x', subparagraphs: [{text: 'y', subparagraphs: [{text: 'z', subparagraphs: [{text: 'too deep'}]}]}]}
    expect(() => writeDraft({chapters: [{numeral: 1, articles: [{number: 4, paragraphs: [deep]}]}]})).toThrow('subparagraphs nest two levels at most')
  })
})

describe('formatDraft(writeDraft(x)) === writeDraft(x)', () => {
  const mutation = (kinds: readonly Mutation['kind'][]) => fc.record({kind: fc.constantFrom(...kinds), pick: fc.nat({max: 9999}), where: fc.nat({max: 9999}), variant: fc.nat({max: 9999})})

  it('for the generated drafts of the alignment tests and their mutations, at several widths', () => {
    const cases = fc.record({
      seed: fc.integer({min: 1, max: 0x7fffffff}),
      chapters: fc.array(fc.integer({min: 3, max: 9}), {minLength: 2, maxLength: 3}),
      preamble: fc.integer({min: 0, max: 3}),
      numbering: fc.constantFrom('consecutive' as const, 'explicit' as const),
      mutations: fc.array(mutation([...structuralKinds, ...editKinds]), {maxLength: 5}),
      width: fc.constantFrom(30, 60, 92, Infinity)
    })
    fc.assert(
      fc.property(cases, (c) => {
        const pool = new Pool(new Rng(c.seed))
        const old = generateDraft(pool, {chapters: c.chapters, preamble: c.preamble})
        const next = mutate(old, pool.fork(c.seed ^ 0x9e3779b9), c.mutations, {numbering: c.numbering}).draft
        for (const draft of [old, next]) {
          const description = describeDraft(draft)
          const text = writeDraft(description, {width: c.width})
          expect(formatDraft(text)).toBe(text)
          expectStructure(description, text)
        }
      }),
      {numRuns: 20}
    )
  })

  it('for texts full of markers, brackets and Markdown punctuation, wrapped narrow', () => {
    fc.assert(
      fc.property(hostileDraft, fc.constantFrom(12, 20, 40, 92), (description, width) => {
        const text = writeDraft(description, {width})
        expect(formatDraft(text)).toBe(text)
        expectStructure(description, text)
      }),
      {numRuns: 100}
    )
  })
})

// Words that would be structure at the start of a line, or are Markdown punctuation; units open with a plain word.
const plain = ['each', 'State', 'Party', 'shall', 'adopt', 'measures', 'the', 'register', 'of', 'harbours', 'and', 'docks', '"quoted"', '[option', 'one]', '[agreed]', 'text,']
const hazards = ['1.', '12.', '2)', '(a)', 'b)', '(iv)', 'iv)', '[x]', '[ ]', '[^1]', '#', '##', '-', '*', '+', '>', '=', '===', '---', '`code`', '~~~', '<b>', '|', ':', '\\', '12', 'article', 'paragraph', "'single'", '(see', 'also)', 'Article', 'Chapter', 'I.']
const wordArb = fc.oneof({weight: 3, arbitrary: fc.constantFrom(...plain)}, {weight: 2, arbitrary: fc.constantFrom(...hazards)})
const textArb = fc.tuple(fc.constantFrom('Each', 'States', 'Where', 'Nothing', 'The'), fc.array(wordArb, {minLength: 0, maxLength: 30})).map(([first, rest]) => [first, ...rest].join(' '))
const subArb = fc.record({text: textArb, subparagraphs: fc.array(fc.record({text: textArb}), {maxLength: 2})})
const paragraphArb = fc
  .record({text: textArb, unnumbered: fc.boolean(), subparagraphs: fc.array(subArb, {maxLength: 3}), closing: fc.option(textArb, {nil: undefined})})
  .map((p) => (p.subparagraphs.length > 0 ? p : {...p, closing: undefined}))
/** An unnumbered paragraph right after subparagraphs would be their closing words: `writeDraft` refuses it, so number it. */
const writable = (paragraphs: ParagraphDescription[]) => paragraphs.map((p, k) => (p.unnumbered && paragraphs[k - 1]?.subparagraphs?.length ? {...p, unnumbered: false} : p))
const hostileDraft: fc.Arbitrary<DraftDescription> = fc
  .record({
    recitals: fc.array(textArb, {maxLength: 3}),
    numbered: fc.boolean(),
    articles: fc.array(fc.record({title: fc.option(fc.constantFrom('Register', 'Costs of the register', 'Final clauses'), {nil: undefined}), status: fc.option(fc.constantFrom('agreed', 'pending', 'agreed ad referendum'), {nil: undefined}), paragraphs: fc.array(paragraphArb, {minLength: 1, maxLength: 3}).map(writable)}), {minLength: 1, maxLength: 4})
  })
  .map(({recitals, numbered, articles}) => ({
    frontMatter: {title: 'Hostile words'},
    preamble: recitals.length > 0 ? {opening: 'The States Parties,', recitals, numbered, closing: 'Have agreed as follows:'} : undefined,
    chapters: [{numeral: 1, title: 'Only chapter', articles: articles.map((article, k): ArticleDescription => ({number: k + 1, ...article}))}]
  }))

/** The parser reads back the articles, paragraphs, subparagraphs and their words as described. */
function expectStructure(description: DraftDescription, text: string): void {
  const {draft} = parseDraft([{path: 'written.md', contents: text}])
  const words = (value: string) => value.replace(/\s+/g, ' ').trim()
  const articles = (description.chapters ?? []).flatMap((chapter) => chapter.articles)
  expect(draft.articles.map((a) => a.number)).toEqual(articles.map((a) => String(a.number)))
  articles.forEach((article, k) => {
    const parsed = draft.articles[k]?.paragraphs ?? []
    const subs = (list: Subparagraph[]): unknown[] => list.map((sub) => [words(sub.text), subs(sub.children)])
    expect(parsed.map((p: Paragraph) => [words(p.text), subs(p.subparagraphs), p.closing ? words(p.closing.text) : null])).toEqual(
      article.paragraphs.map((p) => [words(p.text), (p.subparagraphs ?? []).map((sub) => [words(sub.text), (sub.subparagraphs ?? []).map((inner) => [words(inner.text), []])]), p.closing ? words(p.closing) : null])
    )
  })
  if (description.preamble) expect(draft.preamble?.paragraphs.map((p) => words(p.text))).toEqual(description.preamble.recitals.map(words))
}
