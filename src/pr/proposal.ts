/** What a proposal (a branch) does to the drafts: the sessions it changes, compared at the merge base and at its head. */
import {checkDraft} from '../parse/check.js'
import {compareDrafts} from '../diff/compare.js'
import type {Draft} from '../model/types.js'
import {changedPaths, commitsTouching, mergeBaseOf, type Repository} from '../git/repo.js'
import {parseSource} from '../versions/sessions.js'
import {readAtCommit} from '../versions/spec.js'
import {InputError} from '../model/errors.js'
import type {VFile} from 'vfile'
import type {Finding, Proposal, SessionChange} from '../model/review.js'
import {emptyDraft} from '../model/draft.js'

/** The proposal types (defined in src/model/review.ts). */
export type {Finding, Proposal, SessionChange} from '../model/review.js'

/** The merge base of two commits (already resolved ids). */
export async function mergeBase(repo: Repository, base: string, head: string): Promise<string> {
  try {
    return await mergeBaseOf(repo, base, head)
  } catch {
    throw new InputError(`${base.slice(0, 12)} and ${head.slice(0, 12)} have no common ancestor; is the proposal branched from the base?${repo.shallow ? ' This is a shallow clone: run `git fetch --unshallow`.' : ''}`)
  }
}

/** Session folders under `drafts` that differ between two commits. */
export async function changedFolders(repo: Repository, from: string, to: string, drafts: string): Promise<string[]> {
  const root = drafts.replace(/\/+$/, '')
  const folders = new Set<string>()
  for (const file of await changedPaths(repo, from, to, root)) {
    const rest = file.slice(root.length + 1)
    if (file.startsWith(`${root}/`) && rest.includes('/')) folders.add(`${root}/${rest.split('/')[0]}`)
  }
  return [...folders].sort()
}

/** Parse a session folder at a commit, or null when it does not exist there. */
export interface ParsedAt {
  draft: Draft
  files: VFile[]
}

/** Parse a session folder at a commit, with its files for `check`; null when it does not exist there. */
export async function draftAt(repo: Repository, commit: string, folder: string, label: string): Promise<ParsedAt | null> {
  try {
    const version = await readAtCommit(repo, commit, folder, label)
    const session = parseSource(version)
    return {draft: session.draft, files: session.parsed.files}
  } catch (error) {
    if (error instanceof InputError && /does not exist at|holds no drafts/.test(error.message)) return null
    throw error
  }
}

/** Compare the drafts at the merge base of `base` and `head` with those at `head`. */
export async function analyseProposal(repo: Repository, base: string, head: string, drafts: string, labels: {base: string; head: string}): Promise<Proposal> {
  const common = await mergeBase(repo, base, head)
  const folders = await changedFolders(repo, common, head, drafts)
  const commits = folders.length > 0 ? await commitsTouching(repo, `${common}..${head}`, folders) : []
  const sessions: SessionChange[] = []
  for (const folder of folders) {
    const before = await draftAt(repo, common, folder, `${labels.base}:${folder}`)
    const after = await draftAt(repo, head, folder, `${labels.head}:${folder}`)
    const empty = emptyDraft()
    const diff = compareDrafts({label: `${labels.base}:${folder}`, draft: before?.draft ?? empty}, {label: `${labels.head}:${folder}`, draft: after?.draft ?? empty})
    sessions.push({folder, before: before?.draft ?? null, after: after?.draft ?? null, diff, introduced: introducedFindings(before, after)})
  }
  return {base, head, mergeBase: common, commits, sessions}
}

function findings(parsed: ParsedAt): Finding[] {
  checkDraft(parsed.draft, parsed.files)
  return parsed.files.flatMap((file) =>
    file.messages.map((m) => ({file: file.path ?? '', line: m.line ?? null, column: m.column ?? null, ruleId: m.ruleId ?? '', severity: m.fatal ? ('error' as const) : ('warning' as const), message: m.reason}))
  )
}

/** Findings at the head whose rule and message (positions aside) do not occur at the merge base. */
function introducedFindings(before: ParsedAt | null, after: ParsedAt | null): Finding[] {
  if (!after) return []
  const key = (f: Finding) => `${f.ruleId}\u0000${f.message.replace(/\bline \d+\b/g, 'line #')}`
  const old = new Map<string, number>()
  for (const f of before ? findings(before) : []) old.set(key(f), (old.get(key(f)) ?? 0) + 1)
  const out: Finding[] = []
  for (const f of findings(after)) {
    const left = old.get(key(f)) ?? 0
    if (left > 0) old.set(key(f), left - 1)
    else out.push(f)
  }
  return out
}
