// One comparison, four formats: the summary counts, each changed article's relation and change class, each event and
// the quiet articles are the same in the text, the Markdown, the JSON and the HTML as Chromium shows it — over every
// consecutive pair of shipped sessions and over generated pairs. And no table cell of an HTML page (report, compare,
// history, pr --out) is empty where the Markdown table has text (03..04 once had 54 empty cells in one table).
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import fc from 'fast-check'
import type {Browser, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {compareTable} from '../../src/compare/table.js'
import {compareDrafts} from '../../src/diff/compare.js'
import {historyOverSessions} from '../../src/history/run.js'
import type {DraftDiff} from '../../src/model/diff.js'
import {parseDraft} from '../../src/parse/draft.js'
import {renderCompareHtml} from '../../src/report/compare-html.js'
import {renderCompareMarkdown} from '../../src/report/compare-md.js'
import {renderHistoryHtml} from '../../src/report/history-html.js'
import {renderHistoryMarkdown} from '../../src/report/history-md.js'
import {renderHtml, renderText} from '../../src/report/index.js'
import {renderMarkdown} from '../../src/report/markdown.js'
import {loadSessions, type Session} from '../../src/versions/sessions.js'
import {launchBrowser} from '../support/browser.js'
import {runIn} from '../support/cli-run.js'
import {jsonFacts, markdownFacts, markdownTables, markerOnlyFacts, matchedColumns, oneLine, tableProblems, textFacts, type Facts, type TableText} from '../support/format-facts.js'
import {editKinds, generateDraft, mutate, Pool, renderDraft, Rng, structuralKinds, type Mutation} from '../support/generate-drafts.js'
import {testRepo} from '../support/test-repo.js'

// The few browser globals used inside page.evaluate (the project's tsconfig has no DOM lib).
interface Node {
  id: string
  style: {contentVisibility: string}
  dataset: Record<string, string | undefined>
  innerText: string
  textContent: string | null
  children: ArrayLike<Node>
  closest(selector: string): Node | null
  querySelector(selector: string): Node | null
  querySelectorAll(selector: string): ArrayLike<Node>
}
declare const document: {querySelectorAll(selector: string): ArrayLike<Node>}

const root = path.resolve(import.meta.dirname, '..', '..')
const dir = mkdtempSync(path.join(os.tmpdir(), 'draftdiff-formats-'))
let browser: Browser
let page: Page
let sessions: Session[] = []

beforeAll(async () => {
  browser = await launchBrowser()
  page = await browser.newPage()
  sessions = await loadSessions(path.join(root, 'drafts'))
})
afterAll(async () => {
  await browser?.close()
  rmSync(dir, {recursive: true, force: true})
})

/** What the HTML report shows, read from the DOM: counts (data-stat), sections, compact list, tables by section. */
interface HtmlView {
  stats: Record<string, string>
  sections: Array<{relation: string; change: string; events: string[]}>
  quiet: number
  /** The collapsed lines of articles whose only change is a status marker. */
  markerLines: string[]
  tables: Record<string, TableText>
}

/** Open an HTML page in the shared tab and read its tables (and, for a report, its facts). */
async function view(html: string, name: string): Promise<HtmlView> {
  const file = path.join(dir, `${name}.html`)
  writeFileSync(file, html)
  await page.goto(pathToFileURL(file).href, {waitUntil: 'load'})
  return page.evaluate(() => {
    const all = (selector: string, from?: Node) => Array.from((from ?? {querySelectorAll: (s: string) => document.querySelectorAll(s)}).querySelectorAll(selector))
    // Lay out every part of every table: innerText reads nothing from content that content-visibility skips.
    for (const part of all('tbody')) part.style.contentVisibility = 'visible'
    const tables: Record<string, TableText> = {}
    for (const [i, table] of all('table').entries()) {
      const key = table.closest('section[id]')?.id ?? `table-${i + 1}`
      tables[key] = {head: all('thead th', table).map((th) => th.innerText.trim()), rows: all('tbody tr', table).map((tr) => Array.from(tr.children).map((cell) => cell.innerText.trim()))}
    }
    return {
      stats: Object.fromEntries(all('[data-stat]').map((d) => [d.dataset.stat ?? '', d.querySelector('dd')?.innerText.trim() ?? ''])),
      sections: all('section.change.article').map((s) => ({
        relation: s.dataset.relation ?? '',
        change: s.dataset.change ?? '',
        events: all('li[data-event]', s).map((li) => (li.textContent ?? '').replace(/ \(in (?:\([^)]*\)|[^()])*\)$/, ''))
      })),
      quiet: all('.compact li').length,
      markerLines: all('.marker-line').map((p) => p.textContent ?? ''),
      tables
    }
  })
}

