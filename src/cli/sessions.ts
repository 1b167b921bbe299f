/** `draftdiff sessions`: the sessions under a drafts folder, in order. */
import {loadSessions, type Session} from '../versions/sessions.js'
import {safeJson, visible} from '../report/visible.js'
import {exitCodes} from './io.js'
import {fitTable, terminalWidth} from '../report/fit-table.js'

/** Options of `draftdiff sessions`. */
export interface SessionsOptions {
  drafts: string
  format: 'text' | 'json'
}

/** List sessions; return the exit code. */
export async function runSessions(options: SessionsOptions): Promise<number> {
  const sessions = await loadSessions(options.drafts)
  if (options.format === 'json') {
    process.stdout.write(safeJson(sessions.map(sessionSummary)))
    return exitCodes.ok
  }
  const header = ['#', 'session', 'title', 'symbol', 'date', 'chapters', 'articles', 'open brackets']
  const rows = sessions.map((session) => {
    const meta = session.draft.meta
    return [session.ordinal === null ? '-' : String(session.ordinal), session.id, str(meta.title), str(meta.symbol), str(meta.date), String(session.stats.chapters), String(session.stats.articles), String(session.stats.openBrackets)]
  })
  // Front matter is the drafts' own text: control characters shown visibly (docs/security.md).
  // Fits the terminal (80 columns when not a terminal): the title is cut with "…", the symbol and then the date left out.
  process.stdout.write(fitTable([header, ...rows.map((row) => row.map(visible))], {width: terminalWidth(process.stdout), numeric: new Set([0, 5, 6, 7]), shrink: [2], drop: [3, 4]}))
  return exitCodes.ok
}

/** The JSON shape of one session (documented in README). */
export function sessionSummary(session: Session) {
  const meta = session.draft.meta
  return {
    id: session.id,
    path: session.path,
    ordinal: session.ordinal,
    title: meta.title ?? null,
    symbol: meta.symbol ?? null,
    date: meta.date ?? null,
    venue: meta.venue ?? null,
    files: session.draft.files,
    chapters: session.stats.chapters,
    articles: session.stats.articles,
    words: session.stats.words,
    openBrackets: session.stats.openBrackets,
    markers: session.stats.markers
  }
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : value === undefined || value === null ? '-' : String(value)
}
