/** Finding cross-references in running text: "article 14, paragraph 2 (b)", "paragraph 3 of this article". */
import type {CrossReference, ReferenceTarget} from '../model/types.js'
import {insertionSuffixes} from './headings.js'

/** Where the text stands, to resolve "this article" and "this paragraph". */
export interface ReferenceContext {
  article: string | null
  paragraph: string | null
}

type NumberSpan = CrossReference['numbers'][number]

const articleNumber = new RegExp(String.raw`\d{1,6}(?:\s+(?:${insertionSuffixes.join('|')})\b)?`, 'y')
const listSeparator = /\s*(,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s+to\s+)/y
const paragraphPart = /,?\s+paragraphs?\s+/y
const paragraphNumber = /\d{1,3}/y
const subparagraphPart = /\s*\(([a-z]{1,4})\)/y
const external = /,?\s+of\s+the\s+(?!present\b)/iy
const thisArticle = /\s+of\s+this\s+article\b/iy
const thisParagraph = /\s+of\s+this\s+paragraph\b/iy
const ofParagraph = /\s+of\s+paragraph\s+(\d{1,3})\s+of\s+this\s+article\b/iyd

/** All cross-references in `text`, in order. */
export function findReferences(text: string, context: ReferenceContext): CrossReference[] {
  const found: CrossReference[] = []
  const taken = new TakenSpans()
  const add = (reference: CrossReference | null) => {
    if (!reference) return
    found.push(reference)
    taken.add(reference.start, reference.end)
  }
  for (const match of text.matchAll(/\barticles?\s+(?=\d)/gi)) add(articleReference(text, match.index, match[0].length))
  taken.nextPass()
  for (const match of text.matchAll(/\bsubparagraphs?\s+(?=\()/gi)) {
    if (taken.free(match.index)) add(subparagraphReference(text, match.index, match[0].length, context))
  }
  taken.nextPass()
  for (const match of text.matchAll(/\bparagraphs?\s+(?=\d)/gi)) {
    if (taken.free(match.index)) add(localParagraphReference(text, match.index, match[0].length, context))
  }
  taken.nextPass()
  for (const match of text.matchAll(/\bchapters?\s+(?=[IVXLC]+\b)/gi)) {
    if (taken.free(match.index)) add(chapterReference(text, match.index, match[0].length))
  }
  return found.sort((a, b) => a.start - b.start)
}

/**
 * Spans already taken by references of earlier passes, asked about in increasing order within a pass:
 * merged and sorted once per pass, so each question costs a logarithmic search, not a scan (100,000
 * references in one paragraph took 96 s).
 */
class TakenSpans {
  private pending: Array<[number, number]> = []
  private merged: Array<[number, number]> = []

  add(start: number, end: number): void {
    this.pending.push([start, end])
  }

  /** Make the spans added so far count for the next questions. */
  nextPass(): void {
    const all = [...this.merged, ...this.pending].sort((a, b) => a[0] - b[0])
    this.pending = []
    this.merged = []
    for (const span of all) {
      const last = this.merged.at(-1)
      if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1])
      else this.merged.push([span[0], span[1]])
    }
  }

  /** Whether `start` lies outside every span of earlier passes and those added in this one. */
  free(start: number): boolean {
    const last = this.pending.at(-1)
    if (last && start >= last[0] && start < last[1]) return false
    let low = 0
    let high = this.merged.length - 1
    while (low <= high) {
      const middle = (low + high) >> 1
      const span = this.merged[middle] as [number, number]
      if (start < span[0]) high = middle - 1
      else if (start >= span[1]) low = middle + 1
      else return false
    }
    return true
  }
}

