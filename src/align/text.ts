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

/** Word bigrams as a set: robust to scattered edits, sensitive to content. */
export function shingles(text: string): Set<string> {
  const list = words(text)
  const out = new Set<string>()
  if (list.length === 1) out.add(list[0] ?? '')
  for (let i = 0; i + 1 < list.length; i++) out.add(`${list[i]} ${list[i + 1]}`)
  return out
}

/** Dice similarity of two shingle sets: 1 identical, 0 nothing shared. */
export function dice(a: Set<string>, b: Set<string>, shared = intersectionSize(a, b)): number {
  return a.size + b.size === 0 ? 1 : (2 * shared) / (a.size + b.size)
}

export function intersectionSize(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let count = 0
  for (const item of small) if (large.has(item)) count++
  return count
}
