// The facts of one comparison as each format states them: summary counts, each changed article's relation, change
// class and events, the quiet articles, and the tables. Read from structure (lines, mdast, data attributes) and from
// the shared describing functions, so that rewording a label does not break the comparison.
import type {Root, RootContent, Table} from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import type {DraftDiff} from '../../src/model/diff.js'
import {describeEvent, isChanged} from '../../src/report/summary.js'
import {detailedArticles, isMarkerOnly} from '../../src/report/order.js'

/** Counts keyed by their JSON name: relations.matched, changes.none, bracketsOpened, wordsAdded… */
export type Counts = Record<string, number>

/** A changed article as a format shows it. */
export interface ArticleFacts {
  relation: string
  change: string
  /** Event descriptions, sorted. */
  events: string[]
}

/** What a format says about a comparison. */
export interface Facts {
  counts: Counts
  articles: ArticleFacts[]
  /** How many articles are listed as unchanged or changed in references only. */
  quiet: number
}

/** A table as text: header cells and body rows. */
export interface TableText {
  head: string[]
  rows: string[][]
}

/** The reference: the JSON of the comparison. */
export function jsonFacts(diff: DraftDiff): Facts {
  const s = diff.summary
  const counts: Counts = {bracketsOpened: s.bracketsOpened, bracketsClosed: s.bracketsClosed, wordsAdded: s.wordsAdded, wordsRemoved: s.wordsRemoved}
  for (const [k, v] of Object.entries(s.relations)) counts[`relations.${k}`] = v
  for (const [k, v] of Object.entries(s.changes)) counts[`changes.${k}`] = v
  const facts = (a: DraftDiff['articles'][number]) => ({relation: a.relation, change: a.change, events: a.events.map((e) => oneLine(describeEvent(e, a))).sort()})
  // Reports detail the changed articles substantive first, then state marker-only articles in one line per marker.
  const articles = [...detailedArticles(diff.articles).map(facts), ...sortFacts(diff.articles.filter(isMarkerOnly).map(facts))]
  return {counts, articles, quiet: diff.articles.filter((a) => !isChanged(a)).length}
}

function sortFacts(list: ArticleFacts[]): ArticleFacts[] {
  return list.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))
}

/**
 * The marker-only articles stated by collapsed lines ("45 articles lost [agreed ad referendum]: 1–12, 14"):
 * one fact per article number, with its marker events, sorted as `jsonFacts` sorts them.
 */
export function markerOnlyFacts(lines: string[]): ArticleFacts[] {
  const byNumber = new Map<string, string[]>()
  for (const line of lines) {
    const found = /(\d+) articles? (lost|gained) \[(.*)\]: (.*?)\.?$/.exec(line)
    if (!found) continue
    const numbers = (found[4] ?? '').split(', ').flatMap((part) => {
      const range = /^(\d+)–(\d+)$/.exec(part)
      return range ? Array.from({length: Number(range[2]) - Number(range[1]) + 1}, (_, k) => String(Number(range[1]) + k)) : [part]
    })
    if (numbers.length !== Number(found[1])) throw new Error(`"${line}" counts ${found[1]} articles but lists ${numbers.length}`)
    for (const n of numbers) byNumber.set(n, [...(byNumber.get(n) ?? []), `status marker ${found[2]}: [${found[3]}]`])
  }
  return sortFacts([...byNumber.values()].map((events) => ({relation: 'matched', change: 'none', events: events.sort()})))
}

/**
 * Event text with each run of white space as one space: reference events carry the draft's own line breaks
 * (`articles 28\n    and 29`), which HTML and Markdown show as spaces and the terminal prints as they are.
 */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** Counts stated in prose ("63 matched, 2 split …; 14 opened, 100 closed …; words: +1092 −565"). */
