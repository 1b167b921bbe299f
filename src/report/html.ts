/**
 * The HTML rendering of a comparison: one standalone file (inline CSS and JS under a hash-based
 * Content-Security-Policy, no network), built as a hast tree and serialised by hast-util-to-html.
 */
import {sha256Source} from './csp.js'
import type {Element, ElementContent} from 'hast'
import {placeOf} from '../model/cite.js'
import {h} from './hast.js'
import {htmlDocument, versionLine} from './html-document.js'
import type {ArticleChange, DraftDiff} from '../model/diff.js'
import {articleSection, baseId, filters, filtersOf, markOf, numbersOf, preambleChanged, preambleSection, titleOf, type Filter, type Sides} from './html-article.js'
import {css, js} from './html-assets.js'
import {chapterSummary} from './chapters.js'
import {progressChart, type Progress} from './html-chart.js'
import {chapterRowName, chapterTable, concordance, isChanged, markersGained, plainLine} from './summary.js'
import {detailedArticles, markerLines, type MarkerLine} from './order.js'

/** The progress chart data (defined in html-chart.ts). */
export type {Progress} from './html-chart.js'
/** The progress chart from versions (defined in html-chart.ts). */
export {progressFromVersions} from './html-chart.js'

/** Options for `renderHtml`. */
export interface Options {
  /** Open brackets per chapter across sessions: adds a chart and its table. */
  progress?: Progress
  /** The document title; default "Changes <old> → <new>". */
  title?: string
}

if (/<\/(style|script)/i.test(css + js)) throw new Error('inline assets must not close their element')

/** The policy: nothing but the report's own style and script, and `data:` images. */
export const contentSecurityPolicy = `default-src 'none'; style-src ${sha256Source(css)}; script-src ${sha256Source(js)}; img-src data:; base-uri 'none'; form-action 'none'`

/** Render a diff as a standalone HTML document. */
export function renderHtml(diff: DraftDiff, options: Options = {}): string {
  const title = options.title ?? `Changes ${diff.old.label} → ${diff.new.label}`
  const sides: Sides = {old: diff.old.label, new: diff.new.label}
  const ids = assignIds(diff.articles)
  // Substantive changes first, right after the summary; articles that only gained or lost a status marker in one line per marker.
  const detailed = detailedArticles(diff.articles)
  const quiet = diff.articles.filter((a) => !isChanged(a))
  const hasPreamble = preambleChanged(diff.preamble)
  const markerOnly = markerLines(diff.articles)

  const mainContent: ElementContent[] = [
    section('summary', 'Summary', [...summaryBlock(diff), ...chapterLine(diff)]),
    section('articles', 'Changed articles', [
      h('p.help', `${detailed.length + (hasPreamble ? 1 : 0)} sections, substantive changes first; deletions are struck through, insertions underlined.`),
      ...(hasPreamble ? [preambleSection(diff.preamble, sides)] : []),
      ...detailed.map((a) => {
        const id = ids.get(a) ?? baseId(a)
        return articleSection(a, id, extraIds(a, id), sides)
      })
    ]),
    ...(markerOnly.length > 0 ? [section('marker-only', 'Status markers only', markerOnlyBlock(markerOnly, ids))] : []),
    section('plain', 'What changed, article by article', [plainList(diff, detailed, ids, hasPreamble)]),
    ...(options.progress ? [section('progress', 'Open brackets across sessions', [progressChart(options.progress)])] : []),
    section('chapters', 'Chapters', [chapterBlock(diff)]),
    section('concordance', 'Renumbering concordance', [concordanceBlock(diff, ids)]),
    section('markers', 'Status markers gained', [markersBlock(diff, ids)]),
    section('others', 'Unchanged and references only', compactBlock(quiet, ids))
  ]

  const body = h('body', {dataView: 'inline'}, [
    h('a.skip-link', {href: '#main'}, 'Skip to the report'),
    h('header.page-head', [h('h1', title), h('ul.versions', [h('li', ['Old: ', versionLine(diff.old)]), h('li', ['New: ', versionLine(diff.new)])])]),
    h('div.layout', [h('aside.sidebar', [controls(diff), toc(diff, ids, hasPreamble)]), h('main#main', {tabIndex: -1}, mainContent)]),
    h('script', js)
  ])
  return htmlDocument(title, contentSecurityPolicy, css, body)
}

