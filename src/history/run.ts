/**
 * Reading the versions `history` and `blame` need — the sessions of the drafts folder, or every
 * commit touching it — and finding the article asked for in them.
 */
import {realpathSync} from 'node:fs'
import path from 'node:path'
import {commitGraph, lastTouching} from '../git/graph.js'
import {openRepository, resolveCommit, type Repository} from '../git/repo.js'
import {InputError} from '../model/errors.js'
import {loadSessions, parseSource, type Session} from '../versions/sessions.js'
import {resolveVersion, type ResolvedVersion} from '../versions/spec.js'
import {blameArticle} from './blame.js'
import {commitNodes, readCommitVersions} from './commits.js'
import {indexVersion, type VersionIndex} from '../engine/version.js'
import {ArticleCache, findByNumber} from './documents.js'
import {Pair, Pairs} from './pairs.js'
import {buildHistory, lineageKeys, type TimelineNode} from './timeline.js'
import type {Blame, History, HistoryCommit} from '../model/history.js'

/** Progress of a long step: `phase` is a short label (`reading commits`). */
export type ProgressHandler = (phase: string, done: number, total: number) => void

/** What `history` reads: the article, the versions, the repository and the output mode. */
export interface HistoryOptions {
  /** The version the article number refers to (a version specifier); default the latest session (or HEAD's). */
  from?: string
  /** Every commit touching the drafts instead of the sessions. */
  commits?: boolean
  drafts: string
  repo?: string
  onProgress?: ProgressHandler
}

/** What `blame` reads: the article, the session folder and the repository. */
export interface BlameOptions {
  /** The version blamed (a version specifier); default the drafts at HEAD. */
  at?: string
  drafts: string
  repo?: string
  onProgress?: ProgressHandler
}

/** Statistics of the last run, for `--verbose`-style reporting and the benchmark. */
export interface RunStats {
  commits: number
  parsedArticles: number
  /** Files split in full (the others were re-split only around what changed). */
  fullSplits: number
  pairs: number
  aligned: number
  ms: Record<string, number>
}

type Query = {kind: 'lineage'; label: string; id: string} | {kind: 'number'; number: string}

/** An article number (`12`, `12 bis`, `Art. 12`) or a lineage key (`03-complete:art-12`). */
export function parseQuery(text: string): Query {
  const lineage = /^(.+):(art-[^\s:]+)$/.exec(text.trim())
  if (lineage) return {kind: 'lineage', label: lineage[1] as string, id: lineage[2] as string}
  if (/^\s*(art(icle)?\.?\s*)?\d+(\s*[-\s]?\s*[a-z]+)?\s*$/i.test(text)) return {kind: 'number', number: text}
  throw new InputError(`\`${text}\` is neither an article number (12, 12 bis) nor a lineage key (03-complete:art-12)`)
}

/** The timeline of one article, through the sessions or (with `commits`) through every commit touching the drafts. */
export async function articleHistory(query: string, options: HistoryOptions, stats?: RunStats): Promise<History> {
  return options.commits ? commitsHistory(parseQuery(query), query, options, stats) : sessionsHistory(parseQuery(query), query, options)
}

async function sessionsHistory(query: Query, text: string, options: HistoryOptions): Promise<History> {
  return historyOverSessions(await loadSessions(options.drafts), text, options)
}

/** The timeline of one article through sessions already loaded (in order), as `history` without `--commits` gives it. */
export async function historyOverSessions(sessions: Session[], text: string, options: Pick<HistoryOptions, 'from' | 'drafts' | 'repo'>): Promise<History> {
  const query = parseQuery(text)
  const pairs = new Pairs()
  const nodes: TimelineNode[] = sessions.map((s, k) => ({
    key: `${k}:${s.id}`,
    label: s.id,
    parents: k > 0 ? [`${k - 1}:${sessions[k - 1]?.id ?? ''}`] : [],
    doc: indexVersion(`${k}:${s.id}`, s.draft),
    commit: null,
    session: s.path
  }))
  const last = nodes.at(-1)
  if (!last) throw new InputError(`\`${options.drafts}\` holds no sessions`)
  let start: {key: string; index: number} | null = null
  let from: string | null = null
  if (query.kind === 'lineage') {
    const keys = lineageKeys(nodes, pairs)
    for (const node of nodes) {
      const id = [...(keys.get(node.key) ?? [])].find(([, key]) => key === text.trim())?.[0]
      if (id !== undefined) {
        start = {key: node.key, index: node.doc.ids.indexOf(id)}
        break
      }
    }
    if (!start) {
      // Any `<session>:<article id>` names an article too, even where its lineage began earlier.
      const node = nodes.find((n) => n.label === query.label)
      const index = node ? node.doc.ids.indexOf(query.id) : -1
      if (node && index >= 0) start = {key: node.key, index}
    }
    if (!start) throw new InputError(`\`${text}\` is not the lineage key of any article in ${options.drafts}; keys look like 03-complete:art-21 (the \`lineage\` of \`draftdiff diff --format json\`), or give an article number`)
  } else if (options.from === undefined) {
    start = {key: last.key, index: numberIn(last.doc, query.number, last.label)}
  } else {
    const version = await resolveVersion(options.from, {drafts: options.drafts, repo: options.repo})
    const same = version.commit === null ? nodes.find((n) => n.session !== null && samePath(n.session, version.path)) : undefined
    if (same) start = {key: same.key, index: numberIn(same.doc, query.number, same.label)}
    else {
      const outside = outsideVersion(version)
      const index = numberIn(outside.doc, query.number, version.label)
      const target = nodes.find((n) => n.label === outside.id) ?? last
      start = {key: target.key, index: mapInto(outside.doc, index, target, version.label, query.number)}
      from = version.label
    }
  }
  const history = buildHistory({mode: 'sessions', nodes, start, query: text}, pairs)
  return from ? {...history, from} : history
}

