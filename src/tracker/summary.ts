/** The chair's list of outstanding issues: per chapter, the articles not yet agreed, open brackets, the oldest one. */
import {agreedMarkers} from '../compare/status.js'
import type {Draft} from '../model/types.js'
import type {BracketLineage, BracketTrack, ChapterOutstanding, Outstanding} from '../model/brackets.js'

/** The list's types (defined in src/model/brackets.ts). */
export type {ChapterOutstanding, Outstanding} from '../model/brackets.js'
/** Citing a list of articles (defined in src/model/cite.ts). */
export {citeArticles} from '../model/cite.js'

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
