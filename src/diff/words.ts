/** Word-level redlines with jsdiff, bounded by edit length (never by time) so that a pathological pair cannot hang. */
// The one module needed, not the package index (which loads every diff variant: 19 modules).
import {diffArrays} from 'diff/lib/diff/array.js'
import type {Piece, Redline} from '../model/diff.js'
import {isWhitespace} from '../parse/chars.js'

/** Options for `wordDiff`. */
export interface Options {
  /** Give up beyond this many edits (default: 5,000 tokens, fewer for long texts; see `editBudget`) and fall back to a coarse redline. */
  maxEditLength?: number
}

/** Most edits searched for one pair: 5,000 tokens, or fewer so that (tokens × edits) stays under 50 million; at least 50. */
export function editBudget(tokens: number): number {
  return Math.max(50, Math.min(5000, Math.floor(maxDiffSteps / Math.max(1, tokens))))
}

/** Words, runs of whitespace and single punctuation marks: concatenated, they give the text back. */
export function tokenize(text: string): string[] {
  return text.match(/\s+|[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu) ?? []
}

/** The word-level redline from `before` to `after`; its pieces rebuild both texts exactly. */
export function wordDiff(before: string, after: string, options: Options = {}): Redline {
  if (before === after) return finish(before === '' ? [] : [{type: 'equal', text: before}], false)
  // Equal text at both ends, cut where a word starts after a space, is left out of tokenizing and diffing.
  return tokenDiff(before, after, options, ...commonEnds(before, after))
}

/** The redline over tokens, leaving out `from` equal characters at the start and `to` at the end (token boundaries in both). */
export function tokenDiff(before: string, after: string, options: Options = {}, from = 0, to = 0): Redline {
  // A middle too long for any word diff within maxDiffSteps is not even tokenized.
  if (before.length + after.length - 2 * (from + to) > maxDiffSteps / 10) {
    const pieces: Piece[] = [{type: 'equal', text: before.slice(0, from)}, {type: 'delete', text: before.slice(from, before.length - to)}, {type: 'insert', text: after.slice(from, after.length - to)}, {type: 'equal', text: before.slice(before.length - to)}]
    return finish(pieces, true)
  }
  const a = tokenize(before.slice(from, before.length - to))
  const b = tokenize(after.slice(from, after.length - to))
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  let end = 0
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++
  const head = before.slice(0, from) + a.slice(0, start).join('')
  const tail = a.slice(a.length - end).join('') + before.slice(before.length - to)
  const middleA = a.slice(start, a.length - end)
  const middleB = b.slice(start, b.length - end)
  // The result depends on the inputs alone: work is bounded by the edit length, never by a clock.
  const changes = diffArrays(middleA, middleB, {maxEditLength: options.maxEditLength ?? editBudget(middleA.length + middleB.length)})
  const pieces: Piece[] = [{type: 'equal', text: head}]
  let coarse = false
  if (changes === undefined) {
    coarse = true
    pieces.push({type: 'delete', text: middleA.join('')}, {type: 'insert', text: middleB.join('')})
  } else {
    for (const change of changes) pieces.push({type: change.added ? 'insert' : change.removed ? 'delete' : 'equal', text: change.value.join('')})
  }
  pieces.push({type: 'equal', text: tail})
  return finish(pieces, coarse)
}

/** Token comparisons a redline may cost before it falls back to a coarse one (Myers costs tokens × edits at worst). */
export const maxDiffSteps = 50_000_000

/** Lengths of the equal start and end of two texts, each ending at a boundary between a space and a word. */
function commonEnds(a: string, b: string): [number, number] {
  const limit = Math.min(a.length, b.length)
  let start = 0
  while (start < limit && a.charCodeAt(start) === b.charCodeAt(start)) start++
  while (start > 0 && !(isWhitespace(a.charCodeAt(start - 1)) && !isWhitespace(a.charCodeAt(start)) && !isWhitespace(b.charCodeAt(start)))) start--
  let end = 0
  while (end < limit - start && a.charCodeAt(a.length - 1 - end) === b.charCodeAt(b.length - 1 - end)) end++
  while (end > 0 && !(isWhitespace(a.charCodeAt(a.length - end)) && !isWhitespace(a.charCodeAt(a.length - end - 1)) && !isWhitespace(b.charCodeAt(b.length - end - 1)))) end--
  return [start, end]
}


/** Drop empty pieces, merge neighbours of one type, put deletions before insertions, count words. */
function finish(raw: Piece[], coarse: boolean): Redline {
  const pieces: Piece[] = []
  for (const piece of raw) {
    if (piece.text === '') continue
    const last = pieces.at(-1)
    if (last && last.type === piece.type) last.text += piece.text
    else pieces.push({...piece})
  }
  const count = (type: Piece['type']) => pieces.filter((p) => p.type === type).reduce((sum, p) => sum + (p.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0), 0)
  return {pieces, coarse, wordsAdded: count('insert'), wordsRemoved: count('delete')}
}

/** The old (`equal` + `delete`) or new (`equal` + `insert`) text of a redline. */
export function rebuild(pieces: Piece[], side: 'old' | 'new'): string {
  const skip = side === 'old' ? 'insert' : 'delete'
  return pieces.filter((piece) => piece.type !== skip).map((piece) => piece.text).join('')
}
