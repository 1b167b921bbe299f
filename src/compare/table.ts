/**
 * The N-way comparison table ("four-column table"): one header row per article lineage, under it one row per paragraph
 * lineage, one column per version, each paragraph cell with a word-level redline against a baseline column, and a
 * status per row. Plain data, the single input of the `compare` renderers (docs/compare.md).
 */
import type {ArticleLink, Options as AlignOptions} from '../align/articles.js'
import {compareStructure} from '../diff/chapters.js'
import {versionInfo} from '../diff/compare.js'
import type {Options as WordOptions} from '../diff/words.js'
import {chainVersions} from '../engine/chain.js'
import type {Version} from '../engine/version.js'
import type {CellLink, CompareCell, CompareRow, CompareTable, StatusKind, UnitRow} from '../model/compare.js'
import type {Article} from '../model/types.js'
import {articleOpenBrackets} from '../parse/stats.js'
import {statusOf} from './status.js'
import {unitRows} from './units.js'

/** Options for `compareTable`. */
export interface Options {
  /** Index of the version every column is compared against; default: each column against the previous one. */
  baseline?: number
  align?: AlignOptions
  words?: WordOptions
}

/** The compare table types (defined in src/model/compare.ts). */
export type {CellLink, CompareCell, CompareRow, CompareTable, RowStatus, StatusKind, UnitCell, UnitRow} from '../model/compare.js'
/** Cell notes, kept importable from here; they live in src/model/compare.ts. */
export {cellNote} from '../model/compare.js'

/** Status markers and statuses, kept importable from here; they live in ./status.ts. */
export {agreedMarkers, pendingMarkers, statusOf} from './status.js'

/** Build the N-way table over versions in the order given (at least one). */
export function compareTable(input: Version[], options: Options = {}): CompareTable {
  const versions = uniqueLabels(input)
  const count = versions.length
  if (options.baseline !== undefined && (options.baseline < 0 || options.baseline >= count || !Number.isInteger(options.baseline))) throw new RangeError(`baseline ${options.baseline} is not one of the ${count} versions`)
  // One alignment per pair of neighbouring columns, shared by the lineage keys, the cell links and the paragraph rows.
  const {pairs, keys} = chainVersions(versions, options.align)
  // For each pair of neighbouring columns, the link holding each old and each new article.
  // Whether an article left its chapter's (or section's) lineage, per pair: the same test as `diff`'s `moved`.
  const movedTests = pairs.map((pair) => compareStructure(pair.before, pair.after, pair.links).moved)
  const links = versions.map((_, i) => pairs[i - 1]?.links ?? []).map((list) => {
    const byOld = new Map<number, ArticleLink>()
    const byNew = new Map<number, ArticleLink>()
    for (const link of list) {
      for (const index of link.old) byOld.set(index, link)
      for (const index of link.new) byNew.set(index, link)
    }
    return {byOld, byNew}
  })

  // Which article (by index) each lineage has in each version.
  const members = new Map<string, Array<number | null>>()
  const articleKeys = versions.map(() => new Map<number, string>())
  versions.forEach((version, v) => {
    version.draft.articles.forEach((article, index) => {
      const base = keys[v]?.get(article.id) ?? `${version.label}:${article.id}`
      let key = base
      // Duplicate ids within a draft would share a key: give the later one a row of its own.
      for (let n = 2; typeof members.get(key)?.[v] === 'number'; n++) key = `${base}#${n}`
      let slots = members.get(key)
      if (!slots) {
        slots = new Array<number | null>(count).fill(null)
        members.set(key, slots)
      }
      slots[v] = index
      articleKeys[v]?.set(index, key)
    })
  })
  const paragraphs = unitRows({versions, pairs: [undefined, ...pairs], articleKey: (v, index) => articleKeys[v]?.get(index) ?? '', baseline: options.baseline, diff: {...options.align, words: options.words}})

  const order = rowOrder(versions, members)
  const rows = order.map((key): CompareRow => {
    const slots = members.get(key) ?? []
    const articles = versions.map((version, v) => {
      const index = slots[v]
      return index === null || index === undefined ? null : (version.draft.articles[index] ?? null)
    })
    const cells = articles.map(cell)
    cells.forEach((c, v) => (c.link = linkOf(v, slots, articles)))
    const last = lastIndex(articles)
    const article = articles[last] as Article
    const units = paragraphs.get(key) ?? []
    return {lineage: key, number: article.number, title: article.title, status: statusOf(article, versions[last]?.label ?? ''), changedIn: rowChanges(versions, cells, units), note: null, cells, units}
  })

  function linkOf(v: number, slots: Array<number | null>, articles: Array<Article | null>): CellLink | null {
    const here = slots[v]
    const before = slots[v - 1]
    const pair = links[v]
    const previous = versions[v - 1]
    const current = versions[v]
    if (!pair || !previous || !current) return null
    const link = here !== null && here !== undefined ? pair.byNew.get(here) : before !== null && before !== undefined ? pair.byOld.get(before) : undefined
    if (!link || (articles[v] === null && articles[v - 1] === null)) return null
    const moved = link.relation === 'matched' && (movedTests[v - 1]?.(link) ?? false)
    const from = previous.draft.articles[link.old[0] ?? -1]
    return {relation: link.relation, old: link.old.map((i) => previous.draft.articles[i]?.number ?? ''), new: link.new.map((j) => current.draft.articles[j]?.number ?? ''), movedFrom: moved ? (from?.chapter ?? '—') : null}
  }

  const status: Record<StatusKind, number> = {agreed: 0, pending: 0, open: 0, deleted: 0}
  for (const row of rows) status[row.status.kind]++
  const units = rows.flatMap((row) => row.units)
  const changedCells = units.reduce((sum, row) => sum + row.cells.filter((c) => c.redline !== null && c.redline.pieces.some((p) => p.type !== 'equal')).length, 0)
  return {
    kind: 'draftdiff-compare',
    schemaVersion: 2,
    versions: versions.map(versionInfo),
    baseline: options.baseline === undefined ? null : (versions[options.baseline]?.label ?? null),
    notes: false,
    rows,
    summary: {rows: rows.length, paragraphs: units.length, changedParagraphs: units.filter((u) => u.changedIn.length > 0).length, status, changedCells}
  }
}