/** Stable, unique ids: `art-<first new number>`, `old-art-<n>` for deleted articles. */
function assignIds(articles: ArticleChange[]): Map<ArticleChange, string> {
  const used = new Set<string>(['preamble'])
  const out = new Map<ArticleChange, string>()
  for (const article of articles) {
    const base = baseId(article)
    let id = base
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`
    used.add(id)
    out.set(article, id)
  }
  return out
}

/** Anchors for the other new articles of a split (`art-24-bis`), in order, so every new number can be linked; each leads to that article's heading inside the section. */
function extraIds(article: ArticleChange, id: string): string[] {
  return article.new.slice(1).map((n, k) => {
    const extra = `art-${n.trim().replace(/\s+/g, '-').replace(/[^A-Za-z0-9-]/g, '_')}`
    return extra === id ? `${id}-part-${k + 2}` : extra
  })
}

function section(id: string, heading: string, content: ElementContent[]): Element {
  return h('section', {id, ariaLabelledBy: `${id}-title`}, [h('h2', {id: `${id}-title`}, heading), ...content])
}


/** The chapter-level summary line ("Chapter II (new): …; chapters II–IX renumbered III–X"), when chapters changed. */
function chapterLine(diff: DraftDiff): ElementContent[] {
  const line = chapterSummary(diff)
  return line ? [h('p.chapters-line', `Chapters: ${line}.`)] : []
}

function summaryBlock(diff: DraftDiff): ElementContent[] {
  const s = diff.summary
  // Each figure carries its JSON name in data-stat (relations.matched, changes.none, bracketsClosed…) for tools and tests.
  const stats = (label: string, rows: Array<[string, string, string | number]>) => [h('h3', label), h('dl.stats', rows.map(([key, term, value]) => h('div', {dataStat: key}, [h('dt', term), h('dd', String(value))])))]
  return [
    ...stats('Articles', [
      ['counts.articles', 'articles, old → new', `${diff.old.counts.articles} → ${diff.new.counts.articles}`],
      ['relations.matched', 'matched', s.relations.matched],
      ['relations.split', 'split', s.relations.split],
      ['relations.merged', 'merged', s.relations.merged],
      ['relations.added', 'added', s.relations.added],
      ['relations.deleted', 'deleted', s.relations.deleted]
    ]),
    ...stats('Change class', [
      ['changes.substantive', 'substantive', s.changes.substantive],
      ['changes.editorial', 'editorial', s.changes.editorial],
      ['changes.references-only', 'references only', s.changes['references-only']],
      ['changes.none', 'unchanged', s.changes.none]
    ]),
    ...stats('Brackets and words', [
      ['bracketsClosed', 'brackets closed', s.bracketsClosed],
      ['bracketsOpened', 'brackets opened', s.bracketsOpened],
      ['counts.openBrackets', 'open brackets, old → new', `${diff.old.counts.openBrackets} → ${diff.new.counts.openBrackets}`],
      ['wordsAdded', 'words added', `+${s.wordsAdded}`],
      ['wordsRemoved', 'words removed', `−${s.wordsRemoved}`]
    ])
  ]
}

function plainList(diff: DraftDiff, detailed: ArticleChange[], ids: Map<ArticleChange, string>, hasPreamble: boolean): Element {
  if (detailed.length === 0 && !hasPreamble) return h('p', 'No article changed beyond references following a renumbering.')
  const preamble = diff.preamble.filter((u) => u.relation !== 'matched' || u.change !== 'none').length
  return h('ul.plain', [
    ...(hasPreamble ? [h('li', [h('a', {href: '#preamble'}, `Preamble: ${preamble} paragraph${preamble === 1 ? '' : 's'} changed`)])] : []),
    ...detailed.map((a) => h('li', [h('a', {href: `#${ids.get(a) ?? ''}`}, plainLine(a))]))
  ])
}

