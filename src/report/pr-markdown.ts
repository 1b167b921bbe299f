/** The pull-request comment for a proposal review: summary, findings, references, collisions, then the redlines. */
import type {Root, RootContent} from 'mdast'
import {markdownProcessor, markdownTable} from './mdast.js'
import {articleTextChanged} from '../model/changed.js'
import {citeUnit, listCitations} from '../model/cite.js'
import type {Collision, Review} from '../model/review.js'
import {neutralise, renderMarkdown} from './markdown.js'

/** Options for `renderReview`. */
export interface Options {
  /** Largest comment in bytes; default 65,000 (GitHub allows 65,536 characters). */
  maxBytes?: number
  /** A hidden marker that lets a workflow find and update its own comment. */
  marker?: string
}

const processor = markdownProcessor()
const t = (value: string) => ({type: 'text' as const, value: neutralise(value)})

/** Render a review as a GitHub comment within the size limit, trimming the redlines first. */
export function renderReview(result: Review, options: Options = {}): string {
  const maxBytes = options.maxBytes ?? 65_000
  const head = processor.stringify(header(result, options.marker))
  const tail = processor.stringify(footer(result))
  const budget = Math.max(2_000, maxBytes - Buffer.byteLength(head) - Buffer.byteLength(tail) - 200)
  const sections = result.sessions.map((session) =>
    renderMarkdown(session.diff, {
      maxBytes: Math.floor(budget / Math.max(1, result.sessions.length)),
      depth: 3,
      title: `Changes in ${session.folder}`,
      articleNote: (article) => {
        const names = [...new Set(article.new.flatMap((n) => session.attribution.get(n) ?? []))]
        return names.length > 0 ? `proposed by ${names.join(', ')}` : null
      }
    })
  )
  return [head, ...sections, tail].join('\n')
}

function header(result: Review, marker: string | undefined): Root {
  const children: RootContent[] = []
  if (marker) children.push({type: 'html', value: `<!-- ${marker.replace(/--/g, '')} -->`})
  children.push({type: 'heading', depth: 2, children: [t(`Proposal review: ${result.head} against ${result.base}`)]})
  const touched = result.sessions.flatMap((s) => s.diff.articles.filter((a) => !(a.relation === 'matched' && a.change === 'none' && !a.titleChanged && !a.renumbered)))
  const changedText = touched.filter(articleTextChanged)
  const renumbered = touched.filter((a) => a.renumbered && a.relation === 'matched' && (a.change === 'none' || a.change === 'references-only'))
  const sum = (key: 'bracketsOpened' | 'bracketsClosed') => result.sessions.reduce((n, s) => n + s.diff.summary[key], 0)
  const markers = result.sessions.flatMap((s) => s.diff.articles.flatMap((a) => a.events.filter((e) => e.kind === 'marker-gained' || e.kind === 'marker-lost').map((e) => `Art. ${a.new.join(' + ') || a.old.join(' + ')} ${e.kind === 'marker-gained' ? 'now' : 'no longer'} [${e.text}]`)))
  const items = [
    `Proposed by: ${result.proposers.join(', ') || 'nobody (no commits touch the drafts)'} (${result.commits.length} commit${result.commits.length === 1 ? '' : 's'} since ${result.mergeBase.slice(0, 12)})`,
    `Articles changed: ${changedText.length}${changedText.length ? ` (${changedText.map((a) => a.new.join(' + ') || `${a.old.join(' + ')} deleted`).join(', ')})` : ''}`,
    `Brackets: ${sum('bracketsOpened')} opened, ${sum('bracketsClosed')} closed`,
    `Status markers changed: ${markers.length ? markers.join('; ') : 'none'}`,
    `Renumbering caused: ${renumbered.length ? renumbered.map((a) => `${a.old.join('+')} → ${a.new.join('+')}`).join(', ') : 'none'}`
  ]
  children.push({type: 'list', ordered: false, spread: false, children: items.map((item) => ({type: 'listItem', spread: false, children: [{type: 'paragraph', children: [t(item)]}]}))})
  const introduced = result.sessions.flatMap((s) => s.introduced)
  children.push({type: 'heading', depth: 3, children: [t(`Check findings introduced: ${introduced.filter((f) => f.severity === 'error').length} errors, ${introduced.filter((f) => f.severity === 'warning').length} warnings`)]})
  if (introduced.length > 0) {
    children.push(table(['where', 'severity', 'rule', 'message'], introduced.map((f) => [`${f.file}${f.line ? `:${f.line}:${f.column ?? 1}` : ''}`, f.severity, f.ruleId, f.message])))
  }
  const broken = result.sessions.flatMap((s) => s.broken)
  const dangling = introduced.filter((f) => f.ruleId === 'dangling-reference')
  children.push({type: 'heading', depth: 3, children: [t('Cross-references')]})
  const lines = [
    ...broken.map((b) => `"${b.text}" (in ${citeUnit(b.unit, {article: true})}) meant "${b.meant.title ?? 'untitled'}", ${b.meant.nowNumber ? `now article ${b.meant.nowNumber}` : 'now deleted'}; it now ${b.now ? `points to "${b.now.title ?? 'untitled'}"` : 'points to nothing'}`),
    ...dangling.map((f) => `dangling: ${f.message} (${f.file}:${f.line ?? '?'})`)
  ]
  children.push(lines.length ? {type: 'list', ordered: false, spread: false, children: lines.map((line) => ({type: 'listItem', spread: false, children: [{type: 'paragraph', children: [t(line)]}]}))} : {type: 'paragraph', children: [t('No reference broken or left dangling.')]})
  return {type: 'root', children}
}

function footer(result: Review): Root {
  if (result.collisions.length === 0) return {type: 'root', children: []}
  return {
    type: 'root',
    children: [
      {type: 'heading', depth: 3, children: [t('Collisions with other proposals')]},
      table(['proposal', 'article', 'overlap', 'what both change'], result.collisions.map((c) => [c.other, `${c.folder} Art. ${c.article}`, c.overlap ? 'same text' : 'different paragraphs', bothChange(c)]))
    ]
  }
}

/** "both proposals change article 52, paragraph 2 and the title", or "—". */
function bothChange(collision: Collision): string {
  if (collision.shared.length === 0) return '—'
  const parts = collision.shared.map((unit) => (unit === 'title' ? `the title of article ${collision.article}` : citeUnit(unit, {article: true})))
  return `both proposals change ${listCitations(parts)}`
}

function table(header: string[], rows: string[][]): RootContent {
  return markdownTable(header, rows, t)
}