export function proseCounts(text: string): Counts {
  const n = (pattern: RegExp) => Number(pattern.exec(text)?.[1] ?? Number.NaN)
  const counts: Counts = {
    bracketsOpened: n(/(\d+) opened/),
    bracketsClosed: n(/(\d+) closed/),
    wordsAdded: n(/\+(\d+) [−-]\d+/),
    wordsRemoved: n(/\+\d+ [−-](\d+)/),
    'changes.substantive': n(/(\d+) substantive/),
    'changes.editorial': n(/(\d+) editorial/),
    'changes.references-only': n(/(\d+) references[ -]only/),
    'changes.none': n(/(\d+) unchanged/)
  }
  for (const r of ['matched', 'split', 'merged', 'added', 'deleted']) if (new RegExp(`\\d+ ${r}`).test(text)) counts[`relations.${r}`] = n(new RegExp(`(\\d+) ${r}`))
  return counts
}

const classWords: Record<string, string> = {'text unchanged': 'none', 'references only': 'references-only', editorial: 'editorial', substantive: 'substantive'}

/** Relation and change class from a text heading ("Art. 21 → 20 + 21, Title: split into …; substantive", "Art. 39 (new), Title"). */
export function headingFacts(line: string): {relation: string; change: string} | null {
  if (!line.startsWith('Art. ')) return null
  const head = /^Art\. [^,:]*?\((new|deleted)\)/.exec(line)
  // Added and deleted articles state no class: their whole text is the change.
  if (head) return {relation: head[1] === 'new' ? 'added' : 'deleted', change: 'substantive'}
  const tail = /: ((?:split into|merged from) .*; )?(text unchanged|references only|editorial|substantive)$/.exec(line)
  if (!tail) return null
  const relation = tail[1]?.startsWith('split') ? 'split' : tail[1]?.startsWith('merged') ? 'merged' : 'matched'
  return {relation, change: classWords[tail[2] ?? ''] ?? ''}
}

/** The terminal text (no width): article headings start with "Art. ", events are "  • …" lines under them. */
export function textFacts(text: string): Facts {
  const lines = text.split('\n')
  const counts = proseCounts(lines.slice(0, 4).join('\n'))
  const articles: ArticleFacts[] = []
  const markerOnly: string[] = []
  let quiet = 0
  let inEvents = false
  for (const line of lines) {
    if (line.startsWith('status markers only: ')) markerOnly.push(line)
    const found = headingFacts(line)
    const events = articles.at(-1)?.events
    if (line === '') inEvents = false
    if (found) articles.push({...found, events: []})
    else if (line.startsWith('  • ')) {
      inEvents = true
      events?.push(line.slice(4))
    } else if (inEvents && events && events.length > 0) events[events.length - 1] += `\n${line}` // a line break inside the event's own text
    else if (line.startsWith('unchanged or references only: ')) quiet = line.split(', Art. ').length
  }
  for (const a of articles) a.events = a.events.map(oneLine).sort()
  return {counts, articles: [...articles, ...markerOnlyFacts(markerOnly)], quiet}
}

/** Plain text of an mdast node. */
export function mdText(node: RootContent | Root): string {
  if ('value' in node && node.type !== 'html') return node.value
  if ('children' in node) return node.children.map((child) => mdText(child as RootContent)).join('')
  return ''
}

