/** The pull-request comment for a proposal review: check errors introduced, collisions, what the proposal touches, then the redlines with their rationale. */
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
  const budget = Math.max(2_000, maxBytes - Buffer.byteLength(head) - 200)
  const sections = result.sessions.map((session) =>
    renderMarkdown(session.diff, {
      maxBytes: Math.floor(budget / Math.max(1, result.sessions.length)),
      depth: 3,
      brief: true,
      title: `Changes in ${session.folder}`,
      articleNote: (article) => {
        const names = [...new Set(article.new.flatMap((n) => session.attribution.get(n) ?? []))]
        return names.length > 0 ? `proposed by ${names.join(', ')}` : null
      },
      // Each proposal's rationale (its commit message body) under its redline, once per commit.
      articleFooter: (article) => [...new Set(article.new.flatMap((n) => session.commitsByArticle?.get(n) ?? []))].filter((c) => c.body).map((c) => `${c.subject}: ${c.body?.replace(/\s*\n\s*/g, ' ')}`)
    })
  )
  return [head, ...sections].join('\n')
}

/** "1 error", "2 warnings". */
function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

function header(result: Review, marker: string | undefined): Root {
  const children: RootContent[] = []
  if (marker) children.push({type: 'html', value: `<!-- ${marker.replace(/--/g, '')} -->`})
  children.push({type: 'heading', depth: 2, children: [t(`Proposal review: ${result.head} against ${result.base}`)]})
  // What blocks a merge first: check errors the head introduces, then collisions with other proposals.
  const introduced = result.sessions.flatMap((s) => s.introduced).sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))
  const errors = introduced.filter((f) => f.severity === 'error').length
  const warnings = introduced.length - errors
  if (introduced.length > 0) {
    children.push({type: 'heading', depth: 3, children: [t(`Check findings introduced: ${[errors ? count(errors, 'error') : '', warnings ? count(warnings, 'warning') : ''].filter(Boolean).join(', ')}`)]})
    children.push(table(['where', 'severity', 'rule', 'message'], introduced.map((f) => [`${f.file}${f.line ? `:${f.line}:${f.column ?? 1}` : ''}`, f.severity, f.ruleId, f.message])))
  }
  children.push(...collisionBlock(result))
  children.push({type: 'heading', depth: 3, children: [t('What the proposal touches')]})
  const touched = result.sessions.flatMap((s) => s.diff.articles.filter((a) => !(a.relation === 'matched' && a.change === 'none' && !a.titleChanged && !a.renumbered)))
  const changedText = touched.filter(articleTextChanged)
  const renumbered = touched.filter((a) => a.renumbered && a.relation === 'matched' && (a.change === 'none' || a.change === 'references-only'))
  const sum = (key: 'bracketsOpened' | 'bracketsClosed') => result.sessions.reduce((n, s) => n + s.diff.summary[key], 0)
  const markers = result.sessions.flatMap((s) => s.diff.articles.flatMap((a) => a.events.filter((e) => e.kind === 'marker-gained' || e.kind === 'marker-lost').map((e) => `Art. ${a.new.join(' + ') || a.old.join(' + ')} ${e.kind === 'marker-gained' ? 'now' : 'no longer'} [${e.text}]`)))
  const broken = result.sessions.flatMap((s) => s.broken)
  const dangling = introduced.filter((f) => f.ruleId === 'dangling-reference')
  // Only what happened: no line for zero brackets, no markers, no renumbering.
  const brackets = [sum('bracketsClosed') ? `${sum('bracketsClosed')} closed` : '', sum('bracketsOpened') ? `${sum('bracketsOpened')} opened` : ''].filter(Boolean)
  const items = [
    `Proposed by: ${result.proposers.join(', ') || 'nobody (no commits touch the drafts)'} (${count(result.commits.length, 'commit')} since ${result.mergeBase.slice(0, 12)})`,
    `Articles changed: ${changedText.length}${changedText.length ? ` (${changedText.map((a) => a.new.join(' + ') || `${a.old.join(' + ')} deleted`).join(', ')})` : ''}`,
    ...(brackets.length ? [`Brackets: ${brackets.join(', ')}`] : []),
    ...(markers.length ? [`Status markers changed: ${markers.join('; ')}`] : []),
    ...(renumbered.length ? [`Renumbering caused: ${renumbered.map((a) => `${a.old.join('+')} → ${a.new.join('+')}`).join(', ')}`] : []),
    ...broken.map((b) => `Cross-reference broken: "${b.text}" (in ${citeUnit(b.unit, {article: true})}) meant "${b.meant.title ?? 'untitled'}", ${b.meant.nowNumber ? `now article ${b.meant.nowNumber}` : 'now deleted'}; it now ${b.now ? `points to "${b.now.title ?? 'untitled'}"` : 'points to nothing'}`),
    ...dangling.map((f) => `Cross-reference dangling: ${f.message} (${f.file}:${f.line ?? '?'})`),
    [introduced.length === 0 ? 'No check finding introduced' : '', broken.length + dangling.length === 0 ? 'no cross-reference broken' : ''].filter(Boolean).join('; ').replace(/^n/, 'N')
  ].filter(Boolean).map((item) => (item.startsWith('No ') && !item.endsWith('.') ? `${item}.` : item))
  children.push({type: 'list', ordered: false, spread: false, children: items.map((item) => ({type: 'listItem', spread: false, children: [{type: 'paragraph', children: [t(item)]}]}))})
  return {type: 'root', children}
}

function collisionBlock(result: Review): RootContent[] {
  if (result.collisions.length === 0) return []
  return [
    {type: 'heading', depth: 3, children: [t('Collisions with other proposals')]},
    table(['proposal', 'article', 'overlap', 'what both change'], result.collisions.map((c) => [c.other, `${c.folder} Art. ${c.article}`, c.overlap ? 'same text' : 'different paragraphs', bothChange(c)]))
  ]
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
