/** The terminal rendering of a comparison: summary, then each changed article with its redline and events. */
import type {ArticleChange, DraftDiff, NegotiationEvent, Piece, UnitChange} from '../model/diff.js'

/** Options for `renderText`. */
export interface Options {
  /** ANSI colours (red strike-through for deletions, green underline for insertions); default false. */
  color?: boolean
  /** Only the summary. */
  summaryOnly?: boolean
}

const ansi = {red: '\u001B[31;9m', green: '\u001B[32;4m', bold: '\u001B[1m', dim: '\u001B[2m', reset: '\u001B[0m'}

/** Render a diff as plain text; without colour, deletions read `{-…-}` and insertions `{+…+}` (not git's `[-…-]`: drafts are full of square brackets). */
export function renderText(diff: DraftDiff, options: Options = {}): string {
  const color = options.color ?? false
  const bold = (text: string) => (color ? `${ansi.bold}${text}${ansi.reset}` : text)
  const lines: string[] = []
  const s = diff.summary
  lines.push(bold(`${diff.old.label} → ${diff.new.label}`))
  lines.push(`articles: ${diff.old.counts.articles} → ${diff.new.counts.articles}; ${s.relations.matched} matched, ${s.relations.split} split, ${s.relations.merged} merged, ${s.relations.added} added, ${s.relations.deleted} deleted`)
  lines.push(`changes: ${s.changes.substantive} substantive, ${s.changes.editorial} editorial, ${s.changes['references-only']} references only, ${s.changes.none} unchanged`)
  lines.push(`brackets: ${s.bracketsOpened} opened, ${s.bracketsClosed} closed (open: ${diff.old.counts.openBrackets} → ${diff.new.counts.openBrackets}); words: +${s.wordsAdded} −${s.wordsRemoved}`)
  const renumbered = diff.articles.filter((a) => a.renumbered)
  if (renumbered.length > 0) lines.push(`renumbered: ${renumbered.map((a) => `${a.old.join('+')} → ${a.new.join('+')}`).join(', ')}`)
  if (options.summaryOnly) return lines.join('\n') + '\n'
  const preambleChanged = diff.preamble.filter((u) => u.change !== 'none' || u.relation !== 'matched')
  if (preambleChanged.length > 0) {
    lines.push('', bold('Preamble'))
    for (const unit of preambleChanged) lines.push(...unitLines(unit, color))
  }
  const quiet: string[] = []
  for (const article of diff.articles) {
    if (article.relation === 'matched' && (article.change === 'none' || article.change === 'references-only') && !article.titleChanged && article.events.every((e) => e.kind.startsWith('reference'))) {
      quiet.push(article.new[0] ?? '')
      continue
    }
    lines.push('', bold(heading(article)))
    for (const unit of article.units) if (unit.change !== 'none' || unit.relation !== 'matched') lines.push(...unitLines(unit, color))
    for (const event of article.events) lines.push(`  • ${describeEvent(event)}`)
  }
  if (quiet.length > 0) lines.push('', `unchanged or references only: ${quiet.map((n) => `Art. ${n}`).join(', ')}`)
  return lines.join('\n') + '\n'
}

/** "Art. 14 → 15, Illegal access (moved from chapter I to II): split, substantive". */
export function heading(article: ArticleChange): string {
  const numbers = `${article.old.length ? article.old.join(' + ') : '—'} → ${article.new.length ? article.new.join(' + ') : '—'}`
  const title = article.newArticles[0]?.title ?? article.oldArticles[0]?.title
  const notes: string[] = []
  if (article.moved) notes.push(`moved from chapter ${article.oldArticles[0]?.chapter ?? '—'} to ${article.newArticles[0]?.chapter ?? '—'}`)
  if (article.titleChanged) notes.push(`title was "${article.oldArticles[0]?.title ?? ''}"`)
  return `Art. ${numbers}${title ? `, ${title}` : ''}${notes.length ? ` (${notes.join('; ')})` : ''}: ${article.relation}, ${article.change}`
}

function unitLines(unit: UnitChange, color: boolean): string[] {
  const marker = unit.new?.marker || unit.old?.marker || ''
  const label = unit.relation === 'matched' ? (unit.renumbered ? `${unit.old?.marker} → ${unit.new?.marker}` : marker) : `${marker} (${unit.relation}${unit.reordered ? ', reordered' : ''})`
  return [`  ${label ? label + ' ' : ''}${unit.reordered && unit.relation === 'matched' ? '(reordered) ' : ''}${redline(unit.redline.pieces, color)}`]
}

/** Pieces as text: coloured, or with `{-…-}` / `{+…+}` marks that survive without colour. */
export function redline(pieces: Piece[], color: boolean): string {
  return pieces
    .map((piece) => {
      if (piece.type === 'equal') return piece.text
      if (color) return `${piece.type === 'delete' ? ansi.red : ansi.green}${piece.text}${ansi.reset}`
      return piece.type === 'delete' ? `{-${piece.text}-}` : `{+${piece.text}+}`
    })
    .join('')
}

function describeEvent(event: NegotiationEvent): string {
  switch (event.kind) {
    case 'bracket-opened':
      return `bracket opened: [${event.text}]`
    case 'bracket-agreed':
      return `bracket closed, text agreed: ${event.text}`
    case 'bracket-dropped':
      return `bracket closed, text dropped: [${event.text}]`
    case 'options-narrowed':
      return `options narrowed: ${event.text}`
    case 'options-resolved':
      return `options resolved: ${event.text}`
    case 'marker-gained':
      return `status marker gained: [${event.text}]`
    case 'marker-lost':
      return `status marker lost: [${event.text}]`
    case 'reference-renumbered':
      return `reference follows renumbering: ${event.from} → ${event.to}`
    case 'reference-removed':
      return `reference to a deleted article removed: ${event.text}`
  }
}
