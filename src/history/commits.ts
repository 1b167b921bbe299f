/**
 * The versions of the drafts at every commit that touched them, read through one shared
 * `git cat-file --batch`: at each commit, the session folder it changed (the latest by name when
 * it changed several; the one its parent showed when it changed none), composed from articles
 * cached by content hash. Blobs are read once, and only while a later commit still needs them.
 */
import {ObjectStore, type GraphCommit} from '../git/graph.js'
import type {Repository} from '../git/repo.js'
import {byName, isDraftFile} from '../versions/files.js'
import {indexVersion, type VersionIndex} from '../engine/version.js'
import {emptyDraft} from '../model/draft.js'
import {ArticleCache, type FileRef} from './documents.js'
import type {TimelineNode} from './timeline.js'
import type {HistoryCommit} from '../model/history.js'

/** A commit's version: the session folder read (relative to the repository root) and its draft. */
export interface CommitVersion {
  commit: GraphCommit
  folder: string | null
  doc: VersionIndex
}

const empty: VersionIndex = indexVersion('', emptyDraft([]))

/** How many commits ahead blobs are requested while earlier ones are parsed. */
const readAhead = 24

/**
 * Read the drafts at each commit. `drafts` is the drafts folder relative to the repository root
 * (`''` for the root): either a folder of session folders or one session folder.
 */
export async function readCommitVersions(repo: Repository, commits: GraphCommit[], drafts: string, cache: ArticleCache, onStep?: (done: number, total: number) => void): Promise<CommitVersion[]> {
  const store = new ObjectStore(repo)
  try {
    const {folders, fileLists} = await filesOfCommits(store, commits, drafts)
    // Read blobs a window ahead, compose each version, and drop file texts no later commit needs.
    const {previous, uses} = earlierVersions(commits, fileLists)
    const release = (id: string) => {
      const left = (uses.get(id) ?? 1) - 1
      uses.set(id, left)
      if (left <= 0) {
        cache.release(id)
        pending.delete(id)
      }
    }
    const pending = new Map<string, Promise<void>>()
    const fetch = (id: string): Promise<void> => {
      let found = pending.get(id)
      if (!found) {
        const earlier = previous.get(id)
        found = Promise.all([cache.has(id) ? null : store.blob(id), earlier === undefined ? undefined : fetch(earlier)]).then(([bytes]) => {
          if (!cache.has(id)) cache.addFile(id, bytes, earlier)
          if (earlier !== undefined) release(earlier)
        })
        pending.set(id, found)
      }
      return found
    }
    const out: CommitVersion[] = []
    for (const [k, commit] of commits.entries()) {
      for (let ahead = k; ahead < Math.min(commits.length, k + readAhead); ahead++) for (const f of fileLists[ahead] ?? []) void fetch(f.id)
      const list = fileLists[k] ?? []
      await Promise.all(list.map((f) => fetch(f.id)))
      const doc = list.length > 0 ? cache.compose(list) : empty
      for (const f of list) release(f.id)
      out.push({commit, folder: folders[k] ?? null, doc})
      onStep?.(k + 1, commits.length)
    }
    return out
  } finally {
    store.close()
  }
}

