/** What became of closed brackets, read from a word diff of the aligned units: their words kept (agreed) or deleted (dropped). */
import {diffArrays} from 'diff/lib/diff/array.js'
import {fold} from '../align/text.js'

/** A range of an old unit's text whose fate is asked: the inside of a bracket (without an option label). */
export interface Range {
  from: number
  to: number
}

/** The fate of one range: agreed when at least half of its words (and at least one) were kept. */
export interface Fate {
  agreed: boolean
  /** Words of the range kept in the new text, and all its words. */
  kept: number
  total: number
  /** The new text from its first to its last kept word, when that differs from the old (reworded while agreed). */
  now: string | null
}

/** Most edits the fate diff looks for; beyond it (pathological pairs) every word counts as deleted. */
const maxEdits = 2000

interface Token {
  value: string
  start: number
  end: number
}

/** Words and single punctuation marks (brackets excepted), lower-cased, with their offsets. */
function tokens(text: string): Token[] {
  const out: Token[] = []
  for (const match of text.matchAll(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}[\]]/gu)) out.push({value: match[0].toLowerCase(), start: match.index, end: match.index + match[0].length})
  return out
}

/**
 * The fate of each range of `before` (an old unit's text) given `after`, the text of the unit it is aligned with
 * (`null` when the unit was deleted). Brackets are left out of the diff: a bracket agreed as written is all kept.
 * Linear in the texts' length for equal texts, O((n + m) · d) for d edits (d ≤ 2,000).
 */
export function fates(before: string, after: string | null, ranges: readonly Range[]): Fate[] {
  const a = tokens(before)
  const newIndex = new Int32Array(a.length).fill(-1)
  const b = after === null ? [] : tokens(after)
  let start = 0
  while (start < a.length && start < b.length && a[start]?.value === b[start]?.value) newIndex[start] = start++
  let end = 0
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end]?.value === b[b.length - 1 - end]?.value) {
    newIndex[a.length - 1 - end] = b.length - 1 - end
    end++
  }
  const middleA = a.slice(start, a.length - end).map((t) => t.value)
  const middleB = b.slice(start, b.length - end).map((t) => t.value)
  const changes = middleA.length > 0 && middleB.length > 0 ? diffArrays(middleA, middleB, {maxEditLength: maxEdits}) : undefined
  if (changes) {
    let i = start
    let j = start
    for (const change of changes) {
      const n = change.value.length
      if (change.added) j += n
      else if (change.removed) i += n
      else for (let k = 0; k < n; k++) newIndex[i++] = j++
    }
  }
  const keptBefore = new Int32Array(a.length + 1)
  for (let k = 0; k < a.length; k++) keptBefore[k + 1] = (keptBefore[k] ?? 0) + ((newIndex[k] ?? -1) >= 0 ? 1 : 0)
  const inserted = insertedWords(b, changes ? newIndex : null)
  return ranges.map((range) => {
    const lo = firstAtOrAfter(a, range.from)
    const hi = firstAtOrAfter(a, range.to)
    const total = hi - lo
    const kept = (keptBefore[hi] ?? 0) - (keptBefore[lo] ?? 0)
    if (kept > 0 && kept * 2 >= total) return {agreed: true, kept, total, now: after === null ? null : reworded(after, a, b, newIndex, lo, hi)}
    if (kept === 0 && movedWithin(a.slice(lo, hi), b, inserted)) return {agreed: true, kept: total, total, now: null}
    return {agreed: false, kept, total, now: null}
  })
}

/** Longest bracket (in words) looked for among the inserted words, and most places tried for it. */
const moveLimits = {words: 200, places: 20}

interface Inserted {
  /** Positions of inserted words by value. */
  at: Map<string, number[]>
  /** 1 for each new token the diff did not keep. */
  flags: Uint8Array
}

