/** What a set of article links says about numbers: which numbers each old article's text carries now, and which numbers went. */
import type {ArticleLink} from '../align/articles.js'

/** Old article number → the numbers its text carries in the new version (empty when deleted). */
export type Renumbering = ReadonlyMap<string, readonly string[]>

/** The renumbering a set of links implies, given each side's article numbers by index. */
export function renumberingOf(links: Iterable<ArticleLink>, oldNumbers: ReadonlyArray<string | undefined>, newNumbers: ReadonlyArray<string | undefined>): Renumbering {
  const renumbering = new Map<string, string[]>()
  for (const link of links) {
    for (const i of link.old) {
      const number = oldNumbers[i]
      if (number !== undefined) renumbering.set(number, link.new.map((j) => newNumbers[j] ?? ''))
    }
  }
  return renumbering
}

/** The old numbers of the articles the links delete. */
export function removedNumbers(links: Iterable<ArticleLink>, oldNumbers: ReadonlyArray<string | undefined>): Set<string> {
  const removed = new Set<string>()
  for (const link of links) if (link.relation === 'deleted') removed.add(oldNumbers[link.old[0] ?? -1] ?? '')
  return removed
}
