/** Bracket lineage across versions: plain data, the input of every `brackets` renderer (docs/brackets.md). */
import type {Piece} from './diff.js'
import type {HistoryCommit} from './history.js'

/** A commit as the tracker names it (commits mode): history's commit without the merge flag. */
export type TrackerCommit = Omit<HistoryCommit, 'merge'>

/** One version the brackets were followed through: a session, or a commit's drafts. */
export interface TrackedVersion {
  label: string
  commit: TrackerCommit | null
  /** Open brackets in this version: the figure `sessions` and `diff` give. */
  openBrackets: number
}

/**
 * What happened to a bracket: `opened`, `reworded` (its text changed while bracketed), `narrowed` (other options of
 * its group dropped), `renumbered` (the article, paragraph or subparagraph holding it got another citation),
 * `moved` (found bracketed in another article), `resolved` (brackets removed, text kept) or `dropped`.
 */
export type BracketEventKind = 'opened' | 'reworded' | 'narrowed' | 'renumbered' | 'moved' | 'resolved' | 'dropped'

/** One step of a bracket's life. */
export interface BracketEvent {
  kind: BracketEventKind
  /** The version it happened in. */
  version: string
  commit: TrackerCommit | null
  /** The unit holding the bracket after the event (before it, for `resolved` and `dropped`), and its citation then. */
  unit: string
  citation: string
  /** Its text before and after (reworded, resolved as …), or what was dropped (narrowed). */
  from?: string
  to?: string
  /** Options of the group that were dropped (narrowed), or the option kept (a dropped option). */
  note?: string
}

/** One bracketed span (or one option of a group) followed from the version it opened in. */
export interface BracketTrack {
  /** `<version opened in>:<unit id>#<n>`: the n-th bracket of that unit when it opened. */
  id: string
  openedIn: string
  /** Its citation and unit id in the last version it was open in. */
  unit: string
  citation: string
  status: 'open' | 'resolved' | 'dropped'
  /** The text inside the brackets, now (or when it closed), and when it opened. */
  text: string
  openedText: string
  /** `openedText` against `text`, word by word, when they differ; null when the text is unchanged since it opened. */
  sinceOpened: Piece[] | null
  /** `Option 1` when the bracket is labelled, and the delegations the text names for it. */
  option: string | null
  proponents: string[]
  /** The group of options it belongs to (`<track id of the group's first option>`), or null. */
  group: string | null
  /** Versions from the one it opened in to the one listed (or the one it closed in). */
  age: number
  /** The version it closed in, or null. */
  closedIn: string | null
  events: BracketEvent[]
}

/** `draftdiff brackets`: every bracket of the versions followed, and those open at the last. */
export interface BracketLineage {
  schemaVersion: 1
  mode: 'sessions' | 'commits'
  /** The version the list is at (the last followed). */
  at: string
  versions: TrackedVersion[]
  tracks: BracketTrack[]
}

/** One chapter of the list (or the part outside chapters: the preamble). */
export interface ChapterOutstanding {
  /** The chapter numeral, or null for the part outside chapters. */
  chapter: string | null
  title: string | null
  articles: number
  /** Numbers of the articles without an agreed status marker, in order. */
  notAgreed: string[]
  openBrackets: number
  /** The open bracket that has been open longest (the first in the text among equals). */
  oldest: BracketTrack | null
}

/** `brackets --summary`: the list at the last version, and open brackets per version for the chart. */
export interface Outstanding {
  at: string
  chapters: ChapterOutstanding[]
  openBrackets: number
  notAgreed: number
}
