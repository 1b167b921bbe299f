/** Finding the brackets `--history` asks for: a track id, or a citation as delegates write it. */
import {InputError} from '../versions/files.js'
import type {BracketLineage, BracketTrack} from './types.js'

/** The unit id a citation names: "article 14, paragraph 2 (b)" → `art-14/para-2/sub-b`; "preambular paragraph 3" → `preamble/pp-3`; null when it is not one. */
export function unitOfCitation(text: string): string | null {
  const clean = text.trim().replace(/\s+/g, ' ')
  const preamble = /^preambular paragraph (\d+)$/i.exec(clean)
  if (preamble) return `preamble/pp-${preamble[1] ?? ''}`
  const match = /^(?:art(?:icle)?\.? ?)?(\d+(?: [a-z]+)?)(?:,? ?(?:paragraph|para\.?) ?(\d+)|\((\d+)\))?((?: ?\([a-z0-9]+\))*)$/i.exec(clean)
  if (!match) return null
  const article = `art-${(match[1] ?? '').toLowerCase().replace(/ /g, '-')}`
  const paragraph = match[2] ?? match[3]
  const subs = [...(match[4] ?? '').matchAll(/\(([a-z0-9]+)\)/gi)].map((m) => `sub-${(m[1] ?? '').toLowerCase()}`)
  if (!paragraph) return subs.length ? null : article
  return [article, `para-${paragraph}`, ...subs].join('/')
}

/**
 * The tracks a query names: the one with that id; else those in the cited unit (or below it) in the version listed,
 * open ones first; else those that were ever there. Throws with a way forward when none is found.
 */
export function findTracks(lineage: BracketLineage, query: string): BracketTrack[] {
  const byId = lineage.tracks.find((t) => t.id === query.trim())
  if (byId) return [byId]
  const unit = unitOfCitation(query)
  if (unit === null) throw new InputError(`\`${query}\` is neither a citation ("article 14, paragraph 2 (b)", "preambular paragraph 3") nor a bracket id from \`draftdiff brackets --format json\``)
  const inside = (id: string) => id === unit || id.startsWith(`${unit}/`)
  const now = lineage.tracks.filter((t) => inside(t.unit))
  const found = now.length > 0 ? now : lineage.tracks.filter((t) => t.events.some((e) => inside(e.unit)))
  if (found.length === 0) throw new InputError(`no bracket was ever at ${query.trim()} in the versions read (up to ${lineage.at}); run \`draftdiff brackets\` to list them`)
  return [...found.filter((t) => t.status === 'open'), ...found.filter((t) => t.status !== 'open')]
}
