/**
 * The N-way comparison table as one standalone HTML page: a real <table> with a sticky header, built as a hast
 * tree; inline CSS only, under a Content-Security-Policy that allows nothing but its hash (no script at all).
 */
import type {Element, ElementContent} from 'hast'
import {sha256Source} from './csp.js'
import {h} from './hast.js'
import {redlineNodes} from './redline-html.js'
import {htmlDocument, versionLine} from './html-document.js'
import {cellNote, pieceLines, type CompareCell, type CompareRow, type CompareTable} from '../model/compare.js'
import type {Piece} from '../model/diff.js'

/** Options for `renderCompareHtml`. */
export interface Options {
  /** The document title; default "Compare <v1> → <v2> → …". */
  title?: string
}

/** The stylesheet: insertions underlined and deletions struck through (not colour alone), sticky header and first column, print. ASCII only. */
export const compareCss = `
:root{--fg:#1b1f24;--muted:#57606a;--line:#d0d7de;--bg:#fff;--soft:#f6f8fa;--del-bg:#ffe3e3;--del-fg:#86181d;--ins-bg:#d8f5df;--ins-fg:#0f5130}
*{box-sizing:border-box}
html{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--fg);background:var(--bg)}
body{margin:0}
header{padding:1rem 1.25rem;border-bottom:1px solid var(--line);background:var(--soft)}
h1{margin:0 0 .35rem;font-size:1.45rem;line-height:1.25}
header p,header ul{margin:.2rem 0;color:var(--muted);font-size:.92rem}
header ul{padding-left:1.2rem}
main{padding:0 0 3rem}
table{border-collapse:separate;border-spacing:0;font-size:.9rem;min-width:100%}
caption{text-align:left;padding:.6rem 1.25rem;color:var(--muted);font-size:.9rem}
th,td{border-bottom:1px solid var(--line);border-right:1px solid var(--line);padding:.45rem .65rem;text-align:left;vertical-align:top}
td.cell{min-width:20rem;max-width:38rem}
thead th{position:sticky;top:0;z-index:2;background:var(--soft);border-bottom:2px solid #8c959f}
tbody th{position:sticky;left:0;z-index:1;background:var(--bg);min-width:9rem;max-width:12rem;font-weight:600}
thead th:first-child{left:0;z-index:3}
.head{margin:0 0 .3rem}
.num{font-weight:700}
.marker{color:var(--muted);font-size:.85rem}
.note{margin:0 0 .3rem;font-size:.85rem;font-style:italic;color:var(--muted)}
.u{margin:.15rem 0}
.absent{color:var(--muted);background:var(--soft)}
.absent .dash{font-size:1.1rem}
td.status{min-width:8rem;font-weight:600}
.s-agreed::before{content:"\\2713  "}
.s-pending::before{content:"\\2026  "}
.from{display:block;font-weight:400;font-size:.8rem;color:var(--muted)}
.vh{position:absolute!important;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap;border:0}
del{background:var(--del-bg);color:var(--del-fg);text-decoration:line-through;text-decoration-thickness:2px}
ins{background:var(--ins-bg);color:var(--ins-fg);text-decoration:underline;text-decoration-thickness:2px;text-underline-offset:3px}
@media print{
header{background:none}
thead th,tbody th{position:static}
td.cell{min-width:0}
tr{break-inside:avoid}
del,ins{background:none;color:#000}
}
`

if (/<\/style/i.test(compareCss)) throw new Error('inline assets must not close their element')

/** The policy: nothing but this page's own stylesheet; no script, no network, no forms. */
export const compareContentSecurityPolicy = `default-src 'none'; style-src ${sha256Source(compareCss)}; base-uri 'none'; form-action 'none'`

/** Render the table as a standalone HTML document; draft text only ever becomes text nodes. */
export function renderCompareHtml(table: CompareTable, options: Options = {}): string {
  const labels = table.versions.map((v) => v.label)
  const title = options.title ?? `Compare ${labels.join(' → ')}`
  const last = labels.at(-1) ?? ''
  const s = table.summary.status
  const against = table.baseline === null ? 'the previous column' : table.baseline
  return htmlDocument(title, compareContentSecurityPolicy, compareCss, h('body', [
          h('header', [
            h('h1', title),
            h('ul', table.versions.map((v) => h('li', versionLine(v)))),
            h('p', [
              `${table.summary.rows} articles. Changes against ${against}: `,
              h('del', 'deletions struck through'),
              ', ',
              h('ins', 'insertions underlined'),
              `. Status from the last version holding the article: ${s.agreed} agreed, ${s.pending} pending, ${s.open} with open brackets or no status marker${s.deleted > 0 ? `, ${s.deleted} deleted` : ''}.`
            ])
          ]),
          h('main', [
            h('table', [
              h('caption', `One row per article, one column per version; changes against ${against}.`),
              h('thead', [h('tr', [h('th', {scope: 'col'}, 'Article'), ...labels.map((label) => h('th', {scope: 'col'}, label)), h('th', {scope: 'col'}, 'Status')])]),
              h(
                'tbody',
                table.rows.map((r) => h('tr', {id: rowId(r)}, [articleHeader(r), ...r.cells.map((c, i) => versionCell(c, labels[i] ?? '')), statusCell(r, last)]))
              )
            ])
          ])
        ]))
}


/** `row-05-further-revised-art-13`: letters, digits and `-` only. */
function rowId(r: CompareRow): string {
  return `row-${r.lineage.replace(/[^A-Za-z0-9-]+/g, '-')}`
}

function articleHeader(r: CompareRow): Element {
  const numbers = r.cells.filter((c) => c.present).map((c) => c.number ?? '')
  const distinct = numbers.filter((n, i) => i === 0 || n !== numbers[i - 1])
  return h('th', {scope: 'row'}, [`Art. ${distinct.join(' → ')}`, ...(r.title ? [h('span.from', r.title)] : [])])
}

function versionCell(c: CompareCell, label: string): Element {
  const note = cellNote(c)
  if (!c.present) return h('td.cell.absent', [h('span.dash', {ariaHidden: 'true'}, '—'), h('span.vh', `not in ${label}`), ...(note ? [h('p.note', note)] : [])])
  const head: ElementContent[] = [h('span.num', `Art. ${c.number ?? ''}`)]
  if (c.title) head.push({type: 'text', value: ` ${c.title}`})
  if (c.markers.length > 0) head.push({type: 'text', value: ' '}, h('span.marker', c.markers.map((m) => `[${m}]`).join(' ')))
  return h('td.cell', [h('p.head', head), ...(note ? [h('p.note', note)] : []), ...pieceLines(c).map((line) => h('p.u', pieces(line)))])
}

function statusCell(r: CompareRow, last: string): Element {
  return h(`td.status.s-${r.status.kind}`, [r.status.label, ...(r.status.version === last ? [] : [h('span.from', `in ${r.status.version}`)])])
}

// The shared redline nodes, with the screen-reader "deleted:"/"inserted:" text this page used to drop.
function pieces(list: Piece[]): ElementContent[] {
  return redlineNodes(list, 'both')
}
