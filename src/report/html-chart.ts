/** The HTML report's progress chart: open brackets per chapter across sessions, as inline SVG (stacked bars) with a table fallback. */
import type {Element, ElementContent} from 'hast'
import {h, s} from './hast.js'
import type {VersionInfo} from '../model/diff.js'

/** Open brackets per chapter in every session of a negotiation, in session order. */
export interface Progress {
  /** `lineage`: the chapter's lineage key across sessions (`traceChapterLineage`); the chart follows it when given. */
  sessions: Array<{id: string; chapters: Array<{number: string; openBrackets: number; lineage?: string}>}>
}

/** The part of a draft outside its chapters (the preamble, any article before the first chapter heading). */
export const outsideChapters = 'outside chapters'

/**
 * Progress from the version summaries of a chain of diffs (`[d1.old, d1.new, d2.new, …]`). Each session's parts add
 * up to its `counts.openBrackets` (the figure of the header and of `sessions`): brackets outside chapters are a part.
 */
export function progressFromVersions(versions: VersionInfo[], lineage?: string[][]): Progress {
  return {
    sessions: versions.map((v, k) => {
      const chapters = v.chapters.map((c, n) => ({number: c.number, openBrackets: c.openBrackets, ...(lineage?.[k]?.[n] ? {lineage: lineage[k][n]} : {})}))
      const outside = v.counts.openBrackets - chapters.reduce((sum, c) => sum + c.openBrackets, 0)
      return {id: v.label, chapters: outside > 0 ? [...chapters, {number: outsideChapters, openBrackets: outside}] : chapters}
    })
  }
}

/** How a part is named in the legend: `Chapter IV`, or `Preamble etc.` for the part outside chapters. */
function partName(number: string): string {
  return number === outsideChapters ? 'Preamble etc.' : `Chapter ${number}`
}

const width = 720
const plotH = 250
const margin = {top: 28, right: 124, left: 56}

/** A `<figure>` with the SVG chart and, in a `<details>`, the same numbers as a table. */
export function progressChart(progress: Progress): Element {
  const chapters = chapterOrder(progress)
  const names = latestNumerals(progress)
  const totals = progress.sessions.map((session) => session.chapters.reduce((sum, c) => sum + c.openBrackets, 0))
  const max = Math.max(1, ...totals)
  const step = niceStep(max)
  const top = Math.ceil(max / step) * step
  const plotW = width - margin.left - margin.right
  const y = (value: number) => margin.top + plotH - (value / top) * plotH
  const slot = plotW / Math.max(1, progress.sessions.length)
  const barW = Math.min(56, slot * 0.62)
  // Session labels are turned when the longest would not fit under its bar (about 6.3 px a character).
  const longest = Math.max(0, ...progress.sessions.map((session) => session.id.length))
  const rotate = longest * 6.3 > slot - 4
  const bottom = rotate ? 40 + Math.ceil(longest * 6.3 * Math.sin(Math.PI / 5)) : 48
  const height = margin.top + plotH + bottom
  const first = progress.sessions[0]?.id ?? ''
  const last = progress.sessions.at(-1)?.id ?? ''
  const summary = `Open brackets in each chapter and outside chapters (the preamble), stacked, in ${progress.sessions.length} sessions from ${first} (${totals[0] ?? 0} open) to ${last} (${totals.at(-1) ?? 0} open).`

  const grid: ElementContent[] = []
  for (let v = 0; v <= top; v += step) {
    grid.push(s('line', {class: v === 0 ? 'axis' : 'grid', x1: margin.left, x2: margin.left + plotW, y1: round(y(v)), y2: round(y(v))}))
    grid.push(s('text', {x: margin.left - 6, y: round(y(v)) + 4, textAnchor: 'end'}, String(v)))
  }
  const bars: ElementContent[] = progress.sessions.map((session, i) => {
    const x = margin.left + slot * i + (slot - barW) / 2
    let base = 0
    const segments: ElementContent[] = []
    for (const [index, chapter] of chapters.entries()) {
      const here = session.chapters.filter((c) => keyOf(c) === chapter)
      const value = here.reduce((sum, c) => sum + c.openBrackets, 0)
      if (value === 0) continue
      const numeral = here[0]?.number ?? chapter
      const y1 = y(base + value)
      const hgt = y(base) - y1
      segments.push(
        s('rect', {class: `seg c${index % 10}`, x: round(x), y: round(y1), width: round(barW), height: round(hgt)}, [s('title', `${session.id}, ${chapter === outsideChapters ? 'outside chapters (preamble)' : `chapter ${numeral}`}: ${value} open bracket${value === 1 ? '' : 's'}`)])
      )
      if (hgt >= 13 && barW >= 18 && chapter !== outsideChapters) segments.push(s('text', {class: 'seg-label', x: round(x + barW / 2), y: round(y1 + hgt / 2 + 3.5), textAnchor: 'middle', ariaHidden: 'true'}, numeral))
      base += value
    }
    const labelY = margin.top + plotH + 16
    const label = rotate
      ? s('text', {x: round(x + barW / 2), y: labelY, textAnchor: 'end', transform: `rotate(-36 ${round(x + barW / 2)} ${labelY})`}, session.id)
      : s('text', {x: round(x + barW / 2), y: labelY, textAnchor: 'middle'}, session.id)
    return s('g', [...segments, s('text', {x: round(x + barW / 2), y: round(y(base)) - 5, textAnchor: 'middle'}, String(base)), label])
  })
  const legend: ElementContent[] = chapters.map((chapter, index) => {
    const ly = margin.top + index * 18
    return s('g', [s('rect', {class: `c${index % 10}`, x: width - margin.right + 16, y: ly, width: 12, height: 12}), s('text', {x: width - margin.right + 34, y: ly + 10}, partName(names.get(chapter) ?? chapter))])
  })
  const svg = s('svg', {viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', ariaLabelledBy: 'chart-title chart-desc'}, [
    s('title', {id: 'chart-title'}, 'Open brackets per chapter across sessions'),
    s('desc', {id: 'chart-desc'}, summary),
    ...grid,
    ...bars,
    ...legend,
    s('text', {class: 'axis-title', x: 14, y: margin.top + plotH / 2, textAnchor: 'middle', transform: `rotate(-90 14 ${margin.top + plotH / 2})`}, 'Open brackets'),
    s('text', {class: 'axis-title', x: margin.left + plotW / 2, y: height - 8, textAnchor: 'middle'}, 'Session')
  ])
  return h('figure.chart', [
    svg,
    h('figcaption', summary),
    h('details', [h('summary', 'The same numbers as a table'), progressTable(progress, chapters, totals, names)])
  ])
}

