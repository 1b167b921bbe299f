/** Counting what a draft holds: chapters, articles, words, open brackets and status markers. */
import type {Article, Draft, TextUnit} from '../model/types.js'
import {isWhitespace} from './chars.js'
import {allUnits} from './resolve.js'
import {articleUnits} from './spanning.js'

// The figures every command shows are defined here once (docs/figures.md): open brackets and words.

/** Open brackets of some units: bracketed spans not yet agreed; a span across units counts once, status markers, links and footnote references are not brackets. */
export function openBracketsIn(units: readonly TextUnit[]): number {
  let count = 0
  for (const unit of units) for (const span of unit.brackets) if (span.continues !== 'previous') count++
  return count
}

/** Open brackets of one article (all its units). */
export function articleOpenBrackets(article: Article): number {
  return openBracketsIn(articleUnits(article))
}

/** Counts over a draft: articles, paragraphs, words, open brackets. */
export interface DraftStats {
  chapters: number
  articles: number
  paragraphs: number
  words: number
  /** Bracketed spans not yet agreed (a bracket spanning several paragraphs counts once). */
  openBrackets: number
  /** Status markers by name, on articles and their paragraphs. */
  markers: Record<string, number>
}

const computed = new WeakMap<Draft, DraftStats>()

/** Counts for a parsed draft, computed once per draft (a history compares each version twice). */
export function draftStats(draft: Draft): DraftStats {
  let stats = computed.get(draft)
  if (!stats) {
    stats = countStats(draft)
    computed.set(draft, stats)
  }
  return {...stats, markers: {...stats.markers}}
}

function countStats(draft: Draft): DraftStats {
  const units = allUnits(draft)
  const markers: Record<string, number> = {}
  const count = (name: string) => (markers[name] = (markers[name] ?? 0) + 1)
  for (const article of draft.articles) for (const marker of article.status) count(marker.name)
  const openBrackets = openBracketsIn(units)
  let words = 0
  for (const unit of units) {
    words += wordCount(unit.text)
    for (const marker of unit.markers) count(marker.name)
  }
  return {
    chapters: draft.chapters.length,
    articles: draft.articles.length,
    paragraphs: draft.articles.reduce((sum, article) => sum + article.paragraphs.length, 0),
    words,
    openBrackets,
    markers
  }
}

/** Whitespace-separated tokens holding a letter, digit or underscore (`\w`): the words of a text. */
export function wordCount(text: string): number {
  let count = 0
  let inToken = false
  let counted = false
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k)
    if (isWhitespace(code)) {
      inToken = false
      continue
    }
    if (!inToken) {
      inToken = true
      counted = false
    }
    if (!counted && ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95)) {
      count++
      counted = true
    }
  }
  return count
}
