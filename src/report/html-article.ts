/** One section of the HTML report: a changed article (or the preamble) with badges, unit redlines in two views, and events. */
import type {Element, ElementContent} from 'hast'
import {h} from './hast.js'
import {citeSide, movedAcross, unitLabel, type UnitHome} from '../model/cite.js'
import type {ArticleChange, UnitChange} from '../model/diff.js'
import {isSubstantive} from './order.js'
import {badges, describeEvent, homeOf, isChanged} from './summary.js'
import {redlineMark, redlineNodes} from './redline-html.js'

/** Redline pieces as hast nodes (defined in redline-html.ts, shared by every HTML page). */
export {redlineNodes} from './redline-html.js'

/** The filters of the report; an article or list entry carries the ones it matches in `data-cats`. */
export const filters = [
  {value: 'substantive', label: 'Substantive only'},
  {value: 'changed', label: 'Changed text'},
  {value: 'added', label: 'Added'},
  {value: 'deleted', label: 'Deleted'},
  {value: 'moved', label: 'Moved, renumbered, split or merged'},
  {value: 'brackets', label: 'Bracket events'}
] as const
/** The value of one filter button of the HTML report. */
export type Filter = (typeof filters)[number]['value']

/** Labels of the two versions, for the side-by-side column heads. */
export interface Sides {
  old: string
  new: string
}

/** The filters an article matches. */
export function filtersOf(article: ArticleChange): Filter[] {
  const out: Filter[] = isSubstantive(article) ? ['substantive'] : []
  if (article.relation === 'added') out.push('added')
  else if (article.relation === 'deleted') out.push('deleted')
  else if (isChanged(article)) out.push('changed')
  if (article.renumbered || article.moved || article.relation === 'split' || article.relation === 'merged') out.push('moved')
  if (article.events.some((e) => e.kind.startsWith('bracket') || e.kind.startsWith('options'))) out.push('brackets')
  return out
}

/** A symbol and a word for an article's kind of change (never colour alone), and a class for its colour. */
export function markOf(article: ArticleChange): {symbol: string; text: string; kind: string} {
  if (article.relation === 'added') return {symbol: '+', text: 'new', kind: 'added'}
  if (article.relation === 'deleted') return {symbol: '−', text: 'deleted', kind: 'deleted'}
  if (article.relation === 'split') return {symbol: '÷', text: 'split', kind: 'split'}
  if (article.relation === 'merged') return {symbol: '&', text: 'merged', kind: 'merged'}
  if (article.change === 'substantive') return {symbol: '±', text: 'amended', kind: 'substantive'}
  if (article.change === 'editorial') return {symbol: '~', text: 'editorial', kind: 'editorial'}
  if (isChanged(article)) return {symbol: '•', text: article.titleChanged ? 'title' : article.moved && article.events.length === 0 ? 'moved' : article.events.some((e) => e.kind.startsWith('marker')) ? 'status' : 'events', kind: 'other'}
  if (article.change === 'references-only') return {symbol: '§', text: 'references', kind: 'references'}
  return {symbol: '=', text: 'unchanged', kind: 'unchanged'}
}

/** "16 → 15", "39 (new)", "44 (deleted)", "21 → 20 + 21", "7". */
export function numbersOf(article: ArticleChange): string {
  if (article.relation === 'added') return `${article.new.join(' + ')} (new)`
  if (article.relation === 'deleted') return `${article.old.join(' + ')} (deleted)`
  const before = article.old.join(' + ')
  const after = article.new.join(' + ')
  return before === after ? after : `${before} → ${after}`
}

/** An article's title: the new one, else the old one. */
export function titleOf(article: ArticleChange): string | null {
  return article.newArticles[0]?.title ?? article.oldArticles[0]?.title ?? null
}

/** `art-24-bis` for the first new article, `old-art-15` for a deleted one. */
export function baseId(article: ArticleChange): string {
  const slug = (number: string) => number.trim().replace(/\s+/g, '-').replace(/[^A-Za-z0-9-]/g, '_')
  const first = article.new[0]
  return first === undefined ? `old-art-${slug(article.old[0] ?? 'x')}` : `art-${slug(first)}`
}

/** A changed article's section; `extraIds` are the anchors of a split's later articles (`art-24-bis`), in order. */
export function articleSection(article: ArticleChange, id: string, extraIds: string[], sides: Sides): Element {
  const mark = markOf(article)
  const title = titleOf(article)
  const oldSide = article.oldArticles[0]
  const newSide = article.newArticles[0]
  const chapter = newSide?.chapter ?? oldSide?.chapter
  const division = (newSide ?? oldSide)?.division
  const meta = [`${chapter ? `Chapter ${chapter}` : 'No chapter'}${division ? `, ${division}` : ''}`, `words +${article.wordsAdded} −${article.wordsRemoved}`, `open brackets ${sum(article.oldArticles)} → ${sum(article.newArticles)}`]
  const classes = badges(article)
  const pieces = new Map<string, SplitPiece>()
  article.newArticles.slice(1).forEach((side, k) => {
    const anchor = extraIds[k]
    if (anchor) pieces.set(side.id, {anchor, heading: `Article ${side.number}${side.title ? `. ${side.title}` : ''}`})
  })
  const content: ElementContent[] = [
    h('h3', {id: `h-${id}`, tabIndex: -1}, [h('span.sym', {ariaHidden: 'true'}, mark.symbol), ' ', `Article ${numbersOf(article)}${title ? `. ${title}` : ''}`]),
    h('p.meta', meta.join(' · ')),
    h('ul.badges', {ariaLabel: 'Badges'}, classes.map((text, i) => h(i === classes.length - 1 ? 'li.change-class' : 'li', i === classes.length - 1 ? `change: ${text}` : text)))
  ]
  if (article.titleChanged) content.push(h('p.title-change', ['Title: ', redlineMark('delete', oldSide?.title ?? '(none)'), ' ', redlineMark('insert', newSide?.title ?? '(none)')]))
  content.push(unitsBlock(article.units, sides, homeOf(article), pieces))
  if (article.events.length > 0) {
    content.push(
      h('p.events-title', {id: `ev-${id}`}, 'Negotiation events'),
      h(
        'ul.events',
        {ariaLabelledBy: `ev-${id}`},
        article.events.map((event) => h('li', {dataEvent: event.kind}, describeEvent(event, article)))
      )
    )
  }
  // How the articles were aligned is for tools and the curious: data attributes, not prose.
  const alignment = {dataMatchedBy: article.matchedBy ?? undefined, dataSimilarity: article.similarity === null ? undefined : article.similarity.toFixed(2)}
  return h('section.change.article', {id, className: [`k-${mark.kind}`], dataCats: filtersOf(article).join(' '), dataRelation: article.relation, dataChange: article.change, ...alignment}, content)
}

