/** Scanning a unit's text for negotiation brackets, options, status markers and footnote references. */
import type {BracketSpan, FootnoteRef, StatusMarker} from '../model/types.js'
import {collapseWhitespace} from './chars.js'

/** Status markers known out of the box; extend with front matter `status-markers` or `Options.statusMarkers`. */
export const defaultStatusMarkers = [
  'agreed ad referendum',
  'informally agreed',
  'provisionally agreed',
  'agreed',
  'pending',
  'under discussion',
  'deleted'
]

const statusWords = /\b(agreed|pending|referendum|informally|provisionally|adopted|consensus|reserved|approved|tentatively|deferred|noted|parked|deleted)\b/
const optionLabel = /^\s*((?:option|alternative|alt\.)\s*[0-9A-Za-z]{1,3})\s*[:.]/i
const footnotePattern = /^\[\^([^\]\s]+)\]/

/** Deepest nesting of `[` brackets read as brackets; deeper ones are plain text (`nesting-too-deep`). */
export const maxBracketDepth = 16

/** A bracket problem found while scanning, offsets relative to the unit's text. */
export interface BracketProblem {
  kind: 'unclosed' | 'unopened' | 'crossed' | 'too-deep'
  offset: number
  char: string
}

/** What `scanInline` finds in a unit's text, offsets relative to it. */
export interface InlineScan {
  brackets: BracketSpan[]
  markers: StatusMarker[]
  footnoteRefs: FootnoteRef[]
  problems: BracketProblem[]
}

/** Scan text for brackets (with nesting and options), status markers and footnote references. */
export function scanInline(text: string, knownMarkers: ReadonlySet<string>): InlineScan {
  const footnoteRefs: FootnoteRef[] = []
  const problems: BracketProblem[] = []
  const spans: BracketSpan[] = []
  const stack: Array<{char: '[' | '('; offset: number}> = []
  // Where the open `[` and `(` are in `stack`, so a closing one finds its opener without a scan.
  const opens = {'[': [] as number[], '(': [] as number[]}
  // `[` beyond maxBracketDepth, read as text with the `]` that close them.
  let ignored = 0
  let reportedDeep = false
  // Jump from one bracket or backslash to the next: most of the text is neither.
  const special = /[\\[\]()]/g
  for (let match = special.exec(text); match; match = special.exec(text)) {
    const i = match.index
    const char = match[0]
    if (char === '\\') {
      special.lastIndex = i + 2
      continue
    }
    if (char === '[') {
      const footnote = footnotePattern.exec(text.slice(i, i + 200))
      if (footnote) {
        footnoteRefs.push({label: footnote[1] ?? '', start: i, end: i + footnote[0].length})
        special.lastIndex = i + footnote[0].length
        continue
      }
      if (opens['['].length >= maxBracketDepth) {
        if (ignored++ === 0 && !reportedDeep) problems.push({kind: 'too-deep', offset: i, char})
        reportedDeep = true
        continue
      }
      opens['['].push(stack.length)
      stack.push({char: '[', offset: i})
    } else if (char === '(') {
      opens['('].push(stack.length)
      stack.push({char: '(', offset: i})
    } else if (char === ']' || char === ')') {
      if (char === ']' && ignored > 0) {
        ignored--
        continue
      }
      const want = char === ']' ? '[' : '('
      const index = opens[want].at(-1) ?? -1
      if (index === -1) {
        if (char === ']') problems.push({kind: 'unopened', offset: i, char})
        continue
      }
      if (index !== stack.length - 1) {
        const inner = stack[stack.length - 1]
        problems.push({kind: 'crossed', offset: inner?.offset ?? i, char: inner?.char ?? char})
      }
      const open = stack[index]
      stack.length = index
      for (const list of [opens['['], opens['(']]) while ((list.at(-1) ?? -1) >= index) list.pop()
      if (open && char === ']') {
        // Markdown, not negotiation: a link or image `[text](url)` (its destination skipped), an empty `[ ]`, a task box.
        const destination = linkDestination(text, i + 1)
        if (destination > 0) {
          special.lastIndex = i + 1 + destination
          continue
        }
        if (isEmptyOrTaskBox(text, open.offset, i)) continue
        spans.push(bracketSpan(text, open.offset, i + 1, opens['['].length + 1))
      }
    }
  }
  for (const entry of stack) if (entry.char === '[') problems.push({kind: 'unclosed', offset: entry.offset, char: '['})
  spans.sort((a, b) => a.start - b.start)
  const markers = takeMarkers(text, spans, knownMarkers)
  groupOptions(text, spans)
  return {brackets: spans, markers, footnoteRefs, problems}
}

