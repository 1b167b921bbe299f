/** Resolving the versions a command compares: paths, session ids, or the two latest sessions. */
import {InputError} from '../model/errors.js'
import type {Options as ParseOptions} from '../parse/draft.js'
import {resolveVersion, type ResolvedVersion} from '../versions/spec.js'
import {loadSessions, parseSource, type Session} from '../versions/sessions.js'

/** A version specifier (file, folder, session id, `<ref>:<path>`, `<ref>`, `WORKTREE`), parsed; refuses unreadable drafts. */
export async function loadVersion(spec: string, drafts: string, repo?: string, parse: ParseOptions = {}): Promise<Session> {
  return (await loadResolved(spec, drafts, repo, parse)).session
}

/** As `loadVersion`, with where the version was read from (its commit, for dates and proposers). */
export async function loadResolved(spec: string, drafts: string, repo?: string, parse: ParseOptions = {}): Promise<{session: Session; version: ResolvedVersion}> {
  const version = await resolveVersion(spec, {drafts, repo})
  const parsed = parseSource(version, parse)
  const session = version.commit === null && version.label !== 'WORKTREE' ? parsed : {...parsed, id: version.label}
  const fatal = session.parsed.files.flatMap((file) => file.messages.filter((m) => ['not-text', 'file-too-large', 'empty-file'].includes(m.ruleId ?? '')).map((m) => `${file.path}: ${m.reason}`))
  if (fatal.length > 0) throw new InputError(fatal.join('\n'))
  return {session, version}
}

/** The two latest sessions of the drafts folder, and all sessions (for progress charts). */
export async function latestPair(drafts: string): Promise<{before: Session; after: Session; all: Session[]}> {
  const all = await loadSessions(drafts)
  const before = all.at(-2)
  const after = all.at(-1)
  if (!before || !after) throw new InputError(`\`${drafts}\` holds ${all.length} session(s); a report needs two, or give <old> and <new>`)
  return {before, after, all}
}
