/** Matching the articles of two versions in explainable passes: identical, number and title, title, content, then splits and merges. */
import type {MatchPass, Relation} from '../model/diff.js'
import type {Article, Draft} from '../model/types.js'
import {draftSource, freeNew, freeOld, pair, similarity, startAlignment, type Alignment, type ArticleSource, type Side} from './alignment.js'
import {OverlapCounter, ShingleIndex} from './index-shingles.js'
import {settleLinks} from './splits.js'
import {intersectionSize} from './text.js'

/** The articles of a version as the alignment reads them. */
export type {ArticleSource} from './alignment.js'

/** Options for `alignArticles`. */
export interface Options {
  /** Least Dice similarity (word bigrams, reference numbers masked) for a content match; default 0.5. */
  threshold?: number
  /** Pairs fixed in advance (`concordance`), and articles that must stay unmatched. */
  forced?: Array<{old: string[]; new: string[]}>
  forbiddenOld?: string[]
  forbiddenNew?: string[]
  /**
   * Old and new indices of articles the caller found to have the same body, unique on each side
   * (as the identical pass would pair them): matched before any pass, and never read again.
   */
  identical?: ReadonlyArray<readonly [number, number]>
}

/** Least similarity for number-and-title and title matches: a guard against a reused number or title. */
export const sanityThreshold = 0.2
/** Default least similarity for a content match. */
export const contentThreshold = 0.5
/** Same number: least similarity, or least share of the shorter text found in the longer. */
export const numberThreshold = 0.3
/** Same number: least share of the shorter text found in the longer, when similarity alone is below `numberThreshold`. */
export const numberContainment = 0.7
/** The split and merge thresholds (src/align/splits.ts). */
export {extraPieceContainment, minimumPieceBigrams, pieceContainment, pieceContribution, pieceCoverage} from './splits.js'

/** What became of some articles: old and new indices, the relation, the pass that matched them and their similarity. */
export interface ArticleLink {
  relation: Relation
  old: number[]
  new: number[]
  matchedBy: MatchPass | null
  similarity: number | null
}

/** Align the articles of two drafts; every article of each appears in exactly one link. */
export function alignArticles(oldDraft: Draft, newDraft: Draft, options: Options = {}): ArticleLink[] {
  return alignSources(draftSource(oldDraft), draftSource(newDraft), options)
}

/** Align the articles of two versions read through `ArticleSource`s, parsing no article a pass does not need. */
export function alignSources(before: ArticleSource, after: ArticleSource, options: Options = {}): ArticleLink[] {
  const state = startAlignment(before, after, options)
  applyConcordance(state)
  pinIdentical(state)
  matchIdentical(state)
  matchNumberAndTitle(state)
  matchUniqueTitles(state)
  // Candidates come from an index of the new articles still free: the others cannot be partners or pieces.
  const toNew = new OverlapCounter(new ShingleIndex(state.after.numbers.map((_, j) => (freeNew(state, j) ? state.after.set(j) : null)), state.table.size))
  matchContent(state, toNew)
  matchGrownByNumber(state)
  return settleLinks(state, toNew)
}

