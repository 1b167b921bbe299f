/**
 * A chain of N versions: each neighbouring pair aligned once, and the one lineage implementation
 * (an article keeps the key of the version where it first appeared).
 */
import type {Options} from '../align/articles.js'
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
  return {versions, pairs, keys: lineageKeys(versions, pairs)}
}

/** For each version, a map from article id to lineage key, following the given pairs. */
export function lineageKeys(versions: Version[], pairs: Pair[]): Array<Map<string, string>> {
  const keys: Array<Map<string, string>> = []
  versions.forEach((version, index) => {
    const current = new Map<string, string>()
    const previous = versions[index - 1]
    const previousKeys = keys[index - 1]
    const pair = pairs[index - 1]
    if (previous && previousKeys && pair) {
      for (const link of pair.links) {
        const from = link.old.map((i) => previousKeys.get(previous.draft.articles[i]?.id ?? ''))
        link.new.forEach((j, position) => {
          const id = version.draft.articles[j]?.id ?? ''
          // A split's first piece and a merge's result carry the first old key; other pieces start a lineage of their own.
          const inherited = link.relation === 'split' && position > 0 ? undefined : from[0]
          current.set(id, inherited ?? `${version.label}:${id}`)
        })
      }
    }
    for (const article of version.draft.articles) if (!current.has(article.id)) current.set(article.id, `${version.label}:${article.id}`)
    keys.push(current)
  })
  return keys
}

/** For each version, a map from article id to lineage key (`<label>:<id>` of its first appearance). */
export function traceLineage(versions: Version[], options: Options = {}): Array<Map<string, string>> {
  return chainVersions(versions, options).keys
}
