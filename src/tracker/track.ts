/** Following every open bracket through a chain of versions: identities, events, the list open at the last. */
import {wordDiff} from '../diff/words.js'
import {fates, type Fate} from '../diff/fates.js'
import {chainVersions} from '../engine/chain.js'
import type {Pair} from '../engine/pair.js'
import {citeTextUnit} from '../model/cite.js'
import type {Draft, TextUnit} from '../model/types.js'
import {pairBrackets, type BracketPairing} from './match.js'
import {labelLength, openBrackets, withoutLabel, type OpenBracket} from './spans.js'
import {unitRelations} from './units.js'
import type {BracketEvent, BracketLineage, BracketTrack, TrackedVersion, TrackerCommit} from './types.js'

/** A version to follow the brackets through, in order. */
export interface TrackerInput {
  label: string
  draft: Draft
  commit: TrackerCommit | null
}

interface State {
  track: BracketTrack
  openedAt: number
}

/** Follow the open brackets of `versions` (oldest first); the last version is the one the list is at. */
export function trackBrackets(versions: TrackerInput[], mode: 'sessions' | 'commits'): BracketLineage {
  const states: State[] = []
  const tracked: TrackedVersion[] = []
  let previous: {input: TrackerInput; brackets: OpenBracket[]; owners: State[]} | null = null
  // Each neighbouring pair aligned once (articles, then units): no redlines, classes or events are needed here.
  const chain = chainVersions(versions.map((v) => ({label: v.label, draft: v.draft})))
  versions.forEach((input, index) => {
    const brackets = openBrackets(input.draft)
    tracked.push({label: input.label, commit: input.commit, openBrackets: brackets.length})
    const owners: Array<State | undefined> = new Array(brackets.length)
    const event: EventMaker = (kind, unit, extra = {}) => ({kind, version: input.label, commit: input.commit, unit: unit.id, citation: citeTextUnit(unit, {article: true}), ...extra})
    if (previous) {
      const before = previous
      const holders = {articles: new Set(before.brackets.flatMap((b) => (b.article === null ? [] : [b.article]))), preamble: before.brackets.some((b) => b.article === null)}
      const pairing = pairBrackets(unitRelations(chain.pairs[index - 1] as Pair, holders), before.brackets, brackets)
      for (const pair of pairing.pairs) {
        const state = before.owners[pair.old] as State
        const old = before.brackets[pair.old] as OpenBracket
        const now = brackets[pair.new] as OpenBracket
        owners[pair.new] = state
        const track = state.track
        const cite = () => ({from: citeTextUnit(old.unit, {article: true}), to: citeTextUnit(now.unit, {article: true})})
        if (pair.how === 'reworded') track.events.push(event('reworded', now.unit, {from: old.key, to: now.key}))
        else if (pair.how === 'moved') track.events.push(event('moved', now.unit, cite()))
        else {
          const citations = cite()
          if (citations.from !== citations.to) track.events.push(event('renumbered', now.unit, citations))
        }
        update(track, now)
      }
      closeBrackets(before.brackets, before.owners, pairing, index, event)
    }
    brackets.forEach((bracket, k) => {
      if (owners[k]) return
      const track = openTrack(input.label, bracket)
      track.events.push(event('opened', bracket.unit, {to: bracket.key}))
      const state = {track, openedAt: index}
      states.push(state)
      owners[k] = state
    })
    brackets.forEach((bracket, k) => {
      const first = bracket.group === null ? -1 : brackets.findIndex((b) => b.group === bracket.group)
      const owner = owners[k] as State
      owner.track.group = first < 0 ? null : (owners[first] as State).track.id
      owner.track.age = index - owner.openedAt
    })
    previous = {input, brackets, owners: owners as State[]}
  })
  for (const {track} of states) track.sinceOpened = track.text === track.openedText ? null : wordDiff(track.openedText, track.text).pieces
  return {schemaVersion: 1, mode, at: versions.at(-1)?.label ?? '', versions: tracked, tracks: states.map((s) => s.track)}
}

