/**
 * Following one article through a graph of versions: a list of sessions (each the parent of the
 * next) or of commits (parents first). From the version it is named in, the article is followed
 * back through every ancestor and forward through every other version, with the alignment.
 */
import type {VersionIndex} from '../engine/version.js'
import type {Pairs} from './pairs.js'

/** A version in the graph: parents are keys of earlier nodes (the first parent first). */
export interface VersionNode {
  key: string
  label: string
  parents: string[]
  doc: VersionIndex
}

/**
 * The index of the followed article in each version, or null where it does not exist.
 *
 * Backwards (ancestors of the start, children before parents) the article is what it came from:
 * the old article of a match, the source of a split, the first of the articles merged into it.
 * Forwards (every other version, parents first) it is what it became: the new article of a match,
 * the result of a merge, and for a split the first piece — the piece that keeps the lineage key.
 */
export function follow(nodes: VersionNode[], start: {key: string; index: number}, pairs: Pairs, onStep?: (done: number, total: number) => void): Map<string, number | null> {
  const byKey = new Map(nodes.map((node) => [node.key, node]))
  const state = new Map<string, number | null>([[start.key, start.index]])
  const position = new Map(nodes.map((node, k) => [node.key, k]))
  const ancestors = new Set<string>()
  const stack = [start.key]
  while (stack.length > 0) {
    const node = byKey.get(stack.pop() as string)
    for (const parent of node?.parents ?? []) {
      if (!ancestors.has(parent) && byKey.has(parent)) {
        ancestors.add(parent)
        stack.push(parent)
      }
    }
  }
  // Children of each node, first-parent children first.
  const children = new Map<string, VersionNode[]>()
  for (const node of nodes) {
    node.parents.forEach((parent, n) => {
      const list = children.get(parent) ?? []
      if (n === 0) list.unshift(node)
      else list.push(node)
      children.set(parent, list)
    })
  }
  let done = 0
  const step = () => onStep?.(++done, nodes.length)
  for (let k = (position.get(start.key) ?? 0) - 1; k >= 0; k--) {
    const node = nodes[k] as VersionNode
    if (!ancestors.has(node.key)) continue
    let found: number | null = null
    for (const child of children.get(node.key) ?? []) {
      const index = state.get(child.key)
      if (index === null || index === undefined || !(ancestors.has(child.key) || child.key === start.key)) continue
      const link = pairs.get(node, child).linkOfNew(index)
      found = link.old[0] ?? null
      if (found !== null) break
    }
    state.set(node.key, found)
    step()
  }
  for (const node of nodes) {
    if (state.has(node.key)) continue
    let found: number | null = null
    for (const key of node.parents) {
      const parent = byKey.get(key)
      const index = state.get(key)
      if (!parent || index === null || index === undefined) continue
      found = pairs.get(parent, node).linkOfOld(index).new[0] ?? null
      if (found !== null) break
    }
    state.set(node.key, found)
    step()
  }
  return state
}
