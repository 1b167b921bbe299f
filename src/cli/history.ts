/** `draftdiff history <article>`: an article's timeline through the sessions, or through every commit that touched it. */
import {articleHistory, type RunStats} from '../history/run.js'
import {renderHistoryHtml} from '../report/history-html.js'
import {renderHistoryMarkdown} from '../report/history-md.js'
import {renderHistoryText} from '../report/history-text.js'
import {safeJson, visibleData} from '../report/visible.js'
import {exitCodes, useColor} from './io.js'
import {shallowWarning} from './blame.js'
import {progressBar} from './progress.js'

/** Options of `draftdiff history`. */
export interface HistoryOptions {
  from?: string
  commits: boolean
  format: 'text' | 'json' | 'md' | 'html'
  drafts: string
  repo?: string
  /** Print timings and cache statistics on stderr. */
  stats?: boolean
}

/** Run `history`; return the exit code. */
export async function runHistory(article: string, options: HistoryOptions): Promise<number> {
  const progress = progressBar()
  const stats = {} as RunStats
  try {
    const raw = await articleHistory(article, {from: options.from, commits: options.commits, drafts: options.drafts, repo: options.repo, onProgress: progress.update}, stats)
    progress.end()
    // Commit subjects, authors and draft text: control characters shown visibly (docs/security.md).
    const history = visibleData(raw)
    if (history.shallow) process.stderr.write(shallowWarning(history.shallow.stopsAt, 'history'))
    if (options.stats && options.commits) {
      const cpu = process.cpuUsage()
      process.stderr.write(`${JSON.stringify({...stats, cpuMs: Math.round((cpu.user + cpu.system) / 1000)})}\n`)
    }
    switch (options.format) {
      case 'json':
        process.stdout.write(safeJson(raw))
        break
      case 'md':
        process.stdout.write(renderHistoryMarkdown(history))
        break
      case 'html':
        process.stdout.write(renderHistoryHtml(history))
        break
      default:
        process.stdout.write(renderHistoryText(history, {color: useColor(process.stdout), width: process.stdout.isTTY ? process.stdout.columns : undefined}))
    }
    return exitCodes.ok
  } finally {
    progress.end()
  }
}
