/** The Markdown report (pull-request comments, docs): an mdast tree serialised by remark-stringify, trimmed to a size limit. */
import type {PhrasingContent, Root, RootContent} from 'mdast'
import {markdownProcessor, markdownTable} from './mdast.js'
import {movedAcross, unitLabel, type UnitHome} from '../model/cite.js'
import type {ArticleChange, DraftDiff, Piece, UnitChange} from '../model/diff.js'
import {chapterSummary} from './chapters.js'
import {phrasePieces} from '../model/phrases.js'
import {markdownMark} from './md-redline.js'
import {detailedArticles, isSubstantive, markerLines} from './order.js'
import {badges, chapterTable, concordance, describeEvent, homeOf, isChanged, markersGained, plainLine} from './summary.js'

/** Options for `renderMarkdown`. */
export interface Options {
  /** Largest output in bytes (UTF-8); default 65,000, under GitHub's comment limit. The least important detail is trimmed first. */
  maxBytes?: number
  /** Heading of the report; default `draftdiff: <old> → <new>`. */
  title?: string
  /** Heading depth of the report's title (default 2); sections are one level deeper. */
  depth?: 1 | 2 | 3 | 4
  /** A note shown with an article (e.g. who proposed the change), or null. */
  articleNote?: (article: ArticleChange) => string | null
  /** Paragraphs shown under an article's redline (e.g. the rationale of the commits that changed it). */
  articleFooter?: (article: ArticleChange) => string[]
  /** For pull-request comments: the figures in one sentence instead of tables (no table of zeros), and no list of unchanged articles. */
  brief?: boolean
}

/** How much detail a rendering keeps; trimming lowers these one by one. */
interface Detail {
  unchangedList: boolean
  events: boolean
  editorialRedlines: boolean
  /** How many changed articles keep their redline, most important first. */
  redlines: number
  /** How many changed articles keep their collapsible block at all. */
  blocks: number
  renumberingTable: boolean
  markerList: boolean
  plainLines: number
}

const processor = markdownProcessor()

/** Render a diff as GitHub-flavoured Markdown; draft text cannot inject HTML, mention people or link issues. */
export function renderMarkdown(diff: DraftDiff, options: Options = {}): string {
  const maxBytes = options.maxBytes ?? 65_000
  const changed = detailedArticles(diff.articles)
  const full: Detail = {unchangedList: true, events: true, editorialRedlines: true, redlines: changed.length, blocks: changed.length, renumberingTable: true, markerList: true, plainLines: changed.length}
  const attempt = (detail: Detail, notes: string[]) => serialise(tree(diff, detail, notes, options))
  let text = attempt(full, [])
  if (bytes(text) <= maxBytes) return text
  const steps: Array<[keyof Detail, string]> = [
    ['unchangedList', 'the list of unchanged articles'],
    ['editorialRedlines', 'redlines of editorial changes'],
    ['events', 'negotiation event lists (counts remain in each summary line)']
  ]
  const detail = {...full}
  const notes: string[] = []
  for (const [key, note] of steps) {
    ;(detail[key] as boolean) = false
    notes.push(note)
    text = attempt(detail, notes)
    if (bytes(text) <= maxBytes) return text
  }
  const most = (field: 'redlines' | 'blocks' | 'plainLines', note: (left: number) => string) => {
    let low = 0
    let high = changed.length
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if (bytes(attempt({...detail, [field]: mid}, [...notes, note(changed.length - mid)])) <= maxBytes) low = mid
      else high = mid - 1
    }
    detail[field] = low
    notes.push(note(changed.length - low))
    text = attempt(detail, notes)
    return bytes(text) <= maxBytes
  }
  if (most('redlines', redlineNote)) return text
  for (const [key, note] of [['renumberingTable', 'the renumbering table'], ['markerList', 'the list of status markers gained']] as const) {
    detail[key] = false
    notes.push(note)
    text = attempt(detail, notes)
    if (bytes(text) <= maxBytes) return text
  }
  if (most('blocks', (left) => `the sections of ${left} changed articles`)) return text
  most('plainLines', (left) => `${left} summary lines`)
  return text
}

function redlineNote(count: number): string {
  return `redlines of ${count} changed article${count === 1 ? '' : 's'} (shown in the HTML report)`
}

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}

function serialise(root: Root): string {
  return processor.stringify(root)
}

