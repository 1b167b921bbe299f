/** Comparable text of articles and units: folded whitespace, masked reference numbers, shingles. */
import type {Article, TextUnit} from '../model/types.js'
import {articleUnits} from '../parse/spanning.js'

/** A unit with the marker it is written with (`2.`, `(b)`), in reading order. */
export interface MarkedUnit {
  unit: TextUnit
  marker: string
  level: number
}

/** The units of an article with their markers: paragraphs, subparagraphs, closing words. */
export function markedUnits(article: Article): MarkedUnit[] {
  const out: MarkedUnit[] = []
  for (const paragraph of article.paragraphs) {
    out.push({unit: paragraph, marker: paragraph.number === null ? '' : `${paragraph.number}.`, level: 0})
    const subs = (list: typeof paragraph.subparagraphs, level: number) => {
      for (const sub of list) {
        out.push({unit: sub, marker: `(${sub.number})`, level})
        subs(sub.children, level + 1)
      }
    }
    subs(paragraph.subparagraphs, 1)
    if (paragraph.closing) out.push({unit: paragraph.closing, marker: '', level: 1})
  }
  return out
}

/** Whitespace folded to single spaces. */
export function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

const foldedUnits = new WeakMap<TextUnit, string>()
const maskedUnits = new WeakMap<TextUnit, string>()

/** A unit's text with whitespace folded, computed once per unit. */
export function foldUnit(unit: TextUnit): string {
  let value = foldedUnits.get(unit)
  if (value === undefined) {
    value = fold(unit.text)
    foldedUnits.set(unit, value)
  }
  return value
}

/** A unit's text with each cross-reference number replaced by `#`, so renumbering does not count as change. */
export function maskReferences(unit: TextUnit): string {
  let value = maskedUnits.get(unit)
  if (value === undefined) {
    value = computeMasked(unit)
    maskedUnits.set(unit, value)
  }
  return value
}

function computeMasked(unit: TextUnit): string {
  const spans = unit.references.flatMap((reference) => reference.numbers).sort((a, b) => a.start - b.start)
  let out = ''
  let position = 0
  for (const span of spans) {
    if (span.start < position) continue
    out += unit.text.slice(position, span.start) + '#'
    position = span.end
  }
  return fold(out + unit.text.slice(position))
}

/** The body exactly (whitespace folded), with unit markers: equal bodies mean change class `none`. */
export function bodyText(article: Article): string {
  return articleUnits(article).length === 0 ? '' : markedUnits(article).map((m) => `${m.marker} ${foldUnit(m.unit)}`.trim()).join('\n')
}

/** The body with reference numbers masked (markers of units omitted: renumbered paragraphs still match). */
export function maskedBody(article: Article): string {
  return markedUnits(article).map((m) => maskReferences(m.unit)).join('\n')
}

/** Text reduced to what editorial changes cannot touch: lower case, no punctuation or quotes, folded spaces. */
export function editorialKey(text: string): string {
  return fold(text.toLowerCase().replace(/[.,;:!?'"`\u2018\u2019\u201C\u201D\u2013\u2014-]/g, ' '))
}

/** Lower-case word tokens (letters and digits), the unit of similarity. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}#]+/gu) ?? []
}

/** A word pair's key: ids below 2^26 each, so every key is an exact integer (a small one while ids are below 2^15). */
const pairBase = 0x4000000
const smallBase = 0x10000

/**
 * Numbers for words and word bigrams, so that shingle sets are sorted integer arrays: cheap to
 * intersect, to index and to count. One table per comparison; ids mean nothing across tables.
 */
export class ShingleTable {
  private readonly words = new Map<string, number>()
  private readonly shingles = new Map<number, number>()

  /** How many distinct shingles have been seen. */
  get size(): number {
    return this.shingles.size
  }

  /** The sorted, distinct shingle ids of `text`: its word bigrams, or its one word. */
  of(text: string): Int32Array {
    const list = words(text).map((word) => this.id(this.words, word))
    const keys = list.length === 1 ? [-1 - (list[0] ?? 0)] : list.slice(1).map((word, k) => pairKey(list[k] ?? 0, word))
    const ids = Int32Array.from(keys, (key) => this.id(this.shingles, key)).sort()
    let size = 0
    for (let k = 0; k < ids.length; k++) if (k === 0 || ids[k] !== ids[k - 1]) ids[size++] = ids[k] ?? 0
    return ids.slice(0, size)
  }

  private id<K>(map: Map<K, number>, key: K): number {
    let value = map.get(key)
    if (value === undefined) {
      if (map.size >= pairBase) throw new RangeError('`ShingleTable` holds at most 2^26 distinct words; compare smaller drafts')
      value = map.size
      map.set(key, value)
    }
    return value
  }
}

function pairKey(first: number, second: number): number {
  return first < 0x8000 && second < smallBase ? first * smallBase + second : first * pairBase + second + 0x80000000
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
