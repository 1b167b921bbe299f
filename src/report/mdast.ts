/** The Markdown renderers' shared pieces: one processor (GitHub tables, `-` bullets and rules) and one table builder. */
import type {PhrasingContent, RootContent, TableRow} from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkStringify from 'remark-stringify'
import {unified} from 'unified'

/** A processor that stringifies mdast as GitHub-flavoured Markdown; `pipeAlign: false` leaves table pipes unpadded. */
export function markdownProcessor(options: {pipeAlign?: boolean} = {}) {
  return unified()
    .use(remarkGfm, options.pipeAlign === false ? {tablePipeAlign: false} : {})
    .use(remarkStringify, {bullet: '-', rule: '-'})
}

/** A table of plain-text cells, each cell made into phrasing content by `text` (which neutralises it). */
export function markdownTable(header: string[], rows: string[][], text: (value: string) => PhrasingContent): RootContent {
  const row = (cells: string[]): TableRow => ({type: 'tableRow', children: cells.map((cell) => ({type: 'tableCell', children: [text(cell)]}))})
  return {type: 'table', align: header.map(() => null), children: [row(header), ...rows.map(row)]}
}
