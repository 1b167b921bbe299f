/**
 * Pairs of versions as history reads them: the engine's `IndexedPair` (identical bodies matched at
 * once, the rest aligned once when first needed), labelled, with each link's change classified as
 * `compareDrafts` classifies it, and cached by the versions' keys.
 */
import type {ArticleLink} from '../align/articles.js'
import {articleChange} from '../diff/compare.js'
import {IndexedPair} from '../engine/indexed-pair.js'
import {sparseDraft, type VersionIndex} from '../engine/version.js'
import type {ArticleChange} from '../model/diff.js'

/** Two versions paired for history, with their labels. */
export class Pair extends IndexedPair {
  constructor(
    before: VersionIndex,
    after: VersionIndex,
    readonly labels: {before: string; after: string}
  ) {
    super(before, after)
  }

  /** The change of one link, as `compareDrafts` reports it (`moved` included). */
  change(link: ArticleLink): ArticleChange {
    const [i, j] = [link.old[0], link.new[0]]
    const moved = i !== undefined && j !== undefined && this.moved(i, j)
    return {...this.classify(link), moved}
  }

  private classify(link: ArticleLink): ArticleChange {
    const before = {label: this.labels.before, draft: sparseDraft(this.before, link.old)}
    const after = {label: this.labels.after, draft: sparseDraft(this.after, link.new)}
    const only = link.old[0]
    // The same body: no unit changed, so no renumbering is needed to classify references.
    if (link.relation === 'matched' && only !== undefined && this.pinned(only)) return articleChange(link, before, after, new Map(), new Set(), {})
    const {renumbering, removed} = this.renumbering()
    return articleChange(link, before, after, renumbering, removed, {})
  }
}

/** Pairs of versions by key, each analysed once. */
export class Pairs {
  private readonly cache = new Map<string, Pair>()

  /** The pair of two keyed versions, analysed on first request. */
  get(before: {key: string; doc: VersionIndex; label: string}, after: {key: string; doc: VersionIndex; label: string}): Pair {
    const key = `${before.key}>${after.key}`
    let pair = this.cache.get(key)
    if (!pair) {
      pair = new Pair(before.doc, after.doc, {before: before.label, after: after.label})
      this.cache.set(key, pair)
    }
    return pair
  }

  /** How many pairs were analysed, and how many needed an alignment of their changed articles. */
  stats(): {pairs: number; aligned: number} {
    let aligned = 0
    for (const pair of this.cache.values()) if (pair.alignedRest) aligned++
    return {pairs: this.cache.size, aligned}
  }
}
