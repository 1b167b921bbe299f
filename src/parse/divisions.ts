/** Chapters, sections and titles around articles (Chapter II, Section 1, Title 1): ids, nesting, and where an article stands. */
import type {Chapter, Division, Draft, Range} from '../model/types.js'
import {romanValue, type HeadingKind} from './headings.js'

/** What `openDivision` reads and updates: the draft, the open chapter, section and title, the ids given so far. */
export interface DivisionState {
  draft: Draft
  chapter: Chapter | null
  section: Division | null
  title: Division | null
  ids: Map<string, number>
}

/** A chapter as a chapter heading opens it (`ch-IV`, no articles yet). */
export function chapterOf(info: Extract<HeadingKind, {kind: 'chapter'}>, range: Range): Chapter {
  return {id: `ch-${info.numeral}`, number: info.numeral, value: romanValue(info.numeral), title: info.title, range, articles: []}
}

/** Add a chapter to the draft and make it the open one, closing the open section and title. */
export function openChapter(state: DivisionState, chapter: Chapter): void {
  state.draft.chapters.push(chapter)
  state.chapter = chapter
  state.section = null
  state.title = null
}

/** Place article `id` in the open chapter, section and title; returns the id of its innermost division (or null). */
export function placeArticle(state: DivisionState, id: string): string | null {
  state.chapter?.articles.push(id)
  for (const division of [state.section, state.title]) division?.articles.push(id)
  return (state.title ?? state.section)?.id ?? null
}

/**
 * Add the division a heading opens to the draft and make it the open one: a section closes the open
 * section and title, a title the open title. Ids are `ch-II/sec-1`, `ch-II/sec-1/title-1`, `sec-1`
 * before any chapter; a repeated one gets `~2` as articles do.
 */
export function openDivision(state: DivisionState, info: Extract<HeadingKind, {kind: 'division'}>, range: Range): Division {
  const parent = info.level === 'title' ? state.section : null
  const prefix = parent ? parent.id : state.chapter ? state.chapter.id : ''
  const baseId = `${prefix === '' ? '' : `${prefix}/`}${info.level === 'section' ? 'sec' : 'title'}-${info.number}`
  const seen = (state.ids.get(baseId) ?? 0) + 1
  state.ids.set(baseId, seen)
  const division: Division = {
    id: seen === 1 ? baseId : `${baseId}~${seen}`,
    kind: info.level,
    number: info.number,
    title: info.title,
    chapter: state.chapter?.number ?? null,
    parent: parent?.id ?? null,
    range,
    articles: []
  }
  state.draft.divisions.push(division)
  if (info.level === 'section') {
    state.section = division
    state.title = null
  } else state.title = division
  return division
}
