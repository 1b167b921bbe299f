// The tolerant parser on foreign Markdown dialects: every variant of the shipped drafts (headings
// without a space or split over two headings, extra spaces, missing blank lines, subparagraphs
// re-indented with tabs or 4+ spaces, markers without a space or as `a)`, a run-in preamble, links
// and images around words) gives the canonical text's model, and `fmt` writes the canonical text's form.
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {formatDraft, parseDraft, type Draft, type TextUnit} from '../../src/index.js'
import {reduceLinks} from '../../src/parse/inline.js'

const draftsFolder = path.join(import.meta.dirname, '..', '..', 'drafts')
/** Every Markdown file of every shipped session. */
const files = readdirSync(draftsFolder)
  .filter((name) => /^\d\d-/.test(name))
  .flatMap((session) => readdirSync(path.join(draftsFolder, session)).filter((name) => name.endsWith('.md')).map((name) => path.join(draftsFolder, session, name)))

interface Variant {
  headings: 'no-space' | 'split' | 'canonical'
  numberSpaces: boolean
  tightLists: boolean
  indent: 'tab' | 'four' | 'six' | 'two-tabs' | 'canonical'
  markers: 'no-space' | 'close-only' | 'close-only-no-space' | 'canonical'
  runInPreamble: boolean
  links: boolean
  /** Add a section and a title under every chapter (in the canonical text too), to check divisions. */
  sections: boolean
}

const variants = fc.record<Variant>({
  headings: fc.constantFrom('no-space', 'split', 'canonical'),
  numberSpaces: fc.boolean(),
  tightLists: fc.boolean(),
  indent: fc.constantFrom('tab', 'four', 'six', 'two-tabs', 'canonical'),
  markers: fc.constantFrom('no-space', 'close-only', 'close-only-no-space', 'canonical'),
  runInPreamble: fc.boolean(),
  links: fc.boolean(),
  sections: fc.boolean()
})

const indents = {tab: '\t', four: '    ', six: '      ', 'two-tabs': '\t\t', canonical: null}

