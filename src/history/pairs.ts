/**
 * What became of articles between two versions, computed no further than asked. Articles whose
 * body is the same in both and unique in each are paired at once — exactly what the alignment's
 * first pass (`identical`) does — and only the rest are aligned, as a smaller pair of drafts. An
 * article whose body did not change is therefore followed without any alignment at all.
 */
import {alignArticles, type ArticleLink} from '../align/articles.js'
import {articleChange} from '../diff/compare.js'
import {removedNumbers, renumberingOf} from '../engine/pair.js'
import type {ArticleChange} from '../model/diff.js'
import type {Article, Draft} from '../model/types.js'
import {movedTest} from './chapters.js'
import {sparseDraft, type VersionDoc} from './documents.js'
import {emptyDraft} from '../model/draft.js'

/** Two versions paired for history: identical bodies matched at once, the rest aligned only when asked. */
export class Pair {
  private readonly fixedOld: Array<number | null>
  private readonly fixedNew: Array<number | null>
  private aligned: {links: ArticleLink[]; ofOld: ArticleLink[]; ofNew: ArticleLink[]} | null = null
  /** Whether the rest had to be aligned (for statistics). */
  alignedRest = false
  /** Whether old article `i` and new article `j` are in chapters of different lineages (`moved`). */
  readonly moved: (i: number, j: number) => boolean

  constructor(
    readonly before: VersionDoc,
    readonly after: VersionDoc,
    readonly labels: {before: string; after: string}
  ) {
    this.fixedOld = before.bodies.map(() => null)
    this.fixedNew = after.bodies.map(() => null)
    this.moved = movedTest(before, after, () => this.links())
    if (before === after) {
      before.bodies.forEach((_, i) => {
        this.fixedOld[i] = i
        this.fixedNew[i] = i
      })
      return
    }
    const count = (bodies: string[]) => {
      const map = new Map<string, {n: number; at: number}>()
      bodies.forEach((body, at) => {
        const found = map.get(body)
        if (found) found.n++
        else map.set(body, {n: 1, at})
      })
      return map
    }
    const olds = count(before.bodies)
    const news = count(after.bodies)
    for (const [body, {n, at}] of olds) {
      const other = news.get(body)
      if (body === '' || n !== 1 || other?.n !== 1) continue
      this.fixedOld[at] = other.at
      this.fixedNew[other.at] = at
    }
  }

  /** The link holding old article `i`. */
  linkOfOld(i: number): ArticleLink {
    const j = this.fixedOld[i]
    if (j !== null && j !== undefined) return identical(i, j)
    const link = this.all().ofOld[i]
    if (!link) throw new Error(`no old article ${i}`)
    return link
  }

  /** The link holding new article `j`. */
  linkOfNew(j: number): ArticleLink {
    const i = this.fixedNew[j]
    if (i !== null && i !== undefined) return identical(i, j)
    const link = this.all().ofNew[j]
    if (!link) throw new Error(`no new article ${j}`)
    return link
  }

  /** Every link, as `alignArticles` on the whole drafts gives them (not in its order). */
  links(): ArticleLink[] {
    return this.all().links
  }

  /** The change of one link, as `compareDrafts` reports it. */
  change(link: ArticleLink): ArticleChange {
    const before = {label: this.labels.before, draft: sparseDraft(this.before, link.old)}
    const after = {label: this.labels.after, draft: sparseDraft(this.after, link.new)}
    const only = link.old[0]
    // The same body: no unit changed, so no renumbering is needed to classify references.
    if (link.relation === 'matched' && only !== undefined && this.fixedOld[only] === link.new[0]) return articleChange(link, before, after, new Map(), new Set(), {})
    const links = this.links()
    return articleChange(link, before, after, renumberingOf(links, this.before.numbers, this.after.numbers), removedNumbers(links, this.before.numbers), {})
  }

  private all(): {links: ArticleLink[]; ofOld: ArticleLink[]; ofNew: ArticleLink[]} {
    if (this.aligned) return this.aligned
    const links: ArticleLink[] = []
    this.fixedOld.forEach((j, i) => {
      if (j !== null) links.push(identical(i, j))
    })
    const restOld = this.fixedOld.flatMap((j, i) => (j === null ? [i] : []))
    const restNew = this.fixedNew.flatMap((i, j) => (i === null ? [j] : []))
    if (restOld.length > 0 || restNew.length > 0) {
      this.alignedRest = true
      const oldDraft = subset(this.before, restOld)
      const newDraft = subset(this.after, restNew)
      for (const link of alignArticles(oldDraft, newDraft)) {
        links.push({...link, old: link.old.map((k) => restOld[k] ?? -1), new: link.new.map((k) => restNew[k] ?? -1)})
      }
    }
    const ofOld: ArticleLink[] = []
    const ofNew: ArticleLink[] = []
    for (const link of links) {
      for (const i of link.old) ofOld[i] = link
      for (const j of link.new) ofNew[j] = link
    }
    this.aligned = {links, ofOld, ofNew}
    return this.aligned
  }
}

function identical(i: number, j: number): ArticleLink {
  return {relation: 'matched', old: [i], new: [j], matchedBy: 'identical', similarity: 1}
}

/**
 * Some articles of a draft, for aligning the rest. Ordinals are scaled so that an article's
 * relative position (the alignment's tie-breaker) is what it is in the whole draft.
 */
function subset(doc: VersionDoc, indices: number[]): Draft {
  const scale = indices.length / Math.max(1, doc.numbers.length)
  const articles: Article[] = indices.map((i) => {
    const article = doc.article(i)
    return {...article, ordinal: article.ordinal * scale}
  })
  return emptyDraft(articles)
}

/** Pairs of versions by key, each analysed once. */
export class Pairs {
  private readonly cache = new Map<string, Pair>()

  get(before: {key: string; doc: VersionDoc; label: string}, after: {key: string; doc: VersionDoc; label: string}): Pair {
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
