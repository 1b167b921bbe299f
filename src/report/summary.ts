/** What every report shows, derived from a diff alone: chapter table, concordance, markers, one line per changed article. */
import type {ArticleChange, DraftDiff, NegotiationEvent} from '../model/diff.js'

export interface ChapterRow {
  /** The chapter's numeral, `—` for articles outside chapters, or `preamble`. */
  chapter: string
  title: string | null
  articles: number
  changed: number
  added: number
  deleted: number
  bracketsBefore: number
  bracketsAfter: number
}

/** Per chapter of the new version (deleted articles counted in their old chapter): articles, changed, added, deleted, open brackets before → after. */
export function chapterTable(diff: DraftDiff): ChapterRow[] {
  const rows = new Map<string, ChapterRow>()
  const row = (chapter: string, title: string | null) => {
    let found = rows.get(chapter)
    if (!found) {
      found = {chapter, title, articles: 0, changed: 0, added: 0, deleted: 0, bracketsBefore: 0, bracketsAfter: 0}
      rows.set(chapter, found)
    }
    return found
  }
  for (const chapter of diff.new.chapters) row(chapter.number, chapter.title)
  for (const article of diff.articles) {
    for (const side of article.newArticles) {
      const r = row(side.chapter ?? '—', null)
      r.articles++
      r.bracketsAfter += side.openBrackets
      if (article.relation === 'added') r.added++
      else if (article.change !== 'none' || article.relation !== 'matched') r.changed++
    }
    for (const side of article.oldArticles) {
      const target = article.newArticles[0]?.chapter ?? side.chapter ?? '—'
      const r = row(target, null)
      r.bracketsBefore += side.openBrackets
      if (article.relation === 'deleted') r.deleted++
    }
  }
  // The preamble's brackets, so that the rows add up to the header's open brackets (counts.openBrackets) on both sides.
  const sum = (list: ChapterRow[], key: 'bracketsBefore' | 'bracketsAfter') => list.reduce((total, r) => total + r[key], 0)
  const list = [...rows.values()]
  const before = diff.old.counts.openBrackets - sum(list, 'bracketsBefore')
  const after = diff.new.counts.openBrackets - sum(list, 'bracketsAfter')
  if (before !== 0 || after !== 0) list.unshift({chapter: 'preamble', title: null, articles: 0, changed: diff.preamble.filter((u) => u.change !== 'none').length, added: 0, deleted: 0, bracketsBefore: before, bracketsAfter: after})
  return list
}

/** How a chapter row is named: `Chapter IV`, `Preamble`, `Outside chapters`. */
export function chapterRowName(row: ChapterRow): string {
  return row.chapter === 'preamble' ? 'Preamble' : row.chapter === '—' ? 'Outside chapters' : `Chapter ${row.chapter}`
}

/** The renumbering concordance: every relation whose numbers differ, old → new. */
export function concordance(diff: DraftDiff): Array<{old: string; new: string; relation: string}> {
  return diff.articles
    .filter((a) => a.relation !== 'matched' || a.renumbered)
    .map((a) => ({old: a.old.join(' + ') || '—', new: a.new.join(' + ') || '—', relation: a.relation}))
}

/** Status markers gained, article by article. */
export function markersGained(diff: DraftDiff): Array<{article: string; marker: string}> {
  return diff.articles.flatMap((a) => a.events.filter((e) => e.kind === 'marker-gained').map((e) => ({article: a.new.join(' + '), marker: e.text})))
}

/** Whether an article belongs in the detailed part of a report (anything beyond references following a renumbering). */
export function isChanged(article: ArticleChange): boolean {
  if (article.relation !== 'matched') return true
  if (article.change === 'substantive' || article.change === 'editorial' || article.titleChanged) return true
  return article.events.some((e) => !e.kind.startsWith('reference'))
}