/** The canonical text with `# Section 1. Part one` and `# Title 1. Matters` under every chapter heading. */
function withSections(text: string): string {
  return text.replace(/^(# Chapter [^\n]*)$/gm, '$1\n\n# Section 1. Part one\n\n# Title 1. Matters')
}

/** The canonical text rewritten in a foreign dialect. */
function variantOf(text: string, variant: Variant): string {
  let out = variant.sections ? withSections(text) : text
  if (variant.runInPreamble) out = runIn(out)
  out = out.replace(/^(#{1,2}) (Chapter|Article|Section|Title) ([^\n.]+?)(?:\. (.*))?$/gm, (whole, hashes: string, word: string, number: string, title: string | undefined) => {
    if (variant.headings === 'canonical') return whole
    if (variant.headings === 'no-space') return `${hashes}${whole.slice(hashes.length + 1)}`
    const head = `### ${word === 'Article' ? word : word.toUpperCase()}  ${number.replace(/ /g, '  ')}  `
    return title === undefined ? head : `${head}\n\n####${title}`
  })
  if (variant.numberSpaces) out = out.replace(/^(\d{1,3})\. /gm, '$1.   ')
  const indent = indents[variant.indent]
  out = out.replace(/^ *\(([a-z]{1,4})\) /gm, (whole, number: string) => {
    const lead = indent ?? /^ */.exec(whole)?.[0] ?? ''
    if (variant.markers === 'canonical') return `${lead}(${number}) `
    if (variant.markers === 'no-space') return `${lead}(${number})`
    if (variant.markers === 'close-only') return `${lead}${number}) `
    return `${lead}${number})`
  })
  // A marker without a space only where a letter follows (`a)Each`), as in the dialects seen.
  out = out.replace(/^([ \t]*\(?[a-z]{1,4}\))(?=[^\p{L}\s"[])/gmu, '$1 ')
  if (variant.tightLists) out = out.replace(/\n\n(?=[ \t]*(?:\d{1,3}\.|\(?[a-z]{1,4}\)))/g, '\n')
  if (variant.links) out = out.replace(/^(?!#|\[\^|---)(.*?)\b(Convention|States)\b/gm, (_, before: string, word: string) => `${before}${word === 'States' ? '!' : ''}[${word}](https://example.org/${word.toLowerCase()})`)
  return out
}

/** `# Preamble` and its paragraphs as one run-in line: `Preamble The States Parties …, Concerned …, Have agreed as follows:`. */
function runIn(text: string): string {
  return text.replace(/^# Preamble\n\n([\s\S]*?)(?=\n# )/m, (_, body: string) => {
    const pieces = body.split(/\n\s*\n/).map((piece) => piece.replace(/^\(\d+\) /, '').replace(/\s+/g, ' ').trim()).filter((piece) => piece !== '')
    return `Preamble ${pieces.join(' ')}\n`
  })
}

const fold = (text: string) => reduceLinks(text).replace(/\s+/g, ' ').trim()

/** The model without positions and markup, texts folded: what a variant must keep. */
function shape(draft: Draft, runInPreamble: boolean) {
  const unit = (u: TextUnit | null) => u && fold(u.text)
  return {
    preamble: draft.preamble && {
      opening: unit(draft.preamble.opening),
      paragraphs: draft.preamble.paragraphs.map((p) => [runInPreamble ? null : p.number, unit(p)]),
      closing: unit(draft.preamble.closing)
    },
    chapters: draft.chapters.map((c) => [c.id, c.title, c.articles]),
    divisions: draft.divisions.map((d) => [d.id, d.title, d.articles]),
    articles: draft.articles.map((a) => ({
      id: a.id,
      title: a.title,
      chapter: a.chapter,
      division: a.division,
      status: a.status.map((m) => m.name),
      paragraphs: a.paragraphs.map((p) => ({
        id: p.id,
        text: unit(p),
        closing: unit(p.closing),
        subs: p.subparagraphs.map((s) => ({id: s.id, level: s.level, text: unit(s), children: s.children.map((c) => [c.id, c.level, unit(c)])}))
      }))
    }))
  }
}

const model = (text: string, runInPreamble = false) => shape(parseDraft([{path: 'd.md', contents: text}]).draft, runInPreamble)
const canonical = new Map(files.map((file) => [file, readFileSync(file, 'utf8')]))

describe('tolerant parser on variants of the shipped drafts', () => {
  it(`gives the canonical model for every dialect variant (${files.length} files)`, () => {
    const expected = new Map<string, ReturnType<typeof model>>()
    const want = (file: string, variant: Variant) => {
      const key = `${file} ${variant.runInPreamble} ${variant.sections}`
      const text = canonical.get(file) ?? ''
      if (!expected.has(key)) expected.set(key, model(variant.sections ? withSections(text) : text, variant.runInPreamble))
      return expected.get(key)
    }
    fc.assert(
      fc.property(fc.constantFrom(...files), variants, (file, variant) => {
        const text = canonical.get(file) ?? ''
        const got = model(variantOf(text, variant), variant.runInPreamble)
        expect(got).toEqual(want(file, variant))
        if (variant.sections && got.chapters.length > 0) expect(got.divisions.length).toBe(2 * got.chapters.length)
      }),
      {numRuns: 60}
    )
  }, 120_000)

  it('fmt of a variant is fmt of the canonical text (run-in recitals lose only their numbers)', () => {
    const formatted = new Map([...canonical].map(([file, text]) => [file, formatDraft(text, 'd.md')]))
    fc.assert(
      fc.property(fc.constantFrom(...files), variants, (file, variant) => {
        const text = canonical.get(file) ?? ''
        const got = formatDraft(variantOf(text, variant), 'd.md')
        const base = variant.sections ? withSections(text) : text
        expect(got).toBe(variant.runInPreamble ? formatDraft(runIn(base), 'd.md') : variant.sections ? formatDraft(base, 'd.md') : formatted.get(file))
      }),
      {numRuns: 30}
    )
  }, 120_000)

  it('the variants really are foreign: the generator changes the text', () => {
    const text = canonical.get(files[0] ?? '') ?? ''
    const all: Variant = {headings: 'split', numberSpaces: true, tightLists: true, indent: 'tab', markers: 'close-only-no-space', runInPreamble: true, links: true, sections: true}
    const variant = variantOf(text, all)
    expect(variant).toMatch(/^### Article {2}1 {2}\n\n####Statement of purpose/m)
    expect(variant).toMatch(/^\ta\)[A-Z]/m)
    expect(variant).toMatch(/^Preamble The !\[States\]\(https:\/\/example.org\/states\) Parties to this Convention, Bearing in mind/m)
    expect(variant).not.toMatch(/^# Preamble/m)
    expect(variant).toMatch(/^### CHAPTER {2}I {2}\n\n####General provisions\n\n### SECTION {2}1 {2}\n\n####Part one\n\n### TITLE {2}1 {2}\n\n####Matters$/m)
    expect(variant).toMatch(/\[Convention\]\(https:/)
  })
})