/** The Markdown report, parsed: the first table and paragraph hold the counts; each `<details>` an article. */
export function markdownFacts(markdown: string): Facts & {tables: TableText[]} {
  const root = unified().use(remarkParse).use(remarkGfm).parse(markdown)
  const tables = root.children.filter((n): n is Table => n.type === 'table').map(tableText)
  const first = tables[0]
  const counts: Counts = {}
  if (first) for (const [i, name] of first.head.entries()) if (i > 0) counts[`relations.${name}`] = Number(first.rows[0]?.[i])
  const firstTable = root.children.findIndex((n) => n.type === 'table')
  Object.assign(counts, withoutNaN(proseCounts(mdText(root.children[firstTable + 1] ?? {type: 'root', children: []}))), counts)
  const articles: ArticleFacts[] = []
  const markerOnly: string[] = []
  let inArticle = false
  let badgesSeen = false
  let quiet = 0
  for (const node of root.children) {
    if (node.type === 'html' && node.value.includes('<summary>')) {
      inArticle = true
      badgesSeen = false
      continue
    }
    if (node.type === 'html' && node.value.includes('</details>')) inArticle = false
    if (inArticle && node.type === 'paragraph' && !badgesSeen) {
      badgesSeen = true
      const badges = mdText(node.children[0] ?? node).split(' · ')
      articles.push({relation: relationOfBadges(badges), change: classWords[badges.at(-1) ?? ''] ?? badges.at(-1) ?? '', events: []})
    } else if (inArticle && node.type === 'list') articles.at(-1)?.events.push(...node.children.map((item) => oneLine(mdText(item))).sort())
    else if (!inArticle && node.type === 'paragraph' && mdText(node).startsWith('Status markers only: ')) markerOnly.push(mdText(node))
    else if (!inArticle && node.type === 'paragraph' && /\(\d+\): /.test(mdText(node))) quiet = Number(/\((\d+)\): /.exec(mdText(node))?.[1])
  }
  return {counts, articles: [...articles, ...markerOnlyFacts(markerOnly)], quiet, tables}
}

/** The relation a list of badges (from `badges()`) states. */
function relationOfBadges(badges: string[]): string {
  if (badges.some((b) => b.startsWith('split into'))) return 'split'
  if (badges.some((b) => b.startsWith('merged from'))) return 'merged'
  if (badges.includes('new article')) return 'added'
  if (badges.includes('deleted')) return 'deleted'
  return 'matched'
}

function withoutNaN(counts: Counts): Counts {
  return Object.fromEntries(Object.entries(counts).filter(([, v]) => !Number.isNaN(v)))
}

/** An mdast table as text. */
export function tableText(table: Table): TableText {
  const [head, ...rows] = table.children.map((row) => row.children.map((cell) => mdText(cell).trim()))
  return {head: head ?? [], rows}
}

/** The Markdown tables of any document. */
export function markdownTables(markdown: string): TableText[] {
  const root = unified().use(remarkParse).use(remarkGfm).parse(markdown)
  return root.children.filter((n): n is Table => n.type === 'table').map(tableText)
}

/**
 * Cells empty in the HTML table where the Markdown cell of the same column (matched by header, case aside; or by
 * position with `byPosition`) and row has text, and numeric cells that differ. Returns readable problems.
 */
export function tableProblems(name: string, markdown: TableText, html: TableText, byPosition = false): string[] {
  const problems: string[] = []
  if (markdown.rows.length !== html.rows.length) problems.push(`${name}: ${markdown.rows.length} Markdown rows, ${html.rows.length} HTML rows`)
  const htmlHead = html.head.map((h) => h.trim().toLowerCase())
  for (const [m, header] of markdown.head.entries()) {
    const c = byPosition ? m : htmlHead.indexOf(header.trim().toLowerCase())
    if (c < 0) continue
    for (const [r, row] of markdown.rows.entries()) {
      const mdCell = row[m] ?? ''
      const htmlCell = (html.rows[r]?.[c] ?? '').trim()
      if (mdCell !== '' && htmlCell === '') problems.push(`${name}: row ${r + 1}, column "${html.head[c]}" is empty in HTML, "${mdCell}" in Markdown`)
      else if (/^[\d\s→+−-]+$/.test(mdCell) && mdCell !== htmlCell) problems.push(`${name}: row ${r + 1}, column "${html.head[c]}": "${htmlCell}" in HTML, "${mdCell}" in Markdown`)
    }
  }
  return problems
}

/** How many Markdown columns `tableProblems` can match by header. */
export function matchedColumns(markdown: TableText, html: TableText): number {
  const htmlHead = new Set(html.head.map((h) => h.trim().toLowerCase()))
  return markdown.head.filter((h) => htmlHead.has(h.trim().toLowerCase())).length
}
