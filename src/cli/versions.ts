/** Resolving the versions a command compares: paths, session ids, or the two latest sessions. */
import {stat} from 'node:fs/promises'
import path from 'node:path'
import {InputError, readSources} from '../versions/files.js'
import {loadSessions, parseSource, type Session} from '../versions/sessions.js'

/** A path, or a session id under the drafts folder (`03` or `03-complete`); refuses unreadable drafts. */
export async function loadVersion(spec: string, drafts: string): Promise<Session> {
  const target = (await exists(spec)) ? spec : await sessionFolder(spec, drafts)
  const sources = await readSources(target)
  if (sources.length !== 1) throw new InputError(`\`${spec}\` holds ${sources.length} sessions; give one session folder or draft file (e.g. ${path.join(drafts, '03-complete')})`)
  const session = parseSource(sources[0] as NonNullable<(typeof sources)[0]>)
  const fatal = session.parsed.files.flatMap((file) => file.messages.filter((m) => ['not-text', 'file-too-large', 'empty-file'].includes(m.ruleId ?? '')).map((m) => `${file.path}: ${m.reason}`))
  if (fatal.length > 0) throw new InputError(fatal.join('\n'))
  return session
}

/** The two latest sessions of the drafts folder, and all sessions (for progress charts). */
export async function latestPair(drafts: string): Promise<{before: Session; after: Session; all: Session[]}> {
  const all = await loadSessions(drafts)
  const before = all.at(-2)
  const after = all.at(-1)
  if (!before || !after) throw new InputError(`\`${drafts}\` holds ${all.length} session(s); a report needs two, or give <old> and <new>`)
  return {before, after, all}
}

async function sessionFolder(spec: string, drafts: string): Promise<string> {
  const sessions = await readSources(drafts).catch(() => [])
  const match = sessions.find((s) => s.id === spec) ?? sessions.find((s) => s.id.startsWith(`${spec}-`))
  if (!match) throw new InputError(`\`${spec}\` is neither a file, a folder, nor a session in ${drafts}/; give a draft file, a session folder, or a session id such as 03-complete`)
  return match.path
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(() => true, () => false)
}
