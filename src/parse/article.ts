/** Reading an article section into the model: its id, title, status markers and paragraphs. */
import {createHash} from 'node:crypto'
import type {VFile} from 'vfile'
import type {Article, StatusMarker} from '../model/types.js'
import type {Block} from './block.js'
import {placeArticle, type DivisionState} from './divisions.js'
import {extraSuffix} from './headings.js'
import {scanInline} from './inline.js'
import type {LineIndex} from './lines.js'
import type {Section} from './outline.js'
import {report} from './rules.js'
import {buildParagraphs, type UnitContext} from './units.js'

/** What `addArticle` reads and updates: the draft, the open chapter, section and title, the ids given so far, the status markers. */
export interface ArticleState extends DivisionState {
  markers: Set<string>
}

/** Add an article to the draft, its open chapter, section and title; `texts` are its body's text blocks. */
export function addArticle(section: Extract<Section, {kind: 'article'}>, texts: Block[], lines: LineIndex, file: VFile, state: ArticleState, context: UnitContext): void {
  const draft = state.draft
  const info = section.info
  const number = info.suffix ? `${info.base} ${info.suffix}` : String(info.base)
  const extra = extraSuffix(lines.text.slice(section.heading.start, section.heading.end).replace(/^ {0,3}#+/, ''))
  if (extra) report(file, 'extra-suffix', `Heading of article ${number} adds \`${extra}\` after its suffix, read as the title; an article takes one insertion suffix: write \`## Article ${info.base} ter\` (the next free suffix), or put a full stop before a title`, lines.range(section.heading.start, section.heading.end))
  const id = mintArticleId(state.ids, number)
  const titleScan = info.title ? scanInline(info.title, state.markers) : null
  const title = titleScan && titleScan.markers.length > 0 ? (info.title ?? '').slice(0, titleScan.markers[0]?.start).trim() || null : info.title
  const status = (titleScan?.markers ?? []).map((marker) => ({...marker, start: marker.start + (section.heading.titleStart ?? 0), end: marker.end + (section.heading.titleStart ?? 0)}))
  const leading = leadingStatus(texts, lines, state.markers)
  status.push(...leading.status)
  const body = leading.body
  const paragraphs = buildParagraphs(context, id, number, body)
  const end = Math.max(section.heading.end, body.at(-1)?.end ?? 0)
  const article: Article = {
    kind: 'article',
    id,
    number,
    base: info.base,
    suffix: info.suffix,
    ordinal: draft.articles.length + 1,
    title,
    chapter: state.chapter?.number ?? null,
    division: (state.title ?? state.section)?.id ?? null,
    status,
    headingRange: lines.range(section.heading.start, section.heading.end),
    range: lines.range(section.heading.start, end),
    paragraphs,
    hash: createHash('sha1').update(lines.text.slice(section.heading.start, end)).digest('hex')
  }
  draft.articles.push(article)
  placeArticle(state, id)
}

/** A new article id: `art-12-bis`, or `art-12-bis~2` for the second article of that number (`ids` counts those given so far). */
export function mintArticleId(ids: Map<string, number>, number: string): string {
  const baseId = `art-${number.replace(' ', '-')}`
  const seen = (ids.get(baseId) ?? 0) + 1
  ids.set(baseId, seen)
  return seen === 1 ? baseId : `${baseId}~${seen}`
}

/** The blocks at the start of an article's body that hold only status markers: their markers, and the body after them. */
function leadingStatus(texts: Block[], lines: LineIndex, markers: ReadonlySet<string>): {status: StatusMarker[]; body: Block[]} {
  const text = (block: Block) => lines.text.slice(block.start, block.end)
  let first = 0
  while (first < texts.length && isMarkerOnly(text(texts[first] as Block), markers)) first++
  const status: StatusMarker[] = []
  for (const block of texts.slice(0, first)) {
    for (const marker of scanInline(text(block), markers).markers) status.push({...marker, start: marker.start + block.start, end: marker.end + block.start})
  }
  return {status, body: texts.slice(first)}
}

function isMarkerOnly(text: string, markers: ReadonlySet<string>): boolean {
  const scan = scanInline(text, markers)
  return scan.markers.length > 0 && scan.brackets.length === 0 && text.replace(/\[[^\]]*\]/g, '').trim() === ''
}
