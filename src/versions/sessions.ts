/** The sessions of a drafts folder, parsed and in negotiation order. */
import type {Draft} from '../model/types.js'
import {parseDraft, type Options, type ParseResult} from '../parse/draft.js'
import {draftStats, type DraftStats} from '../parse/stats.js'
import {byName, readSources, type DraftSource} from './files.js'

/** A session folder as `sessions` lists it. */
export interface Session {
  id: string
  path: string
  ordinal: number | null
  draft: Draft
  stats: DraftStats
  parsed: ParseResult
}

/** Parse every session folder under `draftsDir`, ordered by `ordinal`, then by folder name. */
export async function loadSessions(draftsDir: string, options: Options = {}): Promise<Session[]> {
  const sources = await readSources(draftsDir)
  return orderSessions(sources.map((source) => parseSource(source, options)))
}

/** Parse one source into a session. */
export function parseSource(source: DraftSource, options: Options = {}): Session {
  const parsed = parseDraft(source.inputs, options)
  const draft = parsed.draft
  return {
    id: typeof draft.meta.session === 'string' ? draft.meta.session : source.id,
    path: source.path,
    ordinal: typeof draft.meta.ordinal === 'number' ? draft.meta.ordinal : null,
    draft,
    stats: draftStats(draft),
    parsed
  }
}

/** Sessions by `ordinal`, then by folder name. */
export function orderSessions(sessions: Session[]): Session[] {
  return [...sessions].sort((a, b) => (a.ordinal ?? Infinity) - (b.ordinal ?? Infinity) || byName(a.path, b.path))
}
