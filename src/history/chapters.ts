/** Chapter lineage for history: the chapters of a version as history sees them, and whether an article left its chapter's lineage. */
import type {ArticleLink} from '../align/articles.js'
import {alignGroups, linkIndex, owners, type Group} from '../align/chapters.js'
import type {VersionDoc} from './documents.js'

/** The chapters of a version: each run of articles under one chapter numeral (chapters without articles are not seen). */
export function docChapters(doc: VersionDoc): Group[] {
  const groups: Group[] = []
  doc.chapters.forEach((numeral, index) => {
    if (numeral === null) return
    const last = groups.at(-1)
    if (last && last.number === numeral && last.articles.at(-1) === index - 1) last.articles.push(index)
    else groups.push({id: `ch-${numeral}`, number: numeral, title: doc.chapterTitles.get(numeral) ?? null, articles: [index]})
  })
  return groups
}

/** Whether old article `i` and new article `j` stand in chapters of different lineages (as `compareDrafts` decides `moved`). */
export function movedTest(before: VersionDoc, after: VersionDoc, links: () => ArticleLink[]): (i: number, j: number) => boolean {
  let prepared: {oldOwner: Map<number, number>; newOwner: Map<number, number>; index: ReturnType<typeof linkIndex>} | null = null
  const sameChapters = before.chapters.join('\u0000') === after.chapters.join('\u0000')
  return (i, j) => {
    const [a, b] = [before.chapters[i] ?? null, after.chapters[j] ?? null]
    if (a === null || b === null) return a !== b && before.chapters.some((c) => c !== null) && after.chapters.some((c) => c !== null)
    // The same chapters around every article and the same numeral: the lineage cannot differ.
    if (sameChapters && a === b) return false
    if (!prepared) {
      const [old, now] = [docChapters(before), docChapters(after)]
      prepared = {oldOwner: owners(old), newOwner: owners(now), index: linkIndex(alignGroups(old, now, links()))}
    }
    const [g, h] = [prepared.oldOwner.get(i), prepared.newOwner.get(j)]
    return g === undefined || h === undefined || prepared.index.old.get(g) !== prepared.index.new.get(h)
  }
}
