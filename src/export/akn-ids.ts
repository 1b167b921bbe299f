/**
 * Akoma Ntoso identifiers: `eId`s per the OASIS naming convention (`art_12`, `art_12__para_2__list_1__point_b`,
 * `chp_2`), and `wId`s that follow an article's lineage across the versions exported.
 */
import {traceLineage} from '../diff/lineage.js'
import type {Version} from '../diff/compare.js'
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

/**
 * The work id of a chapter in a version. Chapters are not aligned across versions yet, so this is the eId
 * (its numeral): the hook where chapter lineage replaces it once chapters are aligned.
 */
export function chapterWId(chapter: Chapter, _version: number): string {
  return chapterEId(chapter)
}

/**
 * For each version, a map from article id to `wId`: articles of one lineage (renumbered 28 → 31 → 32) share one,
 * the eId of the article where the lineage started; a later lineage whose start has the same eId as an earlier
 * one's gets the suffix of the version it started in (`art_28_v3`).
 */
export function articleWIds(versions: Version[]): Array<Map<string, string>> {
  const keys = traceLineage(versions)
  const origin = new Map<string, string>()
  const taken = new Set<string>()
  versions.forEach((version, index) => {
    for (const article of version.draft.articles) {
      const key = keys[index]?.get(article.id) ?? `${version.label}:${article.id}`
      if (origin.has(key)) continue
      let wId = articleEId(article)
      if (taken.has(wId)) wId = `${wId}_v${index + 1}`
      for (let n = 2; taken.has(wId); n++) wId = `${articleEId(article)}_v${index + 1}_${n}`
      taken.add(wId)
      origin.set(key, wId)
    }
  })
  return versions.map((version, index) => new Map(version.draft.articles.map((article) => [article.id, origin.get(keys[index]?.get(article.id) ?? `${version.label}:${article.id}`) ?? articleEId(article)])))
}
