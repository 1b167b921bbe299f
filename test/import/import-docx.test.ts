// .docx import: Word numbering, typed numbers, headings, footnotes, tracked changes, comments,
// the cover page, and refusals of bad archives — fixtures written by the `docx` library.
import {zipSync} from 'fflate'
import {AlignmentType, CommentRangeEnd, CommentRangeStart, CommentReference, DeletedTextRun, Document, FootnoteReferenceRun, HeadingLevel, InsertedTextRun, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun} from 'docx'
import {describe, expect, it} from 'vitest'
import path from 'node:path'
import {compareDrafts} from '../../src/diff/compare.js'
import {importDocument, words} from '../../src/import/index.js'
import {checkDraft} from '../../src/parse/check.js'
import {parseDraft} from '../../src/parse/draft.js'
import {docxOf, draftText} from '../import-helpers.js'

const root = path.resolve(import.meta.dirname, '..', '..')

async function pack(children: Paragraph[] | Array<Paragraph | Table>, options: Partial<ConstructorParameters<typeof Document>[0]> = {}): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(new Document({...options, sections: [{children}]})))
}

function body(markdown: string): string {
  return markdown.replace(/^---\n[\s\S]*?\n---\n\n/, '')
}

const levels = [
  {level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, start: 3},
  {level: 1, format: LevelFormat.LOWER_LETTER, text: '(%2)', alignment: AlignmentType.LEFT},
  {level: 2, format: LevelFormat.LOWER_ROMAN, text: '(%3)', alignment: AlignmentType.LEFT},
]

describe('Word numbering (numbering.xml)', () => {
  it('prints lvlText with its format and start value, restarts deeper levels, and restarts a new instance', async () => {
    const item = (text: string, level: number, instance = 1) => new Paragraph({text, numbering: {reference: 'paras', level, instance}})
    const docx = await pack(
      [
        new Paragraph({text: 'Article 7', heading: HeadingLevel.HEADING_2}),
        new Paragraph({children: [new TextRun({text: 'Demonstration numbering', bold: true})], alignment: AlignmentType.CENTER}),
        item('The first paragraph starts at three:', 0),
        item('its first point;', 1),
        item('its second point, with:', 1),
        item('a first detail;', 2),
        item('a second detail;', 2),
        item('The next paragraph counts on.', 0),
        item('Its lettering starts again at a.', 1),
        new Paragraph({text: 'Article 8', heading: HeadingLevel.HEADING_2}),
        item('A new instance restarts at three.', 0, 2),
      ],
      {numbering: {config: [{reference: 'paras', levels}]}},
    )
    const result = importDocument('numbering.docx', docx)
    expect(result.markdown).toBe(
      [
        '## Article 7. Demonstration numbering',
        '3. The first paragraph starts at three:',
        '   (a) its first point;',
        '   (b) its second point, with:',
        '      (i) a first detail;',
        '      (ii) a second detail;',
        '4. The next paragraph counts on.',
        '   (a) Its lettering starts again at a.',
        '## Article 8',
        '3. A new instance restarts at three.',
      ].join('\n\n') + '\n',
    )
    expect(result.notes).toEqual([])
  })

  it('reads numbers typed with a tab, and (%1) preambular numbering', async () => {
    const docx = await pack(
      [
        new Paragraph({text: 'Preamble', heading: HeadingLevel.HEADING_1}),
        new Paragraph('The States Parties to this demonstration,'),
        new Paragraph({text: 'Noting the first consideration,', numbering: {reference: 'pp', level: 0}}),
        new Paragraph({text: 'Noting the second consideration,', numbering: {reference: 'pp', level: 0}}),
        new Paragraph('Have agreed as follows:'),
        new Paragraph({text: 'Article 1. Typed numbers', heading: HeadingLevel.HEADING_2}),
        new Paragraph('1.\tEach State Party shall write its numbers by hand:'),
        new Paragraph('(a)\twith a tab after the letter;'),
        new Paragraph('(b)\tor with one.'),
        new Paragraph({text: 'when the text goes on after the list.', indent: {left: 720}}),
        new Paragraph('2.\tA second typed paragraph.'),
      ],
      {numbering: {config: [{reference: 'pp', levels: [{level: 0, format: LevelFormat.DECIMAL, text: '(%1)', alignment: AlignmentType.LEFT}]}]}},
    )
    const {draft} = parseDraft([{path: 'x.md', contents: importDocument('typed.docx', docx).markdown}])
    expect(draft.preamble?.paragraphs.map((p) => [p.number, p.text])).toEqual([['1', 'Noting the first consideration,'], ['2', 'Noting the second consideration,']])
    expect(draft.preamble?.closing?.text).toBe('Have agreed as follows:')
    const article = draft.articles[0]!
    expect([article.number, article.title]).toEqual(['1', 'Typed numbers'])
    expect(article.paragraphs.map((p) => [p.number, p.text, p.subparagraphs.map((s) => `${s.number}: ${s.text}`), p.closing?.text ?? null])).toEqual([
      ['1', 'Each State Party shall write its numbers by hand:', ['a: with a tab after the letter;', 'b: or with one.'], 'when the text goes on after the list.'],
      ['2', 'A second typed paragraph.', [], null],
    ])
  })
})