/** For each commit, the session folder read (the drafts file or folder itself, the session it changed, or the latest) and its draft files. */
async function filesOfCommits(store: ObjectStore, commits: GraphCommit[], drafts: string): Promise<{folders: Array<string | null>; fileLists: FileRef[][]}> {
  const tops = await Promise.all(commits.map((c) => store.entry(c.sha, drafts)))
  const listings = await Promise.all(tops.map((top) => (top?.type === 'tree' ? store.tree(top.id) : Promise.resolve(null))))
  // Folders holding drafts: every session tree is listed once (trees are cached by id).
  const folderTrees = new Set<string>()
  for (const items of listings) for (const item of items ?? []) if (item.type === 'tree') folderTrees.add(item.id)
  await Promise.all([...folderTrees].map((id) => store.tree(id)))
  const draftFiles = async (id: string) => (await store.tree(id)).filter((item) => item.type === 'blob' && isDraftFile(item.name)).sort((a, b) => byName(a.name, b.name))

  const folderOf = new Map<string, {session: string | null; sessions: Map<string, string>}>()
  const fileLists: FileRef[][] = []
  const folders: Array<string | null> = []
  for (const [k, commit] of commits.entries()) {
    const items = listings[k]
    const top = tops[k]
    let folder: string | null = null
    let files: FileRef[] = []
    let session: string | null = null
    const sessions = new Map<string, string>()
    if (top?.type === 'blob') {
      // The drafts "folder" is one draft file.
      folder = drafts
      files = [{path: drafts, id: top.id}]
    } else if (items) {
      const direct = items.filter((item) => item.type === 'blob' && isDraftFile(item.name)).sort((a, b) => byName(a.name, b.name))
      if (direct.length > 0) {
        // The drafts folder is itself one session.
        folder = drafts
        files = direct.map((f) => ({path: join(drafts, f.name), id: f.id}))
      } else {
        for (const item of items) if (item.type === 'tree' && (await draftFiles(item.id)).length > 0) sessions.set(item.name, item.id)
        const parent = folderOf.get(commit.parents[0] ?? '')
        const changed = [...sessions].filter(([name, id]) => parent?.sessions.get(name) !== id).map(([name]) => name)
        const kept = parent?.session && sessions.has(parent.session) ? [parent.session] : []
        const candidates = changed.length + kept.length > 0 ? [...changed, ...kept] : [...sessions.keys()]
        session = candidates.sort(byName).at(-1) ?? null
        if (session !== null) {
          folder = join(drafts, session)
          files = (await draftFiles(sessions.get(session) as string)).map((f) => ({path: join(folder as string, f.name), id: f.id}))
        }
      }
    }
    folderOf.set(commit.sha, {session, sessions})
    folders.push(folder)
    fileLists.push(files)
  }
  return {folders, fileLists}
}

/**
 * A file's earlier version (the same path at the first parent), so it can be re-split only where it
 * changed, and how many commits still need each file text.
 */
function earlierVersions(commits: GraphCommit[], fileLists: FileRef[][]): {previous: Map<string, string>; uses: Map<string, number>} {
  const index = new Map(commits.map((c, k) => [c.sha, k]))
  const previous = new Map<string, string>()
  const uses = new Map<string, number>()
  fileLists.forEach((list, k) => {
    const parent = index.get(commits[k]?.parents[0] ?? '')
    const before = parent === undefined ? undefined : new Map((fileLists[parent] ?? []).map((f) => [f.path, f.id]))
    for (const f of list) {
      uses.set(f.id, (uses.get(f.id) ?? 0) + 1)
      const earlier = before?.get(f.path) ?? (before?.size === 1 && list.length === 1 ? [...before.values()][0] : undefined)
      if (earlier !== undefined && earlier !== f.id && !previous.has(f.id)) {
        previous.set(f.id, earlier)
        uses.set(earlier, (uses.get(earlier) ?? 0) + 1)
      }
    }
  })
  return {previous, uses}
}

function join(a: string, b: string): string {
  return a === '' ? b : b === '' ? a : `${a}/${b}`
}

/** The commit as history shows it. */
export function historyCommit(commit: GraphCommit): HistoryCommit {
  return {sha: commit.sha, short: commit.sha.slice(0, 7), author: commit.author, date: commit.date, subject: commit.subject, proposedBy: commit.proposedBy, merge: commit.parents.length > 1}
}

/** Graph nodes of the commits' versions (labelled by short id). */
export function commitNodes(versions: CommitVersion[]): TimelineNode[] {
  return versions.map((v) => ({key: v.commit.sha, label: v.commit.sha.slice(0, 7), parents: v.commit.parents, doc: v.doc, commit: historyCommit(v.commit), session: v.folder}))
}

