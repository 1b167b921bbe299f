/**
 * The N-way comparison table as one standalone HTML page: a real <table>, one <tbody> per article (a header row, then
 * one row per paragraph lineage), built as a hast tree; unchanged rows folded behind a checkbox; a small inline
 * script for the filters; both allowed by their hashes under `default-src 'none'`.
 */
import type {Element, ElementContent} from 'hast'
import {sha256Source} from './csp.js'
import {h} from './hast.js'
import {redlineMark} from './redline-html.js'
import {htmlDocument, versionLine} from './html-document.js'
import type {CompareRow, CompareTable, UnitCell, UnitRow} from '../model/compare.js'
import {compareCss, compareJs, gridColumnsMax} from './compare-assets.js'
import {articleHeading, articleNumbers, baselineIndex, cellRuns, foldedCounts, footnoteLines, footnoteMark, groupRuns, isFolded, rowRuns, statusText, type Run} from './compare-cells.js'

/** The compare page's style sheet, inlined with a CSP hash. */
export {compareCss}

/** Options for `renderCompareHtml`. */
export interface Options {
  /** The document title; default "Compare <v1> → <v2> → …". */
  title?: string
}

/** The policy: nothing but this page's own stylesheet and script; no network, no forms. */
export const compareContentSecurityPolicy = `default-src 'none'; style-src ${sha256Source(compareCss)}; script-src ${sha256Source(compareJs)}; base-uri 'none'; form-action 'none'`

const statusKinds = [
  ['agreed', 'agreed'],
  ['pending', 'pending'],
  ['open', 'open brackets or no marker'],
  ['deleted', 'deleted']
] as const

/** Render the table as a standalone HTML document; draft text only ever becomes text nodes. */
export function renderCompareHtml(table: CompareTable, options: Options = {}): string {
  const labels = table.versions.map((v) => v.label)
  const title = options.title ?? `Compare ${labels.join(' → ')}`
  const last = labels.at(-1) ?? ''
  const s = table.summary.status
  const against = table.baseline === null ? 'the previous column' : table.baseline
  const folded = foldedCounts(table)
  const context: Context = {labels, last, notes: table.notes, baseline: baselineIndex(table)}
  return htmlDocument(
    title,
    compareContentSecurityPolicy,
    compareCss,
    h('body', [
      h('header', [
        h('h1', title),
        h('ul', table.versions.map((v) => h('li', versionLine(v)))),
        h('p', [
          `${table.summary.rows} articles, ${table.summary.paragraphs} paragraph rows. Changes against ${against}: `,
          h('del', 'deletions struck through'),
          ', ',
          h('ins', 'insertions underlined'),
          `. Article status from the last version holding the article: ${s.agreed} agreed, ${s.pending} pending, ${s.open} with open brackets or no status marker${s.deleted > 0 ? `, ${s.deleted} deleted` : ''}.`
        ])
      ]),
      filters(labels),
      h('main', [
        h('input#show-same', {type: 'checkbox'}),
        h('label.fold', {htmlFor: 'show-same'}, `Show the unchanged rows and text (folded: articles ${folded.articles}, paragraphs ${folded.paragraphs}; long unchanged passages are shortened to …)`),
        h('table', {className: labels.length <= gridColumnsMax ? ['grid', `n${labels.length}`, ...(table.notes ? ['notes'] : [])] : []}, [
          h('caption', `One row per paragraph, under a row per article; one column per version; changes against ${against}.`),
          h('thead', [h('tr', [...labels.map((label) => h('th', {scope: 'col'}, label)), h('th.st', {scope: 'col'}, 'Status'), ...(table.notes ? [h('th.cm', {scope: 'col'}, 'Compromise / comments')] : [])])]),
          ...table.rows.map((row) => articleGroup(row, context))
        ])
      ]),
      h('script', compareJs)
    ])
  )
}

interface Context {
  labels: string[]
  last: string
  notes: boolean
  baseline: number | null
}

/** The filters, hidden until the script runs: status kinds and "changed since" a version. */
function filters(labels: string[]): Element {
  return h('div#controls.controls', {hidden: true}, [
    h('fieldset', [h('legend', 'Status'), ...statusKinds.map(([value, text]) => h('label', [h('input', {type: 'checkbox', name: 'status', value, checked: true}), text]))]),
    h('label', [
      'Changed since ',
      h('select#since', [h('option', {value: '-1'}, 'any version'), ...labels.slice(0, -1).map((label, i) => h('option', {value: String(i)}, label))])
    ]),
    h('p#shown', {role: 'status'})
  ])
}

/** Version indexes where a row changed, for the "changed since" filter: `1 2`. */
function changedIndexes(row: CompareRow | UnitRow, labels: string[]): string {
  return row.changedIn.map((label) => labels.indexOf(label)).join(' ')
}