/** The new unit's inserted words (those the diff did not keep); none when the diff gave up (`newIndex` null). */
function insertedWords(b: Token[], newIndex: Int32Array | null): Inserted {
  const flags = new Uint8Array(b.length)
  const at = new Map<string, number[]>()
  if (newIndex === null) return {at, flags}
  flags.fill(1)
  for (const j of newIndex) if (j >= 0) flags[j] = 0
  for (let j = 0; j < b.length; j++) {
    const token = b[j]
    if (!flags[j] || !token || !isWord(token)) continue
    const list = at.get(token.value)
    if (list) list.push(j)
    else at.set(token.value, [j])
  }
  return {at, flags}
}

/** Whether a deleted bracket's words were all inserted elsewhere in the unit, in order and together: text moved, not dropped. */
function movedWithin(range: Token[], b: Token[], inserted: Inserted): boolean {
  if (range.length > 2 * moveLimits.words) return false
  const words = range.filter(isWord).map((t) => t.value)
  if (words.length === 0 || words.length > moveLimits.words) return false
  return (inserted.at.get(words[0] ?? '') ?? []).slice(0, moveLimits.places).some((start) => {
    let j = start
    for (const word of words) {
      while (j < b.length && !isWord(b[j])) j++
      if (b[j]?.value !== word || !inserted.flags[j]) return false
      j++
    }
    return true
  })
}

/**
 * The new text of an agreed range, from its first to its last kept word, widened over words inserted in place of
 * deleted words at either end; null when its words (letters and digits, any case) read as before.
 */
function reworded(after: string, a: Token[], b: Token[], newIndex: Int32Array, from: number, to: number): string | null {
  // The ends are the range's first and last words: punctuation at either end is not widened over.
  let lo = from
  let hi = to
  while (lo < hi && !isWord(a[lo])) lo++
  while (hi > lo && !isWord(a[hi - 1])) hi--
  let first = -1
  let last = -1
  for (let k = lo; k < hi; k++) {
    const j = newIndex[k] ?? -1
    if (j < 0) continue
    if (first < 0) first = j
    last = j
  }
  if (first < 0) return null
  if ((newIndex[lo] ?? -1) < 0) first = 1 + keptBefore(newIndex, lo)
  if ((newIndex[hi - 1] ?? -1) < 0) last = keptFrom(newIndex, hi, b.length) - 1
  // Punctuation kept at either end of the range (a final full stop) stays part of the text.
  for (let k = from; k < lo; k++) if ((newIndex[k] ?? -1) >= 0) first = Math.min(first, newIndex[k] ?? first)
  for (let k = hi; k < to; k++) if ((newIndex[k] ?? -1) >= 0) last = Math.max(last, newIndex[k] ?? last)
  const firstToken = b[first]
  const lastToken = b[last]
  if (!firstToken || !lastToken) return null
  const wordsOf = (list: Token[]) => list.filter(isWord).map((t) => t.value).join(' ')
  if (wordsOf(a.slice(lo, hi)) === wordsOf(b.slice(first, last + 1))) return null
  return fold(after.slice(firstToken.start, lastToken.end))
}

function isWord(token: Token | undefined): boolean {
  return token !== undefined && /[\p{L}\p{N}]/u.test(token.value)
}

/** The new index of the last kept old token before `k`, or -1. */
function keptBefore(newIndex: Int32Array, k: number): number {
  for (let i = k - 1; i >= 0; i--) if ((newIndex[i] ?? -1) >= 0) return newIndex[i] ?? -1
  return -1
}

/** The new index of the first kept old token at or after `k`, or `length`. */
function keptFrom(newIndex: Int32Array, k: number, length: number): number {
  for (let i = k; i < newIndex.length; i++) if ((newIndex[i] ?? -1) >= 0) return newIndex[i] ?? length
  return length
}

/** The index of the first token starting at or after `offset` (binary search). */
function firstAtOrAfter(list: Token[], offset: number): number {
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((list[mid]?.start ?? 0) < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}
