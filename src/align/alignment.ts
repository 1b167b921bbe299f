/** The state the article passes share: both sides, the matches found so far, and what the concordance fixed or blocked. */
import type {MatchPass} from '../model/diff.js'
import type {Article, Draft} from '../model/types.js'
import type {ArticleLink, Options} from './articles.js'
import {articleWordIds, bodyText, dice, maskedKey, ShingleTable} from './text.js'

/** One version's articles with their bodies, bigram ids and current one-to-one partners. */
export interface Side {
  articles: Article[]
  /** An article's bigram ids, computed on first use: articles matched by identical body never need them. */
  set: (k: number) => Int32Array
  bodies: string[]
  partner: Array<number | null>
}

/** An alignment in progress; each pass reads and extends it. */
export interface Alignment {
  options: Options
  table: ShingleTable
  before: Side
  after: Side
  /** One-to-one matches found by the passes, by old index (a split or merge may still take them over). */
  links: Map<number, ArticleLink>
  /** Links forced by the concordance. */
  fixed: ArticleLink[]
  /** Articles the concordance placed or kept unmatched: no pass may use them. */
  blockedOld: Set<number>
  blockedNew: Set<number>
  /** The final links, and the articles they hold, filled by the last pass. */
  result: ArticleLink[]
  consumedOld: Set<number>
  consumedNew: Set<number>
}

/** A fresh alignment of two drafts: nothing matched, nothing blocked. */
export function startAlignment(oldDraft: Draft, newDraft: Draft, options: Options): Alignment {
  const table = new ShingleTable()
  return {
    options,
    table,
    before: side(oldDraft.articles, table),
    after: side(newDraft.articles, table),
    links: new Map(),
    fixed: [],
    blockedOld: new Set(),
    blockedNew: new Set(),
    result: [],
    consumedOld: new Set(),
    consumedNew: new Set()
  }
}

/** Whether old article `i` and new article `j` differ only in reference numbers (same bigrams: similarity 1 without counting). */
export function sameMasked(state: Alignment, i: number, j: number): boolean {
  return maskedKey(state.before.articles[i] as Article) === maskedKey(state.after.articles[j] as Article)
}

/** Dice similarity of old article `i` and new article `j`. */
export function similarity(state: Alignment, i: number, j: number): number {
  return sameMasked(state, i, j) ? 1 : dice(state.before.set(i), state.after.set(j))
}

/** Make `i` and `j` partners, recording the pass that matched them. */
export function pair(state: Alignment, i: number, j: number, pass: MatchPass): void {
  state.before.partner[i] = j
  state.after.partner[j] = i
  state.links.set(i, {relation: 'matched', old: [i], new: [j], matchedBy: pass, similarity: round(similarity(state, i, j))})
}

/** Whether old article `i` is still open to a pass: unmatched and not blocked. */
export function freeOld(state: Alignment, i: number): boolean {
  return state.before.partner[i] === null && !state.blockedOld.has(i)
}

/** Whether new article `j` is still open to a pass: unmatched and not blocked. */
export function freeNew(state: Alignment, j: number): boolean {
  return state.after.partner[j] === null && !state.blockedNew.has(j)
}

function side(articles: Article[], table: ShingleTable): Side {
  const sets: Array<Int32Array | undefined> = []
  const set = (k: number) => (sets[k] ??= table.of(articles[k] ? articleWordIds(articles[k]) : new Int32Array(0)))
  return {articles, set, bodies: articles.map(bodyText), partner: articles.map(() => null)}
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