function articleReference(text: string, start: number, headLength: number): CrossReference | null {
  const numbers: NumberSpan[] = []
  let position = start + headLength
  const first = readNumber(text, articleNumber, position)
  if (!first) return null
  numbers.push(first)
  position = first.end
  let range = false
  for (;;) {
    listSeparator.lastIndex = position
    const separator = listSeparator.exec(text)
    if (!separator) break
    const next = readNumber(text, articleNumber, separator.index + separator[0].length)
    if (!next) break
    if (/to/.test(separator[0])) range = true
    numbers.push(next)
    position = next.end
  }
  const targets: ReferenceTarget[] = numbers.map((n) => target(normaliseNumber(n.value), null, null))
  let kind: CrossReference['kind'] = 'article'
  const only = targets.length === 1 ? targets[0] : undefined
  paragraphPart.lastIndex = position
  const paragraph = only ? paragraphPart.exec(text) : null
  if (only && paragraph && /^articles/i.test(text.slice(start, start + 8)) && !/paragraphs/i.test(paragraph[0])) {
    // "articles 31, paragraph 1, and 54": one paragraph of the first article, then more articles.
    const more = articlesAfterParagraph(text, paragraph.index + paragraph[0].length, only, numbers, targets)
    if (more) {
      position = more.end
      kind = 'paragraph'
    }
  } else if (only && paragraph) {
    const paragraphs = readList(text, paragraphNumber, paragraph.index + paragraph[0].length)
    if (paragraphs.numbers.length > 0) {
      kind = 'paragraph'
      numbers.push(...paragraphs.numbers)
      position = paragraphs.end
      const sub = paragraphs.numbers.length === 1 ? readSub(text, position) : null
      if (sub) {
        kind = 'subparagraph'
        numbers.push({start: sub.start, end: sub.end, value: sub.value})
        position = sub.after
      }
      targets.length = 0
      for (const p of paragraphs.numbers) targets.push(target(only.article, p.value, sub?.value ?? null))
    }
  }
  external.lastIndex = position
  const isExternal = external.test(text) || citedInstrumentBefore(text, start)
  return {kind, text: text.slice(start, position), start, end: position, numbers, targets, external: isExternal, range}
}

/**
 * The paragraph after the first article of "articles 31, paragraph 1, and 54" and the articles after it
 * (each with its own ", paragraph N" if any): targets and numbers are added; null when no number follows.
 */
function articlesAfterParagraph(text: string, at: number, first: ReferenceTarget, numbers: NumberSpan[], targets: ReferenceTarget[]): {end: number} | null {
  const paragraph = readNumber(text, paragraphNumber, at)
  if (!paragraph) return null
  first.paragraph = paragraph.value
  numbers.push(paragraph)
  let position = paragraph.end
  for (;;) {
    listSeparator.lastIndex = position
    const separator = listSeparator.exec(text)
    const next = separator && !/to/.test(separator[0]) ? readNumber(text, articleNumber, separator.index + separator[0].length) : null
    if (!next) break
    numbers.push(next)
    const added = target(normaliseNumber(next.value), null, null)
    targets.push(added)
    position = next.end
    paragraphPart.lastIndex = position
    const part = paragraphPart.exec(text)
    const number = part && !/paragraphs/i.test(part[0]) ? readNumber(text, paragraphNumber, part.index + part[0].length) : null
    if (number) {
      added.paragraph = number.value
      numbers.push(number)
      position = number.end
    }
  }
  return {end: position}
}

/** "(ETS No. 141), Article 6", "(CETS No. 185), article 2": an article of the instrument just cited. */
function citedInstrumentBefore(text: string, start: number): boolean {
  return /\((?:C?ETS|UNTS|U\.N\.T\.S\.)\s*(?:No\.?|Vol\.?)\s*\d+\)\s*,?\s*$/i.test(text.slice(Math.max(0, start - 40), start))
}

function localParagraphReference(text: string, start: number, headLength: number, context: ReferenceContext): CrossReference | null {
  const paragraphs = readList(text, paragraphNumber, start + headLength)
  if (paragraphs.numbers.length === 0) return null
  let position = paragraphs.end
  const sub = paragraphs.numbers.length === 1 ? readSub(text, position) : null
  if (sub) position = sub.after
  thisArticle.lastIndex = position
  const here = thisArticle.exec(text)
  if (!here) return null
  position = here.index + here[0].length
  const targets = paragraphs.numbers.map((p) => target(context.article, p.value, sub?.value ?? null))
  return {
    kind: sub ? 'subparagraph' : 'paragraph',
    text: text.slice(start, position),
    start,
    end: position,
    numbers: sub ? [...paragraphs.numbers, {start: sub.start, end: sub.end, value: sub.value}] : paragraphs.numbers,
    targets,
    external: false,
    range: paragraphs.range
  }
}

