/** The chapter-level summary line every report shows: chapters added, deleted, split, merged, renamed and renumbered. */
import type {ChapterChange, DraftDiff} from '../model/diff.js'
import {romanValue} from '../model/numerals.js'

/**
 * "Chapter II (new): Cooperation with the private sector; chapters II–IX renumbered III–X", from the chapter
 * alignment; null when every chapter kept its numeral and title.
 */
export function chapterSummary(diff: Pick<DraftDiff, 'chapters'>): string | null {
  const parts: string[] = []
  const renumbered: ChapterChange[] = []
  for (const change of diff.chapters) {
    const title = change.newChapters[0]?.title ?? change.oldChapters[0]?.title ?? null
    const named = title ? `: ${title}` : ''
    if (change.relation === 'added') parts.push(`Chapter ${change.new.join(', ')} (new)${named}`)
    else if (change.relation === 'deleted') parts.push(`Chapter ${change.old.join(', ')} (deleted)${named}`)
    else if (change.relation === 'split') parts.push(`Chapter ${change.old[0] ?? ''} split into ${listWords(change.new)}`)
    else if (change.relation === 'merged') parts.push(`Chapters ${listWords(change.old)} merged into ${change.new[0] ?? ''}`)
    else {
      if (change.titleChanged) parts.push(`Chapter ${change.new[0] ?? ''} renamed${named || ' (no title)'} (was ${change.oldChapters[0]?.title ? `"${change.oldChapters[0].title}"` : 'untitled'})`)
      if (change.renumbered) renumbered.push(change)
    }
  }
  parts.push(...runs(renumbered))
  return parts.length > 0 ? parts.join('; ') : null
}

/** Consecutive chapters renumbered by the same shift read as one run: "chapters II–IX renumbered III–X". */
function runs(changes: ChapterChange[]): string[] {
  const out: string[] = []
  let run: ChapterChange[] = []
  const flush = () => {
    const [first, last] = [run[0], run.at(-1)]
    if (first && last) {
      out.push(run.length === 1 ? `chapter ${first.old[0] ?? ''} renumbered ${first.new[0] ?? ''}` : `chapters ${first.old[0] ?? ''}–${last.old[0] ?? ''} renumbered ${first.new[0] ?? ''}–${last.new[0] ?? ''}`)
    }
    run = []
  }
  for (const change of changes) {
    const previous = run.at(-1)
    if (previous && !(value(change.old[0]) === value(previous.old[0]) + 1 && value(change.new[0]) === value(previous.new[0]) + 1)) flush()
    run.push(change)
  }
  flush()
  return out
}

function value(numeral: string | undefined): number {
  return romanValue(numeral ?? '') || Number.NaN
}

function listWords(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`
}
