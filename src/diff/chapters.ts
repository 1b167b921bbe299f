/** The chapters, sections and titles of a comparison, and whether an article left its chapter's lineage (`moved`). */
import type {ArticleLink} from '../align/articles.js'
import {alignGroups, groupsOf, linkIndex, owners, type Group, type GroupKind, type GroupLink} from '../align/chapters.js'
import {fold} from '../align/text.js'
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

interface Level {
  kind: GroupKind
  before: Group[]
  after: Group[]
  links: GroupLink[]
}

/** Align the chapters, sections and titles of two labelled drafts through their article links. */
export function compareStructure(before: {label: string; draft: Draft}, after: {label: string; draft: Draft}, links: ArticleLink[]): Structure {
  const levels: Level[] = (['chapter', 'section', 'title'] as const).map((kind) => {
    const a = groupsOf(before.draft, kind)
    const b = groupsOf(after.draft, kind)
    return {kind, before: a, after: b, links: alignGroups(a, b, links)}
  })
  const entries = (level: Level) => level.links.map((link) => chapterChange(level, link, before.label, after.label))
  const [chapters, ...divisions] = levels
  return {
    chapters: chapters ? entries(chapters) : [],
    divisions: divisions.flatMap(entries),
    moved: movedTest(levels)
  }
}

function movedTest(levels: Level[]): (link: ArticleLink) => boolean {
  const prepared = levels.map((level) => ({kind: level.kind, index: linkIndex(level.links), oldOwner: owners(level.before), newOwner: owners(level.after), both: level.before.length > 0 && level.after.length > 0}))
  return (link) => {
    const [i, j] = [link.old[0], link.new[0]]
    if (i === undefined || j === undefined) return false
    return prepared.some((level) => {
      const [g, h] = [level.oldOwner.get(i), level.newOwner.get(j)]
      // Outside any chapter on one side only: moved when both versions have chapters. Sections and titles
      // introduced (or removed) around an article do not move it.
      if (g === undefined || h === undefined) return level.kind === 'chapter' && level.both && g !== h
      return level.index.old.get(g) !== level.index.new.get(h)
    })
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
