/**
 * Citations as delegates write them, from structural ids: "paragraph 4 (e)", "paragraph 2 (a) (ii)",
 * "preambular paragraph 3", "article 14, paragraph 2 (b)". Every renderer cites through these, so ids
 * (`art-14/para-2/sub-b`) stay in JSON and anchors.
 */
import type {UnitChange} from './diff.js'
import type {Division} from './types.js'

/** Options for `citeUnit`. */
export interface CiteOptions {
  /** Name the article too ("article 14, paragraph 2 (b)"), for text read outside the article. */
  article?: boolean
  /** The unit's marker as written (`(3)` for a preambular paragraph), used for the preamble's numbers. */
  marker?: string
  /** The article is the old one of a merge or split: "former article 46, paragraph 2". */
  former?: boolean
}

const ordinals = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']

/** "article 24 bis" from the number as written ("24 bis"). */
export function citeArticle(number: string): string {
  return `article ${number}`
}

/** The article number an article or unit id stands for: `art-24-bis/para-1` → "24 bis"; null outside articles. */
export function articleNumberOf(id: string): string | null {
  const match = /^art-([^/~]+)/.exec(id)
  return match ? (match[1] ?? '').replace(/-/g, ' ') : null
}

/** A unit's citation read from the unit itself: a preambular paragraph by its number as written (`(4)` → "preambular paragraph 4"), not its position. */
export function citeTextUnit(unit: {id: string; number?: string | null}, options: CiteOptions = {}): string {
  const written = unit.id.startsWith('preamble/') && typeof unit.number === 'string' ? `(${unit.number})` : undefined
  return citeUnit(unit.id, {...options, marker: written ?? options.marker})
}

/** A unit's citation: "paragraph 4 (e)"; with `article`, "article 14, paragraph 4 (e)"; an article id alone gives "article 14". */
export function citeUnit(id: string, options: CiteOptions = {}): string {
  const [head = '', ...parts] = id.split('/')
  if (head === 'preamble') return citePreamble(parts, options.marker)
  const inArticle = citeInArticle(parts)
  const number = articleNumberOf(head)
  if (number === null) return inArticle || id
  if (!inArticle) return citeArticle(number)
  return options.article ? `${options.former ? 'former ' : ''}${citeArticle(number)}, ${inArticle}` : inArticle
}

/** "preambular paragraph 3", "opening words of the preamble", "closing formula of the preamble". */
function citePreamble(parts: string[], marker: string | undefined): string {
  const [part = ''] = parts
  if (part === '') return 'the preamble'
  if (part === 'opening') return 'opening words of the preamble'
  if (part === 'closing') return 'closing formula of the preamble'
  const written = marker ? /^\((\d+)\)$/.exec(marker)?.[1] : undefined
  return `preambular paragraph ${written ?? part.replace(/^pp-/, '')}`
}

/** The part after the article: "paragraph 2 (b) (ii)", "closing words of paragraph 3", "unnumbered paragraph"; empty for the article itself. */
function citeInArticle(parts: string[]): string {
  if (parts.length === 0) return ''
  const [paragraph = '', ...rest] = parts
  const numbered = /^para-(.+)$/.exec(paragraph)
  const unnumbered = /^p-(\d+)$/.exec(paragraph)
  const subs = rest.filter((part) => part.startsWith('sub-')).map((part) => `(${part.slice(4)})`)
  const closing = rest.at(-1) === 'closing'
  if (numbered) {
    const base = `paragraph ${numbered[1] ?? ''}`
    if (closing) return `closing words of ${base}`
    return subs.length ? `${base} ${subs.join(' ')}` : base
  }
  if (unnumbered) {
    // An unnumbered paragraph: its subparagraphs are the article's ("subparagraph (a)"), as delegates cite them.
    const position = Number(unnumbered[1])
    // Ordinals count unnumbered paragraphs only: "first paragraph" would be wrong after numbered ones.
    const name = position === 1 ? 'unnumbered paragraph' : position <= ordinals.length ? `${ordinals[position - 1]} unnumbered paragraph` : `unnumbered paragraph ${position}`
    const first = position === 1
    if (closing) return first ? 'closing words' : `closing words of the ${name}`
    if (subs.length) return first ? `subparagraph ${subs.join(' ')}` : `${name}, subparagraph ${subs.join(' ')}`
    return name
  }
  return parts.join('/')
}

/** Join citations as a list: "paragraph 1, paragraph 3 and subparagraph (b)"; repeated ones once. */
export function listCitations(items: string[]): string {
  const unique = [...new Set(items)]
  if (unique.length <= 1) return unique[0] ?? ''
  return `${unique.slice(0, -1).join(', ')} and ${unique.at(-1)}`
}

