/**
 * The one meaning of "this article changed" for attribution, collisions and review summaries: its
 * text changed by someone's hand. A `references-only` change is not one: its cross-references
 * follow a renumbering made elsewhere, so nobody proposed it and no other proposal can collide with
 * it. Renumbering and moving alone are not changes of text either (they are flags of the link).
 */
import type {ArticleChange, UnitChange} from './diff.js'

/** Whether an article's text changed: added, deleted, split, merged, retitled, or edited (editorial or substantive). */
export function articleTextChanged(article: Pick<ArticleChange, 'relation' | 'change' | 'titleChanged'>): boolean {
  return article.relation !== 'matched' || article.titleChanged || unitClassChanged(article.change)
}

/** Whether a unit's text changed: inserted, deleted, or edited (editorial or substantive). */
export function unitTextChanged(unit: Pick<UnitChange, 'relation' | 'change'>): boolean {
  return unit.relation !== 'matched' || unitClassChanged(unit.change)
}

function unitClassChanged(change: ArticleChange['change']): boolean {
  return change === 'editorial' || change === 'substantive'
}
