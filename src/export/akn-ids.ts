/**
 * Akoma Ntoso identifiers: `eId`s per the OASIS naming convention (`art_12`, `art_12__para_2__list_1__point_b`,
 * `chp_2`), and `wId`s that follow an article's lineage across the versions exported.
 */
import {groupsOf} from '../align/chapters.js'
import {chapterLineageKeys} from '../diff/chapter-lineage.js'
import {chainVersions} from '../engine/chain.js'
import type {Version} from '../engine/version.js'
import type {Article, Chapter, Division} from '../model/types.js'

/** A number as an eId part: lower case, letters and digits only (`12 bis` → `12bis`). */
export function idPart(number: string): string {
  const part = number.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
  return part === '' ? 'x' : part
}

/** The eId of an article: `art_12bis`. */
export function articleEId(article: Article): string {
  return `art_${idPart(article.number)}`
}

/** The eId of a chapter: `chp_2` (the numeral's value; the numeral itself when it is not valid). */
export function chapterEId(chapter: Chapter): string {
  return `chp_${chapter.value > 0 ? chapter.value : idPart(chapter.number)}`
}

/** The eId of a section or title, under its chapter's or parent's: `chp_2__sec_1`, `chp_2__sec_1__title_1`. */
export function divisionEId(division: Division, parentEId: string | null): string {
  const own = `${division.kind === 'section' ? 'sec' : 'title'}_${idPart(division.number)}`
  return parentEId ? `${parentEId}__${own}` : own
}

/** The wIds of every version's articles and chapters (each map keyed by the article's or chapter's id). */
export interface WIds {
  articles: Array<Map<string, string>>
  chapters: Array<Map<string, string>>
}

/**
 * wIds that follow lineage across the versions, from one chain of pairs (each neighbouring pair aligned once):
 * articles of one lineage (renumbered 28 → 31 → 32) share one, the eId of the article where the lineage started,
 * and so do chapters (chapter lineage: the chapters that hold the same articles). A later lineage whose start has
 * the same eId as an earlier one's gets the suffix of the version it started in (`art_28_v3`, `chp_2_v2`).
 */
export function lineageWIds(versions: Version[]): WIds {
  const {pairs, keys} = chainVersions(versions)
  const chapterKeys = chapterLineageKeys(versions, pairs)
  const articles = wIdsAlong(versions, (version, index) => version.draft.articles.map((article) => ({id: article.id, eId: articleEId(article), key: keys[index]?.get(article.id)})))
  const chapters = wIdsAlong(versions, (version, index) => {
    const byId = new Map(version.draft.chapters.map((chapter) => [chapter.id, chapter]))
    return groupsOf(version.draft, 'chapter').map((group, k) => {
      const chapter = byId.get(group.id)
      return {id: group.id, eId: chapter ? chapterEId(chapter) : `chp_${idPart(group.number)}`, key: chapterKeys[index]?.[k]}
    })
  })
  return {articles, chapters}
}

/** For each version, id → wId: the eId where each lineage started, made unique with the starting version's suffix. */
function wIdsAlong(versions: Version[], itemsOf: (version: Version, index: number) => Array<{id: string; eId: string; key: string | undefined}>): Array<Map<string, string>> {
  const origin = new Map<string, string>()
  const taken = new Set<string>()
  return versions.map((version, index) => {
    const map = new Map<string, string>()
    for (const item of itemsOf(version, index)) {
      const key = item.key ?? `${version.label}:${item.id}`
      let wId = origin.get(key)
      if (wId === undefined) {
        wId = item.eId
        if (taken.has(wId)) wId = `${item.eId}_v${index + 1}`
        for (let n = 2; taken.has(wId); n++) wId = `${item.eId}_v${index + 1}_${n}`
        taken.add(wId)
        origin.set(key, wId)
      }
      map.set(item.id, wId)
    }
    return map
  })
}
