/** `draftdiff report [<old> <new>]`: write the HTML, Markdown and JSON reports and print the summary. */
import path from 'node:path'
import {renderHtml} from '../report/html.js'
import {progressFromVersions} from '../report/html-chart.js'
import {traceChapterLineage} from '../diff/chapter-lineage.js'
import {versionInfo} from '../diff/compare.js'
import {renderMarkdown} from '../report/markdown.js'
import {renderText} from '../report/text.js'
import {InputError} from '../model/errors.js'
import {loadSessions} from '../versions/sessions.js'
import {compareSessions} from './diff.js'
import {safeJson, visibleData} from '../report/visible.js'
import {exitCodes, outputFolder, safeFileName, useColor, writeAtomic} from './io.js'
import {latestPair, loadVersion} from './versions.js'

/** Options of `draftdiff report`. */
export interface ReportOptions {
  out: string
  drafts: string
  concordance?: string
  maxBytes?: number
  repo?: string
}

/** Write `<out>/<old>..<new>.{html,md,json}` atomically; return the exit code. */
export async function runReport(oldSpec: string | undefined, newSpec: string | undefined, options: ReportOptions): Promise<number> {
  if ((oldSpec === undefined) !== (newSpec === undefined)) throw new InputError('give both <old> and <new>, or neither (the two latest sessions in the drafts folder)')
  const pair = oldSpec && newSpec ? {before: await loadVersion(oldSpec, options.drafts, options.repo), after: await loadVersion(newSpec, options.drafts, options.repo), all: null} : await latestPair(options.drafts)
  const all = pair.all ?? (await loadSessions(options.drafts).catch(() => null))
  const ids = new Set(all?.map((session) => session.id))
  const versions = all?.map((session) => ({label: session.id, draft: session.draft}))
  // The chart follows chapter lineage: a chapter renumbered by an inserted one stays one series.
  const progress = versions && ids.has(pair.before.id) && ids.has(pair.after.id) ? progressFromVersions(versions.map(versionInfo), traceChapterLineage(versions)) : undefined
  const raw = await compareSessions(pair.before, pair.after, options.concordance)
  // Control characters from the drafts are shown visibly in every report (docs/security.md).
  const diff = visibleData(raw)
  await outputFolder(options.out, true)
  // Session ids come from the drafts' front matter: made safe as file names, so every report stays in --out.
  const base = path.join(options.out, `${safeFileName(pair.before.id)}..${safeFileName(pair.after.id)}`)
  const written = [`${base}.html`, `${base}.md`, `${base}.json`]
  await writeAtomic(written[0] as string, renderHtml(diff, {progress: progress && visibleData(progress)}))
  await writeAtomic(written[1] as string, renderMarkdown(diff, {maxBytes: options.maxBytes}))
  await writeAtomic(written[2] as string, safeJson(raw))
  process.stdout.write(renderText(diff, {color: useColor(process.stdout), summaryOnly: true, width: process.stdout.isTTY ? process.stdout.columns : undefined}))
  process.stdout.write(`\nwrote ${written.join(', ')}\n`)
  return exitCodes.ok
}
