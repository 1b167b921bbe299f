/**
 * Blame: for each paragraph and subparagraph of an article at one commit, the commit that last
 * changed its text (or added it). Commits are walked parents first; a unit whose text is the same
 * as the unit it is aligned with in a parent keeps that unit's commit (for a merge, the first
 * parent that has it unchanged), as `git blame` does for lines.
 */
import {fold, markedUnits} from '../align/text.js'
import {articleState} from './documents.js'
import {follow} from './follow.js'
import type {Pairs} from './pairs.js'
import type {TimelineNode} from './timeline.js'
import type {Blame, HistoryCommit} from '../model/history.js'

interface Origin {
  commit: HistoryCommit
  session: string | null
}

/** Blame the article `start.index` of version `start.key`; `nodes` are its ancestors (and itself), parents first, with commits. */
export function blameArticle(nodes: TimelineNode[], start: {key: string; index: number}, pairs: Pairs, query: string, onStep?: (done: number, total: number) => void): Blame {
  const state = follow(nodes, start, pairs, onStep)
  const byKey = new Map(nodes.map((node) => [node.key, node]))
  const origins = new Map<string, Map<string, Origin>>()
  for (const node of nodes) {
    const index = state.get(node.key) ?? null
    if (index === null || !node.commit) continue
    const article = node.doc.article(index)
    const present = node.parents.map((key) => byKey.get(key)).filter((p): p is TimelineNode => p !== undefined && (state.get(p.key) ?? null) !== null && origins.has(p.key))
    const first = present[0]
    const firstIndex = first ? (state.get(first.key) as number) : -1
    // The same article text, heading and chapter as in the first parent: every unit keeps its commit.
    if (first && first.doc.looks[firstIndex] === node.doc.looks[index] && first.doc.ids[firstIndex] === node.doc.ids[index]) {
      origins.set(node.key, origins.get(first.key) as Map<string, Origin>)
      continue
    }
    const inherited = present.map((parent) => {
      const before = origins.get(parent.key) as Map<string, Origin>
      const change = pairs.get(parent, node).change(pairs.get(parent, node).linkOfNew(index))
      const map = new Map<string, Origin>()
      for (const unit of change.units) {
        if (unit.relation !== 'matched' || !unit.old || !unit.new || unit.old.text !== unit.new.text) continue
        const origin = before.get(unit.old.id)
        if (origin) map.set(unit.new.id, origin)
      }
      return map
    })
    const own: Origin = {commit: node.commit, session: node.session}
    const result = new Map<string, Origin>()
    for (const {unit} of markedUnits(article)) result.set(unit.id, inherited.map((map) => map.get(unit.id)).find((o) => o !== undefined) ?? own)
    origins.set(node.key, result)
  }
  const node = byKey.get(start.key)
  if (!node) throw new Error('the version blamed is not in the graph')
  const article = node.doc.article(start.index)
  const final = origins.get(start.key)
  if (!final) throw new Error('the article blamed was not followed to its version')
  return {
    schemaVersion: 1,
    query,
    at: node.label,
    article: articleState(node.doc, start.index),
    scanned: nodes.length,
    lines: markedUnits(article).map((m) => {
      const origin = final.get(m.unit.id) as Origin
      return {unit: m.unit.id, marker: m.marker, level: m.level, text: fold(m.unit.text), commit: origin.commit, session: origin.session}
    })
  }
}
