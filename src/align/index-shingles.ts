/** An inverted index from shingles to articles: candidates without comparing every pair. */

/** Shingles shared by more articles than this are too common to point anywhere and are skipped. */
export function commonLimit(count: number): number {
  return Math.max(20, Math.ceil(count * 0.05))
}

/** For each item of `from`, the items of `to` it shares shingles with, and how many. */
export function sharedCounts(from: Set<string>[], to: Set<string>[]): Array<Map<number, number>> {
  const index = new Map<string, number[]>()
  to.forEach((set, j) => {
    for (const shingle of set) {
      const list = index.get(shingle)
      if (list) list.push(j)
      else index.set(shingle, [j])
    }
  })
  const limit = commonLimit(to.length)
  return from.map((set) => {
    const counts = new Map<number, number>()
    for (const shingle of set) {
      const list = index.get(shingle)
      if (!list || list.length > limit) continue
      for (const j of list) counts.set(j, (counts.get(j) ?? 0) + 1)
    }
    return counts
  })
}
