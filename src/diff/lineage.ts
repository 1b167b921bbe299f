/** Lineage keys across many versions: an article keeps the key of the version where it first appeared. */
import {alignArticles, type Options} from '../align/articles.js'
import type {Version} from './compare.js'

/** For each version, a map from article id to lineage key (`<label>:<id>` of its first appearance). */
export function traceLineage(versions: Version[], options: Options = {}): Array<Map<string, string>> {
  const keys: Array<Map<string, string>> = []
  versions.forEach((version, index) => {
    const current = new Map<string, string>()
    const previous = versions[index - 1]
    const previousKeys = keys[index - 1]
    if (previous && previousKeys) {
      for (const link of alignArticles(previous.draft, version.draft, options)) {
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
