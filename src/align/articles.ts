/** Matching the articles of two versions in explainable passes: identical, number and title, title, content, then splits and merges. */
import type {MatchPass, Relation} from '../model/diff.js'
import type {Article, Draft} from '../model/types.js'
import {OverlapCounter, ShingleIndex} from './index-shingles.js'
import {articleWordIds, bodyText, dice, intersectionSize, maskedKey, ShingleTable} from './text.js'

/** Options for `alignArticles`. */
export interface Options {
  /** Least Dice similarity (word bigrams, reference numbers masked) for a content match; default 0.5. */
  threshold?: number
  /** Pairs fixed in advance (`concordance`), and articles that must stay unmatched. */
  forced?: Array<{old: string[]; new: string[]}>
  forbiddenOld?: string[]
  forbiddenNew?: string[]
}

/** Least similarity for number-and-title and title matches: a guard against a reused number or title. */
export const sanityThreshold = 0.2
/** Default least similarity for a content match. */
export const contentThreshold = 0.5
/** Same number: least similarity, or least share of the shorter text found in the longer. */
export const numberThreshold = 0.3
/** Same number: least share of the shorter text found in the longer, when similarity alone is below `numberThreshold`. */
export const numberContainment = 0.7
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

/** What became of some articles: old and new indices, the relation, the pass that matched them and their similarity. */
export interface ArticleLink {
  relation: Relation
  old: number[]
  new: number[]
  matchedBy: MatchPass | null
  similarity: number | null
}

interface Side {
  articles: Article[]
  /** An article's bigram ids, computed on first use: articles matched by identical body never need them. */
  set: (k: number) => Int32Array
  bodies: string[]
  partner: Array<number | null>
}

