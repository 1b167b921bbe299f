/** The order reports follow: substantive changes first, then the others, and articles whose only change is a status marker in one line per marker. */
import type {ArticleChange} from '../model/diff.js'
import {isChanged} from './summary.js'

/** An article that changed only in its status markers (`[agreed ad referendum]` gained or lost): text, title and chapter unchanged (renumbering aside: the concordance states it). */
export function isMarkerOnly(article: ArticleChange): boolean {
  if (article.relation !== 'matched' || article.change !== 'none' || article.titleChanged || article.moved) return false
  return article.events.length > 0 && article.events.every((e) => e.kind === 'marker-gained' || e.kind === 'marker-lost')
}

/** Whether an article's change is substantive: its class, or a split, merge, addition or deletion. */
export function isSubstantive(article: ArticleChange): boolean {
  return article.change === 'substantive' || article.relation !== 'matched'
}

/** The changed articles a report details, substantive first, each group in the order of the draft; marker-only articles left out (see `markerLines`). */
export function detailedArticles(articles: readonly ArticleChange[]): ArticleChange[] {
  const changed = articles.filter((a) => isChanged(a) && !isMarkerOnly(a))
  return [...changed.filter(isSubstantive), ...changed.filter((a) => !isSubstantive(a))]
}

/** One collapsed line: every marker-only article that gained (or lost) one marker. */
export interface MarkerLine {
  kind: 'marker-gained' | 'marker-lost'
  marker: string
  /** The articles, as their numbers in the new version. */
  articles: ArticleChange[]
  /** "45 articles lost [agreed ad referendum]: 1–12, 14, 15–20". */
  text: string
}

/** The marker-only articles as one line per marker and direction, lost before gained, in order of first appearance. */
export function markerLines(articles: readonly ArticleChange[]): MarkerLine[] {
  const lines = new Map<string, MarkerLine>()
  for (const article of articles.filter(isMarkerOnly)) {
    for (const event of article.events) {
      const kind = event.kind as MarkerLine['kind']
      const key = `${kind}\u0000${event.text}`
      const line = lines.get(key) ?? {kind, marker: event.text, articles: [], text: ''}
      if (!line.articles.includes(article)) line.articles.push(article)
      lines.set(key, line)
    }
  }
  const list = [...lines.values()].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'marker-lost' ? -1 : 1))
  for (const line of list) {
    const n = line.articles.length
    line.text = `${n} article${n === 1 ? '' : 's'} ${line.kind === 'marker-lost' ? 'lost' : 'gained'} [${line.marker}]: ${numberRanges(line.articles.map((a) => a.new.join(' + ')))}`
  }
  return list
}

/** Article numbers with runs of consecutive whole numbers as ranges: `1–12, 14, 24 bis, 30–31`. */
export function numberRanges(numbers: readonly string[]): string {
  const out: string[] = []
  let start: number | null = null
  let end: number | null = null
  const flush = () => {
    if (start !== null && end !== null) out.push(start === end ? String(start) : `${start}–${end}`)
    start = end = null
  }
  for (const number of numbers) {
    const whole = /^\d+$/.test(number) ? Number(number) : null
    if (whole !== null && end !== null && whole === end + 1) end = whole
    else {
      flush()
      if (whole === null) out.push(number)
      else start = end = whole
    }
  }
  flush()
  return out.join(', ')
}
