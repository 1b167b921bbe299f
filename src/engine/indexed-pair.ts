/**
 * Two indexed versions paired on demand. Articles whose bodies are the same and unique on each side
 * are matched at once, without parsing them; the alignment of the rest runs once, on first need, with
 * those matches passed in as fixed (`identical`), so it reads only the articles that changed. Its
 * links are exactly `alignArticles` on the two whole drafts.
 */
import {alignSources, type ArticleLink, type Options} from '../align/articles.js'
import {alignLevels, movedAcross, placesOf} from './structure.js'
import {removedNumbers, renumberingOf, type Renumbering} from './renumbering.js'
import type {VersionIndex} from './version.js'

/** Old and new indices of the articles whose body keys are equal, non-empty and unique on each side. */
export function identicalBodies(before: VersionIndex, after: VersionIndex): Array<[number, number]> {
  if (before === after) return before.bodies.map((_, i) => [i, i])
  const unique = (bodies: string[]) => {
    const at = new Map<string, number>()
    bodies.forEach((body, k) => at.set(body, at.has(body) ? -1 : k))
    return at
  }
  const news = unique(after.bodies)
  const pins: Array<[number, number]> = []
  for (const [body, i] of unique(before.bodies)) {
    const j = news.get(body)
    if (body !== '' && i >= 0 && j !== undefined && j >= 0) pins.push([i, j])
  }
  return pins
}

/** Two versions paired lazily: identical bodies at once, the rest aligned once when first needed. */
export class IndexedPair {
  private readonly pinnedOld = new Map<number, number>()
  private readonly pinnedNew = new Map<number, number>()
  private aligned: {links: ArticleLink[]; ofOld: ArticleLink[]; ofNew: ArticleLink[]} | null = null
  private derived: {renumbering: Renumbering; removed: Set<string>} | null = null
  private movedTest: ((i: number, j: number) => boolean) | null = null
  private places: {before: string[]; after: string[]; same: boolean} | null = null
  /** Whether the rest had to be aligned (for statistics). */
  alignedRest = false

  constructor(
    readonly before: VersionIndex,
    readonly after: VersionIndex,
    private readonly options: Options = {}
  ) {
    // Articles the concordance names are placed by it, not by their bodies.
    const named = concordanceNumbers(options)
    for (const [i, j] of identicalBodies(before, after)) {
      if (named.old.has(before.numbers[i] ?? '') || named.new.has(after.numbers[j] ?? '')) continue
      this.pinnedOld.set(i, j)
      this.pinnedNew.set(j, i)
    }
  }

  /** Whether old article `i` is matched by identical body (its link needs no alignment). */
  pinned(i: number): boolean {
    return this.pinnedOld.has(i)
  }

  /** The link holding old article `i`. */
  linkOfOld(i: number): ArticleLink {
    const j = this.pinnedOld.get(i)
    if (j !== undefined) return identicalLink(i, j)
    const link = this.all().ofOld[i]
    if (!link) throw new Error(`IndexedPair.linkOfOld: no old article ${i}; ask only for indices below before.numbers.length`)
    return link
  }

  /** The link holding new article `j`. */
  linkOfNew(j: number): ArticleLink {
    const i = this.pinnedNew.get(j)
    if (i !== undefined) return identicalLink(i, j)
    const link = this.all().ofNew[j]
    if (!link) throw new Error(`IndexedPair.linkOfNew: no new article ${j}; ask only for indices below after.numbers.length`)
    return link
  }

  /** Every link, in the new version's order, as `alignArticles` on the whole drafts gives them. */
  links(): ArticleLink[] {
    return this.all().links
  }

  /** The renumbering and the removed numbers the links imply. */
  renumbering(): {renumbering: Renumbering; removed: Set<string>} {
    if (!this.derived) {
      const links = this.links()
      this.derived = {renumbering: renumberingOf(links, this.before.numbers, this.after.numbers), removed: removedNumbers(links, this.before.numbers)}
    }
    return this.derived
  }

  /** Whether old article `i` and new article `j` stand in chapters, sections or titles of different lineages (`moved`). */
  moved(i: number, j: number): boolean {
    // The same places around every article, and this one kept its place: no group can have changed lineage.
    const places = this.placesOnce()
    if (places.same && places.before[i] === places.after[j]) return false
    this.movedTest ??= movedAcross(alignLevels(this.before.groups, this.after.groups, this.links()))
    return this.movedTest(i, j)
  }

  private placesOnce(): {before: string[]; after: string[]; same: boolean} {
    if (!this.places) {
      const before = placesOf(this.before.groups, this.before.numbers.length)
      const after = placesOf(this.after.groups, this.after.numbers.length)
      this.places = {before, after, same: before.join('\u0000') === after.join('\u0000')}
    }
    return this.places
  }

  private all(): {links: ArticleLink[]; ofOld: ArticleLink[]; ofNew: ArticleLink[]} {
    if (this.aligned) return this.aligned
    const identical = [...this.pinnedOld]
    let links: ArticleLink[]
    if (identical.length === this.before.numbers.length && identical.length === this.after.numbers.length) links = identical.map(([i, j]) => identicalLink(i, j)).sort((a, b) => (a.new[0] ?? 0) - (b.new[0] ?? 0))
    else {
      this.alignedRest = true
      links = alignSources(this.before, this.after, {...this.options, identical})
    }
    const ofOld: ArticleLink[] = []
    const ofNew: ArticleLink[] = []
    for (const link of links) {
      for (const i of link.old) ofOld[i] = link
      for (const j of link.new) ofNew[j] = link
    }
    this.aligned = {links, ofOld, ofNew}
    return this.aligned
  }
}

function concordanceNumbers(options: Options): {old: Set<string>; new: Set<string>} {
  const forced = options.forced ?? []
  return {old: new Set([...forced.flatMap((entry) => entry.old), ...(options.forbiddenOld ?? [])]), new: new Set([...forced.flatMap((entry) => entry.new), ...(options.forbiddenNew ?? [])])}
}

function identicalLink(i: number, j: number): ArticleLink {
  return {relation: 'matched', old: [i], new: [j], matchedBy: 'identical', similarity: 1}
}
