/** The chapters, sections and titles of a comparison, and whether an article left its chapter's lineage (`moved`). */
import type {ArticleLink} from '../align/articles.js'
import type {Group, GroupLink} from '../align/chapters.js'
import {fold} from '../align/text.js'
import {alignLevels, draftGroups, movedAcross, type Level} from '../engine/structure.js'
import type {ChapterChange, ChapterSide} from '../model/diff.js'
import type {Draft} from '../model/types.js'

/** The aligned structure of two versions. */
export interface Structure {
  chapters: ChapterChange[]
  /** Sections, then titles. */
  divisions: ChapterChange[]
  /** Whether an article relation took its (first) article out of its chapter's, section's or title's lineage. */
  moved: (link: ArticleLink) => boolean
}

/** Align the chapters, sections and titles of two labelled drafts through their article links. */
export function compareStructure(before: {label: string; draft: Draft}, after: {label: string; draft: Draft}, links: ArticleLink[]): Structure {
  const levels = alignLevels(draftGroups(before.draft), draftGroups(after.draft), links)
  const moved = movedAcross(levels)
  const entries = (level: Level) => level.links.map((link) => chapterChange(level, link, before.label, after.label))
  const [chapters, ...divisions] = levels
  return {
    chapters: chapters ? entries(chapters) : [],
    divisions: divisions.flatMap(entries),
    moved: (link) => link.old[0] !== undefined && link.new[0] !== undefined && moved(link.old[0], link.new[0])
  }
}

function chapterChange(level: Level, link: GroupLink, beforeLabel: string, afterLabel: string): ChapterChange {
  const olds = link.old.map((g) => level.before[g]).filter((g): g is Group => g !== undefined)
  const news = link.new.map((h) => level.after[h]).filter((h): h is Group => h !== undefined)
  const [first, firstNew] = [olds[0], news[0]]
  return {
    kind: level.kind,
    relation: link.relation,
    old: olds.map((g) => g.number),
    new: news.map((g) => g.number),
    oldChapters: olds.map(side),
    newChapters: news.map(side),
    renumbered: Boolean(first && firstNew && first.number !== firstNew.number),
    titleChanged: Boolean(first && firstNew && fold(first.title ?? '') !== fold(firstNew.title ?? '')),
    lineage: first ? `${beforeLabel}:${first.id}` : `${afterLabel}:${firstNew?.id ?? ''}`
  }
}

function side(group: Group): ChapterSide {
  return {id: group.id, number: group.number, title: group.title, articles: group.articles.length}
}
