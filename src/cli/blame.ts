/** `draftdiff blame <article>`: for each paragraph of an article, the commit that last changed it. */
import {articleBlame} from '../history/run.js'
import {renderBlameText} from '../report/history-text.js'
import {exitCodes, useColor} from './io.js'
import {progressBar} from './progress.js'

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
    process.stdout.write(options.format === 'json' ? JSON.stringify(blame, null, 2) + '\n' : renderBlameText(blame, {color: useColor(process.stdout)}))
    return exitCodes.ok
  } finally {
    progress.end()
  }
}
