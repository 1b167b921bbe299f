// Import tests with real producers: the `docx` library and LibreOffice write .docx, LibreOffice
// prints PDF and `pdftotext -layout` extracts its text; the same draft through .md, .txt and
// .docx must import to the same model (diff: every article unchanged).
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {compareDrafts} from '../../src/diff/compare.js'
import {importDocument, words} from '../../src/import/index.js'
import {checkDraft} from '../../src/parse/check.js'
import {parseDraft} from '../../src/parse/draft.js'
import {docxOf, draftText, htmlOf, pdftotext, soffice} from '../import-helpers.js'

const root = path.resolve(import.meta.dirname, '..', '..')
let dir = ''
const imported = new Map<string, string>()
const notes = new Map<string, string[]>()

function run(name: string, bytes: Uint8Array): string {
  const result = importDocument(name, bytes, {session: '07-final'})
  imported.set(name, result.markdown)
  notes.set(name, result.notes.map((n) => `${n.where}: ${n.message} [${n.rule}]`))
  return result.markdown
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'draftdiff-import-'))
  const profile = path.join(dir, 'profile')
  mkdirSync(profile)
  const markdown = draftText(root, '07-final')
  run('07-final.md', new TextEncoder().encode(markdown))
  const docx = await docxOf(markdown)
  writeFileSync(path.join(dir, 'docx-lib.docx'), docx)
  run('docx-lib.docx', docx)
  writeFileSync(path.join(dir, 'office.html'), htmlOf(markdown))
  const office = soffice(path.join(dir, 'office.html'), 'docx:MS Word 2007 XML', dir, profile)
  run('office.docx', new Uint8Array(readFileSync(office)))
  const pdf = soffice(path.join(dir, 'docx-lib.docx'), 'pdf', dir, profile)
  const text = pdftotext(pdf)
  writeFileSync(path.join(dir, 'docx-lib.txt'), text)
  run('docx-lib.txt', new TextEncoder().encode(text))
}, 240_000)

afterAll(() => {
  if (process.env.KEEP_IMPORT) console.log(dir)
  else rmSync(dir, {recursive: true, force: true})
})

function unchanged(a: string, b: string): string[] {
  const diff = compareDrafts({label: 'a', draft: parseDraft([{path: 'a.md', contents: a}]).draft}, {label: 'b', draft: parseDraft([{path: 'b.md', contents: b}]).draft})
  return diff.articles.filter((entry) => entry.change !== 'none' || entry.relation !== 'matched').map((entry) => `${entry.old.join('+')} → ${entry.new.join('+')}: ${entry.relation}, ${entry.change}`)
}

describe('the same draft through .md, .txt and .docx', () => {
  for (const name of ['docx-lib.docx', 'office.docx', 'docx-lib.txt']) {
    it(`${name} imports to the model of the .md: every article unchanged`, () => {
      const changed = unchanged(imported.get('07-final.md')!, imported.get(name)!)
      expect(changed).toEqual([])
      const parsed = parseDraft([{path: 'x.md', contents: imported.get(name)!}])
      expect(parsed.draft.articles).toHaveLength(68)
      checkDraft(parsed.draft, parsed.files)
      expect(parsed.files.flatMap((file) => file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.reason}`))).toEqual([])
    })
    it(`${name} loses no word of the source body (numbering aside), and reports only what it changed`, () => {
      const source = draftText(root, '07-final').replace(/^---\n[\s\S]*?\n---\n/, '').replace(/^#+ /gm, '')
      const have = new Set(words(imported.get(name)!))
      expect(words(source).filter((word) => !have.has(word))).toEqual([])
      const expected = name.endsWith('.txt') ? [expect.stringMatching(/^every page: \d+ page header, footer and page-number lines left out \[page-furniture-removed\]$/)] : []
      expect(notes.get(name)).toEqual(expected)
    })
  }
})