describe('a shipped draft through the docx library', () => {
  it('03-complete: every article unchanged, footnotes in place, front matter from the cover, check clean', async () => {
    const markdown = draftText(root, '03-complete')
    const result = importDocument('03.docx', await docxOf(markdown), {session: '03-complete'})
    // Word numbers footnotes; the draft labels them: compare with the labels numbered in order.
    const labels = new Map<string, string>()
    const renumbered = markdown.replace(/\[\^([^\]]+)\](:?)/g, (_, label: string, colon: string) => {
      if (!labels.has(label)) labels.set(label, String(labels.size + 1))
      return `[^${labels.get(label)}]${colon}`
    })
    const before = parseDraft([{path: 'a.md', contents: renumbered}]).draft
    const parsed = parseDraft([{path: 'b.md', contents: result.markdown}])
    const diff = compareDrafts({label: 'a', draft: before}, {label: 'b', draft: parsed.draft})
    expect(diff.articles.filter((a) => a.change !== 'none').map((a) => a.new.join('+'))).toEqual([])
    expect(parsed.draft.footnotes.map((f) => f.text)).toEqual(before.footnotes.map((f) => f.text.replace(/\s*\n\s*/g, ' ')))
    expect(parsed.draft.meta).toMatchObject({session: '03-complete', title: 'Draft text of the convention', symbol: 'DEMO/AC.1/3/4', date: '2023-01-09', venue: 'Vienna', 'agenda-item': '3'})
    checkDraft(parsed.draft, parsed.files)
    expect(parsed.files.flatMap((f) => f.messages.map((m) => `${m.ruleId}: ${m.reason}`))).toEqual([])
    expect(result.notes).toEqual([])
  })

  it('loses no word of the source body (numbering aside)', async () => {
    const markdown = draftText(root, '05-further-revised')
    const out = importDocument('05.docx', await docxOf(markdown)).markdown
    const have = new Set(words(out))
    const source = body(markdown).replace(/^#+ |\[\^[^\]]+\]:?/gm, '')
    expect(words(source).filter((word) => !have.has(word))).toEqual([])
  })
})

describe('tracked changes and comments', () => {
  it('imports the current text, warns, lists the revisions, and leaves comments out', async () => {
    const change = {author: 'Delegation A', date: '2024-03-01T10:00:00Z'}
    const docx = await pack(
      [
        new Paragraph({text: 'Article 1. Changes', heading: HeadingLevel.HEADING_2}),
        new Paragraph({
          children: [
            new TextRun('1.\tEach State Party shall '),
            new DeletedTextRun({text: 'consider ', id: 1, ...change}),
            new InsertedTextRun({text: 'promptly ', id: 2, ...change}),
            new TextRun('adopt measures.'),
            new CommentRangeStart(0),
            new TextRun(' Agreed text.'),
            new CommentRangeEnd(0),
            new TextRun({children: [new CommentReference(0)]}),
          ],
        }),
      ],
      {comments: {children: [{id: 0, author: 'Secretariat', date: new Date('2024-03-02'), children: [new Paragraph('A remark that must not be imported')]}]}},
    )
    const result = importDocument('changes.docx', docx)
    expect(body(result.markdown)).toBe('## Article 1. Changes\n\n1. Each State Party shall promptly adopt measures. Agreed text.\n')
    expect(result.revisions).toEqual([
      {kind: 'deletion', author: 'Delegation A', date: '2024-03-01T10:00:00Z', text: 'consider ', where: 'paragraph 2'},
      {kind: 'insertion', author: 'Delegation A', date: '2024-03-01T10:00:00Z', text: 'promptly ', where: 'paragraph 2'},
    ])
    expect(result.comments).toBe(1)
    expect(result.notes.map((n) => `${n.where}: ${n.message} [${n.rule}]`)).toEqual([
      'paragraph 2: 2 tracked changes: imported the text as if all were accepted (run with --revisions to list them) [tracked-changes]',
      'the document: 1 comments left out [comments-left-out]',
    ])
  })

  it('reports a table, a footnote and unplaced cover text with their locations', async () => {
    const docx = await pack(
      [
        new Paragraph('DEMO/AC.9/1/1'),
        new Paragraph('Distr.: General'),
        new Paragraph('A long note that explains, in several sentences, why this paper exists. It is not a title.'),
        new Paragraph({text: 'Article 1. Tables', heading: HeadingLevel.HEADING_2}),
        new Paragraph({children: [new TextRun('1.\tA paragraph with a note.'), new FootnoteReferenceRun(1)]}),
        new Table({rows: [new TableRow({children: [new TableCell({children: [new Paragraph('2.\tA paragraph inside a table.')]})]})]}),
      ],
      {footnotes: {1: {children: [new Paragraph('The note itself.')]}}},
    )
    const result = importDocument('table.docx', docx)
    expect(result.markdown).toBe('---\nsymbol: DEMO/AC.9/1/1\ndistribution: General\n---\n\n## Article 1. Tables\n\n1. A paragraph with a note.[^1]\n\n2. A paragraph inside a table.\n\n[^1]: The note itself.\n')
    expect(result.notes.map((n) => `${n.where}: [${n.rule}]`)).toEqual(['paragraph 6: [table-flattened]', 'paragraph 3: [cover-text-not-placed]'])
    expect(result.notes[1]!.message).toContain('"A long note that explains, in several sentences, why this paper exists. It is not a title."')
  })
})