/** Align the articles of two drafts; every article of each appears in exactly one link. */
export function alignArticles(oldDraft: Draft, newDraft: Draft, options: Options = {}): ArticleLink[] {
  const table = new ShingleTable()
  const before = side(oldDraft.articles, table)
  const after = side(newDraft.articles, table)
  // Articles differing only in reference numbers have the same bigrams: similarity 1 without counting.
  const sameMasked = (i: number, j: number) => maskedKey(before.articles[i] as Article) === maskedKey(after.articles[j] as Article)
  const similarity = (i: number, j: number) => (sameMasked(i, j) ? 1 : dice(before.set(i), after.set(j)))
  const links = new Map<number, ArticleLink>()
  const pair = (i: number, j: number, pass: MatchPass) => {
    before.partner[i] = j
    after.partner[j] = i
    links.set(i, {relation: 'matched', old: [i], new: [j], matchedBy: pass, similarity: round(similarity(i, j))})
  }
  const fixed: ArticleLink[] = []
  const blockedOld = new Set<number>()
  const blockedNew = new Set<number>()
  applyConcordance(options, before, after, fixed, blockedOld, blockedNew, (i, j) => {
    before.partner[i] = j
    after.partner[j] = i
  })
  const freeOld = (i: number) => before.partner[i] === null && !blockedOld.has(i)
  const freeNew = (j: number) => after.partner[j] === null && !blockedNew.has(j)

  // Pass 1: identical body (and, among several, the same number first).
  const byBody = new Map<string, number[]>()
  after.bodies.forEach((body, j) => byBody.set(body, [...(byBody.get(body) ?? []), j]))
  before.bodies.forEach((body, i) => {
    if (!freeOld(i) || body === '') return
    const candidates = (byBody.get(body) ?? []).filter(freeNew)
    const same = candidates.find((j) => after.articles[j]?.number === before.articles[i]?.number)
    const j = same ?? (candidates.length === 1 || words(body) >= 8 ? candidates[0] : undefined)
    if (j !== undefined) pair(i, j, 'identical')
  })

  // Pass 2: same number and title. Pass 3: same title, unique on both sides.
  const byNumber = new Map(after.articles.map((article, j) => [article.number, j]))
  before.articles.forEach((article, i) => {
    const j = byNumber.get(article.number)
    if (j === undefined || !freeOld(i) || !freeNew(j)) return
    if (sameTitle(article, after.articles[j]) && similarity(i, j) >= sanityThreshold) pair(i, j, 'number-title')
  })
  const titleIndex = (articles: Article[], free: (k: number) => boolean) => {
    const map = new Map<string, number[]>()
    articles.forEach((article, k) => {
      if (free(k) && article.title) map.set(titleKey(article.title), [...(map.get(titleKey(article.title)) ?? []), k])
    })
    return map
  }
  const oldTitles = titleIndex(before.articles, freeOld)
  const newTitles = titleIndex(after.articles, freeNew)
  for (const [title, olds] of oldTitles) {
    const news = newTitles.get(title)
    if (olds.length !== 1 || news?.length !== 1) continue
    const [i, j] = [olds[0] ?? -1, news[0] ?? -1]
    if (similarity(i, j) >= sanityThreshold) pair(i, j, 'title')
  }

  // Pass 4: similar content, best pairs first, position in the chapter breaking ties.
  const threshold = options.threshold ?? contentThreshold
  const candidates: Array<[number, number, number]> = []
  // Candidates come from an index of the new articles still free: the others cannot be partners or pieces.
  const toNew = new OverlapCounter(new ShingleIndex(after.articles.map((_, j) => (freeNew(j) ? after.set(j) : null)), table.size))
  before.articles.forEach((_, i) => {
    if (!freeOld(i)) return
    const set = before.set(i)
    for (const j of toNew.count(set)) {
      if (!freeNew(j)) continue
      if ((2 * toNew.bound(j)) / Math.max(1, set.length + after.set(j).length) < threshold) continue
      const score = similarity(i, j)
      if (score >= threshold) candidates.push([i, j, score])
    }
  })
  candidates.sort((a, b) => b[2] - a[2] || positionGap(before, after, a[0], a[1]) - positionGap(before, after, b[0], b[1]) || a[0] - b[0] || a[1] - b[1])
  for (const [i, j] of candidates) if (freeOld(i) && freeNew(j)) pair(i, j, 'content')

  // Pass 5: the same number, where one text mostly contains the other (a short provision grown by amendment).
  before.articles.forEach((article, i) => {
    const j = byNumber.get(article.number)
    if (j === undefined || !freeOld(i) || !freeNew(j)) return
    const a = before.set(i)
    const b = after.set(j)
    const shared = intersectionSize(a, b)
    const smaller = Math.min(a.length, b.length)
    if (similarity(i, j) >= numberThreshold || (smaller > 0 && shared / smaller >= numberContainment)) pair(i, j, 'number')
  })

  // Pass 6: splits (one old article, several new) and merges (several old, one new).
  const result: ArticleLink[] = [...fixed]
  const consumedOld = new Set<number>(fixed.flatMap((link) => link.old))
  const consumedNew = new Set<number>(fixed.flatMap((link) => link.new))
  for (let i = 0; i < before.articles.length; i++) {
    const partner = before.partner[i]
    if (blockedOld.has(i) || fixedOld(fixed, i) || (partner != null && sameMasked(i, partner))) continue
    const pieces = splitPieces(i, before, after, toNew, (j) => freeNew(j) && !consumedNew.has(j), blockedNew)
    if (pieces?.some((j) => consumedNew.has(j))) continue
    if (!pieces) continue
    for (const j of pieces) consumedNew.add(j)
    consumedOld.add(i)
    if (partner != null) links.delete(i)
    result.push({relation: 'split', old: [i], new: pieces, matchedBy: 'split', similarity: null})
  }
  const freeForMerge = (i: number) => freeOld(i) && !consumedOld.has(i)
  const toOld = new OverlapCounter(new ShingleIndex(before.articles.map((_, i) => (freeForMerge(i) ? before.set(i) : null)), table.size))
  for (let j = 0; j < after.articles.length; j++) {
    const partner = after.partner[j]
    if (blockedNew.has(j) || consumedNew.has(j) || fixedNew(fixed, j) || (partner != null && sameMasked(partner, j))) continue
    const pieces = splitPieces(j, after, before, toOld, freeForMerge, blockedOld)
    if (!pieces || pieces.some((i) => consumedOld.has(i))) continue
    for (const i of pieces) {
      consumedOld.add(i)
      links.delete(i)
    }
    consumedNew.add(j)
    result.push({relation: 'merged', old: pieces, new: [j], matchedBy: 'merge', similarity: null})
  }
  for (const [i, link] of links) {
    if (consumedOld.has(i) || link.new.some((j) => consumedNew.has(j))) continue
    result.push(link)
    consumedOld.add(i)
    for (const j of link.new) consumedNew.add(j)
  }
  before.articles.forEach((_, i) => {
    if (!consumedOld.has(i)) result.push({relation: 'deleted', old: [i], new: [], matchedBy: null, similarity: null})
  })
  after.articles.forEach((_, j) => {
    if (!consumedNew.has(j)) result.push({relation: 'added', old: [], new: [j], matchedBy: null, similarity: null})
  })
  return order(result)
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

function applyConcordance(options: Options, before: Side, after: Side, fixed: ArticleLink[], blockedOld: Set<number>, blockedNew: Set<number>, pair: (i: number, j: number) => void): void {
  const oldIndex = new Map(before.articles.map((article, i) => [article.number, i]))
  const newIndex = new Map(after.articles.map((article, j) => [article.number, j]))
  for (const number of options.forbiddenOld ?? []) {
    const i = oldIndex.get(number)
    if (i !== undefined) blockedOld.add(i)
  }
  for (const number of options.forbiddenNew ?? []) {
    const j = newIndex.get(number)
    if (j !== undefined) blockedNew.add(j)
  }
  for (const entry of options.forced ?? []) {
    const olds = entry.old.map((n) => oldIndex.get(n)).filter((i): i is number => i !== undefined)
    const news = entry.new.map((n) => newIndex.get(n)).filter((j): j is number => j !== undefined)
    if (olds.length === 0 || news.length === 0) continue
    if (olds.length === 1 && news.length === 1) {
      pair(olds[0] ?? 0, news[0] ?? 0)
      blockedOld.add(olds[0] ?? 0)
      blockedNew.add(news[0] ?? 0)
      fixed.push({relation: 'matched', old: olds, new: news, matchedBy: 'concordance', similarity: null})
      continue
    }
    for (const i of olds) blockedOld.add(i)
    for (const j of news) blockedNew.add(j)
    fixed.push({relation: olds.length === 1 ? 'split' : 'merged', old: olds, new: news, matchedBy: 'concordance', similarity: null})
  }
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

function side(articles: Article[], table: ShingleTable): Side {
  const sets: Array<Int32Array | undefined> = []
  const set = (k: number) => (sets[k] ??= table.of(articles[k] ? articleWordIds(articles[k]) : new Int32Array(0)))
  return {articles, set, bodies: articles.map(bodyText), partner: articles.map(() => null)}
}

function positionGap(before: Side, after: Side, i: number, j: number): number {
  return Math.abs((before.articles[i]?.ordinal ?? 0) / Math.max(1, before.articles.length) - (after.articles[j]?.ordinal ?? 0) / Math.max(1, after.articles.length))
}

function titleKey(title: string): string {
  return title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}

function sameTitle(a: Article | undefined, b: Article | undefined): boolean {
  return (a?.title ? titleKey(a.title) : '') === (b?.title ? titleKey(b.title) : '')
}

/** Whitespace-separated words, counted without splitting. */
function words(text: string): number {
  const runs = /\s+/g
  let count = 1
  while (runs.exec(text) !== null) count++
  return count
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