function articleGroup(row: CompareRow, context: Context): Element {
  const classes = ['art', ...(isFolded(row) ? ['same'] : [])]
  const head = h('tr.ah', {className: [`s-${row.status.kind}`], dataStatus: row.status.kind, dataChanged: changedIndexes(row, context.labels)}, [
    ...articleCells(row, context.labels),
    h('td.st', [statusText(row.status, context.last)]),
    ...(context.notes ? [h('td.cm', row.note ?? '')] : [])
  ])
  return h('tbody', {id: rowId(row.lineage), className: classes, ariaLabel: `Article ${articleNumbers(row)}`}, [head, ...row.units.map((unit) => unitRow(unit, context))])
}

/** `row-05-further-revised-art-13`: letters, digits and `-` only. */
function rowId(lineage: string): string {
  return `row-${lineage.replace(/[^A-Za-z0-9-]+/g, '-')}`
}

/** The article's heading in one cell across the version columns: numbers, title, markers, what differs by version. */
function articleCells(row: CompareRow, labels: string[]): Element[] {
  const heading = articleHeading(row, labels)
  const content: ElementContent[] = [h('span.num', heading.numbers)]
  if (heading.title) content.push({type: 'text', value: `. ${heading.title}`})
  if (heading.markers) content.push({type: 'text', value: ' '}, h('span.marker', heading.markers))
  if (heading.details.length > 0) content.push({type: 'text', value: ' '}, h('span.marker', `(${heading.details.join('; ')})`))
  return [h('th', {scope: 'rowgroup', colSpan: labels.length, dataLabel: 'Article'}, content)]
}

function unitRow(row: UnitRow, context: Context): Element {
  const once = readsTheSame(row)
  return h('tr.u', {className: [`s-${row.status.kind}`, ...(isFolded(row) ? ['same'] : [])], dataStatus: row.status.kind, dataChanged: changedIndexes(row, context.labels)}, [
    ...(once ? [sameCell(once, context.labels)] : zip(row.cells, rowRuns(row, context.baseline, true)).map(([c, list], i) => unitCell(c, list, context.labels[i] ?? ''))),
    h('td.st', {dataLabel: 'Status'}, [statusText(row.status, context.last)]),
    ...(context.notes ? [h('td.cm', {dataLabel: 'Compromise / comments'}, row.note ?? '')] : [])
  ])
}

/** The one cell of an unchanged row that reads the same in every version (marker, text, footnotes; no note), else null. */
function readsTheSame(row: UnitRow): UnitCell | null {
  const [first] = row.cells
  if (!first || !isFolded(row)) return null
  const same = (c: UnitCell) => c.present && c.note === null && c.marker === first.marker && c.text === first.text && JSON.stringify(c.footnotes) === JSON.stringify(first.footnotes)
  return row.cells.every(same) ? first : null
}

/** An unchanged row's text once, across the version columns: the page stays small (most rows of a long draft are unchanged). */
function sameCell(c: UnitCell, labels: string[]): Element {
  const text: ElementContent[] = [...(c.marker ? [h('span.m', c.marker), {type: 'text', value: ' '} as ElementContent] : []), ...runs(cellRuns(c))]
  const footnotes = footnoteLines(c).map((line) => h('p.fn', line))
  return h('td.all', {className: c.level > 0 ? [`l${Math.min(c.level, 2)}`] : [], colSpan: labels.length}, [h('span.note', 'the same in every version'), {type: 'text', value: ' '}, ...text, ...footnotes])
}

function zip<A, B>(a: A[], b: B[]): Array<[A, B]> {
  return a.map((x, i) => [x, b[i] as B])
}

function unitCell(c: UnitCell, list: Run[], label: string): Element {
  const note: ElementContent[] = c.note ? [h('span.note', c.note), {type: 'text', value: ' '}] : []
  if (!c.present) return h('td.absent', {dataLabel: label}, [h('span', {ariaHidden: 'true'}, '— '), h('span.vh', `not in ${label}`), ...note])
  const text: ElementContent[] = [...(c.marker ? [h('span.m', c.marker), {type: 'text', value: ' '} as ElementContent] : []), ...runs(list)]
  const footnotes = footnoteLines(c).map((line) => h('p.fn', line))
  return h('td', {...(c.level > 0 ? {className: [`l${Math.min(c.level, 2)}`]} : {}), dataLabel: label}, [...note, ...text, ...footnotes])
}

/** Runs as text, `<del>`, `<ins>` and `<sup>`; a folded stretch as `<span class="ctx">` with a `…` shown while folded. */
function runs(list: Run[]): ElementContent[] {
  return groupRuns(list).flatMap((item): ElementContent[] => (Array.isArray(item) ? [h('span.ctx', item.map(run)), h('span.gap', {ariaHidden: 'true'}, '…')] : [run(item)]))
}

function run(r: Run): ElementContent {
  if (r.type === 'footnote') {
    const sup = h('sup', footnoteMark(r.number))
    return r.deleted ? h('del', [sup]) : r.inserted ? h('ins', [sup]) : sup
  }
  return r.type === 'equal' ? {type: 'text', value: r.text} : redlineMark(r.type, r.text)
}
