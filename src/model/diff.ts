/** The result of comparing two versions: plain data, the single input of every renderer. */

/** What became of an article: kept, split, merged, added or deleted. */
export type Relation = 'matched' | 'split' | 'merged' | 'added' | 'deleted'
/** How much a matched text changed: not at all, only references following a renumbering, editorially, or substantively. */
export type ChangeClass = 'none' | 'references-only' | 'editorial' | 'substantive'
/** Which alignment pass produced a relation. */
export type MatchPass = 'concordance' | 'identical' | 'number-title' | 'title' | 'content' | 'number' | 'split' | 'merge'

/** A piece of a word-level redline; the `equal` and `delete` pieces rebuild the old text, `equal` and `insert` the new. */
export interface Piece {
  type: 'equal' | 'insert' | 'delete'
  text: string
}

/** A word-level diff: pieces in order and the words added and removed. */
export interface Redline {
  pieces: Piece[]
  /** True when the word diff gave up (too many edits or too slow) and fell back to replacing the whole text. */
  coarse: boolean
  wordsAdded: number
  wordsRemoved: number
}

/** What became of a paragraph or subparagraph. */
export type UnitRelation = 'matched' | 'inserted' | 'deleted'

/** One aligned unit (paragraph, subparagraph, closing words, preamble paragraph). */
export interface UnitChange {
  relation: UnitRelation
  old: {id: string; marker: string; text: string} | null
  new: {id: string; marker: string; text: string} | null
  /** The marker changed (`2.` → `3.`). */
  renumbered: boolean
  /** Matched units that changed their order relative to the others. */
  reordered: boolean
  change: ChangeClass
  similarity: number | null
  redline: Redline
}

/** The kinds of negotiation events (brackets, options, markers, references). */
export type EventKind =
  | 'bracket-opened'
  | 'bracket-agreed'
  | 'bracket-dropped'
  | 'options-narrowed'
  | 'options-resolved'
  | 'marker-gained'
  | 'marker-lost'
  | 'reference-renumbered'
  | 'reference-removed'

/** A negotiation event in an article: a bracket closing, a marker appearing, a reference following a renumbering. */
export interface NegotiationEvent {
  kind: EventKind
  /** The unit it happened in (new side when there is one). */
  unit: string | null
  /** Bracketed text, marker name, or reference text. */
  text: string
  /** For reference events and options: the before and after. */
  from?: string
  to?: string
}

/** One article on one side of a link, as the diff reports it. */
export interface ArticleSide {
  number: string
  id: string
  title: string | null
  chapter: string | null
  /** The sections and titles around it below its chapter, in words: `Section 1, Title 2`; null when none. */
  division: string | null
  /** Bracketed spans still open in this article (status markers excluded). */
  openBrackets: number
}

/** A chapter of a version with its article and open-bracket counts. */
export interface ChapterInfo {
  /** The Roman numeral: `IV`. */
  number: string
  title: string | null
  articles: number
  openBrackets: number
}

/** What became of one or more articles: one entry per relation; every article of both versions is in exactly one. */
export interface ArticleChange {
  relation: Relation
  old: string[]
  new: string[]
  oldArticles: ArticleSide[]
  newArticles: ArticleSide[]
  renumbered: boolean
  /** The article left its chapter's (or section's) lineage: a chapter only renumbered or renamed moves nothing. */
  moved: boolean
  titleChanged: boolean
  change: ChangeClass
  matchedBy: MatchPass | null
  similarity: number | null
  /** The lineage key: the old side's first article, labelled with its version; for added articles, the new side's. */
  lineage: string
  units: UnitChange[]
  events: NegotiationEvent[]
  wordsAdded: number
  wordsRemoved: number
  bracketsOpened: number
  bracketsClosed: number
}

/** A chapter, section or title on one side of a `ChapterChange`. */
export interface ChapterSide {
  /** `ch-IV`, `ch-II/sec-1`. */
  id: string
  /** The numeral or number as written: `IV`, `1`. */
  number: string
  title: string | null
  /** Articles in it. */
  articles: number
}

/**
 * What became of one or more chapters (or sections, or titles), decided from the articles they hold and their titles:
 * the same shape as `ArticleChange`; every chapter of both versions is in exactly one entry.
 */
export interface ChapterChange {
  kind: 'chapter' | 'section' | 'title'
  relation: Relation
  old: string[]
  new: string[]
  oldChapters: ChapterSide[]
  newChapters: ChapterSide[]
  /** The numeral differs (first old against first new). */
  renumbered: boolean
  /** The title differs (whitespace folded; a title gained or lost counts). */
  titleChanged: boolean
  /** The lineage key: `<old label>:<id of the first old chapter>`, or for an added chapter `<new label>:<its id>`. */
  lineage: string
}

/** One compared version: label, metadata, counts and chapters. */
export interface VersionInfo {
  label: string
  meta: Record<string, unknown>
  counts: {chapters: number; articles: number; words: number; openBrackets: number}
  chapters: ChapterInfo[]
}

/** Totals of a diff: relations, change classes, brackets and words. */
export interface DiffSummary {
  relations: Record<Relation, number>
  changes: Record<ChangeClass, number>
  bracketsOpened: number
  bracketsClosed: number
  wordsAdded: number
  wordsRemoved: number
}

/** The comparison of two versions (JSON of `draftdiff diff`, schemaVersion 1). */
export interface DraftDiff {
  schemaVersion: 1
  old: VersionInfo
  new: VersionInfo
  articles: ArticleChange[]
  /** Chapter alignment, in the new version's order (a deleted chapter after the entry holding its old predecessor). */
  chapters: ChapterChange[]
  /** Section and title alignment, in the same order; empty when neither version has sections or titles. */
  divisions: ChapterChange[]
  preamble: UnitChange[]
  summary: DiffSummary
}
