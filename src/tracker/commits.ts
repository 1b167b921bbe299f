/** The chain of versions `brackets --commits` follows: the drafts at every commit touching the drafts folder. */
import {ObjectStore} from '../git/graph.js'
import {changedSessions, commitsTouching, openRepository, resolveCommit, type CommitInfo, type Repository} from '../git/repo.js'
import {draftsInRepo} from '../history/run.js'
import {byName, InputError} from '../versions/files.js'
import {parseSource} from '../versions/sessions.js'
import {readAtCommit} from '../versions/spec.js'
import type {TrackerInput} from './track.js'
import type {ChainOptions} from './versions.js'

/** Most commits followed; beyond it the oldest are left out. */
export const maxCommits = 2000

/** The drafts at every commit touching the drafts folder, up to `version` (a ref, default HEAD), oldest first. */
export async function commitChain(version: string | undefined, options: ChainOptions): Promise<TrackerInput[]> {
  const repo = await openRepository(options.repo ?? '.')
  const head = await resolveCommit(repo, version ?? 'HEAD')
  const drafts = draftsInRepo(repo, options.drafts)
  const commits = await commitsTouching(repo, head, [drafts === '' ? '.' : drafts], maxCommits)
  if (commits.length === 0) throw new InputError(`no commit touches \`${drafts || '.'}\` in ${repo.root}; commit the drafts first, or give --drafts DIR`)
  const inputs: TrackerInput[] = []
  // One object store for every commit: trees that did not change are read once.
  const store = new ObjectStore(repo)
  try {
    for (const commit of commits) {
      const input = await draftsAt(repo, commit, drafts, store)
      if (input) inputs.push(input)
    }
  } finally {
    store.close()
  }
  return inputs
}

/** The drafts a commit changed: the session folder it changed (the latest by name when it changed several), as `diff <ref>` reads it; null for a commit that only deleted a session. */
async function draftsAt(repo: Repository, commit: CommitInfo, drafts: string, store: ObjectStore): Promise<TrackerInput | null> {
  const folders = (await changedSessions(repo, commit.sha, drafts)).sort(byName)
  const target = folders.at(-1) ?? (drafts === '' ? '.' : drafts)
  const resolved = await readAtCommit(repo, commit.sha, target, `${commit.sha.slice(0, 7)}:${target}`, store).catch((error: unknown) => {
    if (error instanceof InputError) return null
    throw error
  })
  return resolved && {label: commit.sha.slice(0, 7), draft: parseSource(resolved).draft, commit: {...commit, short: commit.sha.slice(0, 7)}}
}