async function commitsHistory(query: Query, text: string, options: HistoryOptions, stats?: RunStats): Promise<History> {
  const context = await commitsContext(query, options.from, options, 'history')
  const history = buildHistory({mode: 'commits', nodes: context.nodes, start: context.start, query: text, onStep: (d, t) => options.onProgress?.('following', d, t)}, context.pairs)
  context.finish(stats)
  return context.shallow ? {...history, from: context.label, shallow: {stopsAt: oldest(context.nodes)}} : {...history, from: context.label}
}

/** Blame one article at a version (default: the drafts at HEAD). */
export async function articleBlame(query: string, options: BlameOptions, stats?: RunStats): Promise<Blame> {
  const context = await commitsContext(parseQuery(query), options.at, options, 'blame')
  // Only the version blamed and its ancestors matter.
  const byKey = new Map(context.nodes.map((n) => [n.key, n]))
  const keep = new Set([context.start.key])
  const stack = [context.start.key]
  while (stack.length > 0) {
    for (const parent of byKey.get(stack.pop() as string)?.parents ?? []) {
      if (!keep.has(parent)) {
        keep.add(parent)
        stack.push(parent)
      }
    }
  }
  const nodes = context.nodes.filter((n) => keep.has(n.key))
  const blame = blameArticle(nodes, context.start, context.pairs, query, (d, t) => options.onProgress?.('following', d, t))
  context.finish(stats)
  // A shallow clone cuts the history: the oldest commits present get the credit for everything older.
  return context.shallow ? {...blame, at: context.label, shallow: {stopsAt: oldest(nodes)}} : {...blame, at: context.label}
}

/** The commits among `nodes` none of whose parents are among them: where a shallow history stops. */
function oldest(nodes: TimelineNode[]): HistoryCommit[] {
  const kept = new Set(nodes.map((n) => n.key))
  return nodes.filter((n) => n.commit !== null && n.parents.every((p) => !kept.has(p))).map((n) => n.commit as HistoryCommit)
}

interface CommitsContext {
  /** The version the article was named in: as given, or `<short id>:<session folder>` for the drafts at HEAD. */
  label: string
  nodes: TimelineNode[]
  start: {key: string; index: number}
  pairs: Pairs
  /** Whether the repository is a shallow clone (its history cut short). */
  shallow: boolean
  finish: (stats?: RunStats) => void
}

