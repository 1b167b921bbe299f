/** `draftdiff diff <old> <new>`: compare two drafts or sessions. */
import {readFile, stat} from 'node:fs/promises'
import path from 'node:path'
import {concordanceOptions, parseConcordance} from '../align/concordance.js'
import {compareDrafts} from '../diff/compare.js'
import type {DraftDiff} from '../model/diff.js'
import {renderText} from '../report/text.js'
import {InputError, readSources} from '../versions/files.js'
import {parseSource, type Session} from '../versions/sessions.js'
import {exitCodes, useColor} from './io.js'

export interface DiffOptions {
  format: 'text' | 'json'
  exitCode: boolean
  concordance?: string
  summary: boolean
  drafts: string
}

/** Run `diff`; return the exit code. */
export async function runDiff(oldPath: string, newPath: string, options: DiffOptions): Promise<number> {
  const before = await loadVersion(oldPath, options.drafts)
  const after = await loadVersion(newPath, options.drafts)
  const forced = options.concordance ? concordanceOptions(parseConcordance(await readText(options.concordance), options.concordance)) : {}
  const diff = compareDrafts({label: before.id, draft: before.draft}, {label: after.id, draft: after.draft}, forced)
  if (options.format === 'json') process.stdout.write(JSON.stringify(diff, null, 2) + '\n')
  else process.stdout.write(renderText(diff, {color: useColor(process.stdout), summaryOnly: options.summary}))
  return options.exitCode && hasDifferences(diff) ? exitCodes.findings : exitCodes.ok
}

/** Whether anything changed: text, numbering, titles, chapters, or the preamble. */
export function hasDifferences(diff: DraftDiff): boolean {
  return (
    diff.articles.some((a) => a.relation !== 'matched' || a.change !== 'none' || a.renumbered || a.moved || a.titleChanged || a.events.length > 0) ||
    diff.preamble.some((u) => u.relation !== 'matched' || u.change !== 'none')
  )
}

/** A path, or a session id under the drafts folder (`03` or `03-complete`); refuses unreadable drafts. */
async function loadVersion(spec: string, drafts: string): Promise<Session> {
  const target = (await exists(spec)) ? spec : await sessionFolder(spec, drafts)
  const sources = await readSources(target)
  if (sources.length !== 1) throw new InputError(`\`${spec}\` holds ${sources.length} sessions; give one session folder or draft file (e.g. ${path.join(drafts, '03-complete')})`)
  const session = parseSource(sources[0] as NonNullable<(typeof sources)[0]>)
  const fatal = session.parsed.files.flatMap((file) => file.messages.filter((m) => ['not-text', 'file-too-large', 'empty-file'].includes(m.ruleId ?? '')).map((m) => `${file.path}: ${m.reason}`))
  if (fatal.length > 0) throw new InputError(fatal.join('\n'))
  return session
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

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8')
  } catch (error) {
    throw new InputError(`cannot read concordance \`${file}\`: ${(error as Error).message}`)
  }
}