/** The HTML's facts, in the shape of the other formats'. */
function htmlFacts(v: HtmlView): Facts {
  const counts: Facts['counts'] = {}
  for (const [key, text] of Object.entries(v.stats)) if (!key.startsWith('counts.')) counts[key] = Number(text.replace(/^[+−-]/, ''))
  return {counts, articles: [...v.sections.map((s) => ({...s, events: s.events.map(oneLine).sort()})), ...markerOnlyFacts(v.markerLines)], quiet: v.quiet}
}

/** Every format of one comparison states the JSON's facts; the report's tables are full. */
async function expectConsistent(diff: DraftDiff, name: string): Promise<void> {
  const reference = jsonFacts(JSON.parse(JSON.stringify(diff)) as DraftDiff)
  const markdown = renderMarkdown(diff, {maxBytes: Number.MAX_SAFE_INTEGER})
  const md = markdownFacts(markdown)
  const html = await view(renderHtml(diff), name)
  expect.soft(textFacts(renderText(diff)), `${name}: text`).toEqual(reference)
  expect.soft({counts: md.counts, articles: md.articles, quiet: md.quiet}, `${name}: Markdown`).toEqual(reference)
  expect.soft(htmlFacts(html), `${name}: HTML`).toEqual(reference)
  expect.soft(html.stats['counts.articles'], `${name}: HTML article counts`).toBe(`${diff.old.counts.articles} → ${diff.new.counts.articles}`)
  expect.soft(html.stats['counts.openBrackets'], `${name}: HTML open brackets`).toBe(`${diff.old.counts.openBrackets} → ${diff.new.counts.openBrackets}`)
  // Markdown tables after the summary: chapters, then the renumbering when there is one.
  const [, chapters, renumbering] = md.tables
  const problems: string[] = []
  const pair = (label: string, mdTable: TableText | undefined, htmlTable: TableText | undefined, least: number) => {
    if (!mdTable || !htmlTable) return problems.push(`${name}: ${label} table missing (${mdTable ? 'HTML' : 'Markdown'})`)
    if (matchedColumns(mdTable, htmlTable) < least) problems.push(`${name}: ${label}: only ${matchedColumns(mdTable, htmlTable)} columns share a header (${mdTable.head} / ${htmlTable.head})`)
    problems.push(...tableProblems(`${name} ${label}`, mdTable, htmlTable))
  }
  pair('chapters', chapters, html.tables.chapters, 5)
  if (diff.articles.some((a) => a.relation !== 'matched' || a.renumbered)) pair('concordance', renumbering, html.tables.concordance, 3)
  for (const [key, table] of Object.entries(html.tables)) if (key === 'markers' || key === 'concordance') for (const [r, row] of table.rows.entries()) if (row.some((cell) => cell === '')) problems.push(`${name} ${key}: row ${r + 1} has an empty cell: ${JSON.stringify(row)}`)
  expect(problems).toEqual([])
}

describe('text, Markdown, JSON and HTML state the same facts', () => {
  it('every consecutive pair of shipped sessions', async () => {
    expect(sessions.length).toBeGreaterThanOrEqual(7)
    for (let i = 1; i < sessions.length; i++) {
      const [before, after] = [sessions[i - 1] as Session, sessions[i] as Session]
      const diff = compareDrafts({label: before.id, draft: before.draft}, {label: after.id, draft: after.draft})
      await expectConsistent(diff, `${before.id}..${after.id}`)
    }
  })

  it('generated pairs: random drafts and mutations (renumbering, splits, merges, edits, brackets)', async () => {
    const mutation = (kinds: readonly Mutation['kind'][]) => fc.record({kind: fc.constantFrom(...kinds), pick: fc.nat({max: 9999}), where: fc.nat({max: 9999}), variant: fc.nat({max: 9999})})
    const pairs = fc.record({
      seed: fc.integer({min: 1, max: 0x7fffffff}),
      chapters: fc.array(fc.integer({min: 3, max: 9}), {minLength: 2, maxLength: 3}),
      preamble: fc.integer({min: 0, max: 3}),
      numbering: fc.constantFrom('consecutive' as const, 'explicit' as const),
      mutations: fc.tuple(fc.array(mutation(structuralKinds), {maxLength: 4}), fc.array(mutation(editKinds), {maxLength: 4})).map(([a, b]) => [...a, ...b])
    })
    let runs = 0
    await fc.assert(
      fc.asyncProperty(pairs, async (c) => {
        const pool = new Pool(new Rng(c.seed))
        const old = generateDraft(pool, {chapters: c.chapters, preamble: c.preamble})
        const next = mutate(old, pool.fork(c.seed ^ 0x9e3779b9), c.mutations, {numbering: c.numbering}).draft
        const parse = (text: string, label: string) => ({label, draft: parseDraft([{path: `${label}.md`, contents: text}]).draft})
        await expectConsistent(compareDrafts(parse(renderDraft(old), 'old'), parse(renderDraft(next), 'new')), `generated ${++runs}`)
      }),
      {numRuns: 15}
    )
  })
})