/** Read every commit touching the drafts and find the article in the version it is named in. */
async function commitsContext(query: Query, spec: string | undefined, options: {drafts: string; repo?: string; onProgress?: ProgressHandler}, command: 'history' | 'blame'): Promise<CommitsContext> {
  const t0 = performance.now()
  const repo = await openRepository(options.repo ?? '.')
  const drafts = draftsInRepo(repo, options.drafts)
  const paths = [drafts === '' ? '.' : drafts]
  const head = await resolveCommit(repo, 'HEAD')
  // The version the article is named in, when it is not simply the drafts at HEAD.
  let named: {version: ResolvedVersion; doc: VersionIndex; index: number} | null = null
  if (query.kind === 'lineage' || spec !== undefined) {
    const version = await resolveVersion(query.kind === 'lineage' ? query.label : (spec as string), {drafts: options.drafts, repo: options.repo})
    const doc = outsideVersion(version).doc
    const index = query.kind === 'lineage' ? doc.ids.indexOf(query.id) : numberIn(doc, query.number, version.label, versionOption(command))
    if (index < 0 && query.kind === 'lineage') throw new InputError(`\`${query.label}:${query.id}\` is not a lineage key: ${version.label} has no article with id \`${query.id}\` (ids look like art-12 or art-12-bis)`)
    named = {version, doc, index}
  }
  const tip = named?.version.commit ?? head
  const tips = command === 'blame' ? [tip] : [head, tip]
  const graph = await commitGraph(repo, tips, paths)
  if (graph.length === 0) throw new InputError(`no commit touches \`${drafts || '.'}\` in ${repo.root}; commit the drafts first, or give --drafts DIR`)
  const t1 = performance.now()
  const cache = new ArticleCache()
  const versions = await readCommitVersions(repo, graph, drafts, cache, (d, t) => options.onProgress?.('reading commits', d, t))
  const t2 = performance.now()
  const nodes = commitNodes(versions)
  let startKey: string | null
  if (named && named.version.commit === null) {
    const folder = draftsInRepo(repo, named.version.path)
    startKey = [...nodes].reverse().find((n) => n.session === folder)?.key ?? (await lastTouching(repo, head, paths))
  } else {
    // The drafts at the tip: the one version of the graph that is no commit's parent, if there is one.
    const parents = new Set(nodes.flatMap((n) => n.parents))
    const heads = new Set(tips).size === 1 ? nodes.filter((n) => !parents.has(n.key)) : []
    startKey = heads.length === 1 ? (heads[0]?.key ?? null) : await lastTouching(repo, tip, paths)
  }
  const node = nodes.find((n) => n.key === startKey)
  if (!node) throw new InputError(`no commit touching \`${drafts || '.'}\` leads to ${named?.version.label ?? 'HEAD'}`)
  let index: number
  if (named) index = mapInto(named.doc, named.index, node, named.version.label, query.kind === 'number' ? query.number : `${query.label}:${query.id}`)
  else index = numberIn(node.doc, (query as {number: string}).number, `HEAD (${node.label}, ${node.session ?? drafts})`, versionOption(command))
  const pairs = new Pairs()
  return {
    label: named?.version.label ?? `${node.label}:${node.session ?? drafts}`,
    nodes,
    start: {key: node.key, index},
    pairs,
    shallow: repo.shallow,
    finish: (stats) => {
      if (!stats) return
      const p = pairs.stats()
      Object.assign(stats, {commits: graph.length, parsedArticles: cache.parsedArticles, fullSplits: cache.fullSplits, pairs: p.pairs, aligned: p.aligned, ms: {log: t1 - t0, read: t2 - t1, follow: performance.now() - t2}})
    }
  }
}

/** A version outside the graph, parsed. */
function outsideVersion(version: ResolvedVersion): {doc: VersionIndex; id: string} {
  const session = parseSource(version)
  return {doc: indexVersion(`outside:${version.label}`, session.draft), id: session.id}
}

/** Where article `index` of `doc` is in the node's version; an input error when it is not there. */
function mapInto(doc: VersionIndex, index: number, node: TimelineNode, label: string, what: string): number {
  const link = new Pair(doc, node.doc, {before: label, after: node.label}).linkOfOld(index)
  const found = link.new[0]
  if (found === undefined) throw new InputError(`Art. ${what} of ${label} has no counterpart in ${node.label}${node.session ? ` (${node.session})` : ''}; it may not be committed yet`)
  return found
}

function numberIn(doc: VersionIndex, number: string, label: string, option = '--from'): number {
  const index = findByNumber(doc, number)
  if (index >= 0) return index
  const numbers = doc.numbers
  const range = numbers.length === 0 ? 'it has no articles' : `its articles are ${numbers[0]} to ${numbers.at(-1)}`
  throw new InputError(`there is no article ${number.trim()} in ${label} (${range}); give its number in that version, or name the version with ${option}`)
}

/** The option that names the version a command reads: `history --from`, `blame --at`. */
function versionOption(command: 'history' | 'blame'): string {
  return command === 'blame' ? '--at' : '--from'
}

function samePath(a: string, b: string): boolean {
  return path.resolve(a) === path.resolve(b)
}

/** The drafts folder relative to the repository root (`''` for the root), POSIX separators. */
export function draftsInRepo(repo: Repository, drafts: string): string {
  const real = (p: string) => {
    try {
      return realpathSync(p)
    } catch {
      return path.resolve(p)
    }
  }
  const root = real(repo.root)
  let relative = path.relative(root, real(drafts))
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    // Not inside the repository from here: read it as relative to the repository root.
    relative = path.normalize(drafts)
    if (path.isAbsolute(relative) || relative.startsWith('..')) throw new InputError(`\`${drafts}\` is outside the repository ${repo.root}; give --drafts inside it, or --repo DIR`)
  }
  return relative.split(path.sep).join('/').replace(/^\.$/, '')
}
