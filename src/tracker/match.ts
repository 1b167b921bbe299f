/**
 * Which open bracket of a version is which of the next: within each article relation of the pair (matches, splits,
 * merges, the preamble; units aligned as `diff` aligns them) by the same text (preferring the aligned unit), then
 * reworded in the aligned unit, then the same text anywhere (moved). What is left of the old version closed; what is
 * left of the new opened.
 */
import {foldUnit} from '../align/text.js'
import type {TextUnit} from '../model/types.js'
import type {OpenBracket} from './spans.js'
import {withoutLabel} from './spans.js'
import type {UnitPair} from './units.js'

/** The pairing of two versions' open brackets. */
export interface BracketPairing {
  /** New bracket index → old bracket index, with how it was found. */
  pairs: Array<{old: number; new: number; how: 'same' | 'reworded' | 'moved'}>
  /** Old brackets not found in the new version, with the text of the unit they were aligned with (null: deleted). */
  closed: Array<{old: number; partnerText: string | null}>
  /** New brackets not found in the old version. */
  opened: number[]
}

/** Least word overlap (Dice) for a bracket in the aligned unit to count as the old one reworded. */
const rewordedAt = 0.5

/** Pair the open brackets `before` and `after` of two versions through their unit pairs (`unitRelations`). */
export function pairBrackets(relations: UnitPair[][], before: OpenBracket[], after: OpenBracket[]): BracketPairing {
  const partner = new Map<string, string | null>()
  const relationOf = new Map<string, number>()
  const newUnit = new Map<string, TextUnit>()
  relations.forEach((units, r) => {
    for (const u of units) {
      if (u.old) {
        partner.set(u.old.id, u.new?.id ?? null)
        relationOf.set(`o:${u.old.id}`, r)
      }
      if (u.new) {
        relationOf.set(`n:${u.new.id}`, r)
        newUnit.set(u.new.id, u.new)
      }
    }
  })
  const usedOld = new Set<number>()
  const usedNew = new Set<number>()
  const pairs: BracketPairing['pairs'] = []
  const take = (i: number, j: number, how: 'same' | 'reworded' | 'moved') => {
    usedOld.add(i)
    usedNew.add(j)
    pairs.push({old: i, new: j, how})
  }
  const newByKey = new Map<string, number[]>()
  after.forEach((b, j) => newByKey.set(b.key, [...(newByKey.get(b.key) ?? []), j]))
  const sameKey = (i: number, accept: (j: number) => boolean) => (newByKey.get(before[i]?.key ?? '') ?? []).find((j) => !usedNew.has(j) && accept(j))
  const relOld = (i: number) => relationOf.get(`o:${before[i]?.unit.id ?? ''}`)
  const relNew = (j: number) => relationOf.get(`n:${after[j]?.unit.id ?? ''}`)
  // 1. The same text in the aligned unit, then anywhere in the same relation.
  before.forEach((b, i) => {
    const j = sameKey(i, (j) => after[j]?.unit.id === partner.get(b.unit.id))
    if (j !== undefined) take(i, j, 'same')
  })
  before.forEach((_, i) => {
    if (usedOld.has(i)) return
    const j = sameKey(i, (j) => relNew(j) !== undefined && relNew(j) === relOld(i))
    if (j !== undefined) take(i, j, 'same')
  })
  // 2. Reworded: the most similar bracket left in the aligned unit (same option label, or enough words in common).
  const newInUnit = new Map<string, number[]>()
  after.forEach((c, j) => newInUnit.set(c.unit.id, [...(newInUnit.get(c.unit.id) ?? []), j]))
  before.forEach((b, i) => {
    if (usedOld.has(i)) return
    const unit = partner.get(b.unit.id)
    let best: {j: number; score: number} | null = null
    for (const j of unit ? (newInUnit.get(unit) ?? []) : []) {
      const c = after[j] as OpenBracket
      if (usedNew.has(j)) continue
      const score = b.option !== null && b.option === c.option ? 1 : dice(withoutLabel(b.key), withoutLabel(c.key))
      if (score >= rewordedAt && (!best || score > best.score)) best = {j, score}
    }
    const found = best as {j: number; score: number} | null
    if (found) take(i, found.j, 'reworded')
  })
  // 3. The same text elsewhere: a bracket that went to another article with its text.
  before.forEach((_, i) => {
    if (usedOld.has(i)) return
    const j = sameKey(i, () => true)
    if (j !== undefined) take(i, j, 'moved')
  })
  const closed = before.flatMap((b, i) => {
    if (usedOld.has(i)) return []
    const unit = partner.get(b.unit.id)
    const now = unit ? newUnit.get(unit) : undefined
    // The aligned unit's text as `diff` shows it (folded, links reduced to their text).
    return [{old: i, partnerText: now ? foldUnit(now) : null}]
  })
  return {pairs, closed, opened: after.flatMap((_, j) => (usedNew.has(j) ? [] : [j]))}
}

/** Word overlap of two texts: 2·|common| / (|a| + |b|), over word multisets. */
export function dice(a: string, b: string): number {
  const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
  const left = words(a)
  const right = words(b)
  if (left.length === 0 && right.length === 0) return 1
  const counts = new Map<string, number>()
  for (const w of left) counts.set(w, (counts.get(w) ?? 0) + 1)
  let common = 0
  for (const w of right) {
    const n = counts.get(w) ?? 0
    if (n > 0) {
      common++
      counts.set(w, n - 1)
    }
  }
  return (2 * common) / (left.length + right.length)
}
