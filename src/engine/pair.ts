/**
 * Two versions paired once: the article alignment, the renumbering map and the removed numbers that
 * every client (diff, compare table, history, pr) reads, computed in one place.
 */
import type {ArticleLink, Options} from '../align/articles.js'
import {fold} from '../align/text.js'
import type {Article} from '../model/types.js'
import {IndexedPair} from './indexed-pair.js'
import {indexVersion, type Version} from './version.js'

/** Old article number → the numbers its text carries in the new version (empty when deleted). */
export type Renumbering = Map<string, string[]>

/** Two versions and what became of their articles. */
export interface Pair {
  before: Version
  after: Version
  /** Every article of each version in exactly one link, in the new version's order. */
  links: ArticleLink[]
  renumbering: Renumbering
  /** Numbers of the old articles deleted outright. */
  removed: Set<string>
}

/** Align two versions once (identical bodies matched first, then the rest) and derive the renumbering from that alignment. */
export function pairVersions(before: Version, after: Version, options: Options = {}): Pair {
  return pairFromLinks(before, after, new IndexedPair(indexVersion(before.label, before.draft), indexVersion(after.label, after.draft), options).links())
}

/** A pair from links already found (a chain's, or ones fixed in advance). */
export function pairFromLinks(before: Version, after: Version, links: ArticleLink[]): Pair {
  const olds = before.draft.articles.map((article) => article.number)
  const news = after.draft.articles.map((article) => article.number)
  return {before, after, links, renumbering: renumberingOf(links, olds, news), removed: removedNumbers(links, olds)}
}

/** The renumbering a set of links implies, given each side's article numbers by index. */
export function renumberingOf(links: Iterable<ArticleLink>, oldNumbers: ReadonlyArray<string | undefined>, newNumbers: ReadonlyArray<string | undefined>): Renumbering {
  const renumbering: Renumbering = new Map()
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

/** The flags of a link between its first old and first new article: renumbered, moved to another chapter, retitled. */
export function linkFlags(first: Article | undefined, firstNew: Article | undefined): {renumbered: boolean; moved: boolean; titleChanged: boolean} {
  return {
    renumbered: Boolean(first && firstNew && first.number !== firstNew.number),
    moved: Boolean(first && firstNew && first.chapter !== firstNew.chapter),
    titleChanged: Boolean(first && firstNew && fold(first.title ?? '') !== fold(firstNew.title ?? ''))
  }
}
