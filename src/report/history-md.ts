/** An article's history as GitHub-flavoured Markdown: an mdast tree serialised by remark-stringify, draft text neutralised. */
import type {PhrasingContent, Root, RootContent} from 'mdast'
import {markdownProcessor, markdownTable} from './mdast.js'
import type {History} from '../model/history.js'
import {describeEntry, entryPlace, historySubtitle, historyTitle} from './history-text.js'
import {neutralise} from './markdown.js'

const processor = markdownProcessor()

function t(value: string): PhrasingContent {
  return {type: 'text', value: neutralise(value)}
}

/** Render a history as Markdown: a heading, a line of context and one table row per entry. */
export function renderHistoryMarkdown(history: History): string {
  const children: RootContent[] = []
  children.push({type: 'heading', depth: 2, children: [t(historyTitle(history))]})
  children.push({type: 'paragraph', children: [t(`${historySubtitle(history)}.`)]})
  if (history.mode === 'sessions') {
    children.push(table(['Session', 'Article', 'Title', 'What changed'], history.entries.map((e) => [e.version, entryPlace(e), e.article?.title ?? '', describeEntry(e, history.mode)])))
  } else {
    children.push(
      table(
        ['Commit', 'Date', 'Author', 'Subject', 'Proposed by', 'Session', 'Article', 'What changed'],
        history.entries.map((e) => [
          `${e.commit?.short ?? e.version}${e.commit?.merge ? ' (merge)' : ''}`,
          e.commit?.date.slice(0, 10) ?? '',
          e.commit?.author ?? '',
          e.commit?.subject ?? '',
          e.commit?.proposedBy.join(', ') ?? '',
          e.session ?? '',
          entryPlace(e),
          describeEntry(e, history.mode)
        ])
      )
    )
  }
  return processor.stringify({type: 'root', children} satisfies Root)
}


function table(header: string[], rows: string[][]): RootContent {
  return markdownTable(header, rows, t)
}
