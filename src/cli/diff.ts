/** `draftdiff diff <old> <new>`: compare two drafts or sessions. */
import {concordanceOptions, parseConcordance} from '../align/concordance.js'
import {compareDrafts} from '../diff/compare.js'
import type {DraftDiff} from '../model/diff.js'
import {maxFileBytes} from '../parse/source.js'
import {InputError} from '../model/errors.js'
import {safeJson, visibleData} from '../report/visible.js'
import type {Session} from '../versions/sessions.js'
import {exitCodes, readInputFile, useColor} from './io.js'
import {loadVersion} from './versions.js'

/** Options of `draftdiff diff`. */
export interface DiffOptions {
  format: 'text' | 'json' | 'md' | 'html'
  exitCode: boolean
  concordance?: string
  summary: boolean
  drafts: string
  maxBytes?: number
  repo?: string
  /** Stop reading each file at the first line starting with this text. */
  until?: string
}

/** Run `diff`; return the exit code. */
export async function runDiff(oldPath: string, newPath: string, options: DiffOptions): Promise<number> {
  const before = await loadVersion(oldPath, options.drafts, options.repo, {until: options.until})
  const after = await loadVersion(newPath, options.drafts, options.repo, {until: options.until})
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
async function renderFormat(raw: DraftDiff, options: DiffOptions): Promise<string> {
  if (options.format === 'json') return safeJson(raw)
  // Control characters from the drafts are shown visibly in every other format (docs/security.md).
  const diff = visibleData(raw)
  switch (options.format) {
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

/** A concordance file's text: a regular file of at most 10 MiB, checked before reading (a FIFO or /dev/zero is refused, never read). */
async function readText(file: string): Promise<string> {
  return readInputFile(file, maxFileBytes, (why) => new InputError(`cannot read concordance \`${file}\`: ${why}; give a JSON file (docs/alignment.md)`))
}
