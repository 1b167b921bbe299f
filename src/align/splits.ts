/** The last article pass: splits and merges over the one-to-one matches, then every article placed in exactly one link. */
import type {ArticleLink} from './articles.js'
import {freeNew, freeOld, sameMasked, type Alignment, type Side} from './alignment.js'
import {OverlapCounter, ShingleIndex} from './index-shingles.js'
import {intersectionSize} from './text.js'

/** How much of a piece must come from the other side, and how much of the other side the pieces must cover, for a split or merge. */
export const pieceContainment = 0.6
/** How much of the other side the pieces of a split or merge must cover together. */
export const pieceCoverage = 0.6
/** A further piece must come at least this much from the other side… */
export const extraPieceContainment = 0.35
/** …and account for at least this share of it that no other piece does. */
export const pieceContribution = 0.08
/** …and at least this many word pairs of it: a shared stock phrase is not a piece. */
export const minimumPieceBigrams = 8

/**
 * Settle the alignment: the concordance's links, splits (`toNew` indexes the new articles free
 * before the content pass), merges, the one-to-one matches they left, then deletions and additions;
 * in the new version's order.
 */
export function settleLinks(state: Alignment, toNew: OverlapCounter): ArticleLink[] {
  keepFixed(state)
  findSplits(state, toNew)
  findMerges(state)
  keepMatches(state)
  addUnmatched(state)
  return order(state.result)
}

function keepFixed(state: Alignment): void {
  state.result.push(...state.fixed)
  for (const link of state.fixed) {
    for (const i of link.old) state.consumedOld.add(i)
    for (const j of link.new) state.consumedNew.add(j)
  }
}

/** Splits: one old article, several new. */
function findSplits(state: Alignment, toNew: OverlapCounter): void {
  const {before, after, fixed, blockedOld, blockedNew, consumedOld, consumedNew} = state
  for (let i = 0; i < before.numbers.length; i++) {
    const partner = before.partner[i]
    if (blockedOld.has(i) || state.pinnedOld.has(i) || fixedOld(fixed, i) || (partner != null && sameMasked(state, i, partner))) continue
    const pieces = splitPieces(i, before, after, toNew, (j) => freeNew(state, j) && !consumedNew.has(j), blockedNew)
    if (pieces?.some((j) => consumedNew.has(j))) continue
    if (!pieces) continue
    for (const j of pieces) consumedNew.add(j)
    consumedOld.add(i)
    if (partner != null) state.links.delete(i)
    state.result.push({relation: 'split', old: [i], new: pieces, matchedBy: 'split', similarity: null})
  }
}

/** Merges: several old articles, one new. */
function findMerges(state: Alignment): void {
  const {before, after, fixed, blockedOld, blockedNew, consumedOld, consumedNew} = state
  const freeForMerge = (i: number) => freeOld(state, i) && !consumedOld.has(i)
  const toOld = new OverlapCounter(new ShingleIndex(before.numbers.map((_, i) => (freeForMerge(i) ? before.set(i) : null)), state.table.size))
  for (let j = 0; j < after.numbers.length; j++) {
    const partner = after.partner[j]
    if (blockedNew.has(j) || state.pinnedNew.has(j) || consumedNew.has(j) || fixedNew(fixed, j) || (partner != null && sameMasked(state, partner, j))) continue
    const pieces = splitPieces(j, after, before, toOld, freeForMerge, blockedOld)
    if (!pieces || pieces.some((i) => consumedOld.has(i))) continue
    for (const i of pieces) {
      consumedOld.add(i)
      state.links.delete(i)
    }
    consumedNew.add(j)
    state.result.push({relation: 'merged', old: pieces, new: [j], matchedBy: 'merge', similarity: null})
  }
}

/** The one-to-one matches no split or merge took over. */
function keepMatches(state: Alignment): void {
  const {consumedOld, consumedNew} = state
  for (const [i, link] of state.links) {
    if (consumedOld.has(i) || link.new.some((j) => consumedNew.has(j))) continue
    state.result.push(link)
    consumedOld.add(i)
    for (const j of link.new) consumedNew.add(j)
  }
}

