/** A git repository through simple-git: validated refs resolved to commit ids, trees, logs. */
import {simpleGit, type SimpleGit} from 'simple-git'
import {InputError} from '../model/errors.js'
import type {CommitInfo} from '../model/review.js'

/** A commit as the review reads it (defined in src/model/review.ts). */
export type {CommitInfo} from '../model/review.js'

/** An open repository: its root, a simple-git handle and whether the clone is shallow. */
export interface Repository {
  root: string
  git: SimpleGit
  shallow: boolean
}

/** Open the repository containing `dir`; a clear error when it is not one. */
export async function openRepository(dir: string): Promise<Repository> {
  const git = simpleGit({baseDir: dir})
  let root: string
  try {
    root = (await git.raw(['rev-parse', '--show-toplevel'])).trim()
  } catch {
    throw new InputError(`\`${dir}\` is not inside a git repository; run draftdiff in a clone of the drafts repository or pass --repo DIR`)
  }
  const repoGit = simpleGit({baseDir: root})
  const shallow = (await repoGit.raw(['rev-parse', '--is-shallow-repository'])).trim() === 'true'
  return {root, git: repoGit, shallow}
}

/** Refuse refs that could be read as options or carry control characters, before git sees them. */
export function validateRef(ref: string): void {
  if (ref === '' || ref.length > 255) throw new InputError(`\`${ref}\` is not a valid git ref; give a branch, tag or commit id such as main or v1.0`)
  if (ref.startsWith('-')) throw new InputError(`\`${ref}\` is not a valid git ref: refs may not start with \`-\` (draftdiff never passes options through)`)
  if (/[\u0000-\u001F\u007F\s]/.test(ref)) throw new InputError(`\`${JSON.stringify(ref)}\` is not a valid git ref: it contains spaces or control characters`)
}

/** Resolve a user-supplied ref to a full commit id, passing it after `--end-of-options`. */
export async function resolveCommit(repo: Repository, ref: string): Promise<string> {
  validateRef(ref)
  try {
    const sha = (await repo.git.raw(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])).trim()
    if (/^[0-9a-f]{40,64}$/.test(sha)) return sha
  } catch {
    // fall through to the explanation below
  }
  const hint = repo.shallow ? ' This is a shallow clone: the commit may be missing from its history (run `git fetch --unshallow`).' : ''
  throw new InputError(`\`${ref}\` is not a branch, tag or commit in ${repo.root}.${hint}`)
}

/** Whether `ref` names a commit, without throwing. */
export async function isCommit(repo: Repository, ref: string): Promise<boolean> {
  try {
    validateRef(ref)
    await resolveCommit(repo, ref)
    return true
  } catch {
    return false
  }
}

/** A blob or tree at a commit, with its path and object id. */
export interface TreeEntry {
  path: string
  blob: string
  type: 'blob' | 'tree'
}

/** The entry for `target` at a commit, followed (for a folder) by the entries directly under it. */
export async function listTree(repo: Repository, commit: string, target: string): Promise<TreeEntry[]> {
  const clean = target.replace(/\/+$/, '')
  const parse = (output: string) => {
    const entries: TreeEntry[] = []
    for (const line of output.split('\0')) {
      const match = /^\d+ (blob|tree) ([0-9a-f]+)\t(.*)$/s.exec(line)
      if (match) entries.push({type: match[1] as 'blob' | 'tree', blob: match[2] ?? '', path: match[3] ?? ''})
    }
    return entries
  }
  const self = parse(await repo.git.raw(['ls-tree', '-z', '--full-tree', commit, '--', clean])).filter((entry) => entry.path === clean)
  if (self[0]?.type !== 'tree') return self
  return [...self, ...parse(await repo.git.raw(['ls-tree', '-z', '--full-tree', commit, '--', `${clean}/`]))]
}

/** Session folders under `drafts` changed by a commit (relative to its first parent). */
export async function changedSessions(repo: Repository, commit: string, drafts: string): Promise<string[]> {
  // `''` is the repository root: git takes it as `.`, and session folders are then top-level folders.
  const base = drafts.replace(/\/+$/, '').replace(/^\.$/, '')
  const output = await repo.git.raw(['diff-tree', '--no-commit-id', '--name-only', '-r', '-z', '--root', commit, '--', base === '' ? '.' : base])
  const folders = new Set<string>()
  for (const file of output.split('\0')) {
    const rest = base === '' ? file : file.slice(base.length + 1)
    const folder = rest.split('/')[0]
    if (folder && rest.includes('/')) folders.add(base === '' ? folder : `${base}/${folder}`)
  }
  return [...folders]
}

/** Commits touching `paths` reachable from `commit`, oldest first. */
export async function commitsTouching(repo: Repository, commit: string, paths: string[], limit = 5000): Promise<CommitInfo[]> {
  const format = '%H%x1f%an%x1f%aI%x1f%s%x1f%(trailers:key=Proposed-by,valueonly,separator=%x1e)%x1f%b%x1d'
  const output = await repo.git.raw(['log', `--format=${format}`, `--max-count=${limit}`, '--reverse', commit, '--', ...paths])
  return output
    .split('\x1d')
    .map((record) => record.replace(/^\n/, ''))
    .filter((record) => record.trim() !== '')
    .map((record) => {
      const [sha = '', author = '', date = '', subject = '', trailers = '', body = ''] = record.split('\x1f')
      return {sha, author, date, subject, proposedBy: trailers.split('\x1e').map((t) => t.trim()).filter(Boolean), body: withoutTrailers(body)}
    })
}

/** The merge base of two resolved commits; throws when they have none. */
export async function mergeBaseOf(repo: Repository, base: string, head: string): Promise<string> {
  return (await repo.git.raw(['merge-base', base, head])).trim()
}

/** Paths under `root` that differ between two resolved commits. */
export async function changedPaths(repo: Repository, from: string, to: string, root: string): Promise<string[]> {
  const output = await repo.git.raw(['diff', '--name-only', '-z', from, to, '--', root])
  return output.split('\0').filter((file) => file !== '')
}

/** Paths under `pathspec` (relative to the root) with uncommitted changes in the working tree, untracked files included. */
export async function worktreeChanges(repo: Repository, pathspec: string): Promise<string[]> {
  const status = await repo.git.raw(['status', '--porcelain=v1', '-z', '--untracked-files=all', '--', pathspec])
  return status.split('\0').filter((entry) => entry !== '').map((entry) => entry.slice(3))
}

/** A message body without its last paragraph when that paragraph is only `Key: value` trailers. */
function withoutTrailers(body: string): string {
  const paragraphs = body.trim().split(/\n\s*\n/)
  const last = paragraphs.at(-1) ?? ''
  if (last !== '' && last.split('\n').every((line) => /^[A-Za-z][\w-]*: /.test(line))) paragraphs.pop()
  return paragraphs.join('\n\n').trim()
}