/** Labels made unique (`06-updated`, `06-updated (2)`), since lineage keys are built from them. */
function uniqueLabels(versions: Version[]): Version[] {
  const seen = new Set<string>()
  return versions.map((version) => {
    let label = version.label
    for (let n = 2; seen.has(label); n++) label = `${version.label} (${n})`
    seen.add(label)
    return label === version.label ? version : {...version, label}
  })
}

/** Rows in the last version's article order; a lineage absent from it goes right after its predecessor in the last version where it exists. */
function rowOrder(versions: Version[], members: Map<string, Array<number | null>>): string[] {
  const keyAt = new Map<string, string>()
  for (const [key, slots] of members) slots.forEach((index, v) => index !== null && keyAt.set(`${v}/${index}`, key))
  const order: string[] = []
  const placed = new Set<string>()
  for (let v = versions.length - 1; v >= 0; v--) {
    let previous: string | null = null
    const articles = versions[v]?.draft.articles ?? []
    for (let index = 0; index < articles.length; index++) {
      const key = keyAt.get(`${v}/${index}`)
      if (key === undefined) continue
      if (!placed.has(key)) {
        order.splice(previous === null ? 0 : order.indexOf(previous) + 1, 0, key)
        placed.add(key)
      }
      previous = key
    }
  }
  return order
}

/** Versions where the article appears, disappears, changes title or heading markers, or one of its paragraphs changes. */
function rowChanges(versions: Version[], cells: CompareCell[], units: UnitRow[]): string[] {
  const changed = new Set(units.flatMap((u) => u.changedIn))
  cells.forEach((c, v) => {
    const before = cells[v - 1]
    if (before && (c.present !== before.present || c.title !== before.title || c.markers.join() !== before.markers.join())) changed.add(versions[v]?.label ?? '')
  })
  return versions.map((version) => version.label).filter((label) => changed.has(label))
}

function cell(article: Article | null): CompareCell {
  if (!article) return {present: false, id: null, number: null, title: null, chapter: null, markers: [], openBrackets: 0, link: null}
  return {
    present: true,
    id: article.id,
    number: article.number,
    title: article.title,
    chapter: article.chapter,
    markers: article.status.map((m) => m.name),
    openBrackets: articleOpenBrackets(article),
    link: null
  }
}

function lastIndex<T>(list: Array<T | null>): number {
  for (let i = list.length - 1; i >= 0; i--) if (list[i] !== null) return i
  return -1
}

