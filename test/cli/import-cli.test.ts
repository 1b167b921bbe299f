// `draftdiff import` as a user runs it: the built binary in a fresh folder; exit codes, messages,
// files written, refusals. The README, --help and docs/import.md comparison is in docs-consistency.test.ts.
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {InsertedTextRun, Document, HeadingLevel, Packer, Paragraph, TextRun} from 'docx'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {runIn} from '../support/cli-run.js'

let dir = ''

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'draftdiff-import-cli-'))
})
afterEach(() => {
  rmSync(dir, {recursive: true, force: true})
})

function run(...args: string[]) {
  const result = runIn(dir, ...args)
  for (const stream of [result.stdout, result.stderr]) expect(stream).not.toMatch(/\n\s+at |node:internal|TypeError|RangeError/)
  return result
}

async function changedDocx(): Promise<Buffer> {
  const change = {id: 1, author: 'Delegation B\u001b[31m', date: '2024-05-06T00:00:00Z'}
  return Packer.toBuffer(new Document({sections: [{children: [
    new Paragraph({text: 'Article 1. Demonstration', heading: HeadingLevel.HEADING_2}),
    new Paragraph({children: [new TextRun('1.\tEach State Party shall '), new InsertedTextRun({text: 'promptly ', ...change}), new TextRun('act.')]}),
    new Paragraph({text: 'Annex', heading: HeadingLevel.HEADING_1}),
    new Paragraph('A list that is not part of the draft.'),
  ]}]}))
}

describe('draftdiff import', () => {
  it('prints canonical Markdown, the report on stderr, and lists revisions when asked', async () => {
    writeFileSync(path.join(dir, 'in.docx'), await changedDocx())
    const result = run('import', 'in.docx', '--session', '08-demo', '--until', 'annex', '--revisions')
    expect(result.code).toBe(0)
    expect(result.stdout).toBe('---\nsession: 08-demo\n---\n\n## Article 1. Demonstration\n\n1. Each State Party shall promptly act.\n')
    expect(result.stderr).toBe(
      [
        'in.docx: paragraph 3: 2 paragraphs from here on left out (--until) [left-out-after-until]',
        'in.docx: paragraph 2: 1 tracked changes: imported the text as if all were accepted (run with --revisions to list them) [tracked-changes]',
        // XML cannot carry the escape character: only its printable rest arrives.
        'in.docx: paragraph 2: insertion by Delegation B[31m on 2024-05-06: "promptly "',
        '',
      ].join('\n'),
    )
  })

  it('--format json and --out write the result atomically; the draft passes check', async () => {
    writeFileSync(path.join(dir, 'in.docx'), await changedDocx())
    expect(run('import', 'in.docx', '--out', 'out.md').code).toBe(0)
    expect(run('check', 'out.md').code).toBe(0)
    const json = run('import', 'in.docx', '--format', 'json')
    expect(json.code).toBe(0)
    const parsed = JSON.parse(json.stdout) as {schemaVersion: number; markdown: string; revisions: unknown[]; comments: number}
    expect(parsed.schemaVersion).toBe(1)
    expect(parsed.markdown).toBe(readFileSync(path.join(dir, 'out.md'), 'utf8'))
    expect(parsed.revisions).toHaveLength(1)
  })

  it('imports .md and .txt', () => {
    writeFileSync(path.join(dir, 'a.md'), 'Article 3\r\nTitle on the next line\r\n\r\n1. Text.\r\n')
    expect(run('import', 'a.md').stdout).toBe('## Article 3. Title on the next line\n\n1. Text.\n')
    writeFileSync(path.join(dir, 'b.txt'), '                 Article 4\n              A centred title\n1.     Wrapped\ntext of the paragraph.\n')
    expect(run('import', 'b.txt').stdout).toBe('## Article 4. A centred title\n\n1. Wrapped text of the paragraph.\n')
  })

  it('refuses bad input with exit 2 and a message naming the file', () => {
    writeFileSync(path.join(dir, 'fake.docx'), 'not a zip')
    writeFileSync(path.join(dir, 'x.pdf'), '%PDF-1.7')
    writeFileSync(path.join(dir, 'bin.txt'), new Uint8Array([65, 0, 66]))
    const cases: Array<[string[], string]> = [
      [['import', 'fake.docx'], 'draftdiff: fake.docx: not a .docx (not a zip archive); save it from Word as "Word Document (.docx)"\n'],
      [['import', 'x.pdf'], 'draftdiff: x.pdf: cannot import .pdf files; give a .md, .txt (text of a PDF, from `pdftotext -layout`) or .docx file\n'],
      [['import', 'bin.txt'], 'draftdiff: bin.txt: not imported: NUL byte at offset 1; give UTF-8 text\n'],
      [['import', 'missing.docx'], 'draftdiff: `missing.docx` does not exist; give a .md, .txt or .docx file\n'],
      [['import', '.'], 'draftdiff: `.` is not a file; give a .md, .txt or .docx file\n'],
      [['import', 'x.pdf', '--out', 'x.pdf'], 'draftdiff: --out `x.pdf` is the file being imported; give another file name\n'],
      [['import', 'x.pdf', '--out', 'no/such/out.md'], 'draftdiff: the folder of `no/such/out.md` does not exist; create it first\n'],
    ]
    for (const [args, message] of cases) expect(run(...args), args.join(' ')).toEqual({code: 2, stdout: '', stderr: message})
  })

  it('checks the size before reading, and never writes through a symlink', () => {
    const big = path.join(dir, 'big.docx')
    writeFileSync(big, '')
    spawnSync('truncate', ['-s', String(10 * 1024 * 1024 + 1), big])
    expect(run('import', 'big.docx')).toEqual({code: 2, stdout: '', stderr: 'draftdiff: `big.docx` is 10485761 bytes, over the limit of 10485760; split the document or remove images from it\n'})
    writeFileSync(path.join(dir, 'a.md'), '## Article 1\n\nText.\n')
    writeFileSync(path.join(dir, 'target.md'), 'keep')
    symlinkSync(path.join(dir, 'target.md'), path.join(dir, 'link.md'))
    expect(run('import', 'a.md', '--out', 'link.md')).toEqual({code: 2, stdout: '', stderr: 'draftdiff: `link.md` is a symbolic link; give the path of a regular file for --out\n'})
    expect(readFileSync(path.join(dir, 'target.md'), 'utf8')).toBe('keep')
    expect(existsSync(path.join(dir, 'out.md'))).toBe(false)
  })
})
