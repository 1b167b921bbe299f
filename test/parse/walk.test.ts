// The one walk over a draft's units (src/parse/walk.ts), and the views built on it.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {markedUnits as alignMarkedUnits} from '../../src/align/text.js'
import type {Draft} from '../../src/model/types.js'
import {parseDraft} from '../../src/parse/draft.js'
import {allUnits} from '../../src/parse/resolve.js'
import {articleUnits} from '../../src/parse/spanning.js'
import {markedUnits, paragraphUnits, preambleUnits} from '../../src/parse/walk.js'

function parse(text: string): Draft {
  return parseDraft([{path: 'draft.md', contents: text}]).draft
}

const source = [
  '# Preamble',
  '',
  'The Parties to this text,',
  '',
  '(1) Mindful of the first point,',
  '',
  '(2) Noting the second point,',
  '',
  'Agree as follows:',
  '',
  '## Article 1. Words',
  '',
  'In this text:',
  '',
  '(a) "record" means a kept note;',
  '',
  '(b) "device" means a tool that:',
  '',
  '   (i) stores records;',
  '',
  '   (ii) sends them,',
  '',
  'whichever comes first.',
  '',
  '## Article 2. Duties',
  '',
  '1. Each Party shall keep records.',
  '',
  '2. Records shall show:',
  '',
  '(a) the date;',
  '',
  '(b) the place,',
  '',
  'as the Party decides.',
  ''
].join('\n')

describe('the unit walk', () => {
  const draft = parse(source)

  it('walks an article in reading order with markers and levels', () => {
    const walk = (n: number) => markedUnits(draft.articles[n]!).map((m) => [m.unit.id, m.marker, m.level])
    expect(walk(0)).toEqual([
      ['art-1/p-1', '', 0],
      ['art-1/p-1/sub-a', '(a)', 1],
      ['art-1/p-1/sub-b', '(b)', 1],
      ['art-1/p-1/sub-b/sub-i', '(i)', 2],
      ['art-1/p-1/sub-b/sub-ii', '(ii)', 2],
      ['art-1/p-1/closing', '', 1]
    ])
    expect(walk(1)).toEqual([
      ['art-2/para-1', '1.', 0],
      ['art-2/para-2', '2.', 0],
      ['art-2/para-2/sub-a', '(a)', 1],
      ['art-2/para-2/sub-b', '(b)', 1],
      ['art-2/para-2/closing', '', 1]
    ])
  })

  it('walks the preamble: opening words, preambular paragraphs with their written numbers, closing formula', () => {
    expect(preambleUnits(draft).map((m) => [m.unit.id, m.marker, m.level])).toEqual([
      ['preamble/opening', '', 0],
      ['preamble/pp-1', '(1)', 0],
      ['preamble/pp-2', '(2)', 0],
      ['preamble/closing', '', 0]
    ])
    expect(preambleUnits(parse('## Article 1. A\n\nText.\n'))).toEqual([])
  })

  it('walks one paragraph as the article walk does, appending to a list', () => {
    const article = draft.articles[1]!
    const out = article.paragraphs.reduce((list, paragraph) => paragraphUnits(paragraph, list), [] as ReturnType<typeof markedUnits>)
    expect(out).toEqual(markedUnits(article))
  })

  it('is the walk of every view: articleUnits, allUnits and align’s markedUnits', () => {
    const article = draft.articles[1]!
    expect(articleUnits(article)).toEqual(markedUnits(article).map((m) => m.unit))
    expect(alignMarkedUnits(article)).toEqual(markedUnits(article))
    expect(allUnits(draft).map((u) => u.id)).toEqual([...preambleUnits(draft), ...draft.articles.flatMap(markedUnits)].map((m) => m.unit.id))
  })

  it('meets every unit of any article once, in the order of the file', () => {
    const sub = fc.record({letters: fc.integer({min: 0, max: 3}), romans: fc.integer({min: 0, max: 2}), closing: fc.boolean()})
    const paragraph = fc.record({numbered: fc.boolean(), subs: sub})
    fc.assert(
      fc.property(fc.array(paragraph, {minLength: 1, maxLength: 5}), (paragraphs) => {
        const lines = ['## Article 1. Generated', '']
        const expected: Array<[string, number]> = []
        let number = 0
        paragraphs.forEach((p, index) => {
          // An unnumbered paragraph after the first would join the one before: only numbered ones follow it.
          const numbered = p.numbered || index > 0
          const marker = numbered ? `${++number}.` : ''
          lines.push(`${marker ? `${marker} ` : ''}Paragraph text ${index}${p.subs.letters > 0 ? ':' : '.'}`, '')
          expected.push([marker, 0])
          for (let l = 0; l < p.subs.letters; l++) {
            const letter = String.fromCharCode(97 + l)
            lines.push(`(${letter}) item ${letter}${l === 0 && p.subs.romans > 0 ? ':' : ';'}`, '')
            expected.push([`(${letter})`, 1])
            if (l === 0) {
              for (let r = 0; r < p.subs.romans; r++) {
                lines.push(`   (${'i'.repeat(r + 1)}) point;`, '')
                expected.push([`(${'i'.repeat(r + 1)})`, 2])
              }
            }
          }
          if (p.subs.letters > 0 && p.subs.closing) {
            lines.push('as each Party decides.', '')
            expected.push(['', 1])
          }
        })
        const article = parse(lines.join('\n')).articles[0]!
        const walked = markedUnits(article)
        expect(walked.map((m) => [m.marker, m.level])).toEqual(expected)
        const starts = walked.map((m) => m.unit.range.start.offset)
        expect(starts).toEqual([...starts].sort((a, b) => a - b))
        expect(new Set(walked.map((m) => m.unit.id)).size).toBe(walked.length)
      }),
      {numRuns: 200}
    )
  })
})