function openTrack(label: string, bracket: OpenBracket): BracketTrack {
  const track: BracketTrack = {
    id: `${label}:${bracket.unit.id}#${bracket.n}`,
    openedIn: label,
    unit: bracket.unit.id,
    citation: '',
    status: 'open',
    text: bracket.key,
    openedText: bracket.key,
    sinceOpened: null,
    option: bracket.option,
    proponents: [],
    group: null,
    age: 0,
    closedIn: null,
    events: []
  }
  update(track, bracket)
  return track
}

function update(track: BracketTrack, bracket: OpenBracket): void {
  track.citation = citeTextUnit(bracket.unit, {article: true})
  track.unit = bracket.unit.id
  track.text = bracket.key
  track.option = bracket.option
  for (const name of bracket.proponents) if (!track.proponents.includes(name)) track.proponents.push(name)
}

type EventMaker = (kind: BracketEvent['kind'], unit: TextUnit, extra?: Partial<BracketEvent>) => BracketEvent

/** Close what was not found again: resolved (its words kept) or dropped; options of a group narrowed or resolved. */
function closeBrackets(brackets: OpenBracket[], owners: State[], pairing: BracketPairing, index: number, event: EventMaker): void {
  const fateOf = new Map<number, Fate>()
  const byUnit = new Map<string, Array<{old: number; partnerText: string | null}>>()
  for (const item of pairing.closed) byUnit.set(brackets[item.old]?.unit.id ?? '', [...(byUnit.get(brackets[item.old]?.unit.id ?? '') ?? []), item])
  for (const list of byUnit.values()) {
    const unit = (brackets[list[0]?.old ?? 0] as OpenBracket).unit
    const ranges = list.map(({old}) => {
      const span = (brackets[old] as OpenBracket).span
      return {from: span.start + 1 + labelLength(span.inner), to: span.end - 1}
    })
    fates(unit.text, list[0]?.partnerText ?? null, ranges).forEach((fate, k) => fateOf.set(list[k]?.old ?? 0, fate))
  }
  const stillOpen = new Set(pairing.pairs.map((p) => p.old))
  const handled = new Set<number>()
  for (const {old} of pairing.closed) {
    if (handled.has(old)) continue
    const bracket = brackets[old] as OpenBracket
    const members = bracket.group === null ? [old] : brackets.flatMap((b, i) => (b.group === bracket.group ? [i] : []))
    const closedMembers = members.filter((i) => !stillOpen.has(i))
    for (const i of closedMembers) handled.add(i)
    const close = (i: number, kind: 'resolved' | 'dropped', extra: Partial<BracketEvent> = {}) => {
      const track = (owners[i] as State).track
      track.status = kind
      const made = event(kind, (brackets[i] as OpenBracket).unit, extra)
      track.closedIn = made.version
      track.age = index - (owners[i] as State).openedAt
      track.events.push(made)
    }
    const name = (i: number) => brackets[i]?.option ?? `[${brackets[i]?.key ?? ''}]`
    if (members.length > 1 && closedMembers.length < members.length) {
      // Narrowed: some options dropped, others still open.
      const dropped = closedMembers.map(name).join(', ')
      for (const i of closedMembers) close(i, 'dropped', {note: 'options narrowed'})
      for (const i of members) if (stillOpen.has(i)) (owners[i] as State).track.events.push(event('narrowed', (brackets[i] as OpenBracket).unit, {note: dropped}))
      continue
    }
    if (members.length > 1) {
      const ratio = (i: number) => (fateOf.get(i)?.kept ?? 0) / Math.max(1, fateOf.get(i)?.total ?? 1)
      const kept = members.reduce<number | null>((best, i) => (fateOf.get(i)?.agreed && (best === null || ratio(i) > ratio(best)) ? i : best), null)
      for (const i of members) {
        if (i === kept) close(i, 'resolved', {to: fateOf.get(i)?.now ?? withoutLabel(brackets[i]?.key ?? '')})
        else close(i, 'dropped', {note: kept === null ? 'no option kept' : `${name(kept)} kept`})
      }
      continue
    }
    const fate = fateOf.get(old)
    if (fate?.agreed) close(old, 'resolved', {to: fate.now ?? withoutLabel(bracket.key)})
    else close(old, 'dropped')
  }
}
