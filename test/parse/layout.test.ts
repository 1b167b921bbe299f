import {cpuMs} from '../support/cpu-time.js'
import {describe, expect, it} from 'vitest'
import {compareDrafts} from '../../src/diff/compare.js'
import {parseDraft} from '../../src/parse/draft.js'
import {scanInline} from '../../src/parse/inline.js'

const markers = new Set(['agreed', 'pending', 'informally agreed'])
const inners = (text: string) => scanInline(text, markers).brackets.map((span) => span.inner)

describe('Markdown that is not a negotiation bracket', () => {
  it('links, images, footnote references, empty brackets and task boxes are not brackets', () => {
    expect(inners('As set out in [the annex](../annex/README.md) and [chapter II](ch2.md "Chapter II"), see ![seal](img/seal.png).')).toEqual([])
    expect(inners('See [the protocol](<../a b/README.md>) and [notes](notes_(2).md).')).toEqual([])
    expect(inners('Parties shall act[^3] promptly [ ] and [] fully.')).toEqual([])
    expect(inners('[x] Parties shall report.')).toEqual([])
    expect(scanInline('Parties shall act[^3] promptly.', markers).footnoteRefs.map((f) => f.label)).toEqual(['3'])
  })

  it('negotiation brackets beside links are still brackets', () => {
    expect(inners('Parties [shall] apply [the rules](rules.md) [to the extent possible] (see [annex]).')).toEqual(['shall', 'to the extent possible', 'annex'])
    expect(inners('Parties shall act [x] times, and [shall] (a) report.')).toEqual(['x', 'shall'])
  })

  it('status markers at the end are still taken, also after other brackets', () => {
    const scan = scanInline('Parties shall [promptly] act. [pending] [informally agreed]', markers)
    expect(scan.markers.map((m) => m.name)).toEqual(['pending', 'informally agreed'])
    expect(scan.brackets.map((b) => b.inner)).toEqual(['promptly'])
    // A look-alike is a marker at the very end, or when bracketed words follow that are not markers.
    expect(scanInline('Parties act [tentatively approved] [some words]', markers).markers.map((m) => m.name)).toEqual(['tentatively approved'])
    expect(scanInline('Parties act [tentatively approved] [agreed]', markers).markers.map((m) => m.name)).toEqual(['agreed'])
    expect(scanInline('Parties [tentatively approved] act.', markers).markers).toEqual([])
  })

  it('80,000 bracketed status look-alikes and markers scan in well under 5 s (no quadratic tail search)', () => {
    const text = Array.from({length: 80_000}, (_, k) => (k % 2 ? '[agreed]' : '[cooperate]')).join(' ')
    const started = cpuMs()
    const scan = scanInline(text, markers)
    expect(cpuMs() - started).toBeLessThan(5000)
    expect([scan.markers.length, scan.brackets.length]).toEqual([40_000, 40_000])
  })
})

/** One article a side: its change class, its events and the draft's open brackets. */
function compare(before: string, after: string) {
  const draft = (text: string, label: string) => ({label, draft: parseDraft([{path: `${label}.md`, contents: `## Article 3. Definitions\n\n${text}`}]).draft})
  const result = compareDrafts(draft(before, 'old'), draft(after, 'new'))
  return {change: result.articles[0]?.change, events: result.articles[0]?.events, open: [result.old.counts.openBrackets, result.new.counts.openBrackets]}
}

describe('layout changes are editorial at most', () => {
  const linked = '1. The terms used in [part one](../part-one/README.md) have the meaning given in [the glossary](../glossary/README.md "Glossary").\n\n2. A request under [article 9](../art-9/README.md) shall be made in writing.\n'

  it('a link-laden paragraph left as it was: no brackets, no events, unchanged', () => {
    expect(compare(linked, linked)).toEqual({change: 'none', events: [], open: [0, 0]})
  })

  it('links whose text is reworded are text changes, never bracket events', () => {
    const result = compare(linked, linked.replace('[the glossary]', '[the list of terms]'))
    expect(result).toMatchObject({change: 'substantive', events: [], open: [0, 0]})
  })

  it.each([
    ['spacing and no-break spaces', 'Each Party shall adopt measures.', 'Each\u00a0Party  shall adopt\tmeasures.'],
    ['emphasis markers', 'Each Party shall adopt *necessary* measures under **this** _article_.', 'Each Party shall adopt necessary measures under this article.'],
    ['straight and typographic quotes', 'The term "data" means the Party\'s records.', 'The term \u201Cdata\u201D means the Party\u2019s records.']
  ])('%s: editorial at most', (_, before, after) => {
    expect(compare(`1. ${before}\n`, `1. ${after}\n`).change).toMatch(/^(none|editorial)$/)
    expect(compare(`1. ${after}\n`, `1. ${before}\n`).change).toMatch(/^(none|editorial)$/)
  })

  it('a subparagraph marker glued to its text, `(i)The` against `(i) The`: editorial, not substantive', () => {
    const spaced = '1. For the purposes of this article:\n\n   (i) The term "system" means any device;\n\n   (ii) The term "data" means any record.\n'
    const glued = '1. For the purposes of this article:\n\n   (i)The term "system" means any device;\n\n   (ii)The term "data" means any record.\n'
    expect(compare(spaced, glued).change).toMatch(/^(none|editorial)$/)
    expect(compare(glued, spaced).change).toMatch(/^(none|editorial)$/)
  })

  it('a word changed besides the layout is substantive', () => {
    expect(compare('1. Each Party shall adopt *necessary* measures.\n', '1. Each Party may adopt necessary measures.\n').change).toBe('substantive')
  })

  it('brackets removed are never layout: agreement is substantive', () => {
    expect(compare('1. Each Party shall adopt [necessary] measures.\n', '1. Each Party shall adopt necessary measures.\n')).toMatchObject({change: 'substantive', events: [{kind: 'bracket-agreed', unit: 'art-3/para-1', text: 'necessary'}]})
  })
})