function progressTable(progress: Progress, chapters: string[], totals: number[], names: Map<string, string>): Element {
  return h('div.scroll', [
    h('table', [
      h('caption', 'Open brackets per chapter and session'),
      h('thead', [h('tr', [h('th', {scope: 'col'}, 'Session'), ...chapters.map((c) => h('th.n', {scope: 'col'}, c === outsideChapters ? 'Outside chapters' : `Ch. ${names.get(c) ?? c}`)), h('th.n', {scope: 'col'}, 'Total')])]),
      h(
        'tbody',
        progress.sessions.map((session, i) =>
          h('tr', [
            h('th', {scope: 'row'}, session.id),
            ...chapters.map((chapter) => {
              const found = session.chapters.filter((c) => keyOf(c) === chapter)
              return h('td.n', found.length ? String(found.reduce((sum, c) => sum + c.openBrackets, 0)) : '—')
            }),
            h('td.n', String(totals[i] ?? 0))
          ])
        )
      )
    ])
  ])
}

/** A chapter's identity in the chart: its lineage key when known, else its numeral. */
function keyOf(chapter: {number: string; lineage?: string}): string {
  return chapter.lineage ?? chapter.number
}

/** Each chapter's numeral in the last session that has it: the legend's name for a chapter renumbered on the way. */
function latestNumerals(progress: Progress): Map<string, string> {
  const names = new Map<string, string>()
  for (const session of progress.sessions) for (const c of session.chapters) names.set(keyOf(c), c.number)
  return names
}

/** Every chapter seen in any session, in Roman-numeral order of its latest numeral (unknown numerals last, as first seen). */
function chapterOrder(progress: Progress): string[] {
  const seen: string[] = []
  for (const session of progress.sessions) for (const c of session.chapters) if (!seen.includes(keyOf(c))) seen.push(keyOf(c))
  const names = latestNumerals(progress)
  return seen.map((key, i) => ({key, order: roman(names.get(key) ?? key) ?? 10_000 + i})).sort((a, b) => a.order - b.order).map((c) => c.key)
}

function roman(text: string): number | null {
  if (!/^[IVXLCDM]+$/i.test(text)) return null
  const values: Record<string, number> = {I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000}
  let total = 0
  const chars = text.toUpperCase()
  for (let i = 0; i < chars.length; i++) {
    const v = values[chars[i] ?? ''] ?? 0
    const next = values[chars[i + 1] ?? ''] ?? 0
    total += v < next ? -v : v
  }
  return total
}

function niceStep(max: number): number {
  const raw = max / 5
  const magnitude = 10 ** Math.floor(Math.log10(raw))
  const unit = [1, 2, 5, 10].find((m) => m * magnitude >= raw) ?? 10
  return Math.max(1, unit * magnitude)
}

function round(value: number): number {
  return Math.round(value * 10) / 10
}