/** Break `@mention`, `#123`, `owner/repo#123` and `GH-123` (any case) so GitHub shows them as text (a zero-width space after the sign or dash). */
export function neutralise(text: string): string {
  return text.replace(/([@#])(?=[\p{L}\p{N}_-])/gu, '$1\u200B').replace(/(?<![\p{L}\p{N}_])(gh-)(?=\d)/giu, '$1\u200B')
}

function t(value: string): PhrasingContent {
  return {type: 'text', value: neutralise(value)}
}

function html(value: string): RootContent & PhrasingContent {
  return {type: 'html', value}
}

function tree(diff: DraftDiff, detail: Detail, notes: string[], options: Options): Root {
  const children: RootContent[] = []
  const s = diff.summary
  const top = options.depth ?? 2
  const sub = Math.min(6, top + 1) as 2 | 3 | 4 | 5 | 6
  children.push({type: 'heading', depth: top, children: [t(options.title ?? `draftdiff: ${diff.old.label} → ${diff.new.label}`)]})
  if (options.brief) return briefTree(diff, detail, notes, options, children, sub)
  children.push(table(['', 'matched', 'split', 'merged', 'added', 'deleted'], [['articles', String(s.relations.matched), String(s.relations.split), String(s.relations.merged), String(s.relations.added), String(s.relations.deleted)]]))
  children.push({
    type: 'paragraph',
    children: [t(`Changes: ${s.changes.substantive} substantive, ${s.changes.editorial} editorial, ${s.changes['references-only']} references only, ${s.changes.none} unchanged. Brackets: ${s.bracketsOpened} opened, ${s.bracketsClosed} closed (open ${diff.old.counts.openBrackets} → ${diff.new.counts.openBrackets}). Words: +${s.wordsAdded} −${s.wordsRemoved}.`)]
  })
  const chapterLine = chapterSummary(diff)
  if (chapterLine) children.push({type: 'paragraph', children: [t(`Chapters: ${chapterLine}.`)]})
  if (notes.length > 0) children.push({type: 'blockquote', children: [{type: 'paragraph', children: [{type: 'emphasis', children: [t(`Trimmed to fit ${options.maxBytes ?? 65_000} bytes: left out ${notes.join('; ')}.`)]}]}]})
  children.push({type: 'heading', depth: sub, children: [t('Chapters')]})
  children.push(table(['chapter', 'articles', 'changed', 'added', 'deleted', 'open brackets'], chapterTable(diff).map((r) => [`${r.chapter === 'preamble' ? 'Preamble' : r.chapter}${r.title ? `. ${r.title}` : ''}`, String(r.articles), String(r.changed), String(r.added), String(r.deleted), `${r.bracketsBefore} → ${r.bracketsAfter}`])))
  const moves = concordance(diff)
  if (moves.length > 0 && !detail.renumberingTable) children.push({type: 'paragraph', children: [t(`Renumbering: ${moves.length} articles renumbered, split, merged, added or deleted.`)]})
  if (moves.length > 0 && detail.renumberingTable) {
    children.push({type: 'heading', depth: sub, children: [t('Renumbering')]})
    children.push(table(['old', 'new', 'relation'], moves.map((m) => [m.old, m.new, m.relation])))
  }
  const markers = markersGained(diff)
  if (markers.length > 0 && detail.markerList) {
    children.push({type: 'heading', depth: sub, children: [t('Status markers gained')]})
    children.push({type: 'paragraph', children: [t(markers.map((m) => `Art. ${m.article} [${m.marker}]`).join(', '))]})
  }
  // Substantive changes first; articles that only gained or lost a status marker in one line per marker.
  const changed = detailedArticles(diff.articles)
  const markerOnly = markerLines(diff.articles)
  if (changed.length > 0) {
    children.push({type: 'heading', depth: sub, children: [t('What changed')]})
    children.push({type: 'list', ordered: false, spread: false, children: changed.slice(0, detail.plainLines).map((a) => ({type: 'listItem', spread: false, children: [{type: 'paragraph', children: [t(plainLine(a))]}]}))})
  }
  for (const line of markerOnly) children.push({type: 'paragraph', children: [t(`Status markers only: ${line.text}.`)]})
  children.push(...articleBlocks(diff, changed, detail, options, sub))
  const quiet = diff.articles.filter((a) => !isChanged(a))
  if (quiet.length > 0) {
    const text = detail.unchangedList ? `Unchanged or references only (${quiet.length}): ${quiet.map((a) => a.new.join(' + ')).join(', ')}.` : `${quiet.length} articles unchanged or changed only in their references.`
    children.push({type: 'paragraph', children: [t(text)]})
  }
  return {type: 'root', children}
}

/** The pull-request form: the figures that are not zero in one sentence, the changed articles, nothing about the unchanged ones. */
function briefTree(diff: DraftDiff, detail: Detail, notes: string[], options: Options, children: RootContent[], sub: 2 | 3 | 4 | 5 | 6): Root {
  const s = diff.summary
  const relations = (['split', 'merged', 'added', 'deleted'] as const).filter((r) => s.relations[r] > 0).map((r) => `${s.relations[r]} ${r}`)
  const changes = (['substantive', 'editorial'] as const).filter((c) => s.changes[c] > 0).map((c) => `${s.changes[c]} ${c}`)
  const brackets = [s.bracketsClosed ? `${s.bracketsClosed} closed` : '', s.bracketsOpened ? `${s.bracketsOpened} opened` : ''].filter(Boolean)
  const parts = [`${changes.length ? `Articles changed: ${changes.join(', ')}` : 'No article text changed'}${relations.length ? ` (${relations.join(', ')})` : ''}`, brackets.length ? `brackets ${brackets.join(', ')}` : '', s.wordsAdded + s.wordsRemoved > 0 ? `words +${s.wordsAdded} −${s.wordsRemoved}` : '']
  children.push({type: 'paragraph', children: [t(`${parts.filter(Boolean).join('; ')}.`)]})
  if (notes.length > 0) children.push({type: 'blockquote', children: [{type: 'paragraph', children: [{type: 'emphasis', children: [t(`Trimmed to fit ${options.maxBytes ?? 65_000} bytes: left out ${notes.join('; ')}.`)]}]}]})
  const changed = detailedArticles(diff.articles)
  for (const line of markerLines(diff.articles)) children.push({type: 'paragraph', children: [t(`Status markers only: ${line.text}.`)]})
  children.push(...articleBlocks(diff, changed, detail, options, sub))
  return {type: 'root', children}
}

/** Each changed article's collapsible block under "Substantive changes" / "Other changes" and its chapter. */
function articleBlocks(diff: DraftDiff, changed: ArticleChange[], detail: Detail, options: Options, sub: 2 | 3 | 4 | 5 | 6): RootContent[] {
  const children: RootContent[] = []
  const ranked = rank(changed)
  const withRedline = new Set(ranked.slice(0, detail.redlines))
  const withBlock = new Set(ranked.slice(0, detail.blocks))
  let chapter: string | null | undefined
  let group: boolean | undefined
  for (const article of changed) {
    const here = article.newArticles[0]?.chapter ?? article.oldArticles[0]?.chapter ?? null
    if (isSubstantive(article) !== group) {
      group = isSubstantive(article)
      chapter = undefined
      children.push({type: 'heading', depth: sub, children: [t(group ? 'Substantive changes' : 'Other changes')]})
    }
    if (here !== chapter) {
      chapter = here
      const info = diff.new.chapters.find((c) => c.number === here) ?? diff.old.chapters.find((c) => c.number === here)
      children.push({type: 'heading', depth: Math.min(6, sub + 1) as 3 | 4 | 5 | 6, children: [t(here === null ? 'Outside any chapter' : `Chapter ${here}${info?.title ? `. ${info.title}` : ''}`)]})
    }
    if (withBlock.has(article)) children.push(...articleBlock(article, detail, withRedline.has(article), options.articleNote?.(article) ?? null, options.articleFooter?.(article) ?? []))
  }
  return children
}

/** Substantive before editorial, then by words changed: what trimming keeps longest. */
function rank(articles: ArticleChange[]): ArticleChange[] {
  const weight = (a: ArticleChange) => (a.change === 'substantive' ? 2 : a.change === 'editorial' ? 0 : 1)
  return [...articles].sort((a, b) => weight(b) - weight(a) || b.wordsAdded + b.wordsRemoved - (a.wordsAdded + a.wordsRemoved))
}

function articleBlock(article: ArticleChange, detail: Detail, redline: boolean, note: string | null, footer: string[]): RootContent[] {
  const out: RootContent[] = [html('<details>'), html(`<summary>${escapeHtml(neutralise(plainLine(article)))}</summary>`)]
  out.push({type: 'paragraph', children: [{type: 'emphasis', children: [t(badges(article).join(' · '))]}, ...(note ? [t(` — ${note}`)] : [])]})
  const showRedline = redline && (detail.editorialRedlines || article.change !== 'editorial')
  if (showRedline) {
    const home = homeOf(article)
    for (const unit of article.units) {
      if (unit.relation === 'matched' && (unit.change === 'none' || unit.change === 'references-only') && !movedAcross(unit, home)) continue
      out.push({type: 'paragraph', children: unitLine(unit, home)})
    }
  }
  for (const paragraph of footer) out.push({type: 'blockquote', children: [{type: 'paragraph', children: [t(paragraph)]}]})
  if (detail.events && article.events.length > 0) {
    out.push({type: 'list', ordered: false, spread: false, children: article.events.map((e) => ({type: 'listItem', spread: false, children: [{type: 'paragraph', children: [t(describeEvent(e, article))]}]}))})
  }
  out.push(html('</details>'))
  return out
}

function unitLine(unit: UnitChange, home: UnitHome): PhrasingContent[] {
  const where = unitLabel(unit, home)
  const label = `${where}${unit.relation === 'matched' ? (unit.reordered && !movedAcross(unit, home) ? ' (moved within the article)' : '') : ` (${unit.relation})`}:`
  return [{type: 'strong', children: [t(label)]} as PhrasingContent, t(' '), ...pieces(unit.redline.pieces)]
}

/** Redline pieces as phrases (`phrasePieces`), `<del>`/`<ins>` around text nodes: GitHub shows them struck through and underlined. */
function pieces(list: Piece[]): PhrasingContent[] {
  return phrasePieces(list).flatMap((piece): PhrasingContent[] => {
    // A lone bracket or comma is set as code (markdownMark): GitHub shows <del> and <ins> without colour.
    return piece.type === 'equal' ? [t(piece.text)] : markdownMark(piece.type, piece.text, t)
  })
}

function table(header: string[], rows: string[][]): RootContent {
  return markdownTable(header, rows, t)
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}
