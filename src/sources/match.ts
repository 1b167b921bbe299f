/**
 * Agreed language: for each paragraph and subparagraph of a draft, the closest passages of reference instruments.
 * Candidates come from an index of word-pair shingles over every reference unit (never all pairs); the few best
 * candidates are then compared word by word, and the similarity is the share of words the two texts have in common.
 */
import {markedUnits, ShingleTable, wordIdsOf} from '../align/text.js'
import {OverlapCounter, ShingleIndex} from '../align/index-shingles.js'
import {wordDiff} from '../diff/words.js'
import type {Redline} from '../model/diff.js'
import {citeTextUnit} from '../model/cite.js'
import type {ArticleSource, Source, UnitSources} from '../model/sources.js'
import type {Draft, TextUnit} from '../model/types.js'

/** A reference instrument: its name (as readers know it) and its parsed text. */
export interface Reference {
  name: string
  draft: Draft
}

/** The result types (defined in src/model/sources.ts, which renderers read). */
export type {ArticleSource, Source, UnitSources} from '../model/sources.js'

/** Options of `findSources`. */
export interface SourceOptions {
  /** Least similarity reported (default 0.6). */
  min?: number
  /** Most sources per unit (default 3). */
  max?: number
}

/** Candidates compared word by word per unit, best first by shared shingles. */
const candidates = 8

interface Indexed {
  reference: string
  unit: TextUnit
}

/** Units of a draft that carry text: preambular paragraphs, paragraphs, subparagraphs, closing words. */
export function textUnits(draft: Draft): TextUnit[] {
  return [...(draft.preamble?.paragraphs ?? []), ...draft.articles.flatMap((a) => markedUnits(a).map((m) => m.unit))]
}

/** The text compared: without negotiation brackets and option labels. */
function plain(unit: TextUnit): string {
  return unit.text.replace(/\[\s*(?:option|alternative|alt\.)\s*[0-9A-Za-z]{1,3}\s*(?:\([^()]*\))?\s*[:.]/gi, ' ').replace(/\[\^[^\]\s]+\]/g, ' ').replace(/[[\]]/g, '').replace(/\s+/g, ' ').trim()
}

/** The sources of every unit of `draft` in `references`, and per article the reference article most of it comes from. */
export function findSources(draft: Draft, references: Reference[], options: SourceOptions = {}): {units: UnitSources[]; articles: ArticleSource[]} {
  const min = options.min ?? 0.6
  const max = options.max ?? 3
  const table = new ShingleTable()
  const indexed: Indexed[] = references.flatMap((r) => textUnits(r.draft).map((unit) => ({reference: r.name, unit})))
  const texts = indexed.map((item) => plain(item.unit))
  const wordIds = texts.map((text) => wordIdsOf(text))
  const sets = wordIds.map((ids) => (ids.length >= 3 ? table.of(ids) : null))
  const index = new ShingleIndex(sets, table.size)
  const counter = new OverlapCounter(index)
  const units = textUnits(draft).map((unit): UnitSources => {
    const text = plain(unit)
    const ids = wordIdsOf(text)
    const citation = citeTextUnit(unit, {article: true})
    if (ids.length < 3) return {unit: unit.id, citation, sources: []}
    const set = table.of(ids)
    const found = [...counter.count(set)]
      .map((k) => ({k, score: counter.shared(k) / Math.max(set.length, sets[k]?.length ?? 1)}))
      .sort((a, b) => b.score - a.score || a.k - b.k)
      .slice(0, candidates)
      // Words in common (as multisets) bound the redline's similarity from above: only those that can reach `min` are diffed.
      .map(({k}) => ({k, bound: wordDice(ids, wordIds[k] ?? new Int32Array(0))}))
      .filter(({bound}) => bound >= min)
      .sort((a, b) => b.bound - a.bound || a.k - b.k)
      .slice(0, max + 1)
      .map(({k}) => {
        const item = indexed[k] as Indexed
        const redline = wordDiff(texts[k] ?? '', text)
        return {reference: item.reference, unit: item.unit.id, citation: citeTextUnit(item.unit, {article: true}), similarity: similarityOf(redline), redline}
      })
      .filter((s) => s.similarity >= min)
      .sort((a, b) => b.similarity - a.similarity || a.reference.localeCompare(b.reference) || a.unit.localeCompare(b.unit))
    return {unit: unit.id, citation, sources: found.slice(0, max)}
  })
  return {units, articles: articleSources(draft, units)}
}

/** Share of words in common: twice the words kept over the words of both texts, rounded to 3 decimals. */
function similarityOf(redline: Redline): number {
  let kept = 0
  for (const piece of redline.pieces) if (piece.type === 'equal') kept += countWords(piece.text)
  const total = 2 * kept + redline.wordsAdded + redline.wordsRemoved
  return total === 0 ? 0 : Math.round((2 * kept * 1000) / total) / 1000
}

/** 2 · words in common / words of both, over word-id multisets. */
function wordDice(a: Int32Array, b: Int32Array): number {
  if (a.length + b.length === 0) return 0
  const counts = new Map<number, number>()
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1)
  let common = 0
  for (const w of b) {
    const n = counts.get(w) ?? 0
    if (n > 0) {
      common++
      counts.set(w, n - 1)
    }
  }
  return (2 * common) / (a.length + b.length)
}

function countWords(text: string): number {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length
}

function articleSources(draft: Draft, units: UnitSources[]): ArticleSource[] {
  const out: ArticleSource[] = []
  for (const article of draft.articles) {
    const mine = units.filter((u) => u.unit.split('/')[0] === article.id && u.sources.length > 0)
    const counts = new Map<string, {reference: string; from: string; units: number}>()
    for (const u of mine) {
      const best = u.sources[0] as Source
      const from = best.unit.split('/')[0] ?? ''
      const key = `${best.reference}\u0000${from}`
      const entry = counts.get(key) ?? {reference: best.reference, from, units: 0}
      entry.units++
      counts.set(key, entry)
    }
    const top = [...counts.values()].sort((a, b) => b.units - a.units)[0]
    if (top) out.push({article: article.id, reference: top.reference, from: top.from, units: top.units, of: mine.length})
  }
  return out
}
