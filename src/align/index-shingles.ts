/** An inverted index from shingles to articles: candidates without comparing every pair. */

/** Shingles shared by more articles than this are too common to point anywhere and are skipped. */
export function commonLimit(count: number): number {
  return Math.max(20, Math.ceil(count * 0.05))
}

export interface SharedCounts {
  /** For each item of `from`, the items of `to` it shares indexed shingles with, and how many. */
  counts: Array<Map<number, number>>
  /** For each item of `from`, how many of its shingles were skipped as too common. */
  skippedFrom: number[]
  /** For each item of `to`, how many of its shingles are too common to be indexed. */
  commonTo: number[]
}

/** Shared shingle counts through an inverted index; `count + min(skippedFrom, commonTo)` bounds the true overlap. */
export function sharedCounts(from: Set<string>[], to: Set<string>[]): SharedCounts {
  const index = new Map<string, number[]>()
  to.forEach((set, j) => {
    for (const shingle of set) {
      const list = index.get(shingle)
      if (list) list.push(j)
      else index.set(shingle, [j])
    }
  })
  const limit = commonLimit(to.length)
  const commonTo = to.map(() => 0)
  for (const list of index.values()) if (list.length > limit) for (const j of list) commonTo[j] = (commonTo[j] ?? 0) + 1
  const skippedFrom: number[] = []
  const counts = from.map((set) => {
    const found = new Map<number, number>()
    let skipped = 0
    for (const shingle of set) {
      const list = index.get(shingle)
      if (!list) continue
      if (list.length > limit) {
        skipped++
        continue
      }
      for (const j of list) found.set(j, (found.get(j) ?? 0) + 1)
    }
    skippedFrom.push(skipped)
    return found
  })
  return {counts, skippedFrom, commonTo}
}

/** The most two items can share, given their indexed count and the common shingles each has. */
export function overlapBound(shared: SharedCounts, i: number, j: number): number {
  return (shared.counts[i]?.get(j) ?? 0) + Math.min(shared.skippedFrom[i] ?? 0, shared.commonTo[j] ?? 0)
}
