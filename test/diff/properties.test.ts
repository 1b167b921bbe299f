import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {checkDraft, parseDraft} from '../../src/index.js'

const draftish = fc.array(
  fc.oneof(
    fc.string({maxLength: 40}),
    fc.constantFrom('# Preamble', '# Chapter I. X', 'CHAPTER IV', '## Article 1. A', 'Article 2', '## Article 2 bis', '1. Text', '(a) Sub', 'a) Sub', '(i) Subsub', '[open', 'close]', '[pending]', '[^1]', '[^1]: Note', '---', '> quote', '- item', '```', 'see article 9, paragraph 2 (b)', '', '    code')
  ),
  {maxLength: 40}
)

describe('parser properties', () => {
  it('never throws on arbitrary text, and check never throws either', () => {
    fc.assert(
      fc.property(fc.string({maxLength: 500}), (text) => {
        const {draft, files} = parseDraft([{path: 'x.md', contents: text}])
        checkDraft(draft, files)
      }),
      {numRuns: 1000}
    )
  })

  it('never throws on draft-like line soup, and every article appears in exactly one chapter or none', () => {
    fc.assert(
      fc.property(draftish, (lines) => {
        const {draft, files} = parseDraft([{path: 'x.md', contents: lines.join('\n')}])
        checkDraft(draft, files)
        const inChapters = draft.chapters.flatMap((c) => c.articles)
        expect(new Set(inChapters).size).toBe(inChapters.length)
        for (const article of draft.articles) expect(inChapters.filter((id) => id === article.id).length).toBe(article.chapter === null ? 0 : 1)
      }),
      {numRuns: 1000}
    )
  })

  it('never throws on arbitrary bytes', () => {
    fc.assert(fc.property(fc.uint8Array({maxLength: 300}), (bytes) => void parseDraft([{path: 'x.md', contents: bytes}])), {numRuns: 500})
  })

  it('every unit text is the exact source slice at its offset', () => {
    fc.assert(
      fc.property(draftish, (lines) => {
        const text = lines.join('\n')
        const {draft} = parseDraft([{path: 'x.md', contents: text}])
        for (const article of draft.articles) {
          for (const paragraph of article.paragraphs) expect(text.slice(paragraph.textOffset, paragraph.textOffset + paragraph.text.length)).toBe(paragraph.text)
        }
      }),
      {numRuns: 500}
    )
  })
})
