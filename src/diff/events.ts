/** Negotiation events between two versions of an article: brackets, options, status markers, references. */
import type {NegotiationEvent} from '../model/diff.js'
import type {BracketSpan, StatusMarker, TextUnit} from '../model/types.js'
import {fold} from '../align/text.js'
import {collapseWhitespace} from '../parse/chars.js'
import {fates, type Fate} from './fates.js'

/** What `articleEvents` reads: both sides' units and status markers, their pairs, and the renumbering. */
export interface EventInput {
  before: TextUnit[]
  after: TextUnit[]
  statusBefore: StatusMarker[]
  statusAfter: StatusMarker[]
  /** Aligned unit pairs, for bracket fates and reference events. */
  pairs: Array<[TextUnit, TextUnit]>
  /** Old article numbers that no longer exist in the new version. */
  removedArticles: ReadonlySet<string>
  /** Old article number → new number(s), from the article alignment. */
  renumbering: ReadonlyMap<string, readonly string[]>
}

interface Located {
  span: BracketSpan
  unit: TextUnit
  key: string
}

/** A closed bracket and what became of it. */
interface Closed extends Located {
  fate: Fate
}

/** The events of one article relation, and how many brackets opened and closed. */
export function articleEvents(input: EventInput): {events: NegotiationEvent[]; opened: number; closed: number} {
  const events: NegotiationEvent[] = []
  const newSpans = spans(input.after)
  // A bracket whose text is still bracketed somewhere in the article stays open; each new bracket answers one old one.
  const unmatchedNew = new Map<string, {list: Located[]; used: number}>()
  for (const item of newSpans) {
    const entry = unmatchedNew.get(item.key)
    if (entry) entry.list.push(item)
    else unmatchedNew.set(item.key, {list: [item], used: 0})
  }
  const closedByUnit = new Map<TextUnit, Located[]>()
  for (const item of spans(input.before)) {
    const same = unmatchedNew.get(item.key)
    if (same && same.used < same.list.length) same.used++
    else {
      const list = closedByUnit.get(item.unit)
      if (list) list.push(item)
      else closedByUnit.set(item.unit, [item])
    }
  }
  const partner = new Map(input.pairs)
  const closed = [...closedByUnit].flatMap(([unit, list]) => withFates(unit, partner.get(unit) ?? null, list))
  const stillOpen = new Set(newSpans.filter((s) => s.span.option !== null).map((s) => s.key))
  const groups = alternativeGroups(closed)
  const grouped = new Set(groups.flat())
  for (const item of closed) {
    if (grouped.has(item)) continue
    events.push({kind: item.fate.agreed ? 'bracket-agreed' : 'bracket-dropped', unit: item.unit.id, text: item.key, ...(item.fate.now === null ? {} : {to: item.fate.now})})
  }
  for (const group of groups) events.push(groupEvent(group, stillOpen))
  let opened = 0
  for (const {list, used} of unmatchedNew.values()) {
    for (const item of list.slice(used)) {
      opened++
      events.push({kind: 'bracket-opened', unit: item.unit.id, text: item.key})
    }
  }
  markerEvents(input, events)
  referenceEvents(input, events)
  return {events, opened, closed: closed.length}
}

function spans(units: TextUnit[]): Located[] {
  return units.flatMap((unit) => unit.brackets.filter((span) => span.continues !== 'previous').map((span) => ({span, unit, key: fold(span.inner)})))
}

/** Fates of the closed brackets of one old unit, from the word diff to the unit it is aligned with (none: deleted). */
function withFates(unit: TextUnit, now: TextUnit | null, list: Located[]): Closed[] {
  const ranges = list.map((item) => ({from: item.span.start + 1 + labelLength(item.span.inner), to: item.span.end - 1}))
  const found = fates(unit.text, now?.text ?? null, ranges)
  return list.map((item, k) => ({...item, fate: found[k] as Fate}))
}

/**
 * Groups of alternatives among closed brackets: labelled options of one group (`[Option 1: …] [Option 2: …]`), and
 * adjacent unlabelled brackets at one depth (`[shall] [may]`, separated by spaces, commas, semicolons, slashes or "or")
 * of which exactly one was agreed.
 */
function alternativeGroups(closed: Closed[]): Closed[][] {
  const groups: Closed[][] = []
  const options = new Map<string, Closed[]>()
  let run: Closed[] = []
  const endRun = () => {
    if (run.length > 1 && run.filter((item) => item.fate.agreed).length === 1) groups.push(run)
    run = []
  }
  for (const item of closed) {
    if (item.span.option !== null && item.span.group !== null) {
      const key = `${item.unit.id}#${item.span.group}`
      const list = options.get(key)
      if (list) list.push(item)
      else {
        const fresh = [item]
        options.set(key, fresh)
        groups.push(fresh)
      }
      continue
    }
    const previous = run.at(-1)
    if (!previous || !adjacent(previous, item)) endRun()
    run.push(item)
  }
  endRun()
  return groups
}

