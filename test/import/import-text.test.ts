// Text extracted from a PDF (`pdftotext -layout`): running heads and feet, page numbers, wrapped
// lines, hyphenation at line ends, centred headings — on a small fixture of the project's own words.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {importDocument} from '../../src/import/index.js'
import {readText} from '../../src/import/text.js'

const fixture = readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'import', 'layout.txt'), 'utf8')

describe('PDF text', () => {
  it('imports the fixture exactly', () => {
    const result = importDocument('layout.txt', new TextEncoder().encode(fixture), {session: '02-demo'})
    expect(result.markdown).toBe(readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'import', 'layout.md'), 'utf8'))
    expect(result.notes.map((n) => `${n.where}: ${n.message} [${n.rule}]`)).toEqual([
      'every page: 4 page header, footer and page-number lines left out [page-furniture-removed]',
      'line 31: "inter-" + "national" joined as "international", the spelling used elsewhere in the document [hyphenation-joined]',
    ])
  })

  it('keeps a line-end hyphen unless the joined word is used elsewhere; joins before a capital without a space', () => {
    const texts = (text: string) => readText(text).blocks.map((b) => b.text)
    expect(texts('A community-\nbased group.')).toEqual(['A community-based group.'])
    expect(texts('An inter-\nnational body, international.')).toEqual(['An international body, international.'])
    expect(texts('The Secretary-\nGeneral shall act.')).toEqual(['The Secretary-General shall act.'])
  })

  it('starts a paragraph at a label, a heading, a short line or a first-line indent; not at a wrapped line', () => {
    const lines = [
      '1.   A first paragraph whose text runs on to the margin of the page here',
      'and goes on.',
      '     An indented first line opens an unnumbered paragraph of text that wraps',
      'to the margin.',
      '(a)  A lettered one',
      'Article 3 of the demonstration is cited in running text, not as a heading, and so it wraps',
      'normally.',
    ]
    expect(readText(lines.join('\n')).blocks.map((b) => b.text)).toEqual([
      '1. A first paragraph whose text runs on to the margin of the page here and goes on.',
      'An indented first line opens an unnumbered paragraph of text that wraps to the margin.',
      '(a) A lettered one',
      'Article 3 of the demonstration is cited in running text, not as a heading, and so it wraps normally.',
    ])
  })
})