/** Concordance: forbidden articles are blocked; forced pairs are fixed (and their articles blocked for every pass). */
function applyConcordance(state: Alignment): void {
  const {options, before, after, fixed, blockedOld, blockedNew} = state
  const oldIndex = new Map(before.numbers.map((number, i) => [number, i]))
  const newIndex = new Map(after.numbers.map((number, j) => [number, j]))
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
      before.partner[olds[0] ?? 0] = news[0] ?? 0
      after.partner[news[0] ?? 0] = olds[0] ?? 0
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

/** Pairs the caller matched by identical body: partners at once, with the identical pass's similarity (1). */
function pinIdentical(state: Alignment): void {
  for (const [i, j] of state.options.identical ?? []) {
    if (!freeOld(state, i) || !freeNew(state, j)) continue
    state.before.partner[i] = j
    state.after.partner[j] = i
    state.pinnedOld.add(i)
    state.pinnedNew.add(j)
    state.links.set(i, {relation: 'matched', old: [i], new: [j], matchedBy: 'identical', similarity: 1})
  }
}

/** Pass 1: identical body (and, among several, the same number first). */
function matchIdentical(state: Alignment): void {
  const {before, after} = state
  const byBody = new Map<string, number[]>()
  after.numbers.forEach((_, j) => {
    if (freeNew(state, j)) byBody.set(after.body(j), [...(byBody.get(after.body(j)) ?? []), j])
  })
  before.numbers.forEach((number, i) => {
    if (!freeOld(state, i)) return
    const body = before.body(i)
    if (body === '') return
    const candidates = (byBody.get(body) ?? []).filter((j) => freeNew(state, j))
    const same = candidates.find((j) => after.numbers[j] === number)
    const j = same ?? (candidates.length === 1 || words(body) >= 8 ? candidates[0] : undefined)
    if (j !== undefined) pair(state, i, j, 'identical')
  })
}

/** Pass 2: same number and title. */
function matchNumberAndTitle(state: Alignment): void {
  const byNumber = newByNumber(state)
  state.before.numbers.forEach((number, i) => {
    const j = byNumber.get(number)
    if (j === undefined || !freeOld(state, i) || !freeNew(state, j)) return
    if (sameTitle(state.before.article(i), state.after.article(j)) && similarity(state, i, j) >= sanityThreshold) pair(state, i, j, 'number-title')
  })
}

/** Pass 3: same title, unique on both sides. */
function matchUniqueTitles(state: Alignment): void {
  const oldTitles = titleIndex(state.before, (i) => freeOld(state, i))
  const newTitles = titleIndex(state.after, (j) => freeNew(state, j))
  for (const [title, olds] of oldTitles) {
    const news = newTitles.get(title)
    if (olds.length !== 1 || news?.length !== 1) continue
    const [i, j] = [olds[0] ?? -1, news[0] ?? -1]
    if (similarity(state, i, j) >= sanityThreshold) pair(state, i, j, 'title')
  }
}

/** Pass 4: similar content, best pairs first, position in the chapter breaking ties; candidates from `toNew`. */
function matchContent(state: Alignment, toNew: OverlapCounter): void {
  const {before, after} = state
  const threshold = state.options.threshold ?? contentThreshold
  const candidates: Array<[number, number, number]> = []
  before.numbers.forEach((_, i) => {
    if (!freeOld(state, i)) return
    const set = before.set(i)
    for (const j of toNew.count(set)) {
      if (!freeNew(state, j)) continue
      if ((2 * toNew.bound(j)) / Math.max(1, set.length + after.set(j).length) < threshold) continue
      const score = similarity(state, i, j)
      if (score >= threshold) candidates.push([i, j, score])
    }
  })
  candidates.sort((a, b) => b[2] - a[2] || positionGap(before, after, a[0], a[1]) - positionGap(before, after, b[0], b[1]) || a[0] - b[0] || a[1] - b[1])
  for (const [i, j] of candidates) if (freeOld(state, i) && freeNew(state, j)) pair(state, i, j, 'content')
}

/** Pass 5: the same number, where one text mostly contains the other (a short provision grown by amendment). */
function matchGrownByNumber(state: Alignment): void {
  const byNumber = newByNumber(state)
  state.before.numbers.forEach((number, i) => {
    const j = byNumber.get(number)
    if (j === undefined || !freeOld(state, i) || !freeNew(state, j)) return
    const a = state.before.set(i)
    const b = state.after.set(j)
    const shared = intersectionSize(a, b)
    const smaller = Math.min(a.length, b.length)
    if (similarity(state, i, j) >= numberThreshold || (smaller > 0 && shared / smaller >= numberContainment)) pair(state, i, j, 'number')
  })
}

/** The new articles by number (the last of a repeated number). */
function newByNumber(state: Alignment): Map<string, number> {
  return new Map(state.after.numbers.map((number, j) => [number, j]))
}

/** The articles `free` admits, by title key. */
function titleIndex(side: Side, free: (k: number) => boolean): Map<string, number[]> {
  const map = new Map<string, number[]>()
  side.numbers.forEach((_, k) => {
    const title = free(k) ? side.article(k).title : null
    if (title) map.set(titleKey(title), [...(map.get(titleKey(title)) ?? []), k])
  })
  return map
}

function positionGap(before: Side, after: Side, i: number, j: number): number {
  return Math.abs(before.article(i).ordinal / Math.max(1, before.numbers.length) - after.article(j).ordinal / Math.max(1, after.numbers.length))
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
