/** The chain of versions `brackets` follows: the sessions up to the one asked for (every commit: commits.ts). */
import {InputError} from '../versions/files.js'
import {loadSessions, parseSource} from '../versions/sessions.js'
import {resolveVersion} from '../versions/spec.js'
import type {TrackerInput} from './track.js'

/** Where to read versions from. */
export interface ChainOptions {
  drafts: string
  repo?: string
}

/**
 * The sessions of the drafts folder up to `version` (a session id, default the latest). Another version specifier
 * (a file, `<ref>:<path>`, WORKTREE) is followed after all the sessions.
 */
export async function sessionChain(version: string | undefined, options: ChainOptions): Promise<TrackerInput[]> {
  const sessions = await loadSessions(options.drafts)
  if (sessions.length === 0) throw new InputError(`\`${options.drafts}\` holds no sessions; give --drafts DIR`)
  const inputs = sessions.map((s) => ({label: s.id, draft: s.draft, commit: null}))
  if (version === undefined) return inputs
  const at = sessions.findIndex((s) => s.id === version || s.id.startsWith(`${version}-`))
  if (at >= 0) return inputs.slice(0, at + 1)
  const resolved = await resolveVersion(version, options)
  const same = sessions.findIndex((s) => s.id === resolved.label)
  if (same >= 0) return inputs.slice(0, same + 1)
  return [...inputs, {label: resolved.label, draft: parseSource(resolved).draft, commit: null}]
}