/** Text with Markdown links and images (`[text](url)`, `![alt](src)`) reduced to their text; other brackets are kept. */
export function reduceLinks(text: string): string {
  if (!text.includes('](')) return text
  let out = ''
  let position = 0
  for (const match of text.matchAll(/!?\[([^[\]\n]*)\]\(/g)) {
    if (match.index < position) continue
    const destination = match.index + match[0].length - 1
    const length = linkDestination(text, destination)
    if (length === 0) continue
    out += text.slice(position, match.index) + (match[1] ?? '')
    position = destination + length
  }
  return out + text.slice(position)
}

/** The length of a link destination `(url)` or `(url "title")` starting at `at` (no spaces in the url), or 0. */
function linkDestination(text: string, at: number): number {
  if (text[at] !== '(') return 0
  const match = linkTail.exec(text.slice(at, at + 2048))
  return match ? match[0].length : 0
}

const linkTail = /^\((?:<[^<>\n]*>|[^\s()<>]+|[^\s()<>]*\([^\s()<>]*\)[^\s()<>]*)(?:\s+(?:"[^"\n]*"|'[^'\n]*'))?\)/

/** `[]`, `[ ]`, or a task box `[x]` opening the text: Markdown, not brackets. */
function isEmptyOrTaskBox(text: string, open: number, close: number): boolean {
  const inner = text.slice(open + 1, close)
  if (/^\s*$/.test(inner)) return true
  return /^[xX]$/.test(inner) && /^\s*$/.test(text.slice(0, open)) && /^\s/.test(text.slice(close + 1, close + 2))
}

function bracketSpan(text: string, start: number, end: number, depth: number): BracketSpan {
  const inner = text.slice(start + 1, end - 1)
  const label = optionLabel.exec(inner)
  return {start, end, depth, inner, option: label ? normaliseSpace(label[1] ?? '') : null, group: null, continues: null}
}

/** Remove status markers from `spans` and return them: known ones anywhere, look-alikes at the end. */
function takeMarkers(text: string, spans: BracketSpan[], known: ReadonlySet<string>): StatusMarker[] {
  const markers: StatusMarker[] = []
  const tail = markerTail(text)
  const taken = new Set<BracketSpan>()
  let later = false
  for (let i = spans.length - 1; i >= 0; i--) {
    const span = spans[i]
    if (!span) continue
    if (span.depth !== 1) {
      later = true
      continue
    }
    const name = normaliseSpace(span.inner).toLowerCase()
    const isKnown = known.has(name)
    // At the end: only punctuation follows, or only more bracketed words, one of them not a marker.
    const atEnd = /^[\s.,;:]*$/.test(text.slice(span.end)) || (span.end >= tail && later)
    const lookAlike = atEnd && /^[a-z][a-z ]{0,60}$/.test(name) && name.split(' ').length <= 5 && statusWords.test(name)
    if (!isKnown && (!lookAlike || !atEnd)) {
      later = true
      continue
    }
    markers.unshift({name, start: span.start, end: span.end, known: isKnown})
    taken.add(span)
  }
  if (taken.size > 0) {
    const kept = spans.filter((span) => !taken.has(span))
    spans.length = 0
    spans.push(...kept)
  }
  return markers
}

/** Where the text's tail of bracketed words (`[a-z ]` only) and final punctuation starts; one pass from the end. */
function markerTail(text: string): number {
  let i = text.length
  while (i > 0 && /[\s.,;:]/.test(text[i - 1] ?? '')) i--
  let tail = text.length
  while (i > 0 && text[i - 1] === ']') {
    let j = i - 1
    while (j > 0 && /[a-z ]/i.test(text[j - 1] ?? '')) j--
    if (j === 0 || text[j - 1] !== '[' || j === i - 1) break
    tail = j - 1
    i = j - 1
    while (i > 0 && /\s/.test(text[i - 1] ?? '')) i--
  }
  return tail
}

/** Number groups of consecutive option brackets (`[Option 1: …] [Option 2: …]`) at the same depth. */
function groupOptions(text: string, spans: BracketSpan[]): void {
  let group = -1
  let previous: BracketSpan | null = null
  for (const span of spans) {
    if (span.option === null) continue
    const adjacent = previous !== null && previous.depth === span.depth && /^[\s,;]*(or\s+)?$/i.test(text.slice(previous.end, span.start))
    if (!adjacent) group++
    span.group = group
    previous = span
  }
}

function normaliseSpace(text: string): string {
  return collapseWhitespace(text).trim()
}
