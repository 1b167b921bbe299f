/** The terminal rendering of a comparison: summary, then each changed article with its redline and events. */
import {movedAcross, movedWords, unitLabel, type UnitHome} from '../model/cite.js'
import type {ArticleChange, DraftDiff, Piece, UnitChange} from '../model/diff.js'
import {chapterSummary} from './chapters.js'
import {phrasePieces} from '../model/phrases.js'
import {changeWords, describeEvent, homeOf, isChanged, named, plainLine} from './summary.js'
import {wrap, type Segment} from './wrap.js'
import {detailedArticles, markerLines} from './order.js'

/** Options for `renderText`. */
export interface Options {
  /** ANSI colours (red strike-through for deletions, green underline for insertions); default false. */
  color?: boolean
  /** Only the summary. */
  summaryOnly?: boolean
  /** Wrap lines to this many columns; default: no wrapping. */
  width?: number
}

/**
 * Render a diff as text. Without colour, deletions read `{-…-}` and insertions `{+…+}` (not git's
 * `[-…-]`: drafts are full of square brackets), so the redline survives NO_COLOR and pipes.
 */
export function renderText(diff: DraftDiff, options: Options = {}): string {
  const color = options.color ?? false
  const out: Segment[][] = []
  const line = (...segments: Segment[]) => out.push(segments)
  const plain = (text: string): Segment => ({text, style: 'plain'})
  const bold = (text: string): Segment => ({text, style: 'bold'})
  const s = diff.summary
  line(bold(`${diff.old.label} → ${diff.new.label}`))
  line(plain(`articles: ${diff.old.counts.articles} → ${diff.new.counts.articles}; ${s.relations.matched} matched, ${s.relations.split} split, ${s.relations.merged} merged, ${s.relations.added} added, ${s.relations.deleted} deleted`))
  line(plain(`changes: ${s.changes.substantive} substantive, ${s.changes.editorial} editorial, ${s.changes['references-only']} references only, ${s.changes.none} unchanged`))
  line(plain(`brackets: ${s.bracketsOpened} opened, ${s.bracketsClosed} closed (open: ${diff.old.counts.openBrackets} → ${diff.new.counts.openBrackets}); words: +${s.wordsAdded} −${s.wordsRemoved}`))
  const renumbered = diff.articles.filter((a) => a.renumbered)
  if (renumbered.length > 0) line(plain(`renumbered: ${renumbered.map((a) => `${a.old.join('+')} → ${a.new.join('+')}`).join(', ')}`))
  const chapters = chapterSummary(diff)
  if (chapters) line(plain(`chapters: ${chapters}`))
  // Substantive changes first; articles that only gained or lost a status marker in one line per marker.
  const changed = detailedArticles(diff.articles)
  const markers = markerLines(diff.articles).map((m) => `status markers only: ${m.text}`)
  if (options.summaryOnly) {
    if (changed.length > 0 || markers.length > 0) line(plain(''))
    for (const article of changed) line(plain(`• ${plainLine(article)}`))
    for (const text of markers) line(plain(`• ${text}`))
    return render(out, color, options.width)
  }
  const preambleChanged = diff.preamble.filter((u) => u.change !== 'none' || u.relation !== 'matched')
  if (preambleChanged.length > 0) {
    line(plain(''))
    line(bold('Preamble'))
    for (const unit of preambleChanged) line(...unitSegments(unit, {old: null, new: null}))
  }
  for (const article of changed) {
    line(plain(''))
    line(bold(heading(article)))
    const home = homeOf(article)
    for (const unit of article.units) if (unit.change !== 'none' || unit.relation !== 'matched' || movedAcross(unit, home)) line(...unitSegments(unit, home))
    for (const event of article.events) line(plain(`  • ${describeEvent(event, article)}`))
  }
  if (markers.length > 0) line(plain(''))
  for (const text of markers) line(plain(text))
  const quiet = diff.articles.filter((a) => !isChanged(a))
  if (quiet.length > 0) {
    line(plain(''))
    line(plain(`unchanged or references only: ${quiet.map((a) => `Art. ${a.new[0] ?? ''}`).join(', ')}`))
  }
  return render(out, color, options.width)
}

/** "Art. 21 → 20 + 21, Jurisdiction: split into 20 ("Jurisdiction") and 21 ("Coordination"); substantive", "Art. 39 (new), Title". */
export function heading(article: ArticleChange): string {
  const before = article.old.join(' + ')
  const after = article.new.join(' + ')
  const numbers = article.relation === 'added' ? `${after} (new)` : article.relation === 'deleted' ? `${before} (deleted)` : before === after ? after : `${before} → ${after}`
  const title = article.newArticles[0]?.title ?? article.oldArticles[0]?.title
  const notes: string[] = []
  if (article.moved) notes.push(movedWords(article.oldArticles[0], article.newArticles[0]))
  if (article.titleChanged) notes.push(`title was "${article.oldArticles[0]?.title ?? ''}"`)
  const tail = article.relation === 'added' || article.relation === 'deleted' ? '' : `: ${[relationWords(article), changeWords(article.change)].filter(Boolean).join('; ')}`
  return `Art. ${numbers}${title ? `, ${title}` : ''}${notes.length ? ` (${notes.join('; ')})` : ''}${tail}`
}

/** "split into 20 ("Jurisdiction") and 21 (…)", "merged from …"; nothing for an article matched in place. */
function relationWords(article: ArticleChange): string {
  if (article.relation === 'split') return `split into ${named(article.newArticles)}`
  if (article.relation === 'merged') return `merged from ${named(article.oldArticles)}`
  return ''
}

function unitSegments(unit: UnitChange, home: UnitHome): Segment[] {
  const where = unitLabel(unit, home)
  const label = unit.relation === 'matched' ? `${where}:` : `${where} (${unit.relation}):`
  const reordered = unit.reordered && !movedAcross(unit, home) ? '(moved within the article) ' : ''
  return [{text: `  ${label ? label + ' ' : ''}${reordered}`, style: 'plain'}, ...redlineSegments(unit.redline.pieces)]
}

function redlineSegments(pieces: Piece[]): Segment[] {
  return phrasePieces(pieces).map((piece) => ({text: piece.text, style: piece.type === 'equal' ? 'plain' : piece.type}))
}

const ansi = {delete: '\u001B[31;9m', insert: '\u001B[32;4m', bold: '\u001B[1m', reset: '\u001B[0m'}

function render(lines: Segment[][], color: boolean, width: number | undefined): string {
  const style = (segment: Segment): string => {
    if (segment.style === 'plain') return segment.text
    if (color) return `${ansi[segment.style]}${segment.text}${ansi.reset}`
    if (segment.style === 'delete') return `{-${segment.text}-}`
    if (segment.style === 'insert') return `{+${segment.text}+}`
    return segment.text
  }
  return lines.flatMap((segments) => wrap(segments, width, color).map((row) => row.map(style).join('').trimEnd())).join('\n') + '\n'
}

/** Pieces as phrases (`phrasePieces`) in text: coloured, or with `{-…-}` / `{+…+}` marks that survive without colour. */
export function redline(pieces: Piece[], color: boolean): string {
  return render([redlineSegments(pieces)], color, undefined).replace(/\n$/, '')
}
