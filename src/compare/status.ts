/** The status of an article or a paragraph in one version of the N-way table: deleted, pending, agreed, or its open brackets. */
import type {MarkedUnit} from '../align/text.js'
import type {RowStatus} from '../model/compare.js'
import type {Article, StatusMarker} from '../model/types.js'
import {articleOpenBrackets, openBracketsIn} from '../parse/stats.js'
import {articleUnits} from '../parse/spanning.js'

/** Markers that mean agreement. */
export const agreedMarkers: ReadonlySet<string> = new Set(['agreed', 'agreed ad referendum', 'informally agreed', 'provisionally agreed'])
/** Markers that mean the article is still under negotiation. */
export const pendingMarkers: ReadonlySet<string> = new Set(['pending', 'under discussion'])

/** `deleted` marker; else a pending marker → pending; else an agreed marker and no open brackets → agreed; else open brackets: N. */
export function statusOf(article: Article, version: string): RowStatus {
  return status([...article.status, ...articleUnits(article).flatMap((unit) => unit.markers)], articleOpenBrackets(article), version)
}

/** A paragraph's status: its own known markers and the article heading's, and the open brackets in it alone. */
export function unitStatus(unit: MarkedUnit, article: Article, version: string): RowStatus {
  return status([...article.status, ...unit.unit.markers], openBracketsIn([unit.unit]), version)
}

function status(found: StatusMarker[], open: number, version: string): RowStatus {
  const markers = [...new Set(found.filter((m) => m.known).map((m) => m.name))]
  const base = {version, markers, openBrackets: open}
  if (markers.includes('deleted')) return {kind: 'deleted', label: 'deleted', ...base}
  if (markers.some((m) => pendingMarkers.has(m))) return {kind: 'pending', label: open > 0 ? `pending; open brackets: ${open}` : 'pending', ...base}
  if (open === 0 && markers.some((m) => agreedMarkers.has(m))) return {kind: 'agreed', label: 'agreed', ...base}
  return {kind: 'open', label: `open brackets: ${open}`, ...base}
}