describe('bad .docx input: a clear message, no crash', () => {
  const refuse = (bytes: Uint8Array) => {
    try {
      importDocument('bad.docx', bytes)
    } catch (error) {
      expect((error as Error).name).toBe('ImportError')
      return (error as Error).message
    }
    throw new Error('imported')
  }
  it('not a zip', () => {
    expect(refuse(new TextEncoder().encode('plain text, not a zip archive'))).toBe('bad.docx: not a .docx (not a zip archive); save it from Word as "Word Document (.docx)"')
  })
  it('a zip without word/document.xml', () => {
    expect(refuse(zipSync({'readme.txt': new TextEncoder().encode('hello')}))).toBe('bad.docx: no word/document.xml inside; this zip is not a Word document (save it as .docx)')
  })
  /** A zip of `size` zero bytes as word/document.xml whose central directory declares `declared` bytes. */
  const declaring = (size: number, declared: number) => {
    const zip = zipSync({'word/document.xml': new Uint8Array(size)}, {level: 9})
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
    const central = zip.findLastIndex((_, i) => i + 4 <= zip.length && view.getUint32(i, true) === 0x02014b50)
    view.setUint32(central + 24, declared, true)
    return zip
  }
  it('a zip bomb is refused from its declared size, before inflating', () => {
    const bomb = zipSync({'word/document.xml': new Uint8Array(33 * 1024 * 1024), 'word/styles.xml': new Uint8Array(0)}, {level: 9})
    expect(bomb.byteLength).toBeLessThan(100_000)
    expect(refuse(bomb)).toBe('bad.docx: word/document.xml would inflate to 34603008 bytes, over the limit of 33554432; the archive is damaged or hostile')
    expect(refuse(declaring(1024, 0xffffffff))).toBe('bad.docx: word/document.xml would inflate to 4294967295 bytes, over the limit of 33554432; the archive is damaged or hostile')
  })
  it('a zip that declares less than it holds is cut off, not inflated beyond its declared size', () => {
    // fflate inflates into a buffer of the declared size: ten NUL bytes come out, which is not XML.
    expect(refuse(declaring(1024 * 1024, 10))).toBe('bad.docx: word/document.xml is not well-formed XML (disallowed character.)')
  })
  it('malformed XML and deep nesting', () => {
    const xml = (text: string) => zipSync({'word/document.xml': new TextEncoder().encode(text)})
    expect(refuse(xml('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p></w:body>'))).toMatch(/^bad\.docx: word\/document\.xml is not well-formed XML \(/)
    expect(refuse(xml(`<a>${'<b>'.repeat(5000)}${'</b>'.repeat(5000)}</a>`))).toBe('bad.docx: word/document.xml nests elements more than 200 deep; the file is damaged or hostile')
    expect(refuse(xml('<!DOCTYPE a [<!ENTITY x "xx">]><a>&x;</a>'))).toMatch(/not well-formed XML|has no body/)
  })
})
