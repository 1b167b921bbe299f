/** The typed model of a draft: plain data, no behaviour, shared by every layer. */

/** A place in a file: 1-based line and column, 0-based offset into the normalised text. */
export interface Point {
  line: number
  column: number
  offset: number
}

/** A span of source, from `start` (inclusive) to `end` (exclusive), in one file. */
export interface Range {
  file: string
  start: Point
  end: Point
}

/** A bracketed span `[...]` of text not yet agreed; offsets are relative to the unit's `text`. */
export interface BracketSpan {
  start: number
  end: number
  /** 1 for an outermost bracket, 2 inside it, … */
  depth: number
  /** The text inside the brackets. */
  inner: string
  /** `Option 1`, `Alternative B` … when the bracket opens with such a label. */
  option: string | null
  /** Index of the group of consecutive options this span belongs to, or null. */
  group: number | null
  /**
   * For a bracket that spans units (opened in one paragraph, closed in a later one): `next` on
   * the piece that opens it, `previous` on the piece that closes it; null otherwise.
   */
  continues: 'next' | 'previous' | null
}

/** A status marker such as `[agreed ad referendum]`; offsets relative to the unit's `text`. */
export interface StatusMarker {
  /** The marker as written, without brackets, lower-cased: `agreed ad referendum`. */
  name: string
  start: number
  end: number
  /** False when the phrase looks like a marker but is not in the known list. */
  known: boolean
}

/** One target of a cross-reference: an article, optionally a paragraph and subparagraph. */
export interface ReferenceTarget {
  article: string | null
  paragraph: string | null
  subparagraph: string | null
  chapter: string | null
  /** The id of the unit this resolves to in the same draft, or null when it does not exist. */
  resolved: string | null
}

/** What a cross-reference names. */
export type ReferenceKind = 'article' | 'paragraph' | 'subparagraph' | 'chapter'

/** A cross-reference in running text: "article 14, paragraph 2 (b)". */
export interface CrossReference {
  kind: ReferenceKind
  /** The reference as written. */
  text: string
  start: number
  end: number
  /** Spans (relative to the unit's text) of each number in the reference, for renumbering checks. */
  numbers: Array<{start: number; end: number; value: string}>
  targets: ReferenceTarget[]
  /** True for a reference into another instrument ("article 2 of the Convention against …"). */
  external: boolean
  /** True for a span such as "articles 7 to 11": `targets` then holds the two ends. */
  range: boolean
}

/** A footnote reference `[^label]`, offsets relative to the unit's `text`. */
export interface FootnoteRef {
  label: string
  start: number
  end: number
}

/** What every addressable piece of text carries. */
export interface TextUnit {
  /** Structural id: `art-12/para-2/sub-b`. */
  id: string
  /** The whole unit in the source, including its number marker. */
  range: Range
  /** The unit's own text (without its number marker or children), exactly as in the source. */
  text: string
  /** Offset of `text` in the file. */
  textOffset: number
  brackets: BracketSpan[]
  markers: StatusMarker[]
  references: CrossReference[]
  footnoteRefs: FootnoteRef[]
}

/** A lettered or numbered subparagraph, possibly with its own subparagraphs. */
export interface Subparagraph extends TextUnit {
  kind: 'subparagraph'
  /** `b` for `(b)`, `ii` for `(ii)`. */
  number: string
  /** 1 for `(a)`, 2 for `(i)` inside a subparagraph. */
  level: 1 | 2
  children: Subparagraph[]
}

/** A numbered (or unnumbered) paragraph of an article. */
export interface Paragraph extends TextUnit {
  kind: 'paragraph'
  /** `2` for `2.`; null for an unnumbered paragraph. */
  number: string | null
  /** The text is the chapeau when there are subparagraphs. */
  subparagraphs: Subparagraph[]
  /** Closing words after the subparagraphs, or null. */
  closing: TextUnit | null
}

/** A preambular paragraph. */
export interface PreambleParagraph extends TextUnit {
  kind: 'preamble-paragraph'
  /** `3` for `(3)`, or null. */
  number: string | null
}

/** The preamble: opening words, preambular paragraphs and closing words. */
export interface Preamble {
  id: 'preamble'
  range: Range
  opening: TextUnit | null
  paragraphs: PreambleParagraph[]
  closing: TextUnit | null
}

/** A chapter heading: number and title. */
export interface Chapter {
  /** `ch-IV` */
  id: string
  /** The Roman numeral as written, upper-cased: `IV`. */
  number: string
  /** Its value: 4; 0 when the numeral is not valid. */
  value: number
  title: string | null
  range: Range
  /** Ids of the articles in this chapter, in order. */
  articles: string[]
}

/**
 * A level between chapter and article: a section, or a title inside a section
 * (Chapter II, Section 1, Title 1). Drafts without such headings have none.
 */
export interface Division {
  /** `ch-II/sec-1`, `ch-II/sec-1/title-1`; `sec-1` before any chapter. */
  id: string
  kind: 'section' | 'title'
  /** The number as written, upper-cased when it is a Roman numeral: `1`, `IV`. */
  number: string
  title: string | null
  /** The enclosing chapter's numeral, or null. */
  chapter: string | null
  /** The id of the enclosing division (a title's section), or null. */
  parent: string | null
  range: Range
  /** Ids of the articles in it (directly or through a nested division), in order. */
  articles: string[]
}

/** An article: number, title, chapter, status markers and paragraphs. */
export interface Article {
  kind: 'article'
  /** `art-12-bis` */
  id: string
  /** The number exactly as written after "Article": `12 bis`. */
  number: string
  /** The whole-number part: 12. */
  base: number
  /** `bis`, `ter` … or null. */
  suffix: string | null
  /** Position among the draft's articles, from 1. */
  ordinal: number
  title: string | null
  /** The chapter's numeral (`IV`), or null before any chapter. */
  chapter: string | null
  /** The id of the innermost section or title holding the article, or null. */
  division: string | null
  /** Status markers on the heading or on the line under it. */
  status: StatusMarker[]
  /** The heading line(s). */
  headingRange: Range
  /** The heading through the end of the article's last paragraph. */
  range: Range
  paragraphs: Paragraph[]
  /** SHA-1 of the article's normalised source: the parse cache key. */
  hash: string
}

/** A footnote definition. */
export interface Footnote {
  label: string
  text: string
  range: Range
}

/** A draft's front matter (session, symbol, date…). */
export interface DraftMeta {
  session?: string
  ordinal?: number
  title?: string
  symbol?: string
  date?: string
  venue?: string
  statusMarkers?: string[]
  [key: string]: unknown
}

/** A parsed draft: metadata, preamble, chapters, divisions, articles and footnotes. */
export interface Draft {
  meta: DraftMeta
  /** The files the draft was read from, in order. */
  files: string[]
  preamble: Preamble | null
  chapters: Chapter[]
  /** Sections and titles between chapters and articles, in document order (parents before children). */
  divisions: Division[]
  articles: Article[]
  footnotes: Footnote[]
}
