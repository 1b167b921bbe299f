// `draftdiff compare`: the N-way table on the shipped drafts (golden Markdown and JSON, specific rows, --baseline),
// hostile draft text in HTML and Markdown, versions read from a real git repository, and bad input.
import {createHash} from 'node:crypto'
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {cellNote, compareTable, type CompareRow, type CompareTable} from '../../src/compare/table.js'
import {rebuild} from '../../src/diff/words.js'
import {articleHeading} from '../../src/report/compare-cells.js'
import {renderCompareMarkdown} from '../../src/report/compare-md.js'
import {loadSessions, type Session} from '../../src/versions/sessions.js'
import {launchBrowser} from '../support/browser.js'
import {testRepo, type TestRepo} from '../support/test-repo.js'
import {matchGolden} from '../support/golden.js'
import {runIn} from '../support/cli-run.js'

const root = path.resolve(import.meta.dirname, '..', '..')
// Browser globals used inside page.evaluate (the project's tsconfig has no DOM lib).
declare const document: {querySelector(selector: string): unknown}
declare function getComputedStyle(element: unknown): {position: string; textDecorationLine: string}

const dir = mkdtempSync(path.join(os.tmpdir(), 'draftdiff-compare-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

function run(args: string[], cwd = root) {
  const result = runIn(cwd, ...args)
  expect(result.stderr).not.toMatch(/\n\s+at /)
  return result
}

let sessions: Session[] = []
let table: CompareTable
const pick = (...ids: string[]) =>
  ids.map((id) => {
    const session = sessions.find((s) => s.id.startsWith(`${id}-`))
    if (!session) throw new Error(`shipped session ${id} missing`)
    return {label: session.id, draft: session.draft}
  })
const row = (t: CompareTable, lineage: string) => {
  const found = t.rows.find((r) => r.lineage === lineage)
  if (!found) throw new Error(`no row ${lineage}`)
  return found
}
const numbers = (r: CompareRow) => r.cells.map((c) => (c.present ? c.number : null))

beforeAll(async () => {
  sessions = await loadSessions(path.join(root, 'drafts'))
  table = compareTable(pick('05', '06', '07'))
})

describe('compare 05 06 07 on the shipped drafts', () => {
  it('Markdown and JSON match their golden files, and the CLI prints exactly them', () => {
    const md = renderCompareMarkdown(table)
    const json = JSON.stringify(table, null, 2) + '\n'
    matchGolden('compare-05-06-07.md', md)
    matchGolden('compare-05-06-07.json', json)
    const cli = run(['compare', '05', '06', '07'])
    expect(cli.code).toBe(0)
    expect(cli.stdout).toBe(md)
    expect(run(['compare', '05', '06', '07', '--format', 'json']).stdout).toBe(json)
  })

  it('a lone deleted bracket or comma is set as code in its mark: GitHub shows <del> without colour', () => {
    const md = renderCompareMarkdown(table)
    expect(md).toContain('"Child" means any person under <del>`[`</del>eighteen<del>`]`</del> years of age;')
    expect(md).toContain('dishonest or criminal intent<ins>`,`</ins> or in relation')
    expect(md).not.toMatch(/<del>\\\[<\/del>|<del>\]<\/del>/)
  })

  it('has one row per lineage, and every article of every version in exactly one cell', () => {
    expect(table.versions.map((v) => v.label)).toEqual(['05-further-revised', '06-updated', '07-final'])
    expect(new Set(table.rows.map((r) => r.lineage)).size).toBe(table.rows.length)
    table.versions.forEach((version, v) => {
      const ids = table.rows.flatMap((r) => (r.cells[v]?.present ? [r.cells[v]?.id] : []))
      expect(ids.length).toBe(version.counts.articles)
      expect(new Set(ids).size).toBe(ids.length)
    })
    // Rows follow the last version's article order.
    const last = table.rows.filter((r) => r.cells[2]?.present).map((r) => r.cells[2]?.number)
    expect(last).toEqual(pick('07')[0]?.draft.articles.map((a) => a.number))
  })

  it('a renumbered article is one row with its number in each column', () => {
    const r = row(table, '05-further-revised:art-60')
    expect(numbers(r)).toEqual(['60', '62', '63'])
    expect(r.cells.map((c) => c.title)).toEqual(['Settlement of disputes', 'Settlement of disputes', 'Settlement of disputes'])
    expect(r.cells.map((c) => c.link?.relation ?? null)).toEqual([null, 'matched', 'matched'])
    expect(r.number).toBe('63')
    expect(articleHeading(r, table.versions.map((v) => v.label)).numbers).toBe('Article 60 → 62 → 63')
    // Its paragraphs keep their rows too, each with one cell per version.
    expect(r.units.length).toBeGreaterThan(0)
    for (const unit of r.units) expect(unit.cells.map((c) => c.present)).toEqual([true, true, true])
  })

  it('a split: the first piece continues the row, the second starts its own row with an empty first cell', () => {
    const first = row(table, '05-further-revised:art-13')
    const second = row(table, '06-updated:art-14')
    expect(numbers(first)).toEqual(['13', '13', '13'])
    expect(numbers(second)).toEqual([null, '14', '14'])
    expect([cellNote(first.cells[1]!), cellNote(second.cells[1]!)]).toEqual(['split: Art. 13 → 13 + 14', 'split: Art. 13 → 13 + 14'])
    expect(table.rows.indexOf(second)).toBe(table.rows.indexOf(first) + 1)
  })

  it('a merge: 67 + 68 → 68; the merged-away article ends, its row right after the merged one, its status from 06', () => {
    const merged = row(table, '05-further-revised:art-66')
    const ended = row(table, '05-further-revised:art-67')
    expect(numbers(merged)).toEqual(['66', '67', '68'])
    expect(merged.cells[2]?.link).toEqual({relation: 'merged', old: ['67', '68'], new: ['68'], movedFrom: null})
    expect(cellNote(merged.cells[2]!)).toBe('merged: Art. 67 + 68 → 68')
    expect(numbers(ended)).toEqual(['67', '68', null])
    expect(cellNote(ended.cells[2]!)).toBe('merged into Art. 68')
    expect(ended.cells[2]).toMatchObject({present: false, id: null})
    expect(table.rows.indexOf(ended)).toBe(table.rows.indexOf(merged) + 1)
    expect(ended.status).toMatchObject({kind: 'agreed', label: 'agreed', version: '06-updated', markers: ['agreed ad referendum']})
  })

  it('an article added in 07 has empty earlier cells and is all insertion', () => {
    const added = row(table, '07-final:art-62')
    expect(numbers(added)).toEqual([null, null, '62'])
    expect(added.cells.slice(0, 2).every((c) => !c.present && c.link === null)).toBe(true)
    expect(cellNote(added.cells[2]!)).toBe('new')
    expect(added.units.length).toBeGreaterThan(0)
    for (const unit of added.units) {
      expect(unit.cells.map((c) => c.present)).toEqual([false, false, true])
      expect(unit.cells[2]?.note).toBe('new')
      expect(unit.cells[2]?.redline?.pieces.map((p) => p.type)).toEqual(['insert'])
      expect(unit.changedIn).toEqual(['07-final'])
    }
    // Placed where it stands in 07: before the article it pushed from 62 to 63.
    expect(table.rows[table.rows.indexOf(added) + 1]?.lineage).toBe('05-further-revised:art-60')
  })

  it('an article deleted in 06 keeps its row, marked deleted, with the status it had in 05', () => {
    const deleted = row(table, '05-further-revised:art-65')
    expect(numbers(deleted)).toEqual(['65', null, null])
    expect(deleted.cells.map(cellNote)).toEqual([null, 'deleted', null])
    expect(deleted.status).toMatchObject({kind: 'pending', label: 'pending; open brackets: 4', version: '05-further-revised'})
    expect(renderCompareMarkdown(table)).toContain('| **pending; open brackets: 4 (in 05-further-revised)** |')
  })

  it('status column: from the last version holding the article', () => {
    // The final text has no markers and no brackets.
    expect(table.summary.status).toEqual({agreed: 1, pending: 1, open: 68, deleted: 0})
    expect(row(table, '05-further-revised:art-1').status).toEqual({kind: 'open', label: 'open brackets: 0', version: '07-final', markers: [], openBrackets: 0})
    const earlier = compareTable(pick('04', '05'))
    const labels = new Set(earlier.rows.map((r) => r.status.label))
    expect(labels).toContain('agreed')
    expect([...labels].some((l) => /^pending(; open brackets: \d+)?$/.test(l))).toBe(true)
    expect([...labels].some((l) => /^open brackets: [1-9]\d*$/.test(l))).toBe(true)
    for (const r of earlier.rows) {
      if (r.status.kind === 'agreed') expect(r.status.openBrackets).toBe(0)
      if (r.status.kind === 'pending') expect(r.status.markers.some((m) => m === 'pending' || m === 'under discussion')).toBe(true)
    }
  })

  it('redlines rebuild the baseline text and the cell text; by default against the previous column', () => {
    for (const r of table.rows.flatMap((row) => row.units)) {
      expect(r.cells[0]?.redline).toBeNull()
      r.cells.forEach((c, v) => {
        if (!c.redline) return
        expect(rebuild(c.redline.pieces, 'new')).toBe(c.text)
        expect(rebuild(c.redline.pieces, 'old')).toBe(r.cells[v - 1]?.text)
      })
    }
    expect(table.baseline).toBeNull()
  })

  it('--baseline 05 compares every column with 05, and differs from the default', () => {
    const against = compareTable(pick('05', '06', '07'), {baseline: 0})
    expect(against.baseline).toBe('05-further-revised')
    for (const r of against.rows.flatMap((row) => row.units)) {
      expect(r.cells[0]?.redline).toBeNull()
      for (const c of r.cells.slice(1)) if (c.redline) expect(rebuild(c.redline.pieces, 'old')).toBe(r.cells[0]?.text)
    }
    const renumbered = row(against, '05-further-revised:art-14')
    for (const unit of renumbered.units) if (unit.cells[2]?.present) expect(rebuild(unit.cells[2]?.redline?.pieces ?? [], 'old')).toBe(unit.cells[0]?.text)
    const cli = run(['compare', '05', '06', '07', '--baseline', '05'])
    expect(cli.code).toBe(0)
    expect(cli.stdout).toBe(renderCompareMarkdown(against))
    expect(cli.stdout).not.toBe(renderCompareMarkdown(table))
    expect(cli.stdout).toContain('against 05-further-revised;')
    // A version's label works as well as the specifier given; the baseline may be any column, the last one too.
    const last = run(['compare', '06', '07', '--baseline', '07-final'])
    expect(last.code).toBe(0)
    expect(last.stdout).toBe(renderCompareMarkdown(compareTable(pick('06', '07'), {baseline: 1})))
  })
})

/** Whether every element opened is closed in order (void elements excepted), outside the doctype, the style, the script and comments. */
function wellFormed(html: string): boolean {
  const voids = new Set(['meta', 'br', 'hr', 'img', 'link', 'input', 'col', 'wbr', 'area', 'base', 'source', 'track', 'embed'])
  const body = html.replace(/^<!doctype html>/i, '').replace(/<style>[^<]*<\/style>/g, '<style></style>').replace(/<script>[^]*?<\/script>/g, '<script></script>')
  const stack: string[] = []
  for (const match of body.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>|<|>/g)) {
    if (match[2] === undefined) {
      if (match[0] === '<') return false
      continue
    }
    const name = match[2].toLowerCase()
    if (voids.has(name)) continue
    if (match[1] === '') stack.push(name)
    else if (stack.pop() !== name) return false
  }
  return stack.length === 0
}

describe('hostile draft text', () => {
  const draft = (title: string, body: string) => `---\nsession: ${title}\n---\n\n# Chapter I. General\n\n## Article 1. Scope <script>alert(1)</script>\n\n${body}\n\n## Article 2. Use of terms </style><img src=x onerror=alert(2)>\n\n1. "Data" means data, see @alice and #123 | a pipe.\n`
  let files: string[] = []
  beforeAll(() => {
    mkdirSync(path.join(dir, 'hostile'), {recursive: true})
    files = [
      ['a', '1. This Convention applies to offences.'],
      ['b', '1. This Convention applies to offences <script>alert(3)</script> [and <b onclick=alert(4)>].'],
      ['c', '1. This Convention applies to all offences <script>alert(3)</script>, see @alice and #123 | a pipe.']
    ].map(([name, body]) => {
      const file = path.join(dir, 'hostile', `${name}.md`)
      writeFileSync(file, draft(name ?? '', body ?? ''))
      return file
    })
  })

  it('HTML: well-formed, only its own hashed script, draft text only as text, a CSP hashing the stylesheet and the script', () => {
    const result = run(['compare', ...files, '--format', 'html'])
    expect(result.code).toBe(0)
    const html = result.stdout
    // One script, the page's own (the filters); none from the drafts.
    expect(html.match(/<script/gi)?.length).toBe(1)
    expect(html).not.toMatch(/<img|<b /i)
    expect(html).not.toMatch(/<[a-z][^<>]*\son[a-z]+=/i)
    expect(html).not.toMatch(/<[a-z][^<>]*\sstyle=/i)
    expect(html).toContain('&#x3C;script>alert(3)&#x3C;/script>')
    expect(wellFormed(html)).toBe(true)
    expect(html.match(/<table[ >]/g)?.length).toBe(1)
    expect(html).toContain('<th scope="col">a</th><th scope="col">b</th><th scope="col">c</th><th class="st" scope="col">Status</th>')
    expect(html.match(/<del>/g)?.length).toBeGreaterThan(0)
    expect(html.match(/<ins>/g)?.length).toBeGreaterThan(0)
    const style = html.match(/<style>([^<]*)<\/style>/)?.[1] ?? ''
    const script = html.match(/<script>([^]*?)<\/script>/)?.[1] ?? ''
    const hash = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64')
    expect(html.replaceAll('&#x27;', "'")).toContain(`content="default-src 'none'; style-src 'sha256-${hash(style)}'; script-src 'sha256-${hash(script)}'; base-uri 'none'; form-action 'none'"`)
    expect(html).toMatch(/thead th\{position:sticky;top:0/)
  })

  it('Markdown: raw HTML escaped, mentions and issue references neutralised, pipes kept inside their cell', () => {
    const result = run(['compare', ...files])
    expect(result.code).toBe(0)
    const md = result.stdout
    expect(md).not.toMatch(/(?<!\\)<(script|img|b )/)
    expect(md).not.toMatch(/@alice|#123/)
    expect(md).toContain('@\u200Balice')
    const rows = md.split('\n').filter((line) => line.startsWith('| '))
    // Header, delimiter, the changed article and its changed paragraph (article 2 is unchanged: left out), each with 4 columns (a, b, c, status).
    expect(rows.length).toBe(4)
    for (const line of rows) expect(line.split(/(?<!\\)\|/).length - 2).toBe(4)
  })

  it('in Chromium: the stylesheet and script pass the CSP, the header sticks, nothing of the drafts runs, nothing is fetched', async () => {
    const file = path.join(dir, 'hostile.html')
    writeFileSync(file, run(['compare', ...files, '--format', 'html']).stdout)
    const browser = await launchBrowser()
    try {
      const page = await browser.newPage({viewport: {width: 900, height: 500}})
      const problems: string[] = []
      const requests: string[] = []
      page.on('console', (message) => problems.push(`${message.type()}: ${message.text()}`))
      page.on('pageerror', (error) => problems.push(error.message))
      page.on('dialog', (dialog) => {
        problems.push(`dialog: ${dialog.message()}`)
        void dialog.dismiss()
      })
      page.on('request', (request) => requests.push(request.url()))
      await page.goto(pathToFileURL(file).href, {waitUntil: 'load'})
      const styles = await page.evaluate(() => {
        const style = (selector: string) => getComputedStyle(document.querySelector(selector))
        return {header: style('thead th').position, del: style('td del').textDecorationLine, ins: style('td ins').textDecorationLine}
      })
      expect(styles).toEqual({header: 'sticky', del: 'line-through', ins: 'underline'})
      expect(problems).toEqual([])
      expect(requests).toEqual([pathToFileURL(file).href])
    } finally {
      await browser.close()
    }
  })
})

describe('compare with versions from git', () => {
  let repo: TestRepo
  const head = '---\nsession: s\n---\n\n# Chapter I. General provisions\n\n'
  const scope = '## Article 1. Scope\n\nThis Convention applies to the prevention and investigation of the offences it establishes.\n'
  const access = (n: number, text: string) => `## Article ${n}. Illegal access\n\nEach State Party shall establish as a criminal offence the intentional access to an information system ${text}.\n`
  const terms = '## Article 2. Use of terms\n\nFor the purposes of this Convention, "information system" means any device that processes data automatically.\n'
  beforeAll(() => {
    repo = testRepo([
      {files: {'drafts/s/draft.md': `${head}${scope}\n${access(2, '[without right]')}`}, message: 'v1', tag: 'v1'},
      {files: {'drafts/s/draft.md': `${head}${scope}\n${terms}\n${access(3, '[without right]')}`}, message: 'v2', tag: 'v2'},
      {files: {'drafts/s/draft.md': `${head}${scope}\n${terms}\n${access(3, 'without right')}`}, message: 'v3', tag: 'v3'}
    ])
  })
  afterAll(() => repo.cleanup())

  it('compare v1:drafts/s v2:drafts/s v3:drafts/s: renumbered, added, agreed text', () => {
    const result = run(['compare', 'v1:drafts/s', 'v2:drafts/s', 'v3:drafts/s', '--format', 'json'], repo.dir)
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const t = JSON.parse(result.stdout) as CompareTable
    expect(t.versions.map((v) => v.label)).toEqual(['v1:drafts/s', 'v2:drafts/s', 'v3:drafts/s'])
    expect(t.rows.map((r) => [r.lineage, numbers(r)])).toEqual([
      ['v1:drafts/s:art-1', ['1', '1', '1']],
      ['v2:drafts/s:art-2', [null, '2', '2']],
      ['v1:drafts/s:art-2', ['2', '3', '3']]
    ])
    const accessRow = t.rows[2] as CompareRow
    expect(accessRow.cells.map((c) => c.openBrackets)).toEqual([1, 1, 0])
    expect(accessRow.units.length).toBe(1)
    expect(accessRow.units[0]?.changedIn).toEqual(['v3:drafts/s'])
    expect(accessRow.units[0]?.cells[2]?.redline?.pieces.filter((p) => p.type !== 'equal')).toEqual([{type: 'delete', text: '['}, {type: 'delete', text: ']'}])
    expect(accessRow.status.label).toBe('open brackets: 0')
  })

  it('--out writes the file atomically and says so', () => {
    const out = path.join(dir, 'table.html')
    const result = run(['compare', 'v1:drafts/s', 'v3:drafts/s', '--format', 'html', '--out', out], repo.dir)
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(`wrote ${out}\n`)
    expect(readFileSync(out, 'utf8')).toContain('<th scope="col">v3:drafts/s</th>')
  })
})

describe('bad input exits 2 with a clear message', () => {
  it('--help lists compare', () => {
    expect(run(['--help']).stdout).toMatch(/^ {2}compare \[options\] <specs\.\.\.> +the N-way table/m)
  })

  it.each([
    [['compare'], "missing required argument 'specs'"],
    [['compare', '05'], 'compare needs at least two versions, got 1'],
    [['compare', '05', '06', '--baseline', '07'], '--baseline `07` is not one of the versions given (05, 06)'],
    [['compare', '05', 'no-such-version'], '`no-such-version` is not a file, a folder, a session in drafts/, or a git ref'],
    [['compare', '05', '06', '--format', 'pdf'], "option '--format <format>' argument 'pdf' is invalid"],
    [['compare', '05', '06', '--format', 'docx'], '--format docx writes a Word file: give --out FILE'],
    [['compare', '05', '06', '--notes', '/nonexistent-notes.yaml'], 'cannot read notes `/nonexistent-notes.yaml`: it does not exist [notes-file]'],
    [['compare', '05', '06', '--out', '/nonexistent-dir/x.md'], 'cannot write `/nonexistent-dir/x.md`: the folder `/nonexistent-dir` does not exist; create it first, or give another --out']
  ])('%j', (args, message) => {
    const result = run(args)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(message)
    expect(result.stdout).toBe('')
  })
})
