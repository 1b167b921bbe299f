/** Recognising preamble, chapter and article headings, in canonical form and accepted variants. */

import {romanValue, toRoman} from '../model/numerals.js'

/** Latin insertion suffixes after an article number, in order (`12 bis`, `12 ter` …). */
export const insertionSuffixes = ['bis', 'ter', 'quater', 'quinquies', 'sexies', 'septies', 'octies', 'novies', 'decies']

const suffixPattern = insertionSuffixes.join('|')
const separator = String.raw`\s*(?:[.:\u2013\u2014-]\s*|\s+(?=\S))`
/** Largest article number read from a heading; a longer number makes the heading malformed. */
export const maxArticleNumber = 999_999

const articlePattern = new RegExp(String.raw`^article\s+(\d{1,6})(?:\s+(${suffixPattern}))?\b(?:${separator}(.*?))?\s*$`, 'i')
const chapterPattern = new RegExp(String.raw`^chapter\s+([ivxlc]+)\b(?:${separator}(.*?))?\s*$`, 'i')
const divisionPattern = new RegExp(String.raw`^(section|title)\s+(\d{1,3}|[ivxlc]+)\b(?:${separator}(.*?))?\s*$`, 'i')
const plainWithSeparator = new RegExp(String.raw`^\s*(?:article\s+\d+(?:\s+(?:${suffixPattern}))?|chapter\s+[ivxlc]+|(?:section|title)\s+(?:\d+|[ivxlc]+))\s*[.:\u2013\u2014-]`, 'i')
/** `## Title`, and also `##Title` (no space after the marks: a common export dialect) when a letter follows, or digits then a letter (`##24/7 Network`). */
const atxPattern = /^ {0,3}(#{1,6})(?:[ \t]+(.*?)|(?=\p{L}|\d[^\n]*\p{L})(.*?))?(?:[ \t]+#+)?[ \t]*$/u

/** An ATX heading line split into its level and text. */
export interface HeadingLine {
  /** Markdown heading level, or 0 for a plain line. */
  level: number
  /** The heading's text, without `#` marks. */
  text: string
}

/** What a heading line announces: the preamble, a chapter, a division (section, title) or an article. */
export type HeadingKind =
  | {kind: 'preamble'}
  | {kind: 'chapter'; numeral: string; title: string | null; capitals: boolean}
  | {kind: 'division'; level: 'section' | 'title'; number: string; title: string | null}
  | {kind: 'article'; base: number; suffix: string | null; title: string | null}

/** Split an ATX heading line into level and text; null for other lines. */
export function atxHeading(line: string): HeadingLine | null {
  const match = atxPattern.exec(line)
  // `##24/7 Network` is a heading, `#12 is the count` is not.
  if (!match || (match[3] !== undefined && /^\d/.test(match[3]) && (match[1]?.length ?? 0) < 2)) return null
  return {level: match[1]?.length ?? 1, text: (match[2] ?? match[3] ?? '').trim()}
}

/** Classify heading text (from a `#` heading or a plain line) as preamble, chapter or article. */
export function classifyHeading(text: string): HeadingKind | null {
  const trimmed = text.trim()
  if (/^preamble$/i.test(trimmed)) return {kind: 'preamble'}
  const article = articlePattern.exec(trimmed)
  if (article) {
    return {
      kind: 'article',
      base: Number(article[1]),
      suffix: article[2] ? article[2].toLowerCase() : null,
      title: cleanTitle(article[3])
    }
  }
  const chapter = chapterPattern.exec(trimmed)
  if (chapter && romanValue(chapter[1] ?? '') > 0) {
    return {
      kind: 'chapter',
      numeral: (chapter[1] ?? '').toUpperCase(),
      title: cleanTitle(chapter[2]),
      capitals: /^CHAPTER/.test(trimmed)
    }
  }
  const division = divisionPattern.exec(trimmed)
  const number = division?.[2] ?? ''
  if (division && (/^\d/.test(number) || romanValue(number) > 0)) {
    return {kind: 'division', level: (division[1] ?? '').toLowerCase() as 'section' | 'title', number: /^\d/.test(number) ? String(Number(number)) : number.toUpperCase(), title: cleanTitle(division[3])}
  }
  return null
}

/** The suffix words repeated after an article's suffix with no separator (`Article 1 bis bis`), or null. */
export function extraSuffix(text: string): string | null {
  const match = new RegExp(String.raw`^\s*article\s+\d+\s+(?:${suffixPattern})((?:\s+(?:${suffixPattern}))+)\b`, 'i').exec(text)
  return match ? (match[1] ?? '').trim() : null
}

/** Whether heading text is an article heading whose number is over `maxArticleNumber`. */
export function articleNumberTooLarge(text: string): boolean {
  return /^\s*article\s+\d{7,}\b/i.test(text)
}

/** A plain (non-`#`) line is read as a heading only when it is short and has no sentence in it. */
export function plainHeading(line: string): HeadingKind | null {
  const kind = classifyHeading(line)
  if (!kind || kind.kind === 'preamble') return /^\s*preamble\s*$/i.test(line) ? kind : null
  if (kind.title !== null && !isTitleLike(kind.title)) return null
  if (kind.title !== null && !plainWithSeparator.test(line)) return null
  return kind
}

/** Whether a line could be a title on the line after a bare `Article 12` or `CHAPTER II`. */
export function isTitleLike(text: string): boolean {
  const trimmed = text.trim()
  if (trimmed === '' || /[.;:,]$/.test(trimmed)) return false
  if (/^(\d+[.)]|\(?[a-z]{1,4}\)|\[)/i.test(trimmed)) return false
  return trimmed.split(/\s+/).length <= 15
}

/** Whether heading text looks like an attempt at a chapter or article heading (for `malformed-heading`). */
export function looksLikeHeading(text: string): boolean {
  const first = /^\s*([^\s.:]*)/.exec(text)?.[1]?.toLowerCase() ?? ''
  if (first.length < 3) return false
  if (first === 'art') return true
  return ['article', 'articles', 'chapter', 'preamble'].some((word) => distance(first, word) <= 2)
}

/** Roman numerals (defined in src/model/numerals.ts, which renderers may read). */
export {romanValue, toRoman}

function cleanTitle(title: string | undefined): string | null {
  const trimmed = (title ?? '').trim()
  return trimmed === '' ? null : trimmed
}

function distance(a: string, b: string): number {
  const row = Array.from({length: b.length + 1}, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] ?? 0
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] ?? 0
      row[j] = Math.min(current + 1, (row[j - 1] ?? 0) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1))
      previous = current
    }
  }
  return row[b.length] ?? 0
}
