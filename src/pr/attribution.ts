/** Who proposed what: `Proposed-by:` trailers (or the author) of the commits that changed each article. */
import {diffPair} from '../diff/compare.js'
import {chainVersions} from '../engine/chain.js'
import type {Version} from '../engine/version.js'
import type {CommitInfo, Repository} from '../git/repo.js'
import {articleTextChanged} from '../model/changed.js'
import {emptyDraft} from '../model/draft.js'
import type {Draft} from '../model/types.js'
import {draftAt} from './proposal.js'

/** The proposer of a commit: its `Proposed-by:` trailers, or else its author. */
export function proposers(commit: CommitInfo): string[] {
  return commit.proposedBy.length > 0 ? commit.proposedBy : [commit.author]
}

/** For each article number of the head draft, the proposers of the commits that changed its text, in order. */
export async function attribute(repo: Repository, mergeBase: string, commits: CommitInfo[], folder: string, head: Draft | null): Promise<Map<string, string[]>> {
  const byArticle = await commitsByArticle(repo, mergeBase, commits, folder, head)
  return new Map([...byArticle].map(([number, list]) => [number, namesOf(list)]))
}

/** The proposers of commits, each once, in order. */
export function namesOf(commits: CommitInfo[]): string[] {
  const names: string[] = []
  for (const commit of commits) for (const name of proposers(commit)) if (!names.includes(name)) names.push(name)
  return names
}

/** For each article number of the head draft, the commits that changed its text, oldest first. */
export async function commitsByArticle(repo: Repository, mergeBase: string, commits: CommitInfo[], folder: string, head: Draft | null): Promise<Map<string, CommitInfo[]>> {
  const versions: Version[] = [{label: 'base', draft: (await draftAt(repo, mergeBase, folder, `base:${folder}`))?.draft ?? emptyDraft()}]
  for (const commit of commits) versions.push({label: commit.sha.slice(0, 12), draft: (await draftAt(repo, commit.sha, folder, `${commit.sha.slice(0, 12)}:${folder}`))?.draft ?? emptyDraft()})
  // One alignment per pair of commits, shared by the lineage keys and the diffs.
  const {pairs, keys} = chainVersions(versions)
  const byKey = new Map<string, CommitInfo[]>()
  pairs.forEach((pair, index) => {
    const commit = commits[index]
    if (!commit) return
    for (const article of diffPair(pair).articles) {
      if (!articleTextChanged(article)) continue
      for (const side of article.newArticles) {
        const key = keys[index + 1]?.get(side.id)
        if (!key) continue
        const list = byKey.get(key) ?? []
        if (!list.includes(commit)) list.push(commit)
        byKey.set(key, list)
      }
    }
  })
  const result = new Map<string, CommitInfo[]>()
  const last = keys.at(-1)
  for (const article of head?.articles ?? []) {
    const found = byKey.get(last?.get(article.id) ?? '')
    if (found) result.set(article.number, found)
  }
  return result
}
