/** `draftdiff blame <article>`: for each paragraph of an article, the commit that last changed it. */
import {articleBlame} from '../history/run.js'
import {renderBlameText} from '../report/history-text.js'
import type {HistoryCommit} from '../model/history.js'
import {safeJson, visible, visibleData} from '../report/visible.js'
import {exitCodes, useColor} from './io.js'
import {progressBar} from './progress.js'

/** Options of `draftdiff blame`. */
export interface BlameOptions {
  at?: string
  format: 'text' | 'json'
  drafts: string
  repo?: string
}

/** Run `blame`; return the exit code. */
export async function runBlame(article: string, options: BlameOptions): Promise<number> {
  const progress = progressBar()
  try {
    const blame = await articleBlame(article, {at: options.at, drafts: options.drafts, repo: options.repo, onProgress: progress.update})
    progress.end()
    if (blame.shallow) process.stderr.write(visible(shallowWarning(blame.shallow.stopsAt)))
    // Commit subjects, authors and draft text: control characters shown visibly (docs/security.md).
    process.stdout.write(options.format === 'json' ? safeJson(blame) : renderBlameText(visibleData(blame), {color: useColor(process.stdout)}))
    return exitCodes.ok
  } finally {
    progress.end()
  }
}

/** The warning for a shallow clone: `blame` or `history` stops at the oldest commits present. */
export function shallowWarning(stopsAt: HistoryCommit[], command = 'blame'): string {
  const where = stopsAt.map((c) => `${c.short} (${c.date.slice(0, 10)}, ${c.subject})`).join(', ')
  const older = command === 'blame' ? 'paragraphs credited there may be older' : 'earlier changes are not shown'
  return `draftdiff: warning: this is a shallow clone; ${command} stops at ${where || 'the oldest commit present'}: ${older} (run \`git fetch --unshallow\` for the whole history)\n`
}
