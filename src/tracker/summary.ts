/** The chair's list of outstanding issues: per chapter, the articles not yet agreed, open brackets, the oldest one. */
import {agreedMarkers} from '../compare/table.js'
import {citeArticle} from '../model/cite.js'
import type {Draft} from '../model/types.js'
import type {BracketLineage, BracketTrack} from './types.js'

/** One chapter of the list (or the part outside chapters: the preamble). */
export interface ChapterOutstanding {
  /** The chapter numeral, or null for the part outside chapters. */
  chapter: string | null
  title: string | null
  articles: number
  /** Numbers of the articles without an agreed status marker, in order. */
  notAgreed: string[]
  openBrackets: number
  /** The open bracket that has been open longest (the first in the text among equals). */
  oldest: BracketTrack | null
}

/** `brackets --summary`: the list at the last version, and open brackets per version for the chart. */
export interface Outstanding {
  at: string
  chapters: ChapterOutstanding[]
  openBrackets: number
  notAgreed: number
}

/** The outstanding issues of `draft` (the version the lineage is at). */
export function outstanding(lineage: BracketLineage, draft: Draft): Outstanding {
  const chapterOf = new Map(draft.articles.map((a) => [a.id, a.chapter]))
  const open = lineage.tracks.filter((t) => t.status === 'open')
  const parts: Array<{chapter: string | null; title: string | null}> = [{chapter: null, title: null}, ...draft.chapters.map((c) => ({chapter: c.number, title: c.title}))]
  const chapters = parts.map(({chapter, title}): ChapterOutstanding => {
    const articles = draft.articles.filter((a) => a.chapter === chapter)
    const brackets = open.filter((t) => (chapterOf.get(t.unit.split('/')[0] ?? '') ?? null) === chapter)
    const oldest = brackets.reduce<BracketTrack | null>((best, t) => (best === null || t.age > best.age ? t : best), null)
    const notAgreed = articles.filter((a) => !a.status.some((m) => agreedMarkers.has(m.name))).map((a) => a.number)
    return {chapter, title, articles: articles.length, notAgreed, openBrackets: brackets.length, oldest}
  })
  const shown = chapters.filter((c) => c.chapter !== null || c.openBrackets > 0 || c.articles > 0)
  return {at: lineage.at, chapters: shown, openBrackets: open.length, notAgreed: shown.reduce((sum, c) => sum + c.notAgreed.length, 0)}
}

/** "articles 3, 5 and 7 bis" for a list of numbers. */
export function citeArticles(numbers: string[]): string {
  if (numbers.length === 0) return 'none'
  if (numbers.length === 1) return citeArticle(numbers[0] ?? '')
  return `articles ${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1) ?? ''}`
}
