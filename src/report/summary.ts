/** What every report shows, derived from a diff alone: chapter table, concordance, markers, one line per changed article. */
import {citeSide, citeUnit, compactCitations, listCitations, movedWords, placeOf, type UnitHome} from '../model/cite.js'
import type {ArticleChange, ArticleSide, ChangeClass, DraftDiff, NegotiationEvent, UnitChange} from '../model/diff.js'

/** One row of the per-chapter summary table. */
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

/** Per chapter of the new version (deleted articles counted where their chapter's lineage now stands): articles, changed, added, deleted, open brackets before → after. */
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
      const target = article.newArticles[0]?.chapter ?? successor(diff, side.chapter)
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

/** The row of a deleted article: where its chapter's lineage now stands (not its old numeral), or its deleted chapter. */
function successor(diff: DraftDiff, chapter: string | null): string {
  if (chapter === null) return '—'
  const change = diff.chapters.find((c) => c.old.includes(chapter))
  return change ? (change.new[0] ?? `${chapter} (deleted)`) : chapter
}

/** How a chapter row is named: `Chapter IV`, `Preamble`, `Outside chapters`. */
export function chapterRowName(row: ChapterRow): string {
  return row.chapter === 'preamble' ? 'Preamble' : row.chapter === '—' ? 'Outside chapters' : `Chapter ${row.chapter}`
}

/** The renumbering concordance: every relation whose numbers differ, old → new, with what happened in words (renumbered, split, merged, added, deleted). */
export function concordance(diff: DraftDiff): Array<{old: string; new: string; relation: string}> {
  return diff.articles
    .filter((a) => a.relation !== 'matched' || a.renumbered)
    .map((a) => ({old: a.old.join(' + ') || '—', new: a.new.join(' + ') || '—', relation: a.relation === 'matched' ? 'renumbered' : a.relation}))
}

/** Status markers gained, article by article. */
export function markersGained(diff: DraftDiff): Array<{article: string; marker: string}> {
  return diff.articles.flatMap((a) => a.events.filter((e) => e.kind === 'marker-gained').map((e) => ({article: a.new.join(' + '), marker: e.text})))
}

/** Whether an article belongs in the detailed part of a report (anything beyond references following a renumbering; a move to another chapter's lineage counts). */
export function isChanged(article: ArticleChange): boolean {
  if (article.relation !== 'matched') return true
  if (article.change === 'substantive' || article.change === 'editorial' || article.titleChanged || article.moved) return true
  return article.events.some((e) => !e.kind.startsWith('reference'))
}

/** "Art. 14 → 15, Illegal access (moved from chapter I): paragraph 2 amended; 2 brackets closed, 1 opened". */
export function plainLine(article: ArticleChange): string {
  const numbers = article.relation === 'added' ? `Art. ${article.new.join(' + ')} (new)` : article.relation === 'deleted' ? `Art. ${article.old.join(' + ')} (deleted)` : article.renumbered || article.relation !== 'matched' ? `Art. ${article.old.join(' + ')} → ${article.new.join(' + ')}` : `Art. ${article.new.join(' + ')}`
  const title = article.newArticles[0]?.title ?? article.oldArticles[0]?.title
  const notes: string[] = []
  if (article.moved) notes.push(`moved from ${placeOf(article.oldArticles[0])}`)
  if (article.titleChanged) notes.push('title changed')
  const parts: string[] = []
  if (article.relation === 'split') parts.push(`split into ${named(article.newArticles)}`)
  if (article.relation === 'merged') parts.push(`merged from ${named(article.oldArticles)}`)
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
  const home = homeOf(article)
  const label = (unit: UnitChange, side: 'old' | 'new') => {
    const at = unit[side]
    return at ? citeSide(at, home[side], side === 'old') : ''
  }
  const amended = article.units.filter((u) => u.relation === 'matched' && u.change !== 'none' && u.change !== 'references-only').map((u) => label(u, 'new'))
  const inserted = article.units.filter((u) => u.relation === 'inserted').map((u) => label(u, 'new'))
  const deleted = article.units.filter((u) => u.relation === 'deleted').map((u) => label(u, 'old'))
  const reordered = article.units.filter((u) => u.reordered).map((u) => label(u, 'new'))
  const out: string[] = []
  if (amended.length) out.push(`${list(amended)} amended`)
  if (inserted.length) out.push(`${list(inserted)} inserted`)
  if (deleted.length) out.push(`${list(deleted)} deleted`)
  if (reordered.length) out.push(`${list(reordered)} moved within the article`)
  return out
}

/** `20 ("Jurisdiction") and 21 ("Coordination among States Parties")`: the articles of a split or merge with their titles. */
export function named(sides: ArticleSide[]): string {
  return listCitations(sides.map((side) => (side.title ? `${side.number} ("${side.title}")` : side.number)))
}

/** Citations, subparagraphs of one paragraph together; past four, the rest counted: "paragraph 1, paragraph 2 (a) and (b), paragraph 3 and 5 more". */
function list(items: string[]): string {
  const compact = compactCitations(items)
  if (compact.length > 4) return `${compact.slice(0, 3).join(', ')} and ${compact.length - 3} more`
  return listCitations(compact)
}

/** The articles a split or merge is read against: the first on each side. */
export function homeOf(article: ArticleChange): UnitHome {
  return {old: article.oldArticles[0]?.id ?? null, new: article.newArticles[0]?.id ?? null}
}

/** Events whose unit is on the old side (the bracket or marker was there); the others name a new-side unit. */
const oldSideEvents = new Set<NegotiationEvent['kind']>(['bracket-agreed', 'bracket-dropped', 'options-narrowed', 'options-resolved', 'marker-lost'])

/**
 * Where an event happened, as delegates cite it: the unit's place in the new version ("paragraph 2 (b)"),
 * or in the old one when the unit was deleted; with the article for the other half of a split or merge.
 */
export function eventPlace(event: NegotiationEvent, article: ArticleChange): string | null {
  if (event.unit === null) return null
  const byOld = article.units.find((u) => u.old?.id === event.unit)
  const byNew = article.units.find((u) => u.new?.id === event.unit)
  const unit = oldSideEvents.has(event.kind) ? (byOld ?? byNew) : (byNew ?? byOld)
  if (!unit) return citeUnit(event.unit)
  const home = homeOf(article)
  if (unit.new) return citeSide(unit.new, home.new)
  return unit.old ? citeSide(unit.old, home.old, true) : null
}

/** The words for a change class: "substantive", "editorial", "references only", "text unchanged". */
export function changeWords(change: ChangeClass): string {
  return change === 'none' ? 'text unchanged' : change === 'references-only' ? 'references only' : change
}

/** A short description of an event, shared by every renderer. */
export function describeEvent(event: NegotiationEvent, article?: ArticleChange): string {
  const place = article ? eventPlace(event, article) : null
  return place ? `${eventWords(event)} (${place})` : eventWords(event)
}

function eventWords(event: NegotiationEvent): string {
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
  if (article.relation === 'split') out.push(`split into ${named(article.newArticles)}`)
  if (article.relation === 'merged') out.push(`merged from ${named(article.oldArticles)}`)
  if (article.renumbered && article.relation === 'matched') out.push(`renumbered from article ${article.old[0]}`)
  if (article.moved) out.push(movedWords(article.oldArticles[0], article.newArticles[0]))
  if (article.titleChanged) out.push('title changed')
  out.push(changeWords(article.change))
  return out
}
