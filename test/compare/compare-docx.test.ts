// `compare --format docx` (issue 13, part 2): the Word table read back with the project's own zip and XML readers
// (every row and cell against the JSON of the same table), the same bytes twice, and LibreOffice opening it: landscape,
// the header row repeated on the next page.
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {CompareTable} from '../../src/compare/table.js'
import {descendants, kid, kids, parseXml, textOf, wAttr, type XmlElement} from '../../src/import/xml.js'
import {readZipParts} from '../../src/import/zip.js'
import {runIn} from '../support/cli-run.js'

const root = path.resolve(import.meta.dirname, '..', '..')
const dir = mkdtempSync(path.join(os.tmpdir(), 'draftdiff-compare-docx-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

/** Run an external tool (LibreOffice, poppler). */
function run(command: string, args: string[], timeout = 60_000) {
  const result = spawnSync(command, args, {cwd: root, encoding: 'utf8', timeout, maxBuffer: 64 * 1024 * 1024})
  expect(result.error).toBeUndefined()
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

const docx = path.join(dir, 'table.docx')
let table: CompareTable
let body: XmlElement

beforeAll(() => {
  const notes = path.join(dir, 'notes.json')
  writeFileSync(notes, JSON.stringify({version: '05', articles: {'2': {article: 'Terms to be settled last.', '1 (h)': 'Compromise: drop the footnote.'}}}))
  const written = runIn(root, 'compare', '05', '06', '07', '--notes', notes, '--format', 'docx', '--out', docx)
  expect(written).toMatchObject({code: 0, stdout: `wrote ${docx}\n`, stderr: ''})
  table = JSON.parse(runIn(root, 'compare', '05', '06', '07', '--notes', notes, '--format', 'json').stdout) as CompareTable
  const parts = readZipParts(readFileSync(docx), ['word/document.xml'], docx)
  body = kid(parseXml(parts.get('word/document.xml') ?? '', docx, 'word/document.xml'), 'body') as XmlElement
})

interface RunInfo {
  text: string
  deleted: boolean
  inserted: boolean
  superscript: boolean
  italic: boolean
}

function runsOf(element: XmlElement): RunInfo[] {
  return [...descendants(element)]
    .filter((e) => e.local === 'r')
    .map((r) => {
      const props = kid(r, 'rPr')
      return {
        text: kids(r, 't').map(textOf).join(''),
        deleted: kid(props, 'strike') !== null,
        inserted: kid(props, 'u') !== null,
        superscript: wAttr(kid(props, 'vertAlign'), 'val') === 'superscript',
        italic: kid(props, 'i') !== null
      }
    })
}

const cellText = (cell: XmlElement) => kids(cell, 'p').map((p) => runsOf(p).map((r) => r.text).join(''))
const withoutRefs = (text: string) => text.replace(/\[\^[^\]\s]+\]/g, '')

describe('compare 05 06 07 --format docx', () => {
  it('is landscape, with one column per version and the comments column, and the header row repeated', () => {
    const size = kid(kid(body, 'sectPr'), 'pgSz')
    expect(wAttr(size, 'orient')).toBe('landscape')
    expect(Number(wAttr(size, 'w'))).toBeGreaterThan(Number(wAttr(size, 'h')))
    const tbl = kid(body, 'tbl') as XmlElement
    expect(kids(kid(tbl, 'tblGrid') as XmlElement, 'gridCol').length).toBe(4)
    const [header] = kids(tbl, 'tr')
    expect(kid(kid(header, 'trPr'), 'tblHeader')).not.toBeNull()
    expect(kids(header as XmlElement, 'tc').map((c) => cellText(c).join('\n'))).toEqual(['05-further-revised', '06-updated', '07-final', 'Compromise / comments'])
  })

  it('has a row per article and per paragraph lineage, every row, in the order of the JSON', () => {
    const rows = kids(kid(body, 'tbl') as XmlElement, 'tr').slice(1)
    expect(rows.length).toBe(table.summary.rows + table.summary.paragraphs)
    let r = 0
    for (const article of table.rows) {
      const heading = kids(rows[r++] as XmlElement, 'tc')
      expect(heading.length).toBe(2)
      expect(wAttr(kid(kid(heading[0], 'tcPr'), 'gridSpan'), 'val')).toBe('3')
      expect(cellText(heading[0] as XmlElement)[0]).toMatch(new RegExp(`^Article ${article.cells.filter((c) => c.present)[0]?.number ?? ''}\\b`))
      expect(cellText(heading[1] as XmlElement)).toEqual([article.status.label + (article.status.version === '07-final' ? '' : ` (in ${article.status.version})`), ...(article.note ? [article.note] : [])])
      for (const unit of article.units) {
        const cells = kids(rows[r++] as XmlElement, 'tc')
        expect(cells.length).toBe(4)
        unit.cells.forEach((cell, v) => {
          const runs = runsOf(kids(cells[v] as XmlElement, 'p')[0] as XmlElement).filter((x) => !x.italic)
          if (!cell.present) {
            expect(runs.map((x) => x.text).join('')).toBe('—')
            return
          }
          const marker = cell.marker ? `${cell.marker} ` : ''
          // Text outside the struck runs is this version's; outside the underlined runs, the previous column's.
          expect(runs.filter((x) => !x.deleted && !x.superscript).map((x) => x.text).join('')).toBe(marker + withoutRefs(cell.text))
          if (cell.redline) expect(runs.filter((x) => !x.inserted && !x.superscript).map((x) => x.text).join('')).toBe(marker + withoutRefs(unit.cells[v - 1]?.text ?? ''))
        })
        expect(cellText(cells[3] as XmlElement).slice(1)).toEqual(unit.note ? [unit.note] : [])
      }
    }
    expect(table.rows.flatMap((a) => a.units).some((u) => u.note === 'Compromise: drop the footnote.')).toBe(true)
  })

  it('the same drafts give the same bytes', () => {
    const again = path.join(dir, 'again.docx')
    expect(runIn(root, 'compare', '05', '06', '07', '--notes', path.join(dir, 'notes.json'), '--format', 'docx', '--out', again).code).toBe(0)
    expect(readFileSync(again).equals(readFileSync(docx))).toBe(true)
  })

  it('LibreOffice opens it: landscape pages, the header row again at the top of page 2', () => {
    const profile = `file://${path.join(dir, 'lo-profile')}`
    const converted = run('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], 170_000)
    expect(converted.code).toBe(0)
    const pdf = path.join(dir, 'table.pdf')
    expect(run('pdfinfo', [pdf]).stdout).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/)
    const pages = run('pdftotext', ['-layout', pdf, '-']).stdout.split('\f')
    expect(pages.length).toBeGreaterThan(10)
    expect(pages[1]?.trim().split('\n')[0]).toMatch(/^05-further-revised\s+06-updated\s+07-final\s+Compromise \/ comments$/)
    expect(pages.join('\n')).toContain('Compromise: drop the footnote.')
  }, 180_000)
})
