// Hostile inputs that once cost minutes (issue 17.6, 17.7): each is generated here and must finish
// within a generous 5 s, with bounded output. Costs are measured by `npm run bench` and docs/limits.md,
// not here.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {collapseWhitespace} from '../src/parse/chars.js'
import {cpuTimed} from './support/cpu-time.js'
import {checkDraft, compareDrafts, parseDraft, wordDiff, type Draft} from '../src/index.js'
import {renderHtml} from '../src/report/html.js'
import {renderMarkdown} from '../src/report/markdown.js'
import {renderText} from '../src/report/text.js'
import {rebuild} from '../src/diff/words.js'

const bound = 5_000

/** CPU time, not wall time: the bound catches quadratic paths, not a loaded machine. */
const timed = cpuTimed

function parsed(text: string) {
  const result = parseDraft([{path: 'draft.md', contents: text}])
  checkDraft(result.draft, result.files)
  return {draft: result.draft, rules: result.files.flatMap((file) => file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`))}
}

const version = (draft: Draft, label: string) => ({label, draft})

describe('hostile input', () => {
  it('5,000 nested brackets: brackets deeper than 16 are text, one nesting-too-deep, bounded reports', () => {
    const {value, ms} = timed(() => {
      const old = parsed('## Article 1. Scope\n\n1. The parties shall act.\n')
      const now = parsed('## Article 1. Scope\n\n1. The parties ' + '[shall '.repeat(5_000) + 'act' + ']'.repeat(5_000) + '.\n')
      const diff = compareDrafts(version(old.draft, 'old'), version(now.draft, 'new'))
      const outputs = [renderText(diff), renderMarkdown(diff), renderHtml(diff), JSON.stringify(diff)]
      return {now, outputs}
    })
    expect(ms).toBeLessThan(bound)
    expect(value.now.rules.filter((rule) => rule.endsWith('nesting-too-deep'))).toEqual(['3:128 nesting-too-deep'])
    expect(value.now.draft.articles[0]?.paragraphs[0]?.brackets.length).toBe(16)
    for (const output of value.outputs) expect(output.length).toBeLessThan(2_000_000)
  })

  it('4,000 `### Note` headings and paragraphs in one article: check in linear time', () => {
    let text = '## Article 1. Scope\n\n'
    for (let i = 0; i < 4_000; i++) text += `### Note ${i}\n\n1. Text number ${i}.\n\n`
    parsed('## Article 1. Warm\n\n### remark is loaded before the clock starts\n\n1. Text.\n')
    const {value, ms} = timed(() => parsed(text))
    expect(ms).toBeLessThan(bound)
    expect(value.draft.articles[0]?.paragraphs.length).toBe(4_000)
  })

  it('one paragraph of 20,000 lines, each opening with a marker or a paragraph number: split in linear time', () => {
    const lines = Array.from({length: 400}, (_, i) => [`${i + 2}. Text ${i}:`, ...Array.from({length: 50}, () => 'b)item;')]).flat()
    const {value, ms} = timed(() => parsed(`## Article 1. Scope\n\nThe Parties:\n${lines.join('\n')}\n`))
    expect(ms).toBeLessThan(bound)
    expect(value.draft.articles[0]?.paragraphs.length).toBe(401)
    expect(value.draft.articles[0]?.paragraphs[400]?.subparagraphs.length).toBe(50)
  })

  it('a run-in preamble of 50,000 recitals: split in linear time', () => {
    const {value, ms} = timed(() => parsed(`Preamble The Parties, ${'Noting the work done, '.repeat(50_000)}Have agreed as follows:\n\n## Article 1. Scope\n\nText.\n`))
    expect(ms).toBeLessThan(bound)
    expect(value.draft.preamble?.paragraphs.length).toBe(50_000)
  })

  it('100,000 cross-references in one paragraph: all found and resolved', () => {
    const {value, ms} = timed(() => parsed('## Article 1. Scope\n\n1. Text.\n\n2. ' + 'see article 1, paragraph 1 and '.repeat(100_000) + 'end.\n'))
    expect(ms).toBeLessThan(bound)
    const references = value.draft.articles[0]?.paragraphs[1]?.references ?? []
    expect(references.length).toBe(100_000)
    expect(references.every((reference) => reference.targets[0]?.resolved === 'art-1/para-1')).toBe(true)
  })

  it('a 3 MB paragraph changed every 1,000 words: a coarse but exact redline, no word diff', () => {
    const words = Array.from({length: 400_000}, (_, i) => `word${i % 997}`)
    const before = words.join(' ')
    const after = words.map((word, i) => (i % 1_000 === 7 ? `changed${i}` : word)).join(' ')
    const {value, ms} = timed(() => wordDiff(before, after))
    expect(ms).toBeLessThan(bound)
    expect(value.coarse).toBe(true)
    expect(rebuild(value.pieces, 'old')).toBe(before)
    expect(rebuild(value.pieces, 'new')).toBe(after)
  })

  it('a 600 kB paragraph: the edit length shrinks with the size, the redline stays exact', () => {
    const words = Array.from({length: 100_000}, (_, i) => `word${i % 997}`)
    const before = words.join(' ')
    const after = words.map((word, i) => (i % 1_000 === 7 ? `changed${i}` : word)).join(' ')
    const {value, ms} = timed(() => wordDiff(before, after))
    expect(ms).toBeLessThan(bound)
    expect(rebuild(value.pieces, 'old')).toBe(before)
    expect(rebuild(value.pieces, 'new')).toBe(after)
  })

  it('20,000 articles: numbers past 9999 are articles, not text of article 9999 (17.7)', () => {
    let text = '---\ntitle: Many\n---\n\n'
    for (let i = 1; i <= 20_000; i++) text += `## Article ${i}. T${i}\n\n1. Text ${i}.\n\n`
    const {value, ms} = timed(() => parsed(text))
    expect(ms).toBeLessThan(bound)
    expect(value.draft.articles.length).toBe(20_000)
    expect(value.draft.articles.at(-1)?.number).toBe('20000')
    expect(value.rules).toEqual([])
  })

  it('an article number over 999,999: malformed-heading that names the limit', () => {
    const result = parseDraft([{path: 'draft.md', contents: '## Article 1. A\n\n1. Text.\n\n## Article 1234567. B\n\n1. More.\n'}])
    const messages = result.files[0]?.messages ?? []
    expect(messages.map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.reason}`)).toEqual([
      '5:1 malformed-heading Heading `Article 1234567. B` numbers an article over 999999, the largest article number read; renumber the articles'
    ])
  })

  it('a 9 MB one-line paragraph changed every 1,000 words: parsed, compared and rendered as text in under 5 s', () => {
    const words = Array.from({length: 1_500_000}, (_, i) => ['alpha', 'beta', 'gamma', 'delta', 'epsilon'][i % 5])
    const before = words.join(' ')
    const after = words.map((word, i) => (i % 1_000 === 7 ? `changed${i}` : word)).join(' ')
    const {value, ms} = timed(() => {
      const old = parsed(`## Article 1. Big\n\n${before}\n`)
      const now = parsed(`## Article 1. Big\n\n${after}\n`)
      const diff = compareDrafts(version(old.draft, 'old'), version(now.draft, 'new'))
      return {diff, text: renderText(diff)}
    })
    expect(ms).toBeLessThan(bound)
    // Five distinct words: the changed words' bigrams outweigh the rest, so the paragraph reads as replaced.
    const article = value.diff.articles[0]
    expect([article?.relation, article?.change, article?.units.map((unit) => unit.relation)]).toEqual(['matched', 'substantive', ['deleted', 'inserted']])
    expect(article?.units.map((unit) => rebuild(unit.redline.pieces, 'new')).join('')).toBe(after)
    expect(value.text.length).toBeLessThan(2 * (before.length + after.length))
  })
})

describe('whitespace folding', () => {
  it('collapseWhitespace gives what replace(/\\s+/g, " ") gives, on any text', () => {
    const text = fc.string({unit: fc.constantFrom('a', ' ', '  ', '\t', '\n', '\u00a0', '\u2028', 'b', '\r\n')})
    fc.assert(fc.property(text, (value) => collapseWhitespace(value) === value.replace(/\s+/g, ' ')), {seed: 17, numRuns: 2_000})
  })
})
