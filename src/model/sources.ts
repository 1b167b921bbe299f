/** Where a draft's text comes from: the passages of reference instruments its units resemble (`draftdiff sources`, docs/sources.md). */
import type {Redline} from './diff.js'

/** One passage a unit comes from. */
export interface Source {
  /** The reference's name. */
  reference: string
  /** The unit id in the reference (`art-46/para-9/sub-b`), and its citation ("article 46, paragraph 9 (b)"). */
  unit: string
  citation: string
  /** Share of words in common, from 0 to 1 (2 · common / (words of both)). */
  similarity: number
  /** From the reference's text to the draft's. */
  redline: Redline
}

/** The sources of one unit of the draft (none when nothing reaches the threshold). */
export interface UnitSources {
  /** The unit id in the draft, and its citation (a preambular paragraph by its number as written). */
  unit: string
  citation: string
  sources: Source[]
}

/** The reference article most of an article's paragraphs come from. */
export interface ArticleSource {
  article: string
  reference: string
  /** The reference article's id. */
  from: string
  /** Units of the article whose best source is in that reference article, and units with any source. */
  units: number
  of: number
}
