/** Cross-references a proposal breaks: still written with a number that now belongs to another article. */
import type {DraftDiff} from '../model/diff.js'
import type {Draft} from '../model/types.js'
import {collapseWhitespace} from '../parse/chars.js'
import {allUnits} from '../parse/resolve.js'
import type {BrokenReference} from '../model/review.js'

/** A reference left pointing elsewhere (defined in src/model/review.ts). */
export type {BrokenReference} from '../model/review.js'

/**
 * References in the head draft whose article number, at the merge base, named an article that the
 * proposal renumbered, moved or removed — and that were not updated — so they now point elsewhere.
 */
export function brokenReferences(before: Draft | null, after: Draft | null, diff: DraftDiff): BrokenReference[] {
  if (!before || !after) return []
  const fate = new Map<string, string[]>()
  for (const article of diff.articles) for (const old of article.old) fate.set(old, article.new)
  const titleBefore = new Map(before.articles.map((a) => [a.number, a.title]))
  const titleAfter = new Map(after.articles.map((a) => [a.number, a.title]))
  const oldTexts = new Set(allUnits(before).flatMap((unit) => unit.references.map((r) => `${r.text}\u0000${collapseWhitespace(unit.text)}`)))
  const out: BrokenReference[] = []
  for (const unit of allUnits(after)) {
    for (const reference of unit.references) {
      if (reference.external) continue
      if (!oldTexts.has(`${reference.text}\u0000${collapseWhitespace(unit.text)}`)) continue
      for (const target of reference.targets) {
        const number = target.article
        if (number === null || !titleBefore.has(number)) continue
        const now = fate.get(number) ?? []
        if (now.includes(number)) continue
        out.push({unit: unit.id, text: reference.text, meant: {title: titleBefore.get(number) ?? null, nowNumber: now[0] ?? null}, now: titleAfter.has(number) ? {title: titleAfter.get(number) ?? null} : null})
      }
    }
  }
  return out
}
