/**
 * The chapters, sections and titles of two versions aligned through their article links, and the one
 * `moved` test every client uses: an article moved when its chapter, section or title on one side
 * is not in the same group link as its chapter, section or title on the other.
 */
import type {ArticleLink} from '../align/articles.js'
import {alignGroups, groupsOf, linkIndex, owners, type Group, type GroupKind, type GroupLink} from '../align/chapters.js'
import type {Draft} from '../model/types.js'

/** The levels of structure, outermost first. */
export const groupKinds: readonly GroupKind[] = ['chapter', 'section', 'title']

/** A version's groups at every level: what `alignLevels` reads. */
export type Groups = Record<GroupKind, Group[]>

/** A parsed draft's groups at every level. */
export function draftGroups(draft: Draft): Groups {
  return {chapter: groupsOf(draft, 'chapter'), section: groupsOf(draft, 'section'), title: groupsOf(draft, 'title')}
}

/** One level of two versions aligned: its groups on each side and the links between them. */
export interface Level {
  kind: GroupKind
  before: Group[]
  after: Group[]
  links: GroupLink[]
}

/** Align every level of two versions through one article alignment. */
export function alignLevels(before: Groups, after: Groups, links: ArticleLink[]): Level[] {
  return groupKinds.map((kind) => ({kind, before: before[kind], after: after[kind], links: alignGroups(before[kind], after[kind], links)}))
}

/** Whether old article `i` and new article `j`, given aligned levels, stand in groups of different lineages. */
export function movedAcross(levels: Level[]): (i: number, j: number) => boolean {
  const prepared = levels.map((level) => ({kind: level.kind, index: linkIndex(level.links), oldOwner: owners(level.before), newOwner: owners(level.after), both: level.before.length > 0 && level.after.length > 0}))
  return (i, j) =>
    prepared.some((level) => {
      const [g, h] = [level.oldOwner.get(i), level.newOwner.get(j)]
      // Outside any chapter on one side only: moved when both versions have chapters. Sections and titles
      // introduced (or removed) around an article do not move it.
      if (g === undefined || h === undefined) return level.kind === 'chapter' && level.both && g !== h
      return level.index.old.get(g) !== level.index.new.get(h)
    })
}

/**
 * Per article, where it stands: its chapter's, section's and title's numbers. When two versions
 * have the same places in the same order, every group continues itself, and an article that keeps
 * its place did not move — without aligning anything.
 */
export function placesOf(groups: Groups, count: number): string[] {
  const places: string[][] = Array.from({length: count}, () => [])
  groupKinds.forEach((kind, level) => {
    for (const group of groups[kind]) for (const k of group.articles) if (places[k]) places[k][level] = group.number
  })
  return places.map((place) => place.join('|'))
}
