/** Version specifiers: a file or folder, a session id, `<ref>:<path>`, `<ref>` alone, or `WORKTREE`. */
import {stat} from 'node:fs/promises'
import path from 'node:path'
import type {ObjectStore} from '../git/graph.js'
import type {Repository} from '../git/repo.js'
import type {DraftInput} from '../parse/draft.js'
import {byName, InputError, isDraftFile, maxSessionFiles, readSources, type DraftSource} from './files.js'

/** Where specifiers are resolved: the drafts folder (relative to the repository root for refs) and the repository. */
export interface SpecOptions {
  drafts: string
  /** The repository; default: the one containing the current directory. */
  repo?: string
}

/** The git modules (and simple-git), loaded only when a version names a ref. */
const git = () => import('../git/repo.js')

/** A resolved version: its source files and the label it is shown under. */
export interface ResolvedVersion extends DraftSource {
  label: string
  /** The commit it was read from, or null for the working tree. */
  commit: string | null
}

/** Resolve a version specifier (see docs/versions.md) to the files of one draft. */
export async function resolveVersion(spec: string, options: SpecOptions): Promise<ResolvedVersion> {
  if (spec === 'WORKTREE') return worktreeVersion(options)
  const colon = spec.indexOf(':')
  if (colon > 0 && !(await exists(spec))) {
    const {openRepository, resolveCommit} = await git()
    const repo = await openRepository(options.repo ?? '.')
    const ref = spec.slice(0, colon)
    const target = spec.slice(colon + 1).replace(/^\.\//, '')
    return readAtCommit(repo, await resolveCommit(repo, ref), target || options.drafts, spec)
  }
  if (await exists(spec)) return one(spec, await readSources(spec))
  const sessions = await readSources(options.drafts).catch(() => [])
  const session = sessions.find((s) => s.id === spec) ?? sessions.find((s) => s.id.startsWith(`${spec}-`))
  if (session) return {...session, label: session.id, commit: null}
  const {changedSessions, isCommit, openRepository, resolveCommit} = await git()
  const repo = await openRepository(options.repo ?? '.').catch(() => null)
  if (repo && (await isCommit(repo, spec))) {
    const commit = await resolveCommit(repo, spec)
    const folders = await changedSessions(repo, commit, options.drafts)
    const target = folders.length === 1 ? (folders[0] as string) : await latestSessionAt(repo, commit, options.drafts)
    return readAtCommit(repo, commit, target, `${spec}:${target}`)
  }
  throw new InputError(`\`${spec}\` is not a file, a folder, a session in ${options.drafts}/, or a git ref; give e.g. drafts/03-complete, 03, main:drafts/03-complete, v3 or WORKTREE`)
}

function one(spec: string, sources: DraftSource[]): ResolvedVersion {
  const source = sources[0]
  if (sources.length !== 1 || !source) throw new InputError(`\`${spec}\` holds ${sources.length} sessions; give one session folder or draft file (e.g. drafts/03-complete)`)
  return {...source, label: source.id, commit: null}
}

/**
 * The files of a draft file or session folder at a commit, read through the object store of
 * src/git (one `git cat-file --batch`): `store` when the caller reads many commits, else a store of
 * its own for this one read.
 */
export async function readAtCommit(repo: Repository, commit: string, target: string, label: string, store?: ObjectStore): Promise<ResolvedVersion> {
  const objects = store ?? new (await import('../git/graph.js')).ObjectStore(repo)
  const where = label.split(':')[0]
  const clean = target.replace(/\/+$/, '').replace(/^\.$/, '')
  try {
    const self = await objects.entry(commit, clean)
    if (!self || self.type === 'commit') throw new InputError(`\`${target}\` does not exist at ${where} (${commit.slice(0, 12)}); check the path with \`git ls-tree ${commit.slice(0, 12)} -- ${target}\``)
    const files = self.type === 'blob' ? [{path: clean, id: self.id}] : (await objects.tree(self.id)).filter((item) => item.type === 'blob' && isDraftFile(item.name)).map((item) => ({path: clean === '' ? item.name : `${clean}/${item.name}`, id: item.id}))
    if (files.length === 0) throw new InputError(`\`${target}\` at ${where} holds no drafts (no .md files)`)
    if (files.length > maxSessionFiles) throw new InputError(`\`${target}\` at ${where} has ${files.length} Markdown files; a session may have at most ${maxSessionFiles}`)
    files.sort((a, b) => byName(a.path, b.path))
    const inputs: DraftInput[] = []
    for (const file of files) {
      // Blobs over the limit are refused from the size in git's batch header, before any of their bytes are kept.
      const contents = await objects.read(file.id)
      if (contents === null) throw new InputError(`\`${file.path}\` at ${commit.slice(0, 12)} cannot be read from the repository (missing object; a shallow or partial clone?)`)
      const name = `${where}:${file.path}`
      inputs.push('size' in contents ? {path: name, contents: new Uint8Array(0), byteLength: contents.size} : {path: name, contents})
    }
    return {path: target, id: path.basename(clean || repo.root).replace(/\.(md|markdown)$/i, ''), inputs, label, commit}
  } catch (error) {
    if (error instanceof InputError) throw error
    throw new InputError(`\`${target}\` at ${where} (${commit.slice(0, 12)}) cannot be read from the repository: ${error instanceof Error ? error.message : String(error)}`)
  } finally {
    if (!store) objects.close()
  }
}

/** The session folder (by name order) last in `drafts` at a commit. */
async function latestSessionAt(repo: Repository, commit: string, drafts: string): Promise<string> {
  const {listTree} = await git()
  const folders = (await listTree(repo, commit, drafts)).filter((e) => e.type === 'tree' && e.path !== drafts.replace(/\/+$/, ''))
  const last = folders.map((e) => e.path).sort(byName).at(-1)
  if (!last) throw new InputError(`\`${drafts}\` holds no session folders at ${commit.slice(0, 12)}`)
  return last
}

/** Uncommitted drafts: the session folder with changes in the working tree, or else the latest session. */
async function worktreeVersion(options: SpecOptions): Promise<ResolvedVersion> {
  const {openRepository, worktreeChanges} = await git()
  const repo = await openRepository(options.repo ?? '.')
  const drafts = path.resolve(repo.root, options.drafts)
  const changed = new Set<string>()
  for (const file of await worktreeChanges(repo, path.relative(repo.root, drafts) || '.')) {
    const rest = path.relative(drafts, path.resolve(repo.root, file))
    if (rest && !rest.startsWith('..') && rest.includes(path.sep)) changed.add(rest.split(path.sep)[0] ?? '')
  }
  const sessions = await readSources(drafts)
  const pick = changed.size === 1 ? sessions.find((s) => path.basename(s.path) === [...changed][0]) : sessions.at(-1)
  if (!pick) throw new InputError(`no session in ${options.drafts} to compare as WORKTREE`)
  return {...pick, label: 'WORKTREE', commit: null}
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(() => true, () => false)
}
