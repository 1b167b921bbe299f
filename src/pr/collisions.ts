/** Collisions between proposals: articles and paragraphs that several branches change, and whether their edits overlap. */
import {articleTextChanged, unitTextChanged} from '../model/changed.js'
import type {DraftDiff} from '../model/diff.js'
import type {Collision} from '../model/review.js'

/** An article two proposals both change (defined in src/model/review.ts). */
export type {Collision} from '../model/review.js'

/** What one proposal changes, by article at the merge base. */
export interface Touched {
  label: string
  /** `<session folder>#<article number at the merge base>` → the base unit ids it changed (`+` marks an insertion). */
  articles: Map<string, Set<string>>
}

/** What a proposal touches, from its diffs (one per session folder). */
export function touched(label: string, diffs: Array<{folder: string; diff: DraftDiff}>): Touched {
  const articles = new Map<string, Set<string>>()
  for (const {folder, diff} of diffs) {
    for (const article of diff.articles) {
      if (!articleTextChanged(article)) continue
      if (article.relation === 'added') continue
      const units = new Set<string>()
      for (const unit of article.units) {
        if (!unitTextChanged(unit)) continue
        units.add(unit.old ? unit.old.id : `+${unit.new?.id ?? ''}`)
      }
      if (article.titleChanged) units.add('title')
      for (const number of article.old) articles.set(`${folder}#${number}`, units)
    }
  }
  return {label, articles}
}

/** The articles `mine` shares with each of `others`. */
export function collisions(mine: Touched, others: Touched[]): Collision[] {
  const out: Collision[] = []
  for (const other of others) {
    for (const [key, units] of mine.articles) {
      const theirs = other.articles.get(key)
      if (!theirs) continue
      const shared = [...units].filter((unit) => theirs.has(unit) && !unit.startsWith('+'))
      const [folder = '', article = ''] = key.split('#')
      out.push({other: other.label, folder, article, shared, overlap: shared.length > 0})
    }
  }
  return out
}
