/**
 * The N-way comparison table as GitHub-flavoured Markdown: one mdast table, serialised by remark-stringify. A row per
 * changed article (its heading in each version) followed by a row per changed paragraph; unchanged rows are left out
 * and counted (they are in the HTML, folded, and in the JSON).
 */
import type {PhrasingContent, Root, RootContent, TableCell, TableRow} from 'mdast'
import {markdownProcessor} from './mdast.js'
import type {CompareCell, CompareTable, UnitCell} from '../model/compare.js'
import {baselineIndex, cellNote, foldedCounts, footnoteLines, footnoteMark, groupRuns, isFolded, rowRuns, statusText, type Run} from './compare-cells.js'
import {neutralise} from './markdown.js'
import {markdownMark} from './md-redline.js'

/** Options for `renderCompareMarkdown`. */
export interface Options {
  /** Heading; default `draftdiff compare: <v1> → <v2> → …`. */
  title?: string
}

// No padding to align the pipes: cells hold whole paragraphs.
const processor = markdownProcessor({pipeAlign: false})

/** Render the table: a column per version, one for the status (and one for notes); draft text cannot inject HTML, mention people or link issues. */
export function renderCompareMarkdown(table: CompareTable, options: Options = {}): string {
  const labels = table.versions.map((v) => v.label)
  const last = labels.at(-1) ?? ''
  const s = table.summary.status
  const folded = foldedCounts(table)
  const rows: TableRow[] = []
  for (const r of table.rows) {
    if (isFolded(r)) continue
    rows.push(row([...r.cells.map(articleCell), [{type: 'strong', children: [t(statusText(r.status, last))]}], ...(table.notes ? [[t(r.note ?? '')]] : [])]))
    for (const unit of r.units) {
      if (isFolded(unit)) continue
      const runs = rowRuns(unit, baselineIndex(table), true)
      rows.push(row([...unit.cells.map((c, i) => unitCell(c, runs[i] ?? [])), [t(statusText(unit.status, last))], ...(table.notes ? [[t(unit.note ?? '')]] : [])]))
    }
  }
  const children: RootContent[] = [
    {type: 'heading', depth: 2, children: [t(options.title ?? `draftdiff compare: ${labels.join(' → ')}`)]},
    {
      type: 'paragraph',
      children: [
        t(`${table.summary.rows} articles, ${table.summary.paragraphs} paragraph rows across ${labels.length} versions; a row per article heading, then a row per paragraph, with `),
        html('<ins>'),
        t('insertions'),
        html('</ins>'),
        t(' and '),
        html('<del>'),
        t('deletions'),
        html('</del>'),
        t(
          ` against ${table.baseline === null ? 'the previous column' : table.baseline}; — means not in that version. Unchanged rows are left out (articles: ${folded.articles}, paragraphs: ${folded.paragraphs}) and long unchanged passages shortened to …; the HTML and JSON have them all. Article status (from the last version holding the article): ${s.agreed} agreed, ${s.pending} pending, ${s.open} with open brackets or no status marker${s.deleted > 0 ? `, ${s.deleted} deleted` : ''}.`
        )
      ]
    },
    {
      type: 'table',
      align: [...labels.map(() => null), null, ...(table.notes ? [null] : [])],
      children: [row([...labels.map((label) => [t(label)]), [t('Status')], ...(table.notes ? [[t('Compromise / comments')]] : [])]), ...rows]
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
const em = (text: string): PhrasingContent => ({type: 'emphasis', children: [t(text)]})

function row(cells: PhrasingContent[][]): TableRow {
  return {type: 'tableRow', children: cells.map((children): TableCell => ({type: 'tableCell', children}))}
}

/** `**Article 21.** Title [agreed]` and the step from the previous column. */
function articleCell(c: CompareCell): PhrasingContent[] {
  const note = cellNote(c)
  if (!c.present) return [t('—'), ...(note ? [br(), em(note)] : [])]
  const out: PhrasingContent[] = [{type: 'strong', children: [t(`Article ${c.number ?? ''}${c.title ? `. ${c.title}` : ''}`)]}]
  if (c.markers.length > 0) out.push(t(` ${c.markers.map((m) => `[${m}]`).join(' ')}`))
  if (note) out.push(br(), em(note))
  return out
}

function unitCell(c: UnitCell, list: Run[]): PhrasingContent[] {
  const note = c.note ? [em(c.note), br()] : []
  if (!c.present) return [t('—'), ...(c.note ? [br(), em(c.note)] : [])]
  const out: PhrasingContent[] = [...note, ...(c.marker ? [t(`${c.marker} `)] : []), ...runs(list)]
  for (const line of footnoteLines(c)) out.push(br(), html('<sup>'), t(line.slice(0, line.indexOf(' '))), html('</sup>'), t(line.slice(line.indexOf(' '))))
  return out
}

/** Redline runs as `<del>`/`<ins>` around text nodes (a lone bracket as code), as in the diff report; footnote references as `<sup>`; a folded passage as `…`. */
function runs(list: Run[]): PhrasingContent[] {
  return groupRuns(list).flatMap((item): PhrasingContent[] => (Array.isArray(item) ? [t('…')] : run(item)))
}

function run(r: Run): PhrasingContent[] {
  if (r.type === 'footnote') {
    const sup = [html('<sup>'), t(footnoteMark(r.number)), html('</sup>')]
    return r.deleted ? [html('<del>'), ...sup, html('</del>')] : r.inserted ? [html('<ins>'), ...sup, html('</ins>')] : sup
  }
  return r.type === 'equal' ? [t(r.text)] : markdownMark(r.type, r.text, t)
}
