/** The timeline of one article across versions, and the blame of its paragraphs: plain data, the input of every renderer. */
import type {ChangeClass, NegotiationEvent, UnitChange} from './diff.js'

/** A commit as history shows it. */
export interface HistoryCommit {
  sha: string
  /** The first 7 characters of the id. */
  short: string
  author: string
  /** Author date, ISO 8601 as git prints it (`2024-01-02T11:00:00+00:00`). */
  date: string
  subject: string
  /** Values of `Proposed-by:` trailers. */
  proposedBy: string[]
  /** True for a merge (several parents among the commits scanned). */
  merge: boolean
}

/** The article as it stands in one version. */
export interface ArticleState {
  number: string
  id: string
  title: string | null
  /** The chapter's numeral (`IV`), or null before any chapter. */
  chapter: string | null
  chapterTitle: string | null
  /** The sections and titles around it below its chapter ("Section 1, Title 2"), or null. */
  division: string | null
  /** Status markers on the heading, lower-cased (`informally agreed`). */
  status: string[]
  /** Bracketed spans still open (status markers excluded). */
  openBrackets: number
  words: number
}

/**
 * What an entry records: `first` (in the first version scanned), `added` (absent from the version
 * compared with), `unchanged`, `matched` (changed in some way), `split`, `merged`, `deleted`, or
 * `absent` (sessions mode only: not in this session).
 */
export type EntryRelation = 'first' | 'added' | 'unchanged' | 'matched' | 'split' | 'merged' | 'deleted' | 'absent'

/** One version of the timeline. */
export interface HistoryEntry {
  /** The version's label: a session id, or a commit's short id. */
  version: string
  /** The session folder the version was read from (relative to the repository root in commits mode). */
  session: string | null
  /** The commit (commits mode), else null. */
  commit: HistoryCommit | null
  /** The label of the version this one is compared with, or null for the first. */
  comparedWith: string | null
  relation: EntryRelation
  /** The followed article in this version; null when absent or deleted. */
  article: ArticleState | null
  /** The followed article in the version compared with (null for first, added, absent). */
  from: ArticleState | null
  /** Every article on that side of the relation: the one followed, or all those merged. */
  previous: ArticleState[]
  /** For a split: every piece in this version (the followed one included), in order. */
  pieces: ArticleState[]
  /** The lineage key of the article in this version (sessions mode), else null. */
  lineage: string | null
  renumbered: boolean
  moved: boolean
  titleChanged: boolean
  /** Change class of the text (null for first, added, absent). */
  change: ChangeClass | null
  wordsAdded: number
  wordsRemoved: number
  bracketsOpened: number
  bracketsClosed: number
  markersGained: string[]
  markersLost: string[]
  events: NegotiationEvent[]
  /** Paragraphs and subparagraphs that changed, with word-level redlines; for a split, those now in the followed article (the first piece also has those deleted), so `wordsAdded` and `wordsRemoved` count each word once across the pieces. */
  units: UnitChange[]
}

/** The timeline of one article: `draftdiff history`. */
export interface History {
  schemaVersion: 1
  mode: 'sessions' | 'commits'
  /** The article as asked for (a number or a lineage key). */
  query: string
  /** The label of the version it was named in. */
  from: string
  /** The lineage key of the article in that version (`<label>:<article id>` of its first appearance). */
  lineage: string
  article: ArticleState
  /** Versions scanned: sessions, or commits touching the drafts. */
  scanned: number
  entries: HistoryEntry[]
  /** With --commits in a shallow clone only: the oldest commits present, where the history stops. */
  shallow?: {stopsAt: HistoryCommit[]}
}

/** The commit that last changed one paragraph or subparagraph. */
export interface BlameLine {
  /** Unit id (`art-12/para-2/sub-b`). */
  unit: string
  /** The marker as written (`2.`, `(b)`), empty for unnumbered paragraphs and closing words. */
  marker: string
  /** 0 for paragraphs, 1 for subparagraphs and closing words, 2 for subparagraphs within them. */
  level: number
  text: string
  commit: HistoryCommit
  /** The session folder the commit changed the text in. */
  session: string | null
}

/** `draftdiff blame`: for each unit of the article at one version, the commit that last changed it. */
export interface Blame {
  schemaVersion: 1
  query: string
  /** The label of the version blamed. */
  at: string
  article: ArticleState
  /** Commits walked (ancestors of the version that touch the drafts). */
  scanned: number
  lines: BlameLine[]
  /** In a shallow clone only: the oldest commits present, where blame stops (units credited to them may be older). */
  shallow?: {stopsAt: HistoryCommit[]}
}