function table(caption: string, head: string[], rows: ElementContent[][], numeric: number[] = []): Element {
  const cell = (i: number) => (numeric.includes(i) ? 'td.n' : 'td')
  return h('div.scroll', [
    h('table', [
      h('caption', caption),
      h('thead', [h('tr', head.map((text, i) => h(numeric.includes(i) ? 'th.n' : 'th', {scope: 'col'}, text)))]),
      h('tbody', rows.map((row) => h('tr', row.map((content, i) => (i === 0 ? h('th', {scope: 'row'}, [content]) : h(cell(i), [content]))))))
    ])
  ])
}

function chapterBlock(diff: DraftDiff): Element {
  const rows = chapterTable(diff).map((r): ElementContent[] => [
    text(chapterRowName(r)),
    text(r.title ?? ''),
    text(String(r.articles)),
    text(String(r.changed)),
    text(String(r.added)),
    text(String(r.deleted)),
    text(`${r.bracketsBefore} → ${r.bracketsAfter}`)
  ])
  return table('Articles and open brackets per chapter (deleted articles counted where their successors now stand)', ['Chapter', 'Title', 'Articles', 'Changed', 'Added', 'Deleted', 'Open brackets'], rows, [2, 3, 4, 5, 6])
}

function concordanceBlock(diff: DraftDiff, ids: Map<ArticleChange, string>): Element {
  const rows = concordance(diff)
  if (rows.length === 0) return h('p', 'No article was renumbered, split, merged, added or deleted.')
  const byKey = new Map(diff.articles.map((a) => [`${a.old.join(' + ') || '—'}|${a.new.join(' + ') || '—'}`, ids.get(a)]))
  return table(
    `${rows.length} articles whose numbers changed`,
    ['Old', 'New', 'Relation'],
    rows.map((r) => {
      const id = byKey.get(`${r.old}|${r.new}`)
      return [text(r.old), id ? h('a', {href: `#${id}`}, r.new) : text(r.new), text(r.relation)]
    })
  )
}

function markersBlock(diff: DraftDiff, ids: Map<ArticleChange, string>): Element {
  const rows = markersGained(diff)
  if (rows.length === 0) return h('p', 'No status marker was gained.')
  const byNumbers = new Map(diff.articles.map((a) => [a.new.join(' + '), ids.get(a)]))
  return table(
    `${rows.length} status markers gained`,
    ['Article', 'Marker'],
    rows.map((r) => {
      const id = byNumbers.get(r.article)
      return [id ? h('a', {href: `#${id}`}, `Art. ${r.article}`) : text(`Art. ${r.article}`), text(`[${r.marker}]`)]
    })
  )
}

/** One line per marker ("45 articles lost [agreed ad referendum]: 1–12, 14"), then each article as an anchor in a collapsed list. */
function markerOnlyBlock(lines: MarkerLine[], ids: Map<ArticleChange, string>): ElementContent[] {
  const articles = [...new Set(lines.flatMap((line) => line.articles))]
  return [
    ...lines.map((line) => h('p.marker-line', line.text)),
    h('details.same', [
      h('summary', `Each of the ${articles.length} articles`),
      h('ul.marker-only', articles.map((a) => h('li', {id: ids.get(a), dataCats: filtersOf(a).join(' '), dataRelation: a.relation, dataChange: a.change}, plainLine(a))))
    ])
  ]
}

