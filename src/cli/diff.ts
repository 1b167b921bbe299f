/** `draftdiff diff <old> <new>`: compare two drafts or sessions. */
import {readFile} from 'node:fs/promises'
import {concordanceOptions, parseConcordance} from '../align/concordance.js'
import {compareDrafts} from '../diff/compare.js'
import type {DraftDiff} from '../model/diff.js'
import {InputError} from '../versions/files.js'
import type {Session} from '../versions/sessions.js'
import {exitCodes, useColor} from './io.js'
import {loadVersion} from './versions.js'

export interface DiffOptions {
  format: 'text' | 'json' | 'md' | 'html'
  exitCode: boolean
  concordance?: string
  summary: boolean
  drafts: string
  maxBytes?: number
  repo?: string
}

/** Run `diff`; return the exit code. */
export async function runDiff(oldPath: string, newPath: string, options: DiffOptions): Promise<number> {
  const before = await loadVersion(oldPath, options.drafts, options.repo)
  const after = await loadVersion(newPath, options.drafts, options.repo)
  const diff = await compareSessions(before, after, options.concordance)
  process.stdout.write(await renderFormat(diff, options))
  return options.exitCode && hasDifferences(diff) ? exitCodes.findings : exitCodes.ok
}

/** Compare two sessions, forcing the alignment with a concordance file when one is given. */
export async function compareSessions(before: Session, after: Session, concordance: string | undefined): Promise<DraftDiff> {
  const forced = concordance ? concordanceOptions(parseConcordance(await readText(concordance), concordance)) : {}
  return compareDrafts({label: before.id, draft: before.draft}, {label: after.id, draft: after.draft}, forced)
}

/** The output in the format asked for; each renderer is loaded only when used. */
async function renderFormat(diff: DraftDiff, options: DiffOptions): Promise<string> {
  switch (options.format) {
    case 'json':
      return JSON.stringify(diff, null, 2) + '\n'
    case 'md':
      return (await import('../report/markdown.js')).renderMarkdown(diff, {maxBytes: options.maxBytes})
    case 'html':
      return (await import('../report/html.js')).renderHtml(diff)
    default:
      return (await import('../report/text.js')).renderText(diff, {color: useColor(process.stdout), summaryOnly: options.summary, width: process.stdout.isTTY ? process.stdout.columns : undefined})
  }
}

/** Whether anything changed: text, numbering, titles, chapters, or the preamble. */
export function hasDifferences(diff: DraftDiff): boolean {
  return (
    diff.articles.some((a) => a.relation !== 'matched' || a.change !== 'none' || a.renumbered || a.moved || a.titleChanged || a.events.length > 0) ||
    diff.preamble.some((u) => u.relation !== 'matched' || u.change !== 'none')
  )
}

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8')
  } catch (error) {
    throw new InputError(`cannot read concordance \`${file}\`: ${(error as Error).message}`)
  }
}
