/** One article of a split on its own: its units and words, so that no word is counted for both halves. */
import type {ArticleChange, UnitChange} from '../model/diff.js'

/** The part of a split that belongs to one of its new articles (by id), with words counted once across the parts. */
export interface SplitPart {
  units: UnitChange[]
  wordsAdded: number
  wordsRemoved: number
}

/**
 * The units of `change` now in the new article `articleId`; units deleted outright go with the first
 * new article, which continues the old one. For other relations, every unit.
 */
export function splitPart(change: ArticleChange, articleId: string): SplitPart {
  const first = change.newArticles[0]?.id
  const units =
    change.relation !== 'split'
      ? change.units
      : change.units.filter((unit) => (unit.new ? unit.new.id.split('/')[0] === articleId : articleId === first))
  return {
    units,
    wordsAdded: units.reduce((sum, unit) => sum + unit.redline.wordsAdded, 0),
    wordsRemoved: units.reduce((sum, unit) => sum + unit.redline.wordsRemoved, 0)
  }
}
