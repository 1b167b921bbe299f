/** Comparable text of articles and units: folded whitespace, masked reference numbers, shingles. */
import type {Article, TextUnit} from '../model/types.js'
import {collapseWhitespace} from '../parse/chars.js'
import {reduceLinks} from '../parse/inline.js'
import {markedUnits} from '../parse/walk.js'

/** The units of an article with their markers: paragraphs, subparagraphs, closing words (the walk of src/parse/walk.ts). */
export {markedUnits, type MarkedUnit} from '../parse/walk.js'

/** Whitespace folded to single spaces. */
export function fold(text: string): string {
  // Most text is folded already: checking is much cheaper than rebuilding it.
  return unfolded.test(text) ? collapseWhitespace(text).trim() : text
}

/** Whitespace other than single inner spaces: a text without it is its own fold. */
const unfolded = /[^\S ]| {2}|^ | $/

/** `compute`, remembered per object: units and articles are compared many times, their text read once. */
function oncePer<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const values = new WeakMap<K, V>()
  return (key) => {
    let value = values.get(key)
    if (value === undefined) {
      value = compute(key)
      values.set(key, value)
    }
    return value
  }
}

/**
 * A unit's text as compared and shown in redlines, computed once per unit: whitespace folded, Markdown links and
 * images reduced to their text (`[the register](https://…)` reads `the register`), as `fmt` writes them.
 */
export const foldUnit = oncePer((unit: TextUnit): string => fold(reduceLinks(unit.text)))

/** A unit's text with each cross-reference number replaced by `#`, so renumbering does not count as change. */
export const maskReferences = oncePer((unit: TextUnit): string => {
  const spans = unit.references.flatMap((reference) => reference.numbers).sort((a, b) => a.start - b.start)
  let out = ''
  let position = 0
  for (const span of spans) {
    if (span.start < position) continue
    out += unit.text.slice(position, span.start) + '#'
    position = span.end
  }
  return fold(out + unit.text.slice(position))
})

/** The body exactly (whitespace folded), with unit markers: equal bodies mean change class `none`. */
export const bodyText = oncePer((article: Article): string =>
  markedUnits(article).map((m) => `${m.marker} ${foldUnit(m.unit)}`.trim()).join('\n')
)

/** The body with references masked and unit markers left out: equal keys mean equal bigrams (similarity 1). */
export const maskedKey = oncePer((article: Article): string =>
  markedUnits(article)
    .map((m) => maskReferences(m.unit))
    .join('\n')
)

/**
 * Text reduced to what editorial changes cannot touch: lower case, no punctuation, quotes (straight or typographic),
 * parentheses or emphasis markers (`*`, `_`), any whitespace (no-break spaces too) folded. Square brackets are kept.
 */
export function editorialKey(text: string): string {
  return fold(text.toLowerCase().replace(/[.,;:!?'"`\u2018\u2019\u201C\u201D\u2013\u2014()*_-]/g, ' '))
}

/** Lower-case word tokens (letters and digits), the unit of similarity. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}#]+/gu) ?? []
}

/** Ids of the words seen in this process: bounded by the drafts' vocabulary. */
const wordIds = new Map<string, number>()

/** The word ids of `text` (`words`), in order. Streams the matches: no array of a million word strings to collect. */
export function wordIdsOf(text: string): Int32Array {
  const lower = text.toLowerCase()
  const pattern = /[\p{L}\p{N}#]+/gu
  let out = new Int32Array(Math.min(1024, lower.length + 1))
  let count = 0
  for (let match = pattern.exec(lower); match !== null; match = pattern.exec(lower)) {
    if (count === out.length) out = grown(out)
    out[count++] = wordId(match[0])
  }
  return out.slice(0, count)
}

function wordId(word: string): number {
  let id = wordIds.get(word)
  if (id === undefined) {
    id = wordIds.size
    wordIds.set(word, id)
  }
  return id
}

function grown(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const next = new Int32Array(array.length * 2)
  next.set(array)
  return next
}

/** The word ids of a unit's text with references masked, computed once per unit. */
export const unitWordIds = oncePer((unit: TextUnit): Int32Array => wordIdsOf(maskReferences(unit)))

/** The word ids of an article's body with references masked (unit markers left out: renumbered paragraphs still match). */
export function articleWordIds(article: Article): Int32Array {
  const parts = markedUnits(article).map((m) => unitWordIds(m.unit))
  const out = new Int32Array(parts.reduce((sum, part) => sum + part.length, 0))
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}

/**
 * Numbers for word bigrams, so that shingle sets are sorted integer arrays: cheap to intersect,
 * to index and to count. One table per comparison; ids mean nothing across tables. Pairs are
 * found by a small-integer hash (fast map keys), checked against the pair it stands for.
 */
export class ShingleTable {
  private readonly mask: number
  private readonly byHash = new Map<number, number>()
  private readonly collided = new Map<string, number>()
  private readonly firsts: number[] = []
  private readonly seconds: number[] = []

  /** `hashBits` (default 30, at most 30) narrows the hash: tests use a few bits to force collisions. */
  constructor(options: {hashBits?: number} = {}) {
    this.mask = 2 ** Math.min(30, options.hashBits ?? 30) - 1
  }

  /** How many distinct shingles have been seen. */
  get size(): number {
    return this.firsts.length
  }

  /** The sorted, distinct shingle ids of a word sequence (`wordIdsOf`): its bigrams, or its one word. */
  of(words: Int32Array): Int32Array {
    if (words.length === 1) return Int32Array.of(this.id(-1, words[0] ?? 0))
    const ids = new Int32Array(Math.max(0, words.length - 1))
    for (let k = 0; k < ids.length; k++) ids[k] = this.id(words[k] ?? 0, words[k + 1] ?? 0)
    ids.sort()
    let size = 0
    for (let k = 0; k < ids.length; k++) if (k === 0 || ids[k] !== ids[k - 1]) ids[size++] = ids[k] ?? 0
    return ids.slice(0, size)
  }

  private id(first: number, second: number): number {
    const hash = (Math.imul(first + 1, 0x9e3779b1) ^ second) & this.mask
    const found = this.byHash.get(hash)
    if (found === undefined) {
      this.byHash.set(hash, this.size)
      return this.add(first, second)
    }
    if (this.firsts[found] === first && this.seconds[found] === second) return found
    const key = `${first} ${second}`
    return this.collided.get(key) ?? (this.collided.set(key, this.size), this.add(first, second))
  }

  private add(first: number, second: number): number {
    this.firsts.push(first)
    this.seconds.push(second)
    return this.firsts.length - 1
  }
}

/** Dice similarity of two shingle sets: 1 identical, 0 nothing shared. */
export function dice(a: Int32Array, b: Int32Array, shared = intersectionSize(a, b)): number {
  return a.length + b.length === 0 ? 1 : (2 * shared) / (a.length + b.length)
}

/** How many ids two sorted sets share. */
export function intersectionSize(a: Int32Array, b: Int32Array): number {
  let i = 0
  let j = 0
  let count = 0
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0
    const y = b[j] ?? 0
    if (x === y) {
      count++
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  return count
}
