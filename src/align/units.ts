/** Aligning the units of two matched articles (or two preambles): inserted, deleted, reordered, renumbered. */
import {dice, fold, maskReferences, ShingleTable, unitWordIds, type MarkedUnit} from './text.js'

/** Least similarity for a unit matched by content alone. */
export const unitThreshold = 0.4
/** Least similarity for units with the same marker (`2.`, `(b)`). */
export const sameMarkerThreshold = 0.25

const empty = new Int32Array(0)

/** A pair of aligned units (indices, null on the missing side), their similarity and whether the unit moved. */
export interface UnitLink {
  old: number | null
  new: number | null
  similarity: number | null
  reordered: boolean
}

/** Align two lists of units; every unit of each appears in exactly one link, in the new order. */
export function alignUnits(before: MarkedUnit[], after: MarkedUnit[], byContentOnly = false): UnitLink[] {
  const oldText = before.map((m) => maskReferences(m.unit))
  const newText = after.map((m) => maskReferences(m.unit))
  const table = new ShingleTable()
  const oldSets: Array<Int32Array | undefined> = []
  const newSets: Array<Int32Array | undefined> = []
  const oldPartner: Array<number | null> = before.map(() => null)
  const newPartner: Array<number | null> = after.map(() => null)
  const scores = new Map<string, number>()
  const score = (i: number, j: number) => {
    const key = `${i}:${j}`
    let value = scores.get(key)
    if (value === undefined) {
      // The same masked text has the same bigrams: no need to count them.
      value =
        oldText[i] === newText[j]
          ? 1
          : dice((oldSets[i] ??= table.of(before[i] ? unitWordIds(before[i].unit) : empty)), (newSets[j] ??= table.of(after[j] ? unitWordIds(after[j].unit) : empty)))
      scores.set(key, value)
    }
    return value
  }
  const pair = (i: number, j: number) => {
    oldPartner[i] = j
    newPartner[j] = i
  }
  // Identical text first (same level, nearest position first), then same marker, then content.
  for (let i = 0; i < before.length; i++) {
    let best: number | null = null
    for (let j = 0; j < after.length; j++) {
      if (newPartner[j] !== null || newText[j] !== oldText[i] || after[j]?.level !== before[i]?.level) continue
      if (best === null || Math.abs(j - i) < Math.abs(best - i)) best = j
    }
    if (best !== null && fold(oldText[i] ?? '') !== '') pair(i, best)
  }
  if (!byContentOnly) {
    for (let i = 0; i < before.length; i++) {
      if (oldPartner[i] !== null || before[i]?.marker === '') continue
      const j = after.findIndex((m, k) => newPartner[k] === null && m.marker === before[i]?.marker && m.level === before[i]?.level)
      if (j !== -1 && score(i, j) >= sameMarkerThreshold) pair(i, j)
    }
  }
  const candidates: Array<[number, number, number]> = []
  for (let i = 0; i < before.length; i++) {
    if (oldPartner[i] !== null) continue
    for (let j = 0; j < after.length; j++) {
      if (newPartner[j] !== null) continue
      const value = score(i, j)
      if (value >= unitThreshold) candidates.push([i, j, value])
    }
  }
  candidates.sort((a, b) => b[2] - a[2] || Math.abs(a[0] - a[1]) - Math.abs(b[0] - b[1]))
  for (const [i, j] of candidates) if (oldPartner[i] === null && newPartner[j] === null) pair(i, j)

  const inOrder = stableSubsequence(after.map((_, j) => newPartner[j] ?? null))
  const links: UnitLink[] = after.map((_, j) => {
    const i = newPartner[j] ?? null
    return {old: i, new: j, similarity: i === null ? null : Math.round(score(i, j) * 1000) / 1000, reordered: i !== null && !inOrder.has(i)}
  })
  before.forEach((_, i) => {
    if (oldPartner[i] !== null) return
    let at = 0
    for (let k = 0; k < links.length; k++) {
      const o = links[k]?.old
      if (o !== null && o !== undefined && o < i) at = k + 1
    }
    links.splice(at, 0, {old: i, new: null, similarity: null, reordered: false})
  })
  return links
}

/** Old indices on the longest increasing run through the new order: the units that did not move. */
function stableSubsequence(sequence: Array<number | null>): Set<number> {
  const values = sequence.filter((v): v is number => v !== null)
  const tails: number[] = []
  const tailIndex: number[] = []
  const previous: number[] = []
  values.forEach((value, index) => {
    let low = 0
    let high = tails.length
    while (low < high) {
      const mid = (low + high) >> 1
      if ((tails[mid] ?? 0) < value) low = mid + 1
      else high = mid
    }
    tails[low] = value
    tailIndex[low] = index
    previous[index] = low > 0 ? (tailIndex[low - 1] ?? -1) : -1
  })
  const keep = new Set<number>()
  let k = tailIndex[tails.length - 1] ?? -1
  while (k >= 0) {
    keep.add(values[k] ?? -1)
    k = previous[k] ?? -1
  }
  return keep
}
