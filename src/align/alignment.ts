/** The state the article passes share: both sides, the matches found so far, and what the concordance fixed or blocked. */
import type {MatchPass} from '../model/diff.js'
import type {Article, Draft} from '../model/types.js'
import type {ArticleLink, Options} from './articles.js'
import {articleWordIds, bodyText, dice, maskedKey, ShingleTable} from './text.js'

/**
 * A version's articles as the alignment reads them: every number at once, each article only when a
 * pass needs it (a version composed lazily parses an article there; a `Draft` just hands it over).
 */
export interface ArticleSource {
  /** Each article's number as written, in order. */
  numbers: ReadonlyArray<string>
  /** The article at index `k`. */
  article: (k: number) => Article
}

/** One version's articles: their numbers, bodies and bigram ids (each computed on first use) and current one-to-one partners. */
export interface Side {
  numbers: ReadonlyArray<string>
  article: (k: number) => Article
  /** An article's bigram ids: articles matched by identical body never need them. */
  set: (k: number) => Int32Array
  /** An article's body as the identical pass compares it. */
  body: (k: number) => string
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
  /** Old articles matched in advance by identical body (`Options.identical`): no pass reads them again. */
  pinnedOld: Set<number>
  pinnedNew: Set<number>
  /** Articles the concordance placed or kept unmatched: no pass may use them. */
  blockedOld: Set<number>
  blockedNew: Set<number>
  /** The final links, and the articles they hold, filled by the last pass. */
  result: ArticleLink[]
  consumedOld: Set<number>
  consumedNew: Set<number>
}

/** The articles of a parsed draft as an alignment source. */
export function draftSource(draft: Draft): ArticleSource {
  return {numbers: draft.articles.map((article) => article.number), article: (k) => draft.articles[k] as Article}
}

/** A fresh alignment of two versions: nothing matched, nothing blocked. */
export function startAlignment(before: ArticleSource, after: ArticleSource, options: Options): Alignment {
  const table = new ShingleTable()
  return {
    options,
    table,
    before: side(before, table),
    after: side(after, table),
    links: new Map(),
    fixed: [],
    pinnedOld: new Set(),
    pinnedNew: new Set(),
    blockedOld: new Set(),
    blockedNew: new Set(),
    result: [],
    consumedOld: new Set(),
    consumedNew: new Set()
  }
}

/** Whether old article `i` and new article `j` differ only in reference numbers (same bigrams: similarity 1 without counting). */
export function sameMasked(state: Alignment, i: number, j: number): boolean {
  return maskedKey(state.before.article(i)) === maskedKey(state.after.article(j))
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

function side(source: ArticleSource, table: ShingleTable): Side {
  const sets: Array<Int32Array | undefined> = []
  const bodies: Array<string | undefined> = []
  const set = (k: number) => (sets[k] ??= table.of(articleWordIds(source.article(k))))
  const body = (k: number) => (bodies[k] ??= bodyText(source.article(k)))
  return {numbers: source.numbers, article: source.article, set, body, partner: source.numbers.map(() => null)}
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
