/** A proposal review as plain data: commits, sessions changed, attribution, broken references, collisions (read by the pr renderers). */
import type {DraftDiff} from './diff.js'
import type {Draft} from './types.js'

/** One commit as the review reads it: id, author, date, subject and `Proposed-by:` trailers. */
export interface CommitInfo {
  sha: string
  author: string
  date: string
  subject: string
  /** Values of `Proposed-by:` trailers. */
  proposedBy: string[]
  /** The message body without its trailers (the proposal's rationale), where read (`commitsTouching`). */
  body?: string
}

/** One session folder a proposal changes: the draft at the merge base and at the head, their diff, new check findings. */
export interface SessionChange {
  /** The session folder, relative to the repository root. */
  folder: string
  before: Draft | null
  after: Draft | null
  diff: DraftDiff
  /** `check` findings present at the head but not at the merge base. */
  introduced: Finding[]
}

/** A `check` finding, located in its file. */
export interface Finding {
  file: string
  line: number | null
  column: number | null
  ruleId: string
  severity: 'error' | 'warning'
  message: string
}

/** What a branch changes: its merge base with the base, its commits, and the sessions it touches. */
export interface Proposal {
  base: string
  head: string
  mergeBase: string
  commits: CommitInfo[]
  sessions: SessionChange[]
}

/** A reference the proposal left pointing at another article than it meant. */
export interface BrokenReference {
  /** Where the reference is, in the head draft. */
  unit: string
  text: string
  /** The article the number named before the proposal, and its number now. */
  meant: {title: string | null; nowNumber: string | null}
  /** The article the number names now, if any. */
  now: {title: string | null} | null
}

/** An article that this proposal and another one both change. */
export interface Collision {
  other: string
  folder: string
  article: string
  /** Units both proposals change. */
  shared: string[]
  /** True when both change the same paragraph or subparagraph; false when they change different parts of one article. */
  overlap: boolean
}

/** A changed session with its attribution and broken references. */
export interface ReviewedSession extends SessionChange {
  /** Head article number → proposers of the commits that changed it. */
  attribution: Map<string, string[]>
  /** Head article number → the commits that changed it, oldest first (their bodies are the rationale). */
  commitsByArticle: Map<string, CommitInfo[]>
  broken: BrokenReference[]
}

/** The whole review of a proposal, the input of the pr renderers. */
export interface Review {
  base: string
  head: string
  mergeBase: string
  commits: CommitInfo[]
  proposers: string[]
  sessions: ReviewedSession[]
  collisions: Collision[]
}
