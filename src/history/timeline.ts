/** Building the timeline of one article from a graph of versions: one entry per version it is in (or, for commits, per commit that touched it). */
import {fold} from '../align/text.js'
import {splitPart} from '../diff/pieces.js'
import {lineageKeys as chainLineage} from '../engine/chain.js'
import {movedAcross} from '../model/cite.js'
import type {ArticleChange} from '../model/diff.js'
import {articleState} from './documents.js'
import {follow, type VersionNode} from './follow.js'
import type {Pairs} from './pairs.js'
import type {EntryRelation, History, HistoryCommit, HistoryEntry} from '../model/history.js'

/** A version of the timeline: a graph node, with its commit (commits mode) and session folder. */
export interface TimelineNode extends VersionNode {
  commit: HistoryCommit | null
  session: string | null
}

/** What the timeline is built from: the versions in order, how they were read, and the article asked for. */
export interface TimelineInput {
  mode: 'sessions' | 'commits'
  nodes: TimelineNode[]
  /** The version the article was named in, and its index there. */
  start: {key: string; index: number}
  query: string
  /** Total versions scanned (commits touching the drafts, or sessions). */
  scanned?: number
  onStep?: (done: number, total: number) => void
}

/**
 * The timeline. Sessions mode has an entry for every session (`absent` where the article is not
 * in it); commits mode has one for each commit that changed the article in any way — its text,
 * number, chapter, title or status — compared with its parent (for a merge, the first parent).
 */
export function buildHistory(input: TimelineInput, pairs: Pairs): History {
  const {nodes, start} = input
  const state = follow(nodes, start, pairs, input.onStep)
  const byKey = new Map(nodes.map((node) => [node.key, node]))
  const lineage = input.mode === 'sessions' ? lineageKeys(nodes, pairs) : null
  const entries: HistoryEntry[] = []
  for (const node of nodes) {
    const index = state.get(node.key) ?? null
    const parent = node.parents.map((key) => byKey.get(key)).find((p): p is TimelineNode => p !== undefined && (state.get(p.key) ?? null) !== null)
    if (index === null && !parent) {
      if (input.mode === 'sessions') entries.push(entry(node, 'absent', null, lineage))
      continue
    }
    if (!parent) {
      entries.push(entry(node, node.parents.length === 0 ? 'first' : 'added', index, lineage))
      continue
    }
    const pair = pairs.get(parent, node)
    const link = index !== null ? pair.linkOfNew(index) : pair.linkOfOld(state.get(parent.key) as number)
    // The same heading, body and chapter: nothing to report, and nothing to parse or compare.
    const same = link.relation === 'matched' && index !== null && parent.doc.looks[link.old[0] ?? -1] === node.doc.looks[index]
    if (same && input.mode === 'commits') continue
    if (same) {
      const item = entry(node, 'unchanged', index, lineage)
      item.comparedWith = parent.label
      item.from = articleState(parent.doc, link.old[0] ?? -1)
      item.previous = [item.from]
      item.change = 'none'
      entries.push(item)
      continue
    }
    const change = pair.change(link)
    const relation: EntryRelation = link.relation === 'matched' ? (touched(change) ? 'matched' : 'unchanged') : link.relation
    if (relation === 'unchanged' && input.mode === 'commits') continue
    const shown = index ?? null
    const item = entry(node, relation, shown, lineage)
    item.comparedWith = parent.label
    const followedFrom = state.get(parent.key) ?? null
    item.from = followedFrom === null || !link.old.includes(followedFrom) ? (link.old[0] === undefined ? null : articleState(parent.doc, link.old[0])) : articleState(parent.doc, followedFrom)
    item.previous = link.old.map((i) => articleState(parent.doc, i))
    item.pieces = link.relation === 'split' ? link.new.map((j) => articleState(node.doc, j)) : []
    item.renumbered = change.renumbered
    item.moved = link.old[0] !== undefined && link.new[0] !== undefined && pair.moved(link.old[0], link.new[0])
    item.titleChanged = change.titleChanged
    item.change = link.relation === 'added' ? null : change.change
    // A split's words are counted once: each new article is credited with the paragraphs now in it.
    const part = splitPart(change, item.article?.id ?? '')
    item.wordsAdded = part.wordsAdded
    item.wordsRemoved = part.wordsRemoved
    item.bracketsOpened = change.bracketsOpened
    item.bracketsClosed = change.bracketsClosed
    item.markersGained = [...new Set(change.events.filter((e) => e.kind === 'marker-gained').map((e) => e.text))]
    item.markersLost = [...new Set(change.events.filter((e) => e.kind === 'marker-lost').map((e) => e.text))]
    item.events = change.events
    const home = {old: change.oldArticles[0]?.id ?? null, new: change.newArticles[0]?.id ?? null}
    item.units = part.units.filter((u) => u.relation !== 'matched' || u.change !== 'none' || movedAcross(u, home))
    // For splits and merges, flags compare the followed article with the one it was followed from (not the first of each side).
    if ((link.relation === 'split' || link.relation === 'merged') && shown !== null) {
      const now = item.article
      const before = item.from
      item.renumbered = Boolean(now && before && now.number !== before.number)
      const fromIndex = followedFrom !== null && link.old.includes(followedFrom) ? followedFrom : link.old[0]
      item.moved = fromIndex !== undefined && pair.moved(fromIndex, shown)
      item.titleChanged = Boolean(now && before && fold(now.title ?? '') !== fold(before.title ?? ''))
    }
    entries.push(item)
  }
  const startNode = byKey.get(start.key)
  if (!startNode) throw new Error('the start version is not in the graph')
  const article = articleState(startNode.doc, start.index)
  const first = entries.find((e) => e.article !== null)
  return {
    schemaVersion: 1,
    mode: input.mode,
    query: input.query,
    from: startNode.label,
    lineage: lineage?.get(start.key)?.get(article.id) ?? `${first?.version ?? startNode.label}:${first?.article?.id ?? article.id}`,
    article,
    scanned: input.scanned ?? nodes.length,
    entries
  }
}

function entry(node: TimelineNode, relation: EntryRelation, index: number | null, lineage: Map<string, Map<string, string>> | null): HistoryEntry {
  const article = index === null ? null : articleState(node.doc, index)
  return {
    version: node.label,
    session: node.session,
    commit: node.commit,
    comparedWith: null,
    relation,
    article,
    from: null,
    previous: [],
    pieces: [],
    lineage: article ? (lineage?.get(node.key)?.get(article.id) ?? null) : null,
    renumbered: false,
    moved: false,
    titleChanged: false,
    change: null,
    wordsAdded: 0,
    wordsRemoved: 0,
    bracketsOpened: 0,
    bracketsClosed: 0,
    markersGained: [],
    markersLost: [],
    events: [],
    units: []
  }
}

/** Anything history reports: text, number, chapter, title, status markers, brackets. */
function touched(change: ArticleChange): boolean {
  return change.change !== 'none' || change.renumbered || change.moved || change.titleChanged || change.events.length > 0
}

/** Lineage keys of every article of a chain of versions (the engine's `lineageKeys`), by node key, from the links the pairs already computed. */
export function lineageKeys(nodes: VersionNode[], pairs: Pairs): Map<string, Map<string, string>> {
  const keys = chainLineage(
    nodes.map((node) => ({label: node.label, ids: node.doc.ids})),
    (k) => pairs.get(nodes[k - 1] as VersionNode, nodes[k] as VersionNode).links()
  )
  return new Map(nodes.map((node, k) => [node.key, keys[k] ?? new Map<string, string>()]))
}
