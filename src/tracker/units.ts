/**
 * Which unit became which between two neighbouring versions, as `diff` pairs them (src/diff/unit-links.ts) but
 * without redlines, change classes or events: the tracker needs only the pairs.
 */
import type {Pair} from '../engine/pair.js'
import {linkUnits, preambleLinks} from '../diff/unit-links.js'
import type {TextUnit} from '../model/types.js'

/** One aligned pair of units (null on the missing side). */
export interface UnitPair {
  old: TextUnit | null
  new: TextUnit | null
}

/** Where the old version's open brackets are: the indices of the articles holding one, and whether the preamble does. */
export interface Holders {
  articles: ReadonlySet<number>
  preamble: boolean
}

/**
 * The unit pairs of each relation of a pair of versions: the preamble first, then one list per article link. Only
 * relations whose old side holds an open bracket are aligned (the others are empty): a bracket can be followed only
 * from there, and a new bracket elsewhere opened (or moved, which needs no unit alignment).
 */
export function unitRelations(pair: Pair, holders: Holders): UnitPair[][] {
  const before = pair.before.draft
  const after = pair.after.draft
  const relations = [holders.preamble ? preambleLinks(before, after) : null, ...pair.links.map((link) => (link.old.some((i) => holders.articles.has(i)) ? linkUnits(link, before, after) : null))]
  return relations.map((relation) => {
    if (relation === null) return []
    const {oldUnits, newUnits, unitLinks} = relation
    return unitLinks.map((u) => ({old: u.old === null ? null : (oldUnits[u.old]?.unit ?? null), new: u.new === null ? null : (newUnits[u.new]?.unit ?? null)}))
  })
}