describe('no HTML table cell is empty where the Markdown one has text', () => {
  it('compare 06 07', async () => {
    const versions = ['06', '07'].map((id) => sessions.find((s) => s.id.startsWith(`${id}-`))).map((s) => ({label: s?.id ?? '', draft: s!.draft}))
    const table = compareTable(versions)
    const [md] = markdownTables(renderCompareMarkdown(table))
    const html = await view(renderCompareHtml(table), 'compare')
    // The changed paragraph rows (the HTML folds the others, the Markdown leaves them out), article rows aside.
    const changed = table.rows.flatMap((r) => r.units).map((u) => u.changedIn.length > 0)
    const mdTable = md as TableText
    const htmlTable = html.tables['table-1'] as TableText
    const mdRows = {head: mdTable.head, rows: mdTable.rows.filter((row) => !row.some((cell) => cell.startsWith('Article ')))}
    // Paragraph rows: all but the article rows (an unchanged row that reads the same everywhere is one cell across the versions).
    const paragraphRows = htmlTable.rows.filter((row) => row.length === htmlTable.head.length || row[0]?.startsWith('the same in every version'))
    const htmlRows = {head: htmlTable.head, rows: paragraphRows.filter((_, i) => changed[i])}
    expect(paragraphRows.length).toBe(changed.length)
    expect(htmlRows.rows.every((row) => row.length === htmlTable.head.length)).toBe(true)
    expect(mdRows.rows.length).toBe(changed.filter(Boolean).length)
    expect(tableProblems('compare', mdRows, htmlRows, true)).toEqual([])
  })

  it('history of article 21 from 04, over the sessions', async () => {
    const history = await historyOverSessions(sessions, '21', {from: '04', drafts: 'drafts'})
    const [md] = markdownTables(renderHistoryMarkdown(history))
    const html = await view(renderHistoryHtml(history), 'history')
    const htmlTable = Object.values(html.tables)[0] as TableText
    expect(md?.rows.length).toBeGreaterThan(3)
    expect(matchedColumns(md as TableText, htmlTable)).toBe(md?.head.length)
    expect(tableProblems('history', md as TableText, htmlTable)).toEqual([])
  })

  it('pr --out: the full report of a proposal', async () => {
    const file = 'drafts/05-session/draft.md'
    const front = '---\nsession: 05-session\nordinal: 5\ntitle: Revised draft\n---\n\n# Chapter I. General provisions\n\n'
    const scope = '## Article 1. Scope\n\nThis Convention covers preventing the offences set out in article 2.\n'
    const access = (n: number, text: string) => `## Article ${n}. Illegal access\n\nEach State Party shall establish as a criminal offence the access to an information system ${text}.\n`
    const terms = '## Article 2. Use of terms\n\nFor the purposes of this Convention, "data" means any representation of facts [suitable for processing] [status: pending].\n'
    const base = `${front}${scope}\n${access(2, '[without right]')}`
    const head = `${front}${scope.replace('article 2', 'article 3')}\n${terms}\n${access(3, 'without right')}`
    const repo = testRepo([
      {files: {[file]: base}, message: 'Session 5 text'},
      {files: {[file]: head}, message: 'Add terms\n\nProposed-by: Delegation of Arcadia', branch: 'proposal'}
    ])
    try {
      const out = path.join(dir, 'pr.html')
      const result = runIn(repo.dir, 'pr', '--base', 'main', '--head', 'proposal', '--out', out)
      expect(result.stderr).toBe('')
      const html = await view(readFileSync(out, 'utf8'), 'pr')
      const parse = (text: string, label: string) => ({label, draft: parseDraft([{path: file, contents: text}]).draft})
      const md = markdownFacts(renderMarkdown(compareDrafts(parse(base, 'main'), parse(head, 'proposal'))))
      const problems = [...tableProblems('pr chapters', md.tables[1] as TableText, html.tables.chapters as TableText), ...tableProblems('pr concordance', md.tables[2] as TableText, html.tables.concordance as TableText)]
      expect(html.tables.concordance?.rows.length).toBeGreaterThan(0)
      expect(problems).toEqual([])
    } finally {
      repo.cleanup()
    }
  })
})
