/**
 * Chapter, section and title alignment between two versions, decided from the articles each holds (through the
 * article alignment) and from their titles, never from their numerals: an inserted chapter shifts numerals and
 * moves nothing. See docs/alignment.md#chapters.
 */
import type {Relation} from '../model/diff.js'
import type {Draft} from '../model/types.js'
import type {ArticleLink} from './articles.js'
import {fold} from './text.js'

/** A chapter, section or title as the alignment sees it: its articles as indices into the draft's articles. */
export interface Group {
  id: string
  number: string
  title: string | null
  articles: number[]
}

/** One relation between groups of the two versions (indices into the group lists); every group is in exactly one. */
export interface GroupLink {
  relation: Relation
  old: number[]
  new: number[]
}

/** Which groups of a draft to align: its chapters, or its sections, or its titles. */
export type GroupKind = 'chapter' | 'section' | 'title'

/** The chapters (or sections, or titles) of a draft as groups of article indices (`ids`: the articles' ids in order). */
export function groupsOf(draft: Pick<Draft, 'chapters' | 'divisions' | 'articles'>, kind: GroupKind, ids: readonly string[] = draft.articles.map((article) => article.id)): Group[] {
  const index = new Map(ids.map((id, k) => [id, k]))
  const indices = (ids: string[]) => ids.map((id) => index.get(id)).filter((k): k is number => k !== undefined)
  if (kind === 'chapter') return draft.chapters.map((c) => ({id: c.id, number: c.number, title: c.title, articles: indices(c.articles)}))
  return draft.divisions.filter((d) => d.kind === kind).map((d) => ({id: d.id, number: d.number, title: d.title, articles: indices(d.articles)}))
}

/** Share of a group's articles that must go to (or come from) one other group for a merge (or split) rather than moves. */
export const pieceShare = 0.5

/**
 * Align two lists of groups. A group continues the group it exchanges most articles with when each is the other's
 * best (ties: same title, then the nearest position); then groups left over with the same title are matched; a group
 * still left over whose articles mostly (at least `pieceShare` of all of them) went to, or came from, one continued
 * group is merged into it, or split off it; what is left is added or deleted, its carried articles moved.
 */
export function alignGroups(before: Group[], after: Group[], links: ArticleLink[]): GroupLink[] {
  const flow = new Flow(before, after, links)
  const oldLink: Array<GroupLink | null> = before.map(() => null)
  const newLink: Array<GroupLink | null> = after.map(() => null)
  const connect = (g: number, h: number) => {
    const link: GroupLink = {relation: 'matched', old: [g], new: [h]}
    oldLink[g] = link
    newLink[h] = link
  }
  before.forEach((_, g) => {
    const h = flow.bestNew(g)
    if (h !== null && flow.bestOld(h) === g) connect(g, h)
  })
  // A chapter still there under its title (emptied, or refilled) keeps its identity before anything is merged into another.
  matchTitles(before, after, oldLink, newLink, connect)
  // Merges: an old group whose articles mostly went into one continued group.
  before.forEach((group, g) => {
    const h = flow.bestNew(g)
    const link = h === null ? null : newLink[h]
    if (oldLink[g] || h === null || !link || link.new.length > 1 || flow.weight(g, h) < pieceShare * group.articles.length) return
    link.old.push(g)
    oldLink[g] = link
  })
  // Splits: a new group whose articles mostly came from one continued group.
  after.forEach((group, h) => {
    const g = flow.bestOld(h)
    const link = g === null ? null : oldLink[g]
    if (newLink[h] || g === null || !link || link.old.length > 1 || flow.weight(g, h) < pieceShare * group.articles.length) return
    link.new.push(h)
    newLink[h] = link
  })
  const result: GroupLink[] = []
  for (const link of new Set(newLink)) if (link) result.push(link)
  for (const [h, link] of newLink.entries()) if (!link) result.push({relation: 'added', old: [], new: [h]})
  for (const [g, link] of oldLink.entries()) if (!link) result.push({relation: 'deleted', old: [g], new: []})
  for (const link of result) {
    link.old.sort((a, b) => a - b)
    link.new.sort((a, b) => a - b)
    if (link.old.length > 1) link.relation = 'merged'
    else if (link.new.length > 1) link.relation = 'split'
  }
  return order(result)
}

/** Unique titles left on both sides pair up (a chapter that lost or gained all its articles keeps its identity). */
function matchTitles(before: Group[], after: Group[], oldLink: Array<GroupLink | null>, newLink: Array<GroupLink | null>, connect: (g: number, h: number) => void): void {
  const byTitle = (groups: Group[], linked: Array<GroupLink | null>) => {
    const map = new Map<string, number[]>()
    groups.forEach((group, k) => {
      const key = fold(group.title ?? '').toLowerCase()
      if (linked[k] || key === '') return
      const list = map.get(key)
      if (list) list.push(k)
      else map.set(key, [k])
    })
    return map
  }
  const news = byTitle(after, newLink)
  for (const [title, olds] of byTitle(before, oldLink)) {
    const candidates = news.get(title)
    if (olds.length === 1 && candidates?.length === 1) connect(olds[0] as number, candidates[0] as number)
  }
}