/** The later article of a split, shown where its paragraphs begin: the target of its anchor. */
interface SplitPiece {
  anchor: string
  heading: string
}

/** The preamble's section, when any of its paragraphs changed. */
export function preambleSection(units: UnitChange[], sides: Sides): Element {
  const added = units.reduce((n, u) => n + u.redline.wordsAdded, 0)
  const removed = units.reduce((n, u) => n + u.redline.wordsRemoved, 0)
  const substantive = units.some((u) => u.change === 'substantive' || u.relation !== 'matched')
  return h('section.change.preamble', {id: 'preamble', className: ['k-substantive'], dataCats: substantive ? 'substantive changed' : 'changed'}, [
    h('h3', {id: 'h-preamble', tabIndex: -1}, [h('span.sym', {ariaHidden: 'true'}, '±'), ' Preamble']),
    h('p.meta', `${units.filter((u) => !quiet(u)).length} of ${units.length} paragraphs changed · words +${added} −${removed}`),
    unitsBlock(units, sides, {old: null, new: null}, new Map())
  ])
}

/** Whether the preamble changed at all. */
export function preambleChanged(units: UnitChange[]): boolean {
  return units.some((u) => !quiet(u))
}

function unitsBlock(units: UnitChange[], sides: Sides, home: UnitHome, pieces: Map<string, SplitPiece>): Element {
  const out: ElementContent[] = [h('div.sbs-head', {ariaHidden: 'true'}, [h('span', 'Paragraph'), h('span', sides.old), h('span', sides.new)])]
  let run: UnitChange[] = []
  const flush = () => {
    if (run.length > 0) out.push(sameRun(run, home))
    run = []
  }
  const pieceHeading = (articleId: string) => {
    const piece = pieces.get(articleId)
    if (!piece) return
    flush()
    out.push(h('h4.piece', {id: piece.anchor, tabIndex: -1}, piece.heading))
    pieces.delete(articleId)
  }
  for (const unit of units) {
    if (unit.new) pieceHeading(unit.new.id.split('/')[0] ?? '')
    if (quiet(unit) && !movedAcross(unit, home)) run.push(unit)
    else {
      flush()
      out.push(unitRow(unit, sides, home))
    }
  }
  flush()
  // A later article without paragraphs of its own still gets its heading, so its anchor leads somewhere.
  for (const articleId of [...pieces.keys()]) pieceHeading(articleId)
  return h('div.units', out)
}

function quiet(unit: UnitChange): boolean {
  return unit.relation === 'matched' && unit.change === 'none' && !unit.renumbered && !unit.reordered
}

function unitRow(unit: UnitChange, sides: Sides, home: UnitHome): Element {
  const label = unitLabel(unit, home)
  const notes: string[] = []
  if (unit.relation !== 'matched') notes.push(unit.relation)
  if (unit.reordered && !movedAcross(unit, home)) notes.push('moved within the article')
  if (unit.relation === 'matched' && unit.change !== 'substantive' && unit.change !== 'none') notes.push(unit.change === 'references-only' ? 'references' : unit.change)
  if (unit.redline.coarse) notes.push('rewritten')
  const pieces = unit.redline.pieces
  return h('div.unit', {dataRel: unit.relation}, [
    h('div.unit-label', [label, ...notes.map((note) => h('span.note', note))]),
    h('div.inline', redlineNodes(pieces, 'both')),
    h('div.sbs', [
      unit.old ? h('div.old', [h('span.vh', `${sides.old}: `), ...redlineNodes(pieces, 'old')]) : h('div.old.empty', [h('span.vh', `${sides.old}: `), '(not in this version)']),
      unit.new ? h('div.new', [h('span.vh', `${sides.new}: `), ...redlineNodes(pieces, 'new')]) : h('div.new.empty', [h('span.vh', `${sides.new}: `), '(not in this version)'])
    ])
  ])
}

function sameRun(units: UnitChange[], home: UnitHome): Element {
  const cite = (u: UnitChange) => (u.new ? citeSide(u.new, home.new) : '')
  const subparagraphs = units.some((u) => u.new?.id.includes('/sub-'))
  const kind = subparagraphs ? 'paragraphs and subparagraphs' : units.length === 1 ? 'paragraph' : 'paragraphs'
  const label = `${units.length} unchanged ${units.length === 1 && subparagraphs ? 'subparagraph' : kind}: ${units.map(cite).join(', ')}`
  return h('details.same', [h('summary', label), ...units.map((u) => h('div.unit', {dataRel: 'same'}, [h('div.unit-label', cite(u)), h('div', u.new?.text ?? '')]))])
}

function sum(sides: ArticleChange['oldArticles']): number {
  return sides.reduce((n, side) => n + side.openBrackets, 0)
}
