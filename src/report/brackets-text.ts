/** Serialising a `brackets` page (brackets-page.ts) as terminal text: light to load, no Markdown or HTML library. */
import type {Block, Cell, Page} from './brackets-page.js'
import type {Progress} from './html-chart.js'

/** Sessions and their open brackets, for the text and Markdown forms of the chart. */
export function chartTotals(progress: Progress): string[][] {
  return progress.sessions.map((s) => [s.id, String(s.chapters.reduce((sum, c) => sum + c.openBrackets, 0))])
}

function cellText(cell: Cell): string {
  if (typeof cell === 'string') return cell
  return cell.pieces.map((p) => (p.type === 'equal' ? p.text : p.type === 'delete' ? `{-${p.text}-}` : `{+${p.text}+}`)).join('')
}

/** The page as terminal text: each table row as its first cell, then the other cells as `name: value` lines. */
export function renderPageText(page: Page): string {
  const lines: string[] = [page.title, '']
  const block = (b: Block) => {
    if (b.kind === 'heading') lines.push(b.text, '')
    else if (b.kind === 'paragraph') lines.push(b.content.map(cellText).join(''), '')
    else if (b.kind === 'chart') {
      for (const [session, open] of chartTotals(b.progress)) lines.push(`  ${(session ?? '').padEnd(24)} ${(open ?? '').padStart(5)}`)
      lines.push('')
    } else {
      lines.push(`${b.caption} (${b.rows.length})`, '')
      for (const row of b.rows) {
        lines.push(`• ${cellText(row[0] ?? '')}`)
        row.slice(1).forEach((cell, k) => {
          const text = cellText(cell)
          if (text !== '') lines.push(`    ${(b.head[k + 1] ?? '').toLowerCase()}: ${text}`)
        })
      }
      lines.push('')
    }
  }
  page.blocks.forEach(block)
  return `${lines.join('\n').trimEnd()}\n`
}