function adjacent(a: Located, b: Located): boolean {
  return a.unit === b.unit && a.span.depth === b.span.depth && b.span.start >= a.span.end && /^[\s,;/]*(?:or\s+)?$/i.test(a.unit.text.slice(a.span.end, b.span.start))
}

/** One event for a group of alternatives: narrowed (some options still open) or resolved (which was kept, which dropped). */
function groupEvent(group: Closed[], stillOpen: ReadonlySet<string>): NegotiationEvent {
  const first = group[0] as Closed
  const name = (item: Closed) => item.span.option ?? `[${item.key}]`
  const labelled = first.span.option !== null
  const anyOpen = labelled && first.unit.brackets.some((s) => s.group === first.span.group && s.option !== null && stillOpen.has(fold(s.inner)))
  if (anyOpen) return {kind: 'options-narrowed', unit: first.unit.id, text: `dropped ${group.map(name).join(', ')}`}
  // The option most of whose words were kept (the first of equals); none when no option was agreed.
  const kept = group.reduce<Closed | null>((best, item) => (item.fate.agreed && (!best || item.fate.kept / item.fate.total > best.fate.kept / best.fate.total) ? item : best), null)
  const dropped = group.filter((item) => item !== kept).map(name)
  const text = `${kept ? `${name(kept)} kept` : `no ${labelled ? 'option' : 'alternative'} kept`}${dropped.length ? `, ${dropped.join(', ')} dropped` : ''}`
  return {kind: 'options-resolved', unit: first.unit.id, text, ...(kept ? {to: kept.fate.now ?? fold(withoutLabel(kept.span.inner))} : {})}
}

function labelLength(inner: string): number {
  return inner.length - withoutLabel(inner).length
}

function withoutLabel(inner: string): string {
  return inner.replace(/^\s*(?:option|alternative|alt\.)\s*[0-9A-Za-z]{1,3}\s*[:.]\s*/i, '')
}
function markerEvents(input: EventInput, events: NegotiationEvent[]): void {
  const count = (markers: Array<{name: string; unit: string | null}>) => {
    const map = new Map<string, Array<string | null>>()
    for (const marker of markers) map.set(marker.name, [...(map.get(marker.name) ?? []), marker.unit])
    return map
  }
  const before = count([...input.statusBefore.map((m) => ({name: m.name, unit: null})), ...input.before.flatMap((u) => u.markers.map((m) => ({name: m.name, unit: u.id})))])
  const after = count([...input.statusAfter.map((m) => ({name: m.name, unit: null})), ...input.after.flatMap((u) => u.markers.map((m) => ({name: m.name, unit: u.id})))])
  for (const [name, units] of after) {
    const had = before.get(name)?.length ?? 0
    for (const unit of units.slice(had)) events.push({kind: 'marker-gained', unit, text: name})
  }
  for (const [name, units] of before) {
    const has = after.get(name)?.length ?? 0
    for (const unit of units.slice(has)) events.push({kind: 'marker-lost', unit, text: name})
  }
}

function referenceEvents(input: EventInput, events: NegotiationEvent[]): void {
  for (const [a, b] of input.pairs) {
    const count = Math.min(a.references.length, b.references.length)
    for (let k = 0; k < count; k++) {
      const from = a.references[k]
      const to = b.references[k]
      if (!from || !to || from.external || fold(from.text) === fold(to.text)) continue
      const fromNumbers = from.targets.map((t) => t.article).join(',')
      const toNumbers = to.targets.map((t) => t.article).join(',')
      const shape = (text: string) => fold(text).replace(/\d+(\s+[a-z]+\b)?/g, '#')
      const follows = from.targets.every((t, k) => t.article === null || (input.renumbering.get(t.article) ?? []).includes(to.targets[k]?.article ?? ''))
      if (fromNumbers !== toNumbers && follows && from.kind === to.kind && from.targets.length === to.targets.length && shape(from.text) === shape(to.text)) events.push({kind: 'reference-renumbered', unit: b.id, text: oneSpace(to.text), from: oneSpace(from.text), to: oneSpace(to.text)})
    }
    for (const reference of a.references.slice(count)) {
      if (reference.targets.some((t) => t.article !== null && input.removedArticles.has(t.article))) events.push({kind: 'reference-removed', unit: b.id, text: oneSpace(reference.text)})
    }
  }
}

/** A citation as one line: a reference that wraps in the draft (`article 53,\n   paragraph 2`) keeps single spaces. */
function oneSpace(text: string): string {
  return collapseWhitespace(text)
}