/** "Art. 14 → 15, Illegal access (moved from chapter I): paragraph 2 amended; 2 brackets closed, 1 opened". */
export function plainLine(article: ArticleChange): string {
  const numbers = article.relation === 'added' ? `Art. ${article.new.join(' + ')} (new)` : article.relation === 'deleted' ? `Art. ${article.old.join(' + ')} (deleted)` : article.renumbered || article.relation !== 'matched' ? `Art. ${article.old.join(' + ')} → ${article.new.join(' + ')}` : `Art. ${article.new.join(' + ')}`
  const title = article.newArticles[0]?.title ?? article.oldArticles[0]?.title
  const notes: string[] = []
  if (article.moved) notes.push(`moved from chapter ${article.oldArticles[0]?.chapter ?? '—'}`)
  if (article.titleChanged) notes.push('title changed')
  const parts: string[] = []
  if (article.relation === 'split') parts.push(`split into ${article.new.join(' and ')}`)
  if (article.relation === 'merged') parts.push(`merged from ${article.old.join(' and ')}`)
  if (article.relation === 'matched') parts.push(...unitSummary(article))
  const opened = article.bracketsOpened
  const closed = article.bracketsClosed
  const brackets = [closed ? `${closed} bracket${closed === 1 ? '' : 's'} closed` : '', opened ? `${opened} opened` : ''].filter(Boolean).join(', ')
  const markers = [...new Set(article.events.filter((e) => e.kind === 'marker-gained' || e.kind === 'marker-lost').map((e) => (e.kind === 'marker-gained' ? `now [${e.text}]` : `no longer [${e.text}]`)))]
  const tail = [parts.join(', '), brackets, ...markers].filter(Boolean).join('; ')
  return `${numbers}${title ? `, ${title}` : ''}${notes.length ? ` (${notes.join('; ')})` : ''}${tail ? `: ${tail}` : ''}`
}

function unitSummary(article: ArticleChange): string[] {
  if (article.change === 'editorial') return ['editorial changes']
  if (article.change === 'references-only' || article.change === 'none') return []
  const label = (unit: ArticleChange['units'][number]) => describeUnit(unit.new?.marker || unit.old?.marker || '')
  const amended = article.units.filter((u) => u.relation === 'matched' && u.change !== 'none' && u.change !== 'references-only').map(label)
  const inserted = article.units.filter((u) => u.relation === 'inserted').map(label)
  const deleted = article.units.filter((u) => u.relation === 'deleted').map(label)
  const reordered = article.units.filter((u) => u.reordered).length
  const out: string[] = []
  if (amended.length) out.push(`${list(amended)} amended`)
  if (inserted.length) out.push(`${list(inserted)} inserted`)
  if (deleted.length) out.push(`${list(deleted)} deleted`)
  if (reordered) out.push(`${reordered} reordered`)
  return out
}

function describeUnit(marker: string): string {
  if (/^\d+\.$/.test(marker)) return `paragraph ${marker.slice(0, -1)}`
  if (/^\(\d+\)$/.test(marker)) return `paragraph ${marker}`
  if (/^\([a-z]+\)$/.test(marker)) return `subparagraph ${marker}`
  return 'text'
}

function list(items: string[]): string {
  const unique = [...new Set(items)]
  if (unique.length > 3) return `${unique.length} units`
  return unique.join(', ')
}

/** A short description of an event, shared by every renderer. */
export function describeEvent(event: NegotiationEvent): string {
  switch (event.kind) {
    case 'bracket-opened':
      return `bracket opened: [${event.text}]`
    case 'bracket-agreed':
      return `bracket closed, text agreed: ${event.text}`
    case 'bracket-dropped':
      return `bracket closed, text dropped: [${event.text}]`
    case 'options-narrowed':
      return `options narrowed: ${event.text}`
    case 'options-resolved':
      return `options resolved: ${event.text}`
    case 'marker-gained':
      return `status marker gained: [${event.text}]`
    case 'marker-lost':
      return `status marker lost: [${event.text}]`
    case 'reference-renumbered':
      return `reference follows renumbering: ${event.from} → ${event.to}`
    case 'reference-removed':
      return `reference to a deleted article removed: ${event.text}`
  }
}

/** Badges for an article: renumbered 12 → 14; moved from chapter II to IV; split into 28 and 29; merged from 25 and 26; title changed. */
export function badges(article: ArticleChange): string[] {
  const out: string[] = []
  if (article.relation === 'added') out.push('new article')
  if (article.relation === 'deleted') out.push('deleted')
  if (article.relation === 'split') out.push(`split into ${article.new.join(' and ')}`)
  if (article.relation === 'merged') out.push(`merged from ${article.old.join(' and ')}`)
  if (article.renumbered && article.relation === 'matched') out.push(`renumbered ${article.old[0]} → ${article.new[0]}`)
  if (article.moved) out.push(`moved from chapter ${article.oldArticles[0]?.chapter ?? '—'} to ${article.newArticles[0]?.chapter ?? '—'}`)
  if (article.titleChanged) out.push('title changed')
  out.push(article.change)
  return out
}
