/**
 * Two versions paired once: the article alignment, the renumbering map and the removed numbers that
 * every client (diff, compare table, history, pr) reads, computed in one place.
 */
import type {ArticleLink, Options} from '../align/articles.js'
import {fold} from '../align/text.js'
import type {Article} from '../model/types.js'
import {IndexedPair} from './indexed-pair.js'
import {removedNumbers, renumberingOf, type Renumbering} from './renumbering.js'
import {indexVersion, type Version} from './version.js'

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

/** The flags of a link between its first old and first new article: renumbered, moved to another chapter, retitled. */
export function linkFlags(first: Article | undefined, firstNew: Article | undefined): {renumbered: boolean; moved: boolean; titleChanged: boolean} {
  return {
    renumbered: Boolean(first && firstNew && first.number !== firstNew.number),
    moved: Boolean(first && firstNew && first.chapter !== firstNew.chapter),
    titleChanged: Boolean(first && firstNew && fold(first.title ?? '') !== fold(firstNew.title ?? ''))
  }
}
