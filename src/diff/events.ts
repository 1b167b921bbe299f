/** Negotiation events between two versions of an article: brackets, options, status markers, references. */
import type {NegotiationEvent} from '../model/diff.js'
import type {BracketSpan, StatusMarker, TextUnit} from '../model/types.js'
import {fold} from '../align/text.js'

export interface EventInput {
  before: TextUnit[]
  after: TextUnit[]
  statusBefore: StatusMarker[]
  statusAfter: StatusMarker[]
  /** Aligned unit pairs, for reference events. */
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

/** The events of one article relation, and how many brackets opened and closed. */
export function articleEvents(input: EventInput): {events: NegotiationEvent[]; opened: number; closed: number} {
  const events: NegotiationEvent[] = []
  const oldSpans = spans(input.before)
  const newSpans = spans(input.after)
  const newText = fold(input.after.map((unit) => unit.text).join(' '))
  const unmatchedNew = new Map<string, Located[]>()
  for (const item of newSpans) unmatchedNew.set(item.key, [...(unmatchedNew.get(item.key) ?? []), item])
  const closedSpans: Located[] = []
  for (const item of oldSpans) {
    const same = unmatchedNew.get(item.key)
    if (same && same.length > 0) same.shift()
    else closedSpans.push(item)
  }
  let closed = 0
  const optionGroups = new Map<string, Located[]>()
  for (const item of closedSpans) {
    if (item.span.option !== null && item.span.group !== null) {
      const key = `${item.unit.id}#${item.span.group}`
      optionGroups.set(key, [...(optionGroups.get(key) ?? []), item])
      continue
    }
    closed++
    const inner = fold(item.span.inner)
    events.push({kind: newText.includes(inner) ? 'bracket-agreed' : 'bracket-dropped', unit: item.unit.id, text: inner})
  }
  const stillOpen = new Set(newSpans.filter((s) => s.span.option !== null).map((s) => s.key))
  for (const group of optionGroups.values()) {
    closed += group.length
    const labels = group.map((g) => g.span.option ?? '').join(', ')
    const kept = group.find((g) => newText.includes(fold(withoutLabel(g.span.inner))))
    const anyOpen = oldSpans.some((s) => s.unit.id === group[0]?.unit.id && s.span.group === group[0]?.span.group && stillOpen.has(s.key))
    if (anyOpen) events.push({kind: 'options-narrowed', unit: group[0]?.unit.id ?? null, text: `dropped ${labels}`})
    else events.push({kind: 'options-resolved', unit: group[0]?.unit.id ?? null, text: kept ? `${kept.span.option} kept` : 'no option kept', ...(kept ? {to: fold(withoutLabel(kept.span.inner))} : {})})
  }
  let opened = 0
  for (const list of unmatchedNew.values()) {
    for (const item of list) {
      opened++
      events.push({kind: 'bracket-opened', unit: item.unit.id, text: fold(item.span.inner)})
    }
  }
  markerEvents(input, events)
  referenceEvents(input, events)
  return {events, opened, closed}
}

function spans(units: TextUnit[]): Located[] {
  return units.flatMap((unit) => unit.brackets.filter((span) => span.continues !== 'previous').map((span) => ({span, unit, key: fold(span.inner)})))
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
      if (fromNumbers !== toNumbers && follows && from.kind === to.kind && from.targets.length === to.targets.length && shape(from.text) === shape(to.text)) events.push({kind: 'reference-renumbered', unit: b.id, text: to.text, from: from.text, to: to.text})
    }
    for (const reference of a.references.slice(count)) {
      if (reference.targets.some((t) => t.article !== null && input.removedArticles.has(t.article))) events.push({kind: 'reference-removed', unit: b.id, text: reference.text})
    }
  }
}