/** Old articles in no link are deleted; new ones in no link are added. */
function addUnmatched(state: Alignment): void {
  state.before.numbers.forEach((_, i) => {
    if (!state.consumedOld.has(i)) state.result.push({relation: 'deleted', old: [i], new: [], matchedBy: null, similarity: null})
  })
  state.after.numbers.forEach((_, j) => {
    if (!state.consumedNew.has(j)) state.result.push({relation: 'added', old: [], new: [j], matchedBy: null, similarity: null})
  })
}

/**
 * The pieces of a split of `i`: its current partner (or the item most made of its text), plus
 * each further item of `other` that comes substantially from `i` and accounts for a part of `i`
 * no other piece does. Null unless the pieces together cover `i` (see docs/alignment.md).
 */
function splitPieces(i: number, own: Side, other: Side, counter: OverlapCounter, free: (k: number) => boolean, blocked: Set<number>): number[] | null {
  const set = own.set(i)
  if (set.length === 0) return null
  const partner = own.partner[i] ?? null
  // Every further piece must add shingles the partner lacks: when too few are left, there is no split.
  const least = Math.max(pieceContribution * set.length, minimumPieceBigrams)
  if (partner !== null && set.length - intersectionSize(set, other.set(partner)) < least) return null
  const candidates: Array<[number, number]> = []
  // The index holds the free articles of the other side; the partner is weighed directly.
  const found = counter.count(set)
  for (const k of partner === null || found.includes(partner) ? found : [...found, partner]) {
    if (blocked.has(k) || !(k === partner || free(k))) continue
    const size = other.set(k).length
    if (size === 0 || (k !== partner && counter.bound(k) / size < extraPieceContainment)) continue
    const count = intersectionSize(set, other.set(k))
    if (count / size >= extraPieceContainment) candidates.push([k, count])
  }
  if (candidates.length < 2) return null
  candidates.sort((a, b) => b[1] - a[1] || a[0] - b[0])
  const first = partner ?? candidates[0]?.[0]
  if (first === undefined || (partner === null && (candidates[0]?.[1] ?? 0) / (other.set(first).length || 1) < pieceContainment)) return null
  const pieces = [first]
  const mine = new Set(set)
  const covered = new Set<number>()
  const cover = (k: number) => {
    for (const shingle of other.set(k)) if (mine.has(shingle)) covered.add(shingle)
  }
  cover(first)
  for (const [k, count] of candidates) {
    if (k === first) continue
    let unique = 0
    for (const shingle of other.set(k)) if (mine.has(shingle) && !covered.has(shingle)) unique++
    if (unique < least || unique < 0.3 * count) continue
    pieces.push(k)
    cover(k)
  }
  if (pieces.length < 2 || covered.size / set.length < pieceCoverage) return null
  return pieces.sort((a, b) => a - b)
}

function fixedOld(fixed: ArticleLink[], i: number): boolean {
  return fixed.some((link) => link.old.includes(i))
}

function fixedNew(fixed: ArticleLink[], j: number): boolean {
  return fixed.some((link) => link.new.includes(j))
}

/** Links in the new version's order; deleted articles right after the link holding their old predecessor. */
function order(links: ArticleLink[]): ArticleLink[] {
  const withNew = links.filter((link) => link.new.length > 0).sort((a, b) => Math.min(...a.new) - Math.min(...b.new))
  const deleted = links.filter((link) => link.new.length === 0).sort((a, b) => (a.old[0] ?? 0) - (b.old[0] ?? 0))
  const out = [...withNew]
  for (const link of deleted) {
    const i = link.old[0] ?? 0
    let at = 0
    for (let k = 0; k < out.length; k++) if (out[k]?.old.some((o) => o < i)) at = k + 1
    out.splice(at, 0, link)
  }
  return out
}
