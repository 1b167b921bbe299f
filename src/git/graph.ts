/**
 * Many commits at once: the commit graph of a path (parents rewritten to the listed commits), and
 * the trees and blobs of every commit read through one long-running `git cat-file --batch`.
 */
import {maxFileBytes} from '../parse/source.js'
import {BlobReader, TooLarge} from './blobs.js'
import type {CommitInfo, Repository} from './repo.js'

/** A commit of the graph: its log entry and its parents among the listed commits. */
export interface GraphCommit extends CommitInfo {
  parents: string[]
}

/**
 * Commits reachable from `tips` that touch `paths`, parents before children (`--topo-order`),
 * each with its parents rewritten to listed commits (git's history simplification: a merge that
 * took one side unchanged is left out, and its parent is the side it took). `tips` must be
 * resolved commit ids (see `resolveCommit`); paths always follow `--`.
 */
export async function commitGraph(repo: Repository, tips: string[], paths: string[], limit = 20_000): Promise<GraphCommit[]> {
  for (const tip of tips) if (!/^[0-9a-f]{40,64}$/.test(tip)) throw new Error(`\`${tip}\` is not a resolved commit id`)
  const format = '%H%x1f%P%x1f%an%x1f%aI%x1f%s%x1f%(trailers:key=Proposed-by,valueonly,separator=%x1e)%x1d'
  const output = await repo.git.raw(['log', '--topo-order', '--reverse', '--parents', `--format=${format}`, `--max-count=${limit}`, ...new Set(tips), '--', ...paths])
  return output
    .split('\x1d')
    .map((record) => record.replace(/^\n/, ''))
    .filter((record) => record.trim() !== '')
    .map((record) => {
      const [sha = '', parents = '', author = '', date = '', subject = '', trailers = ''] = record.split('\x1f')
      return {sha, parents: parents.split(' ').filter(Boolean), author, date, subject, proposedBy: trailers.split('\x1e').map((t) => t.trim()).filter(Boolean)}
    })
}

/** The latest commit touching `paths` reachable from `commit` (itself when it touches them), or null. */
export async function lastTouching(repo: Repository, commit: string, paths: string[]): Promise<string | null> {
  if (!/^[0-9a-f]{40,64}$/.test(commit)) throw new Error(`\`${commit}\` is not a resolved commit id`)
  const sha = (await repo.git.raw(['rev-list', '--max-count=1', commit, '--', ...paths])).trim()
  return /^[0-9a-f]{40,64}$/.test(sha) ? sha : null
}

/** One entry of a tree object. */
export interface TreeItem {
  name: string
  id: string
  type: 'blob' | 'tree' | 'commit'
}

/**
 * Trees and blobs of any number of commits through one `git cat-file --batch` process. Trees are
 * cached by object id, so a folder that did not change between commits is read once. Requests
 * may be issued concurrently: they are pipelined through the one process.
 */
export class ObjectStore {
  private readonly reader: BlobReader
  private readonly trees = new Map<string, Promise<TreeItem[]>>()
  private readonly roots = new Map<string, Promise<string>>()
  /** Objects read so far (commits, trees and blobs). */
  reads = 0

  constructor(repo: Repository) {
    // Objects over the draft size limit are never held in memory (their size is in the batch header).
    this.reader = new BlobReader(repo.root, maxFileBytes)
  }

  /** The id of a commit's root tree. */
  rootTree(commit: string): Promise<string> {
    let found = this.roots.get(commit)
    if (!found) {
      found = this.object(commit).then((bytes) => {
        const match = /^tree ([0-9a-f]{40,64})$/m.exec(Buffer.from(bytes).toString('utf8', 0, Math.min(bytes.byteLength, 200)))
        if (!match?.[1]) throw new Error(`${commit.slice(0, 12)} is not a commit`)
        return match[1]
      })
      this.roots.set(commit, found)
    }
    return found
  }

  /** The entries of a tree object. */
  tree(id: string): Promise<TreeItem[]> {
    let found = this.trees.get(id)
    if (!found) {
      found = this.object(id).then((bytes) => parseTree(bytes, id.length / 2))
      this.trees.set(id, found)
    }
    return found
  }

  /** The tree entry at `path` (`a/b/c`, relative to the root) in a commit, or null; `''` is the root tree. */
  async entry(commit: string, path: string): Promise<TreeItem | null> {
    let current: TreeItem = {name: '', id: await this.rootTree(commit), type: 'tree'}
    for (const part of path.split('/').filter((p) => p !== '' && p !== '.')) {
      if (current.type !== 'tree') return null
      const next: TreeItem | undefined = (await this.tree(current.id)).find((item) => item.name === part)
      if (!next) return null
      current = next
    }
    return current
  }

  /** A blob's contents, or null when the object is missing (a partial clone); a blob over the size limit reads as empty (it is not a draft draftdiff parses). */
  async blob(id: string): Promise<Uint8Array | null> {
    const bytes = await this.read(id)
    return bytes instanceof TooLarge ? new Uint8Array(0) : bytes
  }

  /** A blob's contents; over the size limit, only its size (from git's batch header, no bytes kept); null when missing. */
  read(id: string): Promise<Uint8Array | TooLarge | null> {
    this.reads++
    return this.reader.read(id)
  }

  close(): void {
    this.reader.close()
  }

  private async object(id: string): Promise<Uint8Array> {
    this.reads++
    const bytes = await this.reader.read(id)
    if (bytes === null) throw new Error(`git object ${id.slice(0, 12)} is missing (a shallow or partial clone?)`)
    if (bytes instanceof TooLarge) throw new Error(`git object ${id.slice(0, 12)} is ${bytes.size} bytes, over the limit of ${maxFileBytes} bytes (10 MiB)`)
    return bytes
  }
}

/** Parse a binary tree object: `<mode> <name>\0<id bytes>` repeated. */
function parseTree(bytes: Uint8Array, idBytes: number): TreeItem[] {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const items: TreeItem[] = []
  let at = 0
  while (at < buffer.length) {
    const space = buffer.indexOf(0x20, at)
    const nul = buffer.indexOf(0, space)
    if (space === -1 || nul === -1 || nul + 1 + idBytes > buffer.length) break
    const mode = buffer.toString('latin1', at, space)
    const name = buffer.toString('utf8', space + 1, nul)
    const id = buffer.toString('hex', nul + 1, nul + 1 + idBytes)
    items.push({name, id, type: mode === '40000' ? 'tree' : mode === '160000' ? 'commit' : 'blob'})
    at = nul + 1 + idBytes
  }
  return items
}
