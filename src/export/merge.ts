/**
 * Two versions' document lines merged into one sequence of rows, so that the old lines read in order
 * give exactly the old document and the new lines exactly the new one (what Reject All and Accept All show).
 */
import type {DraftDiff} from '../model/diff.js'
import type {DocLine} from './lines.js'

/** One paragraph of the redline: a line kept (possibly edited), deleted, or inserted. */
export interface Row {
  old: DocLine | null
  new: DocLine | null
  /** A line deleted here and inserted elsewhere (or the reverse) because its order changed. */
  moved: boolean
}

/** Which line of the old version became which of the new, by key: from the diff's article and unit alignment. */
export function linePairs(diff: DraftDiff): Array<[string, string]> {
  const pairs: Array<[string, string]> = [['preamble#heading', 'preamble#heading']]
  for (const change of diff.articles) {
    const before = change.oldArticles[0]
    const after = change.newArticles[0]
    if (before && after) {
      pairs.push([`${before.id}#heading`, `${after.id}#heading`])
      for (let i = 1; i <= 9; i++) pairs.push([`${before.id}#status-${i}`, `${after.id}#status-${i}`])
    }
    for (const unit of change.units) if (unit.old && unit.new) pairs.push([unit.old.id, unit.new.id])
  }
  for (const unit of diff.preamble) if (unit.old && unit.new) pairs.push([unit.old.id, unit.new.id])
  for (const chapter of diff.new.chapters) pairs.push([`ch-${chapter.number}`, `ch-${chapter.number}`])
  return pairs
}

/** Indices (into `values`) of a longest strictly increasing subsequence. */
function increasing(values: number[]): Set<number> {
  const tails: number[] = []
  const previous: number[] = new Array<number>(values.length).fill(-1)
  values.forEach((value, i) => {
    let low = 0
    let high = tails.length
    while (low < high) {
      const mid = (low + high) >> 1
      if ((values[tails[mid] ?? 0] ?? 0) < value) low = mid + 1
      else high = mid
    }
    if (low > 0) previous[i] = tails[low - 1] ?? -1
    tails[low] = i
  })
  const keep = new Set<number>()
  for (let i = tails.at(-1) ?? -1; i >= 0; i = previous[i] ?? -1) keep.add(i)
  return keep
}

/** Pairs (old index → new index) that keep their order; lines of other pairs become a deletion and an insertion. */
function orderedPairs(before: DocLine[], after: DocLine[], pairs: Array<[string, string]>): Map<number, number> {
  const oldIndex = new Map(before.map((line, i) => [line.key, i]))
  const newIndex = new Map(after.map((line, i) => [line.key, i]))
  const candidates: Array<[number, number]> = []
  const usedNew = new Set<number>()
  const usedOld = new Set<number>()
  for (const [a, b] of pairs) {
    const i = oldIndex.get(a)
    const j = newIndex.get(b)
    if (i === undefined || j === undefined || usedOld.has(i) || usedNew.has(j)) continue
    usedOld.add(i)
    usedNew.add(j)
    candidates.push([i, j])
  }
  candidates.sort((x, y) => x[0] - y[0])
  const keep = increasing(candidates.map(([, j]) => j))
  return new Map(candidates.filter((_, k) => keep.has(k)))
}

/** Merge the old and new lines into rows: deletions before insertions where both fall between two kept lines. */
export function mergeLines(before: DocLine[], after: DocLine[], pairs: Array<[string, string]>): Row[] {
  const kept = orderedPairs(before, after, pairs)
  const keptNew = new Set(kept.values())
  const paired = new Set(pairs.flatMap(([a, b]) => [`o:${a}`, `n:${b}`]))
  const rows: Row[] = []
  let i = 0
  let j = 0
  while (i < before.length || j < after.length) {
    const oldLine = before[i]
    const newLine = after[j]
    if (oldLine && !kept.has(i)) {
      rows.push({old: oldLine, new: null, moved: paired.has(`o:${oldLine.key}`)})
      i++
    } else if (newLine && !keptNew.has(j)) {
      rows.push({old: null, new: newLine, moved: paired.has(`n:${newLine.key}`)})
      j++
    } else {
      // Both are the same kept pair: kept pairs are increasing on both sides.
      rows.push({old: oldLine ?? null, new: newLine ?? null, moved: false})
      i++
      j++
    }
  }
  return rows
}
