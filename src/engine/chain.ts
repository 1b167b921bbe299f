/**
 * A chain of N versions: each neighbouring pair aligned once, and the one lineage implementation
 * (an article keeps the key of the version where it first appeared).
 */
import type {ArticleLink, Options} from '../align/articles.js'
import {pairVersions, type Pair} from './pair.js'
import type {Version} from './version.js'

/** Versions in order, the pair of each with its predecessor, and every article's lineage key. */
export interface Chain {
  versions: Version[]
  /** `pairs[i]` pairs version i with version i + 1. */
  pairs: Pair[]
  /** For each version, article id → lineage key (`<label>:<id>` of its first appearance). */
  keys: Array<Map<string, string>>
}

/** Pair every version with the next (one alignment each) and trace lineage keys along the pairs. */
export function chainVersions(versions: Version[], options: Options = {}): Chain {
  const pairs: Pair[] = []
  for (let i = 1; i < versions.length; i++) pairs.push(pairVersions(versions[i - 1] as Version, versions[i] as Version, options))
  const ids = versions.map((version) => ({label: version.label, ids: version.draft.articles.map((article) => article.id)}))
  return {versions, pairs, keys: lineageKeys(ids, (k) => pairs[k - 1]?.links ?? [])}
}

/**
 * For each version (its label and article ids), a map from article id to lineage key, following
 * `linksInto(k)`: the links from version k - 1 into version k (asked for k ≥ 1, in order).
 */
export function lineageKeys(versions: ReadonlyArray<{label: string; ids: ReadonlyArray<string>}>, linksInto: (k: number) => Iterable<ArticleLink>): Array<Map<string, string>> {
  const keys: Array<Map<string, string>> = []
  versions.forEach((version, index) => {
    const current = new Map<string, string>()
    const previous = versions[index - 1]
    const previousKeys = keys[index - 1]
    if (previous && previousKeys) {
      for (const link of linksInto(index)) {
        const from = link.old.map((i) => previousKeys.get(previous.ids[i] ?? ''))
        link.new.forEach((j, position) => {
          const id = version.ids[j] ?? ''
          // A split's first piece and a merge's result carry the first old key; other pieces start a lineage of their own.
          const inherited = link.relation === 'split' && position > 0 ? undefined : from[0]
          current.set(id, inherited ?? `${version.label}:${id}`)
        })
      }
    }
    for (const id of version.ids) if (!current.has(id)) current.set(id, `${version.label}:${id}`)
    keys.push(current)
  })
  return keys
}

/** For each version, a map from article id to lineage key (`<label>:<id>` of its first appearance). */
export function traceLineage(versions: Version[], options: Options = {}): Array<Map<string, string>> {
  return chainVersions(versions, options).keys
}