function compactBlock(quiet: ArticleChange[], ids: Map<ArticleChange, string>): ElementContent[] {
  if (quiet.length === 0) return [h('p', 'Every article changed.')]
  const group = (label: string, list: ArticleChange[]) =>
    list.length === 0
      ? []
      : [
          h('div.group', [
            h('h3', `${label} (${list.length})`),
            h(
              'ul.compact',
              list.map((a) => {
                const notes = a.moved ? ` (moved from ${placeOf(a.oldArticles[0])})` : ''
                return h('li', {id: ids.get(a), dataCats: filtersOf(a).join(' '), dataRelation: a.relation, dataChange: a.change}, `Art. ${numbersOf(a)}${notes}`)
              })
            )
          ])
        ]
  return [...group('Unchanged', quiet.filter((a) => a.change === 'none')), ...group('References only (they follow the renumbering)', quiet.filter((a) => a.change !== 'none'))]
}

function controls(diff: DraftDiff): Element {
  const counts = new Map<Filter, number>()
  for (const a of diff.articles) for (const f of filtersOf(a)) counts.set(f, (counts.get(f) ?? 0) + 1)
  return h('div.controls#controls', {hidden: true, role: 'region', ariaLabel: 'Report controls'}, [
    h('div.row', [h('button#prev-change', {type: 'button'}, '↑ Previous change'), h('button#next-change', {type: 'button'}, '↓ Next change')]),
    h('p.status#nav-status', ''),
    h('div.row', [h('button#view-toggle', {type: 'button', ariaPressed: 'false'}, 'Side-by-side view')]),
    h('fieldset.filters', [
      h('legend', 'Show only'),
      ...filters.map((f) => h('label', [h('input', {type: 'checkbox', value: f.value, name: 'filter'}), `${f.label} (${counts.get(f.value) ?? 0})`])),
      h('div.row', [h('button#clear-filters', {type: 'button'}, 'Show all')])
    ]),
    h('p.status#filter-status', {ariaLive: 'polite'}, ''),
    h('p.help', ['Keys: ', h('kbd', 'n'), ' or ', h('kbd', 'j'), ' next change, ', h('kbd', 'p'), ' or ', h('kbd', 'k'), ' previous, ', h('kbd', 'v'), ' switch view.'])
  ])
}

function toc(diff: DraftDiff, ids: Map<ArticleChange, string>, hasPreamble: boolean): Element {
  const chapterTitle = new Map<string, string | null>()
  for (const c of [...diff.old.chapters, ...diff.new.chapters]) if (!chapterTitle.has(c.number) || c.title) chapterTitle.set(c.number, c.title)
  const groups: Array<{label: string; items: Element[]}> = []
  if (hasPreamble) groups.push({label: 'Preamble', items: [entry('#preamble', {symbol: '±', text: 'amended', kind: 'substantive'}, 'Preamble', null, 'changed')]})
  let currentChapter: string | null | undefined
  for (const a of diff.articles) {
    const chapter = a.newArticles[0]?.chapter ?? a.oldArticles[0]?.chapter ?? null
    if (chapter !== currentChapter || groups.length === 0) {
      currentChapter = chapter
      const name = chapter === null ? 'No chapter' : `Chapter ${chapter}${chapterTitle.get(chapter) ? `. ${chapterTitle.get(chapter)}` : ''}`
      groups.push({label: name, items: []})
    }
    const title = titleOf(a)
    groups.at(-1)?.items.push(entry(`#${ids.get(a) ?? ''}`, markOf(a), `Art. ${numbersOf(a)}`, title, filtersOf(a).join(' ')))
  }
  return h('nav.toc', {ariaLabelledBy: 'toc-title'}, [h('h2#toc-title', 'Contents'), ...groups.map((g) => h('div.group', [h('h3', g.label), h('ol', g.items)]))])
}

function entry(href: string, mark: ReturnType<typeof markOf>, numbers: string, title: string | null, cats: string): Element {
  return h('li', {className: [`k-${mark.kind}`], dataCats: cats}, [
    h('a', {href}, [h('span.sym', {ariaHidden: 'true'}, mark.symbol), h('span.toc-text', [numbers, title ? ` ${title}` : '']), h('span.tag', mark.text)])
  ])
}

function text(value: string): ElementContent {
  return {type: 'text', value}
}
