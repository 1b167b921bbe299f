/** Serialising a `brackets` page (brackets-page.ts) as Markdown (mdast) or a standalone HTML page (hast); as text: brackets-text.ts. */
import {createHash} from 'node:crypto'
import type {ElementContent} from 'hast'
import type {PhrasingContent, Root, RootContent, TableRow} from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkStringify from 'remark-stringify'
import {unified} from 'unified'
import type {Cell, Page} from './brackets-page.js'
import {chartTotals} from './brackets-text.js'
import {h} from './hast.js'
import {progressChart} from './html-chart.js'
import {css} from './html-assets.js'
import {htmlDocument} from './html-document.js'
import {neutralise} from './markdown.js'
import {markdownMark} from './md-redline.js'

/** The page as terminal text (defined in brackets-text.ts, which loads no Markdown or HTML library). */
export {renderPageText} from './brackets-text.js'

// Columns are not padded: long bracket texts would repeat hundreds of spaces on every row.
const processor = unified().use(remarkGfm, {tablePipeAlign: false}).use(remarkStringify, {bullet: '-', rule: '-'})

function t(value: string): PhrasingContent {
  return {type: 'text', value: neutralise(value)}
}

function mdCell(cell: Cell): PhrasingContent[] {
  if (typeof cell === 'string') return [t(cell)]
  return cell.pieces.flatMap((p): PhrasingContent[] => (p.type === 'equal' ? [t(p.text)] : markdownMark(p.type, p.text, t)))
}

/** The page as GitHub Markdown: tables, `<ins>`/`<del>` redlines, draft text neutralised. */
export function renderPageMarkdown(page: Page): string {
  const children: RootContent[] = [{type: 'heading', depth: 2, children: [t(page.title)]}]
  const table = (head: string[], rows: Cell[][]): RootContent => {
    const row = (cells: Cell[]): TableRow => ({type: 'tableRow', children: cells.map((cell) => ({type: 'tableCell', children: mdCell(cell)}))})
    return {type: 'table', align: head.map(() => null), children: [row(head), ...rows.map(row)]}
  }
  for (const b of page.blocks) {
    if (b.kind === 'heading') children.push({type: 'heading', depth: (b.level + 1) as 2 | 3 | 4, children: [t(b.text)]})
    else if (b.kind === 'paragraph') children.push({type: 'paragraph', children: b.content.flatMap(mdCell)})
    else if (b.kind === 'chart') children.push(table(['Session', 'Open brackets'], chartTotals(b.progress)))
    else children.push({type: 'paragraph', children: [{type: 'strong', children: [t(`${b.caption} (${b.rows.length})`)]}]}, table(b.head, b.rows))
  }
  return processor.stringify({type: 'root', children} as Root)
}

// On a phone each row becomes a card: the cells stacked, each under its column's name (no sideways scrolling).
const extra = `
main.brackets{max-width:90rem;margin:0 auto}
.brackets td,.brackets th{white-space:normal;vertical-align:top}
@media (max-width:700px){
table.brackets,.brackets thead,.brackets tbody,.brackets tr,.brackets th,.brackets td{display:block;width:auto}
.brackets thead{display:none}
.brackets tr{border-bottom:1px solid #d0d7de;padding:.3rem 0}
.brackets th,.brackets td{border:0;padding:.15rem .5rem}
.brackets td[data-label]::before{content:attr(data-label);display:block;font-size:.75rem;font-weight:600;color:#57606a}
.brackets td:empty{display:none}
}
`
const style = css + extra
if (/<\/style/i.test(style)) throw new Error('inline style must not close its element')

/** The policy of the brackets page: its inline stylesheet only; no script, nothing from the network. */
export const bracketsContentSecurityPolicy = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(style, 'utf8').digest('base64')}'; img-src data:; base-uri 'none'; form-action 'none'`

function htmlCell(cell: Cell): ElementContent[] {
  if (typeof cell === 'string') return [{type: 'text', value: cell}]
  return cell.pieces.map((p): ElementContent => (p.type === 'equal' ? {type: 'text', value: p.text} : h(p.type === 'delete' ? 'del' : 'ins', p.text)))
}

/** The page as one standalone HTML file built as a hast tree, under a strict Content-Security-Policy. */
export function renderPageHtml(page: Page): string {
  let tables = 0
  const content = page.blocks.map((b) => {
    if (b.kind === 'heading') return h(b.level === 1 ? 'h2' : b.level === 2 ? 'h2' : 'h3', {id: b.id === undefined ? undefined : anchor(b.id), dataBracket: b.id}, b.text)
    if (b.kind === 'paragraph') return h('p', b.content.flatMap(htmlCell))
    if (b.kind === 'chart') return progressChart(b.progress)
    const id = `table-${++tables}`
    const rows = b.rows.map((row, r) => h('tr', {id: b.ids?.[r] === undefined ? undefined : anchor(b.ids[r] ?? ''), dataBracket: b.ids?.[r]}, row.map((cell, k) => (k === 0 ? h('th', {scope: 'row'}, htmlCell(cell)) : h('td', {dataLabel: b.head[k]}, htmlCell(cell))))))
    return h('section', {ariaLabelledBy: id}, [h('h2', {id}, `${b.caption} (${b.rows.length})`), h('div.scroll', [h('table.brackets', [h('thead', [h('tr', b.head.map((cell) => h('th', {scope: 'col'}, cell)))]), h('tbody', rows)])])])
  })
  return htmlDocument(page.title, bracketsContentSecurityPolicy, style, h('body', [h('header.page-head', [h('h1', page.title)]), h('main.brackets#main', content)]))
}

/** An anchor from a bracket id: `b-` and its letters, digits and dashes. */
function anchor(id: string): string {
  return `b-${id.replace(/[^A-Za-z0-9-]+/g, '-')}`
}