/** Citations listed as delegates write them, subparagraphs of one paragraph together: "paragraph 5 (c), (d) and (f), paragraph 6". */
export function compactCitations(items: string[]): string[] {
  const groups: Array<{prefix: string; tails: string[]}> = []
  for (const item of new Set(items)) {
    const split = /^(.*\S) (\([a-z0-9]+\)(?: \([a-z0-9]+\))*)$/.exec(item)
    const last = groups.at(-1)
    if (split && last && last.tails.length > 0 && last.prefix === split[1]) last.tails.push(split[2] ?? '')
    else groups.push(split ? {prefix: split[1] ?? '', tails: [split[2] ?? '']} : {prefix: item, tails: []})
  }
  return groups.map((g) => (g.tails.length === 0 ? g.prefix : `${g.prefix} ${listCitations(g.tails)}`))
}

/** The articles a unit is read against: a unit elsewhere (the other half of a split or merge) is cited with its article. */
export interface UnitHome {
  /** Id of the old article the reader is looking at, or null. */
  old: string | null
  /** Id of the new article the reader is looking at, or null. */
  new: string | null
}

/** Whether a unit went from one article to another (the halves of a split or merge): worth showing even when its text is unchanged. */
export function movedAcross(unit: UnitChange, home: UnitHome): boolean {
  const away = (id: string | undefined, at: string | null) => id !== undefined && at !== null && id.split('/')[0] !== at
  return unit.old !== null && unit.new !== null && (away(unit.new.id, home.new) || away(unit.old.id, home.old))
}

/**
 * One side of a unit cited where the reader is (`at`: the id of the article read, or null): "paragraph 2 (b)"; with its
 * article when it sits in another one, "article 21, paragraph 1", or for an old side (`former`) "former article 20, paragraph 3".
 */
export function citeSide(side: {id: string; marker: string}, at: string | null, former = false): string {
  return citeUnit(side.id, {marker: side.marker, article: at !== null && side.id.split('/')[0] !== at, former})
}

/** Where a changed unit is, in words: "paragraph 2", "paragraph 3, now paragraph 2", "paragraph 6 moved to article 21, paragraph 1". */
export function unitLabel(unit: UnitChange, home: UnitHome = {old: null, new: null}): string {
  const before = unit.old ? citeSide(unit.old, home.old, true) : ''
  const after = unit.new ? citeSide(unit.new, home.new) : ''
  if (!unit.old || !unit.new) return before || after
  if (before === after) return after
  return movedAcross(unit, home) ? `${before} moved to ${after}` : `${before}, now ${after}`
}

/** "articles 3, 5 and 7 bis" for a list of numbers. */
export function citeArticles(numbers: string[]): string {
  if (numbers.length === 0) return 'none'
  if (numbers.length === 1) return citeArticle(numbers[0] ?? '')
  return `articles ${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1) ?? ''}`
}

/** Where an article stands, as a sentence reads it: "chapter II", "chapter II, section 1, title 2", "chapter —" outside chapters. */
export function placeOf(side: {chapter: string | null; division?: string | null} | undefined): string {
  const chapter = `chapter ${side?.chapter ?? '—'}`
  return side?.division ? `${chapter}, ${side.division.toLowerCase()}` : chapter
}

const divisionIndex = new WeakMap<readonly Division[], Map<string, Division>>()

/** "Section 1, Title 2": the divisions around an article below its chapter (its innermost division's id), outermost first; null when none. */
export function divisionLabel(divisions: readonly Division[], id: string | null): string | null {
  if (id === null) return null
  let index = divisionIndex.get(divisions)
  if (!index) divisionIndex.set(divisions, (index = new Map(divisions.map((d) => [d.id, d]))))
  const names: string[] = []
  const seen = new Set<string>()
  for (let division = index.get(id); division && !seen.has(division.id); division = division.parent === null ? undefined : index.get(division.parent)) {
    seen.add(division.id)
    names.unshift(`${division.kind === 'section' ? 'Section' : 'Title'} ${division.number}`)
  }
  return names.length > 0 ? names.join(', ') : null
}

/** "moved from chapter II to chapter III", naming the section or title when the move stays in one chapter: "moved from chapter II, section 1 to section 2". */
export function movedWords(from: {chapter: string | null; division?: string | null} | undefined, to: {chapter: string | null; division?: string | null} | undefined): string {
  if (from?.chapter === to?.chapter && (from?.division ?? null) !== (to?.division ?? null)) return `moved from ${placeOf(from)} to ${to?.division?.toLowerCase() ?? 'outside sections'}`
  return `moved from ${placeOf(from)} to ${to?.chapter ?? '—'}`
}
