/**
 * Paragraph lineages for the compare table: paragraphs and subparagraphs followed across the versions through the unit
 * alignment of `articleChange` (the UnitChange data of `compareDrafts`), one row per lineage.
 */
import {foldUnit, markedUnits, type MarkedUnit} from '../align/text.js'
import {articleChange, type Options as DiffOptions} from '../diff/compare.js'
import type {Pair} from '../engine/pair.js'
import type {Version} from '../engine/version.js'
import type {UnitCell, UnitRow} from '../model/compare.js'
import {wordDiff} from '../diff/words.js'
import type {UnitChange} from '../model/diff.js'
import type {Article} from '../model/types.js'
import {unitStatus} from './status.js'

/** The paragraph row types (defined in src/model/compare.ts). */
export type {UnitCell, UnitRow} from '../model/compare.js'

interface Slot {
  article: number
  unit: MarkedUnit
}

/** What `unitRows` needs from the article table: neighbouring links and the article lineage key of each article. */
export interface UnitInput {
  versions: Version[]
  /** `pairs[v]`: the engine's pair of versions v-1 and v (undefined for v = 0). */
  pairs: Array<Pair | undefined>
  /** The article lineage key of article `index` of version `v`. */
  articleKey: (v: number, index: number) => string
  baseline?: number
  diff?: DiffOptions
}

/** Paragraph rows grouped by article lineage key, each list in reading order of the last version holding them. */
export function unitRows(input: UnitInput): Map<string, UnitRow[]> {
  const {versions} = input
  const count = versions.length
  const members = new Map<string, Array<Slot | null>>()
  const changes: Array<Map<string, UnitChange>> = versions.map(() => new Map())
  const sequences: string[][] = []
  let previousKeys = new Map<string, string>()
  versions.forEach((version, v) => {
    const previous = versions[v - 1]
    const pair = input.pairs[v]
    if (previous && pair) for (const change of neighbourChanges(pair, input.diff)) if (change.new) changes[v]?.set(change.new.id, change)
    const keys = new Map<string, string>()
    const sequence: string[] = []
    version.draft.articles.forEach((article, index) => {
      for (const unit of markedUnits(article)) {
        const change = changes[v]?.get(unit.unit.id)
        const inherited = change?.relation === 'matched' && change.old ? previousKeys.get(change.old.id) : undefined
        let key = inherited ?? `${version.label}:${unit.unit.id}`
        // Duplicate ids (or two units inheriting one key) would share a row: the later one gets its own.
        for (let n = 2; members.get(key)?.[v]; n++) key = `${version.label}:${unit.unit.id}#${n}`
        let slots = members.get(key)
        if (!slots) members.set(key, (slots = new Array<Slot | null>(count).fill(null)))
        slots[v] = {article: index, unit}
        keys.set(unit.unit.id, key)
        sequence.push(key)
      }
    })
    sequences.push(sequence)
    previousKeys = keys
  })

  const byArticle = new Map<string, UnitRow[]>()
  for (const key of mergeOrder(sequences)) {
    const slots = members.get(key) ?? []
    const row = buildRow(key, slots, changes, input)
    const last = lastSlot(slots)
    const articleKey = input.articleKey(last.v, last.slot.article)
    const list = byArticle.get(articleKey) ?? []
    list.push(row)
    byArticle.set(articleKey, list)
  }
  return byArticle
}

/** The unit changes between two neighbouring versions, one `articleChange` per article link (as `compareDrafts` makes them). */
function neighbourChanges(pair: Pair, options: DiffOptions = {}): UnitChange[] {
  return pair.links.flatMap((link) => articleChange(link, pair.before, pair.after, pair.renumbering, pair.removed, options).units)
}

function buildRow(key: string, slots: Array<Slot | null>, changes: Array<Map<string, UnitChange>>, input: UnitInput): UnitRow {
  const {versions} = input
  const cells = slots.map((slot, v): UnitCell => {
    const version = versions[v] as Version
    if (!slot) return {present: false, id: null, marker: '', level: 0, text: '', note: null, redline: null, footnotes: []}
    const text = foldUnit(slot.unit.unit)
    const footnotes = slot.unit.unit.footnoteRefs.map((ref) => ref.label).filter((label, i, all) => all.indexOf(label) === i).map((label) => ({label, text: version.draft.footnotes.find((f) => f.label === label)?.text.replace(/\s+/g, ' ').trim() ?? ''}))
    return {present: true, id: slot.unit.unit.id, marker: slot.unit.marker, level: slot.unit.level, text, note: null, redline: null, footnotes}
  })
  const changedIn: string[] = []
  cells.forEach((cell, v) => {
    const before = cells[v - 1]
    const slot = slots[v]
    const previousSlot = slots[v - 1]
    if (!before) return
    if (cell.present !== before.present || cell.text !== before.text) changedIn.push(versions[v]?.label ?? '')
    if (cell.present && !before.present) cell.note = 'new'
    else if (!cell.present && before.present) cell.note = 'deleted'
    else if (slot && previousSlot) cell.note = movedNote(v, slot, previousSlot, changes[v]?.get(cell.id ?? ''), input)
    const base = input.baseline ?? v - 1
    if (!cell.present || base === v) return
    const change = changes[v]?.get(cell.id ?? '')
    cell.redline = base === v - 1 && change?.relation === 'matched' ? change.redline : wordDiff(cells[base]?.text ?? '', cell.text, input.diff?.words)
  })
  const last = lastSlot(slots)
  const version = versions[last.v] as Version
  return {lineage: key, changedIn, status: unitStatus(last.slot.unit, version.draft.articles[last.slot.article] as Article, version.label), note: null, cells}
}

/** `moved from Art. 13` when the unit now sits in an article of another lineage, `reordered` when it changed place within its article. */
function movedNote(v: number, slot: Slot, previous: Slot, change: UnitChange | undefined, input: UnitInput): string | null {
  if (input.articleKey(v, slot.article) !== input.articleKey(v - 1, previous.article)) return `moved from Art. ${input.versions[v - 1]?.draft.articles[previous.article]?.number ?? ''}`
  return change?.reordered ? 'reordered' : null
}

function lastSlot(slots: Array<Slot | null>): {v: number; slot: Slot} {
  for (let v = slots.length - 1; v >= 0; v--) {
    const slot = slots[v]
    if (slot) return {v, slot}
  }
  throw new Error('a lineage with no unit')
}


/**
 * One order holding every key of every sequence: the last sequence's order, and a key missing from it right after its
 * predecessor in the last sequence holding it. Linear: a linked list, not repeated searches.
 */
export function mergeOrder(sequences: string[][]): string[] {
  const next = new Map<string, string | null>()
  let head: string | null = null
  for (let s = sequences.length - 1; s >= 0; s--) {
    let previous: string | null = null
    for (const key of sequences[s] ?? []) {
      if (!next.has(key)) {
        if (previous === null) {
          next.set(key, head)
          head = key
        } else {
          next.set(key, next.get(previous) ?? null)
          next.set(previous, key)
        }
      }
      previous = key
    }
  }
  const order: string[] = []
  for (let key = head; key !== null; key = next.get(key) ?? null) order.push(key)
  return order
}
