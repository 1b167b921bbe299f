/** What the Word comments of a redline say: per article, its renumbering, move, split or merge, and negotiation events. */
import type {ArticleChange, DraftDiff} from '../model/diff.js'
import {badges, describeEvent} from '../report/summary.js'

/** A comment to anchor on a line of the redline. */
export interface LineNote {
  /** The key of the line it is anchored on (`art-12#heading`), and on which side. */
  key: string
  side: 'old' | 'new'
  /** One paragraph of the comment per entry. */
  lines: string[]
}

function articleNote(change: ArticleChange): LineNote | null {
  const lines: string[] = []
  if (change.relation === 'matched' && change.renumbered) lines.push(`was article ${change.old[0] ?? ''}`)
  for (const badge of badges(change)) {
    if (badge.startsWith('renumbered') || badge === 'title changed' || ['substantive', 'editorial', 'references only', 'text unchanged'].includes(badge)) continue
    lines.push(badge)
  }
  for (const event of change.events) lines.push(describeEvent(event, change))
  if (lines.length === 0) return null
  const after = change.newArticles[0]
  const before = change.oldArticles[0]
  if (after) return {key: `${after.id}#heading`, side: 'new', lines}
  return before ? {key: `${before.id}#heading`, side: 'old', lines} : null
}

/** The comments of a redline, one per article with something to say, in the diff's order. */
export function redlineNotes(diff: DraftDiff): LineNote[] {
  const notes = diff.articles.map(articleNote).filter((note): note is LineNote => note !== null)
  const preamble = diff.preamble.flatMap((unit) => (unit.new && unit.relation === 'matched' && unit.renumbered && unit.old ? [`was ${unit.old.marker || 'unnumbered'}`] : []))
  if (preamble.length > 0) notes.unshift({key: 'preamble#heading', side: 'new', lines: [`preambular paragraphs renumbered: ${preamble.length}`]})
  return notes
}
