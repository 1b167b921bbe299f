/**
 * An article's history as one standalone HTML file: a hast tree serialised by hast-util-to-html,
 * with the report's stylesheet inline under a hash-based Content-Security-Policy and no script.
 */
import {sha256Source} from './csp.js'
import type {Element, ElementContent} from 'hast'
import {h} from './hast.js'
import {htmlDocument} from './html-document.js'
import type {History, HistoryEntry} from '../model/history.js'
import {redlineNodes} from './redline-html.js'
import {css} from './html-assets.js'
import {describeEntry, entryHome, entryPlace, historySubtitle, historyTitle, articlePlace} from './history-text.js'
import {unitLabel} from '../model/cite.js'

const extra = `
.timeline td,.timeline th{white-space:normal}
.timeline .ver{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;white-space:nowrap}
.timeline tr.absent td{color:var(--muted)}
.entry{border:1px solid var(--line);border-radius:8px;padding:.75rem 1.25rem;margin:1rem 0}
.entry h3{margin:0 0 .3rem;font-size:1.05rem}
main.history{max-width:80rem;margin:0 auto}
`
const style = css + extra
if (/<\/style/i.test(style)) throw new Error('inline style must not close its element')

/** The policy: the inline stylesheet only; no script, nothing from the network. */
export const historyContentSecurityPolicy = `default-src 'none'; style-src ${sha256Source(style)}; img-src data:; base-uri 'none'; form-action 'none'`

/** Render a history as a standalone HTML document: the timeline table, then each change with its redlines. */
export function renderHistoryHtml(history: History): string {
  const title = historyTitle(history)
  const commits = history.mode === 'commits'
  const head = commits ? ['Commit', 'Date', 'Author', 'Subject', 'Proposed by', 'Article', 'What changed'] : ['Session', 'Article', 'Title', 'What changed']
  const rows = history.entries.map((e, k) => {
    const link = e.units.length > 0 || e.relation === 'split' || e.relation === 'merged' ? h('a', {href: `#entry-${k + 1}`}, describeEntry(e, history.mode)) : text(describeEntry(e, history.mode))
    const cells: ElementContent[][] = commits
      ? [[text(`${e.commit?.short ?? e.version}${e.commit?.merge ? ' (merge)' : ''}`)], [text(e.commit?.date.slice(0, 10) ?? '')], [text(e.commit?.author ?? '')], [text(e.commit?.subject ?? '')], [text(e.commit?.proposedBy.join(', ') ?? '')], [text(entryPlace(e))], [link]]
      : [[text(e.version)], [text(entryPlace(e))], [text(e.article?.title ?? '')], [link]]
    return h('tr', {className: e.relation === 'absent' ? ['absent'] : undefined}, cells.map((content, i) => (i === 0 ? h('th.ver', {scope: 'row'}, content) : h('td', content))))
  })
  const details = history.entries.flatMap((e, k) => (e.units.length > 0 || e.relation === 'split' || e.relation === 'merged' ? [entrySection(e, k + 1, history)] : []))
  return htmlDocument(title, historyContentSecurityPolicy, style, h('body', {dataView: 'inline'}, [
          h('header.page-head', {dataLineage: history.lineage}, [h('h1', title), h('p.meta', historySubtitle(history))]),
          h('main.history#main', [
            h('section', {ariaLabelledBy: 'timeline-title'}, [
              h('h2#timeline-title', 'Timeline'),
              h('div.scroll', [h('table.timeline', [h('caption', `${history.entries.length} ${commits ? 'commits' : 'sessions'}`), h('thead', [h('tr', head.map((cell) => h('th', {scope: 'col'}, cell)))]), h('tbody', rows)])])
            ]),
            ...(details.length > 0 ? [h('section', {ariaLabelledBy: 'changes-title'}, [h('h2#changes-title', 'Changes'), h('p.help', 'Deletions are struck through, insertions underlined.'), ...details])] : [])
          ])
        ]))
}

function entrySection(entry: HistoryEntry, n: number, history: History): Element {
  const c = entry.commit
  const heading = c ? `${c.short} ${c.subject}` : `${entry.comparedWith ?? '—'} → ${entry.version}`
  const meta = [articlePlace(entry.article ?? entry.from), c ? `${c.author}, ${c.date.slice(0, 10)}` : null, c && c.proposedBy.length > 0 ? `Proposed-by: ${c.proposedBy.join(', ')}` : null].filter(Boolean).join(' · ')
  return h('section.entry', {id: `entry-${n}`}, [
    h('h3', heading),
    h('p.meta', meta),
    h('p', describeEntry(entry, history.mode)),
    h(
      'div.units',
      entry.units.map((unit) => {
        const marker = unitLabel(unit, entryHome(entry))
        const note = unit.relation === 'matched' ? (unit.change === 'substantive' ? [] : [h('span.note', unit.change === 'references-only' ? 'references' : unit.change)]) : [h('span.note', unit.relation)]
        return h('div.unit', {dataRel: unit.relation}, [h('div.unit-label', [marker, ...note]), h('div.inline', redlineNodes(unit.redline.pieces, 'both'))])
      })
    )
  ])
}


function text(value: string): ElementContent {
  return {type: 'text', value}
}
