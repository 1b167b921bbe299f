/**
 * The version model every comparison takes. A `Version` is a parsed draft and its label; a
 * `VersionIndex` is what the engine reads of a version before parsing anything (numbers, ids,
 * chapters, body keys), with each article parsed on first use. History composes indexes straight
 * from git objects; every other client indexes a parsed draft with `indexVersion`.
 */
import type {ArticleSource} from '../align/articles.js'
import {bodyText} from '../align/text.js'
import {draftGroups, type Groups} from './structure.js'
import {emptyDraft} from '../model/draft.js'
import type {Article, Division, Draft} from '../model/types.js'

/** A version to compare: its parsed draft and a label (session id, file, ref). */
export interface Version {
  label: string
  draft: Draft
}

/** A version as the engine indexes it: per article, what pairing reads at once, and the parsed article on demand. */
export interface VersionIndex extends ArticleSource {
  /** Equal keys, equal versions. */
  key: string
  /** Per article, in order: the number as written, the structural id, the chapter numeral. */
  numbers: string[]
  ids: string[]
  chapters: Array<string | null>
  /**
   * Per article, a key of its body: equal keys mean equal bodies, which a pair matches before
   * aligning anything (`bodyText` for parsed drafts; a hash of the body's source for composed ones).
   */
  bodies: string[]
  /** Per article, a key of its heading, body and chapter: equal looks mean nothing a report shows changed. */
  looks: string[]
  chapterTitles: Map<string, string | null>
  /** The chapters, sections and titles, each with the indices of its articles. */
  groups: Groups
  /** The sections and titles (what a side's `division` label is read from). */
  divisions: Division[]
  /** The parsed article at an index (parsed on first use). */
  article: (index: number) => Article
}

/** The index of a parsed draft, under `key`. */
export function indexVersion(key: string, draft: Draft): VersionIndex {
  return {
    key,
    numbers: draft.articles.map((a) => a.number),
    ids: draft.articles.map((a) => a.id),
    chapters: draft.articles.map((a) => a.chapter),
    bodies: draft.articles.map(bodyText),
    looks: draft.articles.map((a) => `${a.hash}|${a.chapter ?? ''}|${a.division ?? ''}`),
    chapterTitles: new Map(draft.chapters.map((c) => [c.number, c.title])),
    groups: draftGroups(draft),
    divisions: draft.divisions,
    article: (index) => {
      const article = draft.articles[index]
      if (!article) throw new Error(`indexVersion: no article ${index} in ${key}; ask only for indices below numbers.length`)
      return article
    }
  }
}

/** A draft holding the articles of `index` at `indices` (in place; the others left empty): enough to classify one link's change. */
export function sparseDraft(index: VersionIndex, indices: number[]): Draft {
  const articles: Article[] = new Array<Article>(index.numbers.length)
  for (const i of indices) articles[i] = index.article(i)
  return {...emptyDraft(articles), divisions: index.divisions}
}