/** Links in the new version's order; a deleted group right after the link holding its old predecessor. */
function order(links: GroupLink[]): GroupLink[] {
  const placed = links.filter((link) => link.new.length > 0).sort((a, b) => (a.new[0] ?? 0) - (b.new[0] ?? 0))
  const deleted = links.filter((link) => link.new.length === 0).sort((a, b) => (a.old[0] ?? 0) - (b.old[0] ?? 0))
  const holder = new Map<number, GroupLink>()
  for (const link of links) for (const g of link.old) holder.set(g, link)
  // Each deleted group follows the link of the old group before it (a run of deleted groups, the link before the run).
  const anchor = new Map<GroupLink, GroupLink | null>()
  const after = new Map<GroupLink | null, GroupLink[]>()
  for (const link of deleted) {
    const previous = holder.get((link.old[0] ?? 0) - 1) ?? null
    const at = previous && previous.new.length === 0 ? (anchor.get(previous) ?? null) : previous
    anchor.set(link, at)
    const list = after.get(at)
    if (list) list.push(link)
    else after.set(at, [link])
  }
  return [...(after.get(null) ?? []), ...placed.flatMap((link) => [link, ...(after.get(link) ?? [])])]
}

/** How many article links join each old group to each new group. */
class Flow {
  private readonly counts = new Map<string, number>()
  private readonly outgoing: Array<Set<number>>
  private readonly incoming: Array<Set<number>>

  constructor(
    private readonly before: Group[],
    private readonly after: Group[],
    links: ArticleLink[]
  ) {
    const oldGroup = owners(before)
    const newGroup = owners(after)
    this.outgoing = before.map(() => new Set())
    this.incoming = after.map(() => new Set())
    for (const link of links) {
      const pairs = new Set<string>()
      for (const i of link.old) {
        const g = oldGroup.get(i)
        if (g === undefined) continue
        for (const j of link.new) {
          const h = newGroup.get(j)
          if (h !== undefined) pairs.add(`${g},${h}`)
        }
      }
      for (const key of pairs) {
        const [g, h] = key.split(',').map(Number) as [number, number]
        this.counts.set(key, (this.counts.get(key) ?? 0) + 1)
        this.outgoing[g]?.add(h)
        this.incoming[h]?.add(g)
      }
    }
  }

  weight(g: number, h: number): number {
    return this.counts.get(`${g},${h}`) ?? 0
  }

  /** The new group receiving most of `g`'s articles; ties: same title, then nearest position, then first. */
  bestNew(g: number): number | null {
    return this.best([...(this.outgoing[g] ?? [])], (h) => this.weight(g, h), (h) => this.tie(g, h))
  }

  /** The old group giving most of `h`'s articles; same ties. */
  bestOld(h: number): number | null {
    return this.best([...(this.incoming[h] ?? [])], (g) => this.weight(g, h), (g) => this.tie(g, h))
  }

  private tie(g: number, h: number): [number, number] {
    const same = fold(this.before[g]?.title ?? '').toLowerCase() === fold(this.after[h]?.title ?? '').toLowerCase()
    return [same ? 0 : 1, Math.abs(g - h)]
  }

  private best(candidates: number[], weight: (k: number) => number, tie: (k: number) => [number, number]): number | null {
    let best: number | null = null
    for (const k of candidates.sort((a, b) => a - b)) {
      if (best === null) best = k
      else {
        const [w, v] = [weight(k), weight(best)]
        const [t, u] = [tie(k), tie(best)]
        if (w > v || (w === v && (t[0] < u[0] || (t[0] === u[0] && t[1] < u[1])))) best = k
      }
    }
    return best
  }
}

/** For each article index, the group holding it (the innermost, for nested groups: later groups win). */
export function owners(groups: Group[]): Map<number, number> {
  const out = new Map<number, number>()
  groups.forEach((group, k) => {
    for (const article of group.articles) out.set(article, k)
  })
  return out
}

/** Which link each old and each new group is in: `moved` compares them. */
export function linkIndex(links: GroupLink[]): {old: Map<number, number>; new: Map<number, number>} {
  const old = new Map<number, number>()
  const now = new Map<number, number>()
  links.forEach((link, k) => {
    for (const g of link.old) old.set(g, k)
    for (const h of link.new) now.set(h, k)
  })
  return {old, new: now}
}
