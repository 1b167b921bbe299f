/** `draftdiff brackets`: every bracket's life across sessions or commits, the open list, one bracket's history, the chair's list. */
import {bracketHistoryPage, bracketListPage, outstandingPage, type Page} from '../report/brackets-page.js'
import {renderPageText} from '../report/brackets-text.js'
import {safeJson, visibleData} from '../report/visible.js'
import {findTracks} from '../tracker/query.js'
import {trackBrackets} from '../tracker/track.js'
import {sessionChain} from '../tracker/versions.js'
import {exitCodes} from './io.js'

/** The options of `draftdiff brackets`, as the command line gives them. */
export interface BracketsOptions {
  open: boolean
  history?: string
  summary: boolean
  commits: boolean
  format: 'text' | 'md' | 'html' | 'json'
  drafts: string
  repo?: string
}

/** Run `brackets`; return the exit code. */
export async function runBrackets(version: string | undefined, options: BracketsOptions): Promise<number> {
  // Git, the chart and the Markdown and HTML renderers are loaded only when asked for: the plain list starts faster.
  const chain = options.commits ? await (await import('../tracker/commits.js')).commitChain(version, options) : await sessionChain(version, options)
  const lineage = trackBrackets(chain, options.commits ? 'commits' : 'sessions')
  const last = chain.at(-1)
  let json: unknown
  let page: Page
  if (options.history !== undefined) {
    const tracks = findTracks(lineage, options.history)
    json = {schemaVersion: 1, mode: lineage.mode, at: lineage.at, query: options.history, tracks}
    page = bracketHistoryPage(lineage, tracks)
  } else if (options.summary && last) {
    const [{versionInfo}, {progressFromVersions}, {outstanding}] = await Promise.all([import('../diff/compare.js'), import('../report/html-chart.js'), import('../tracker/summary.js')])
    const list = outstanding(lineage, last.draft)
    const progress = progressFromVersions(chain.map((v) => versionInfo({label: v.label, draft: v.draft})))
    json = {schemaVersion: 1, mode: lineage.mode, ...list, chapters: list.chapters.map((c) => ({...c, oldest: c.oldest?.id ?? null})), progress}
    page = outstandingPage(list, lineage, progress)
  } else {
    const tracks = options.open ? lineage.tracks.filter((t) => t.status === 'open') : lineage.tracks
    json = {...lineage, openBrackets: lineage.versions.at(-1)?.openBrackets ?? 0, tracks}
    page = bracketListPage(lineage, options.open)
  }
  // Draft text and commit messages: control characters shown visibly (docs/security.md).
  const shown = visibleData(page)
  switch (options.format) {
    case 'json':
      process.stdout.write(safeJson(json))
      break
    case 'md':
      process.stdout.write((await import('../report/brackets-render.js')).renderPageMarkdown(shown))
      break
    case 'html':
      process.stdout.write((await import('../report/brackets-render.js')).renderPageHtml(shown))
      break
    default:
      process.stdout.write(renderPageText(shown))
  }
  return exitCodes.ok
}
