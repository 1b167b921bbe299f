/**
 * The unit alignment of a pair of versions, without redlines or change classes: which paragraph or subparagraph of
 * an article link (or of the preamble) became which. `diffPair` builds its unit changes on it; the bracket tracker
 * reads it alone, so that it pairs units exactly as `diff` does at a fraction of the cost.
 */
import type {ArticleLink} from '../align/articles.js'
import {bodyText, markedUnits, type MarkedUnit} from '../align/text.js'
import {alignUnits, type UnitLink} from '../align/units.js'
import type {Article, Draft} from '../model/types.js'
import {preambleUnits} from '../parse/walk.js'

/** The units of one article link and how they align. */
export interface LinkUnits {
  olds: Article[]
  news: Article[]
  oldUnits: MarkedUnit[]
  newUnits: MarkedUnit[]
  /** A matched article whose body (markers and folded text) is unchanged: every unit stays where it was. */
  identical: boolean
  unitLinks: UnitLink[]
}

/** Align the units of one article link (by position and content when matched, by content alone otherwise). */
export function linkUnits(link: ArticleLink, before: Draft, after: Draft): LinkUnits {
  const olds = link.old.map((i) => before.articles[i]).filter((a): a is Article => a !== undefined)
  const news = link.new.map((j) => after.articles[j]).filter((a): a is Article => a !== undefined)
  const oldUnits = olds.flatMap(markedUnits)
  const newUnits = news.flatMap(markedUnits)
  const first = olds[0]
  const firstNew = news[0]
  const identical = link.relation === 'matched' && first !== undefined && firstNew !== undefined && bodyText(first) === bodyText(firstNew)
  const unitLinks = identical ? oldUnits.map((_, k) => ({old: k, new: k, similarity: 1, reordered: false})) : alignUnits(oldUnits, newUnits, link.relation !== 'matched')
  return {olds, news, oldUnits, newUnits, identical, unitLinks}
}

/** Align the units of two preambles (by content). */
export function preambleLinks(before: Draft, after: Draft): {oldUnits: MarkedUnit[]; newUnits: MarkedUnit[]; unitLinks: UnitLink[]} {
  const oldUnits = preambleUnits(before)
  const newUnits = preambleUnits(after)
  return {oldUnits, newUnits, unitLinks: alignUnits(oldUnits, newUnits, true)}
}
