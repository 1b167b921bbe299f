/** Chapter lineage keys across many versions: a chapter keeps the key of the version where it first appeared. */
import type {Options} from '../align/articles.js'
import {alignGroups, groupsOf, type GroupKind} from '../align/chapters.js'
import {chainVersions} from '../engine/chain.js'
import type {Pair} from '../engine/pair.js'
import type {Version} from '../engine/version.js'

/**
 * For each version, the lineage key of each of its chapters (or sections, or titles), in draft order:
 * `<label>:<id>` of the chapter's first appearance. A split's first piece and a merge's result carry the first old
 * key; the other pieces start lineages of their own. The same alignment as `compareDrafts`, so `compare`, `history`,
 * the bracket chart and the Akoma Ntoso chapter `wId`s agree.
 */
export function traceChapterLineage(versions: Version[], options: Options = {}, kind: GroupKind = 'chapter'): string[][] {
  return chapterLineageKeys(versions, chainVersions(versions, options).pairs, kind)
}

/** Chapter lineage keys along pairs already aligned (`pairs[i]` pairs version i with i + 1, as `chainVersions` gives them). */
export function chapterLineageKeys(versions: Version[], pairs: Pair[], kind: GroupKind = 'chapter'): string[][] {
  const keys: string[][] = []
  versions.forEach((version, index) => {
    const groups = groupsOf(version.draft, kind)
    const current: Array<string | undefined> = groups.map(() => undefined)
    const previous = versions[index - 1]
    const previousKeys = keys[index - 1]
    const links = pairs[index - 1]?.links
    if (previous && previousKeys && links) {
      for (const link of alignGroups(groupsOf(previous.draft, kind), groups, links)) {
        const from = link.old[0] === undefined ? undefined : previousKeys[link.old[0]]
        link.new.forEach((h, position) => {
          if (position === 0 || link.relation !== 'split') current[h] = from
        })
      }
    }
    keys.push(groups.map((group, k) => current[k] ?? `${version.label}:${group.id}`))
  })
  return keys
}
