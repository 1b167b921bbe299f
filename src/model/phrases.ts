/**
 * Phrase-level redlines: the word diff's pieces with short equal islands between two changes folded
 * into one deletion and one insertion, as a replaced phrase reads in Word or a four-column table
 * (rule and figures: docs/redlines.md). Renderers show these; the JSON and the word counts keep the word diff.
 */
import type {Piece} from './diff.js'

/** Function words that never carry a change's meaning on their own: an island of these only is folded whatever its length. */
const stopWords = new Set(
  'a an the of to in on at by for from with within into onto upon under over as and or nor but if than that which who whom whose this these those it its their them they such any each every all some no not be is are was were been being has have had'.split(' ')
)

/** Longest island of any words folded between two changes. */
export const maxIslandWords = 2

const wordPattern = /[\p{L}\p{N}]+/gu

function words(text: string): string[] {
  return text.match(wordPattern) ?? []
}

/** A run of changed pieces: what it deletes and what it inserts. */
interface Change {
  deleted: string
  inserted: string
}

const hasWord = (change: Change) => words(change.deleted).length > 0 || words(change.inserted).length > 0

/** Whether the equal `text` between two changes is short enough to belong to the replaced phrase. */
export function isShortIsland(text: string): boolean {
  const found = words(text)
  return found.length <= maxIslandWords || found.every((word) => stopWords.has(word.toLowerCase()))
}

/**
 * The pieces of a redline as phrases: an equal island of one or two words, or of stop words only,
 * between two changes that each touch a word and together delete and insert, is folded with them
 * into one deletion followed by one insertion. A single changed word stays a single word; a change of
 * punctuation alone (a bracket lifted, a comma added) never pulls its neighbours in, nor do two
 * deletions (or two insertions) around kept words. The result still rebuilds both texts exactly.
 */
export function phrasePieces(pieces: readonly Piece[]): Piece[] {
  const out: Array<Piece | Change> = []
  for (const piece of pieces) {
    const last = out.at(-1)
    if (piece.text === '') continue
    if (piece.type === 'equal') {
      if (last && 'type' in last) last.text += piece.text
      else out.push({type: 'equal', text: piece.text})
      continue
    }
    let change: Change
    if (last && !('type' in last)) change = last
    else {
      change = {deleted: '', inserted: ''}
      out.push(change)
    }
    if (piece.type === 'delete') change.deleted += piece.text
    else change.inserted += piece.text
    // A fold can make the island before it foldable too (the phrase now deletes and inserts).
    while (foldIsland(out));
  }
  return out.flatMap((item): Piece[] => {
    if ('type' in item) return [item]
    return [
      ...(item.deleted ? [{type: 'delete' as const, text: item.deleted}] : []),
      ...(item.inserted ? [{type: 'insert' as const, text: item.inserted}] : [])
    ]
  })
}

/** When the list ends change, short island, change (both touching words), fold the three into one change; whether it did. */
function foldIsland(out: Array<Piece | Change>): boolean {
  const [before, island, after] = out.slice(-3)
  if (!before || !island || !after || 'type' in before || !('type' in island) || 'type' in after) return false
  if (!isShortIsland(island.text) || !hasWord(before) || !hasWord(after)) return false
  // Deletions alone on both sides (or insertions alone) read well around the kept words: nothing to fold.
  if (!(before.deleted || after.deleted) || !(before.inserted || after.inserted)) return false
  out.splice(-3, 3, {deleted: before.deleted + island.text + after.deleted, inserted: before.inserted + island.text + after.inserted})
  return true
}

/** Equal islands of one or two words between two changes: the figure docs/redlines.md reports before and after folding. */
export function shortIslands(pieces: readonly Piece[]): number {
  let count = 0
  for (let i = 1; i < pieces.length - 1; i++) {
    const piece = pieces[i] as Piece
    if (piece.type !== 'equal' || pieces[i - 1]?.type === 'equal' || pieces[i + 1]?.type === 'equal') continue
    const n = words(piece.text).length
    if (n >= 1 && n <= maxIslandWords) count++
  }
  return count
}
