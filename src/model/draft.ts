/** Building drafts in code: the one empty `Draft` literal. */
import type {Article, Draft} from './types.js'

/** A draft with nothing in it but, optionally, some articles (a version absent at a commit, or the articles of one link). */
export function emptyDraft(articles: Article[] = []): Draft {
  return {meta: {}, files: [], preamble: null, chapters: [], divisions: [], articles, footnotes: []}
}
