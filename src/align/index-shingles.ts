/** An inverted index from shingle ids to the items holding them: candidates without comparing every pair. */

/** Shingles shared by more items than this are too common to point anywhere and are skipped. */
export function commonLimit(count: number): number {
  return Math.max(20, Math.ceil(count * 0.05))
}

/** The items of one side by shingle (postings in flat arrays), and each item's count of too-common shingles. */
export class ShingleIndex {
  readonly limit: number
  /** Per item: how many of its shingles are held by more than `limit` items. */
  readonly common: Int32Array
  readonly itemCount: number
  private readonly starts: Int32Array
  private readonly items: Int32Array

  /** Index `sets` (sorted shingle ids below `shingleCount`, as `ShingleTable.of` returns); null items are left out. */
  constructor(sets: Array<Int32Array | null>, shingleCount: number) {
    this.itemCount = sets.length
    this.limit = commonLimit(sets.filter((set) => set !== null).length)
    const starts = new Int32Array(shingleCount + 1)
    for (const set of sets) for (const shingle of set ?? []) starts[shingle + 1] = (starts[shingle + 1] ?? 0) + 1
    for (let s = 0; s < shingleCount; s++) starts[s + 1] = (starts[s + 1] ?? 0) + (starts[s] ?? 0)
    const cursor = starts.slice(0, shingleCount)
    const items = new Int32Array(starts[shingleCount] ?? 0)
    sets.forEach((set, k) => {
      for (const shingle of set ?? []) items[(cursor[shingle] = (cursor[shingle] ?? 0) + 1) - 1] = k
    })
    this.starts = starts
    this.items = items
    this.common = new Int32Array(sets.length)
    sets.forEach((set, k) => {
      for (const shingle of set ?? []) if (this.frequency(shingle) > this.limit) this.common[k] = (this.common[k] ?? 0) + 1
    })
  }

  /** How many items hold `shingle`. */
  frequency(shingle: number): number {
    return shingle + 1 < this.starts.length ? (this.starts[shingle + 1] ?? 0) - (this.starts[shingle] ?? 0) : 0
  }

  /** The items holding `shingle`, in order. */
  holders(shingle: number): Int32Array {
    return shingle + 1 < this.starts.length ? this.items.subarray(this.starts[shingle], this.starts[shingle + 1]) : new Int32Array(0)
  }
}

/** Shared shingle counts of one set against an index, in scratch arrays reused from call to call. */
export class OverlapCounter {
  private readonly counts: Int32Array
  private readonly touched: Int32Array
  private size = 0
  private skipped = 0

  constructor(private readonly index: ShingleIndex) {
    this.counts = new Int32Array(index.itemCount)
    this.touched = new Int32Array(index.itemCount)
  }

  /** Count `set` against the index: the items sharing an indexed shingle with it, in ascending order. */
  count(set: Int32Array): Int32Array {
    for (let k = 0; k < this.size; k++) this.counts[this.touched[k] ?? 0] = 0
    this.size = 0
    this.skipped = 0
    for (const shingle of set) {
      const frequency = this.index.frequency(shingle)
      if (frequency === 0) continue
      if (frequency > this.index.limit) {
        this.skipped++
        continue
      }
      for (const item of this.index.holders(shingle)) if ((this.counts[item] = (this.counts[item] ?? 0) + 1) === 1) this.touched[this.size++] = item
    }
    return this.touched.subarray(0, this.size).sort()
  }

  /** Indexed shingles the last set shares with `item`. */
  shared(item: number): number {
    return this.counts[item] ?? 0
  }

  /** The most the last set can share with `item`: indexed shingles plus too-common ones both may hold. */
  bound(item: number): number {
    return this.shared(item) + Math.min(this.skipped, this.index.common[item] ?? 0)
  }
}
