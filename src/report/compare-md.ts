/** The N-way comparison table as GitHub-flavoured Markdown: one mdast table, serialised by remark-stringify. */
import type {PhrasingContent, Root, RootContent, TableCell, TableRow} from 'mdast'
import {markdownProcessor} from './mdast.js'
import {cellNote, pieceLines, type CompareCell, type CompareRow, type CompareTable} from '../model/compare.js'
import type {Piece} from '../model/diff.js'
import {neutralise} from './markdown.js'

/** Options for `renderCompareMarkdown`. */
export interface Options {
  /** Heading; default `draftdiff compare: <v1> → <v2> → …`. */
  title?: string
}

// No padding to align the pipes: cells hold whole articles.
const processor = markdownProcessor({pipeAlign: false})

/** Render the table: a column for the article, one per version, one for the status; draft text cannot inject HTML, mention people or link issues. */
export function renderCompareMarkdown(table: CompareTable, options: Options = {}): string {
  const labels = table.versions.map((v) => v.label)
  const s = table.summary.status
  const children: RootContent[] = [
    {type: 'heading', depth: 2, children: [t(options.title ?? `draftdiff compare: ${labels.join(' → ')}`)]},
    {
      type: 'paragraph',
      children: [
        t(`${table.summary.rows} articles across ${labels.length} versions. Each cell shows the article's number and text in that version, with `),
        html('<ins>'),
        t('insertions'),
        html('</ins>'),
        t(' and '),
        html('<del>'),
        t('deletions'),
        html('</del>'),
        t(` against ${table.baseline === null ? 'the previous column' : table.baseline}; — means the article is not in that version. Status (from the last version holding the article): ${s.agreed} agreed, ${s.pending} pending, ${s.open} with open brackets or no status marker${s.deleted > 0 ? `, ${s.deleted} deleted` : ''}.`)
      ]
    },
    {
      type: 'table',
      align: [null, ...labels.map(() => null), null],
      children: [row([[t('Article')], ...labels.map((label) => [t(label)]), [t('Status')]]), ...table.rows.map((r) => row([articleCell(r), ...r.cells.map(versionCell), statusCell(r, labels.at(-1) ?? '')]))]
    }
  ]
  const root: Root = {type: 'root', children}
  return processor.stringify(root)
}

function t(value: string): PhrasingContent {
  return {type: 'text', value: neutralise(value)}
}

function html(value: string): PhrasingContent {
  return {type: 'html', value}
}

const br = (): PhrasingContent => html('<br>')

function row(cells: PhrasingContent[][]): TableRow {
  return {type: 'tableRow', children: cells.map((children): TableCell => ({type: 'tableCell', children}))}
}

/** `Art. 60 → 62 → 63` (the numbers it went through), then the title. */
function articleCell(r: CompareRow): PhrasingContent[] {
  const numbers = r.cells.filter((c) => c.present).map((c) => c.number ?? '')
  const distinct = numbers.filter((n, i) => i === 0 || n !== numbers[i - 1])
  return [{type: 'strong', children: [t(`Art. ${distinct.join(' → ')}`)]}, ...(r.title ? [br(), t(r.title)] : [])]
}

function versionCell(c: CompareCell): PhrasingContent[] {
  const note = cellNote(c)
  if (!c.present) return [t('—'), ...(note ? [br(), {type: 'emphasis', children: [t(note)]} as PhrasingContent] : [])]
  const out: PhrasingContent[] = [{type: 'strong', children: [t(`Art. ${c.number ?? ''}`)]}]
  if (c.title) out.push(t(` ${c.title}`))
  if (c.markers.length > 0) out.push(t(` ${c.markers.map((m) => `[${m}]`).join(' ')}`))
  if (note) out.push(br(), {type: 'emphasis', children: [t(note)]})
  for (const line of pieceLines(c)) out.push(br(), ...pieces(line))
  return out
}

function statusCell(r: CompareRow, last: string): PhrasingContent[] {
  return [t(r.status.version === last ? r.status.label : `${r.status.label} (in ${r.status.version})`)]
}

/** Redline pieces as `<del>`/`<ins>` around text nodes, as in the diff report. */
function pieces(list: Piece[]): PhrasingContent[] {
  return list.flatMap((piece): PhrasingContent[] => {
    if (piece.type === 'equal') return [t(piece.text)]
    const tag = piece.type === 'delete' ? 'del' : 'ins'
    return [html(`<${tag}>`), t(piece.text), html(`</${tag}>`)]
  })
}
