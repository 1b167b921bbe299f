/** The terminal rendering of an article's history and blame; the one-line descriptions every history format shares. */
import type {ArticleState, Blame, History, HistoryEntry} from '../model/history.js'
import {citeUnit, listCitations, movedWords, type UnitHome} from '../model/cite.js'
import {wrap, type Segment} from './wrap.js'

/** Options for `renderHistoryText` and `renderBlameText`. */
export interface Options {
  /** Bold headings (ANSI); default false. */
  color?: boolean
  /** Wrap long lines to this many columns; default: no wrapping. */
  width?: number
}

/** "Art. 21, Jurisdiction". */
export function articleName(article: ArticleState): string {
  return `Art. ${article.number}${article.title ? `, ${article.title}` : ''}`
}

/** "Art. 21 (ch. III)", or "—" when absent. */
export function articlePlace(article: ArticleState | null): string {
  if (!article) return '—'
  const where = [article.chapter ? `ch. ${article.chapter}` : '', article.division?.toLowerCase() ?? ''].filter(Boolean).join(', ')
  return `Art. ${article.number}${where ? ` (${where})` : ''}`
}

/** Where the entry's article is: "Art. 21 (ch. III)", "Art. 4 (ch. I, section 2)"; for a deletion, where it was, in parentheses. */
export function entryPlace(entry: HistoryEntry): string {
  return entry.relation === 'deleted' ? `(${articlePlace(entry.from)})` : articlePlace(entry.article)
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

/** What happened to the article in this version, in one line: "renumbered 19 → 20; substantive, +12 −3 words; 2 brackets closed (1 open)". */
export function describeEntry(entry: HistoryEntry, mode: History['mode'] = 'sessions'): string {
  const parts: string[] = []
  const now = entry.article
  const before = entry.from
  switch (entry.relation) {
    case 'absent':
      return mode === 'sessions' ? 'not in this session' : 'not in this version'
    case 'first':
      parts.push('first version')
      break
    case 'added':
      parts.push('added')
      break
    case 'deleted':
      parts.push('deleted')
      break
    case 'unchanged':
      parts.push('unchanged')
      break
    case 'split':
      parts.push(`article ${entry.previous.map((a) => a.number).join(' and ')} split into ${listCitations(entry.pieces.map((a) => (a.id === now?.id ? `${a.number} (this one)` : `${a.number}${a.title ? ` ("${a.title}")` : ''}`)))}`)
      break
    case 'merged':
      parts.push(`articles ${listCitations(entry.previous.map((a) => (a.id === before?.id && entry.previous.length > 1 ? `${a.number} (this one)` : `${a.number}${a.title ? ` ("${a.title}")` : ''}`)))} merged into ${now?.number ?? '—'}`)
      break
    default:
      break
  }
  if (entry.renumbered && before && now && entry.relation !== 'split' && entry.relation !== 'merged') parts.push(`renumbered ${before.number} → ${now.number}`)
  if (entry.moved && before && now) parts.push(movedWords(before, now))
  if (entry.titleChanged && now) parts.push(`title ${before?.title ? `"${before.title}"` : '(none)'} → ${now.title ? `"${now.title}"` : '(none)'}`)
  if (entry.change && entry.change !== 'none' && entry.relation !== 'deleted') {
    const words = entry.wordsAdded + entry.wordsRemoved > 0 ? `, +${entry.wordsAdded} −${entry.wordsRemoved} words` : ''
    parts.push(`${entry.change === 'references-only' ? 'references only' : entry.change}${words}`)
  }
  const brackets: string[] = []
  if (entry.bracketsOpened > 0) brackets.push(`${plural(entry.bracketsOpened, 'bracket')} opened`)
  if (entry.bracketsClosed > 0) brackets.push(`${entry.bracketsOpened > 0 ? entry.bracketsClosed : plural(entry.bracketsClosed, 'bracket')} closed`)
  if (brackets.length > 0) parts.push(brackets.join(', '))
  for (const marker of entry.markersGained) parts.push(`[${marker}] gained`)
  for (const marker of entry.markersLost) parts.push(`[${marker}] lost`)
  if (now && (entry.relation === 'first' || entry.relation === 'added' || brackets.length > 0)) parts.push(now.openBrackets === 0 ? 'no open brackets' : `${plural(now.openBrackets, 'open bracket')}`)
  if (now && (entry.relation === 'first' || entry.relation === 'added') && now.status.length > 0) parts.push(now.status.map((s) => `[${s}]`).join(' '))
  return parts.join('; ')
}

/** The articles an entry's paragraphs are read against: a paragraph in another half of a split or merge is cited with its article. */
export function entryHome(entry: HistoryEntry): UnitHome {
  return {old: entry.previous[0]?.id ?? entry.from?.id ?? null, new: entry.pieces[0]?.id ?? entry.article?.id ?? null}
}

/** The heading line of a history. */
export function historyTitle(history: History): string {
  return `History of ${articleName(history.article)}`
}

/** "named in 07-final; 7 sessions, in 6 of them" (the lineage key is for JSON and anchors). */
export function historySubtitle(history: History): string {
  const present = history.entries.filter((e) => e.article !== null).length
  const scope =
    history.mode === 'sessions'
      ? `${plural(history.scanned, 'session')}, in ${present} of them`
      : `${plural(history.entries.length, 'commit')} of ${history.scanned} touching the drafts changed it`
  return `named in ${history.from}; ${scope}`
}

/** Render a history for the terminal: one line per session, or two or three per commit. */
export function renderHistoryText(history: History, options: Options = {}): string {
  const lines: Segment[][] = []
  const plain = (text: string): Segment => ({text, style: 'plain'})
  lines.push([{text: historyTitle(history), style: 'bold'}])
  lines.push([plain(historySubtitle(history))])
  lines.push([plain('')])
  if (history.mode === 'sessions') {
    const versionWidth = Math.max(...history.entries.map((e) => e.version.length), 0)
    const placeWidth = Math.max(...history.entries.map((e) => entryPlace(e).length), 0)
    for (const entry of history.entries) lines.push([plain(`${entry.version.padEnd(versionWidth)}  ${entryPlace(entry).padEnd(placeWidth)}  ${describeEntry(entry, history.mode)}`)])
  } else {
    for (const [k, entry] of history.entries.entries()) {
      if (k > 0) lines.push([plain('')])
      const c = entry.commit
      lines.push([{text: c ? `${c.short}  ${c.date.slice(0, 10)}  ${c.author}${c.merge ? '  (merge)' : ''}` : entry.version, style: 'bold'}])
      if (c) lines.push([plain(`    ${c.subject}`)])
      if (c && c.proposedBy.length > 0) lines.push([plain(`    Proposed-by: ${c.proposedBy.join(', ')}`)])
      lines.push([plain(`    ${entry.session ?? ''}  ${entryPlace(entry)}: ${describeEntry(entry, history.mode)}`)])
    }
  }
  return render(lines, options)
}

/** Render a blame: one line per paragraph or subparagraph — its citation, commit, date, author, subject, Proposed-by, first words. */
export function renderBlameText(blame: Blame, options: Options = {}): string {
  const lines: Segment[][] = []
  const plain = (text: string): Segment => ({text, style: 'plain'})
  lines.push([{text: `Blame of ${articleName(blame.article)}`, style: 'bold'}])
  lines.push([plain(`at ${blame.at}; ${plural(blame.scanned, 'commit')} walked`)])
  lines.push([plain('')])
  const label = (l: Blame['lines'][number]) => citeUnit(l.unit, {marker: l.marker})
  const labelWidth = Math.max(...blame.lines.map((l) => label(l).length), 0)
  const authorWidth = Math.max(...blame.lines.map((l) => l.commit.author.length), 0)
  // Each commit's subject (cut short) and proposers once, on the first line it is credited with.
  const named = new Set<string>()
  for (const line of blame.lines) {
    const c = line.commit
    const proposed = c.proposedBy.length > 0 ? ` [Proposed-by: ${c.proposedBy.join(', ')}]` : ''
    const subject = named.has(c.short) ? '' : `  — ${excerpt(c.subject, 50)}${proposed}`
    named.add(c.short)
    lines.push([plain(`${label(line).padEnd(labelWidth)}  ${c.short}  ${c.date.slice(0, 10)}  ${c.author.padEnd(authorWidth)}  ${excerpt(line.text)}${subject}`)])
  }
  return render(lines, options)
}

/** The first words of a text, at most about 48 characters. */
export function excerpt(text: string, max = 48): string {
  if (text.length <= max) return text === '' ? '(empty)' : text
  const cut = text.slice(0, max)
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`
}

function render(lines: Segment[][], options: Options): string {
  const color = options.color ?? false
  const style = (segment: Segment) => (segment.style === 'bold' && color ? `\u001B[1m${segment.text}\u001B[0m` : segment.text)
  return lines.flatMap((segments) => wrap(segments, options.width, color).map((row) => row.map(style).join('').trimEnd())).join('\n') + '\n'
}