function subparagraphReference(text: string, start: number, headLength: number, context: ReferenceContext): CrossReference | null {
  const subs: NumberSpan[] = []
  let position = start + headLength - 1
  let range = false
  for (;;) {
    const sub = readSub(text, position)
    if (!sub) break
    subs.push({start: sub.start, end: sub.end, value: sub.value})
    position = sub.after
    listSeparator.lastIndex = position
    const separator = listSeparator.exec(text)
    if (!separator || !readSub(text, separator.index + separator[0].length)) break
    if (/to/.test(separator[0])) range = true
    position = separator.index + separator[0].length - 1
  }
  if (subs.length === 0) return null
  let paragraph: string | null = null
  let numbers = subs
  thisParagraph.lastIndex = position
  ofParagraph.lastIndex = position
  const inThis = thisParagraph.exec(text)
  const inOther = inThis ? null : ofParagraph.exec(text)
  if (inThis) {
    paragraph = context.paragraph
    position = inThis.index + inThis[0].length
  } else if (inOther) {
    paragraph = inOther[1] ?? null
    const [numberStart, numberEnd] = inOther.indices?.[1] ?? [position, position]
    numbers = [...subs, {start: numberStart, end: numberEnd, value: paragraph ?? ''}]
    position = inOther.index + inOther[0].length
  } else {
    return null
  }
  const targets = subs.map((s) => target(context.article, paragraph, s.value))
  return {kind: 'subparagraph', text: text.slice(start, position), start, end: position, numbers, targets, external: false, range}
}

function chapterReference(text: string, start: number, headLength: number): CrossReference | null {
  const numbers = readList(text, /[IVXLC]+\b/y, start + headLength)
  if (numbers.numbers.length === 0) return null
  const position = numbers.end
  external.lastIndex = position
  const isExternal = external.test(text)
  const targets = numbers.numbers.map((n): ReferenceTarget => ({article: null, paragraph: null, subparagraph: null, chapter: n.value, resolved: null}))
  return {kind: 'chapter', text: text.slice(start, position), start, end: position, numbers: numbers.numbers, targets, external: isExternal, range: numbers.range}
}

function readList(text: string, pattern: RegExp, from: number): {numbers: NumberSpan[]; end: number; range: boolean} {
  const numbers: NumberSpan[] = []
  let position = from
  let range = false
  let next = readNumber(text, pattern, position)
  while (next) {
    numbers.push(next)
    position = next.end
    listSeparator.lastIndex = position
    const separator = listSeparator.exec(text)
    if (!separator) break
    next = readNumber(text, pattern, separator.index + separator[0].length)
    if (next && /to/.test(separator[0])) range = true
  }
  return {numbers, end: position, range}
}

function readNumber(text: string, pattern: RegExp, at: number): NumberSpan | null {
  pattern.lastIndex = at
  const match = pattern.exec(text)
  if (!match) return null
  return {start: at, end: at + match[0].length, value: match[0]}
}

/** A `(b)` at `at`: the letter's span, and `after`, the offset past the closing parenthesis. */
function readSub(text: string, at: number): (NumberSpan & {after: number}) | null {
  subparagraphPart.lastIndex = at
  const match = subparagraphPart.exec(text)
  if (!match) return null
  const value = match[1] ?? ''
  const after = at + match[0].length
  return {start: after - value.length - 1, end: after - 1, value, after}
}

function normaliseNumber(value: string): string {
  return value.replace(/\s+/g, ' ').toLowerCase()
}

function target(article: string | null, paragraph: string | null, subparagraph: string | null): ReferenceTarget {
  return {article, paragraph, subparagraph, chapter: null, resolved: null}
}
