/**
 * Writing a draft from plain data, in the canonical form `formatDraft` gives (docs/draft-format.md):
 * the one writer behind the demo drafts (scripts/drafts), the bench drafts and the test generators.
 * test/fmt/write.test.ts holds `formatDraft(writeDraft(x)) === writeDraft(x)` over generated drafts.
 */
import {createRequire} from 'node:module'
import {toRoman} from '../model/numerals.js'
import {plainMapping} from '../parse/front-matter.js'
import {reduceLinks} from '../parse/inline.js'

/** A draft as plain data, for `writeDraft`. */
export interface DraftDescription {
  /** Front matter fields, in order; none when omitted or empty. */
  frontMatter?: Record<string, string | number>
  preamble?: PreambleDescription
  /** Chapters in order; a chapter with `numeral: null` continues one headed in an earlier file. */
  chapters?: ChapterDescription[]
  /** Footnote definitions, written after the last article. */
  footnotes?: FootnoteDescription[]
}

/** The preamble: opening words, recitals and closing words. */
export interface PreambleDescription {
  opening?: string
  recitals: string[]
  /** Recitals numbered (1), (2) … (default: unnumbered). */
  numbered?: boolean
  closing?: string
}

/** A chapter and its articles. */
export interface ChapterDescription {
  /** Roman numeral or its value; null writes no heading (the chapter began in an earlier file). */
  numeral: string | number | null
  title?: string
  articles: ArticleDescription[]
}

/** An article: number (`12` or `12 bis`), title, status marker and paragraphs. */
export interface ArticleDescription {
  number: string | number
  title?: string
  /** A status marker written in brackets after the title: `[agreed ad referendum]`. */
  status?: string
  paragraphs: ParagraphDescription[]
}

/** A paragraph; numbered paragraphs are numbered 1, 2, 3 … in the order of the article. */
export interface ParagraphDescription {
  text: string
  /** Written without a number (and not counted). */
  unnumbered?: boolean
  /** Lettered (a), (b) … */
  subparagraphs?: SubparagraphDescription[]
  /** Closing words after the subparagraphs, aligned with the paragraph's text. */
  closing?: string
}

/** A subparagraph; its own subparagraphs are numbered (i), (ii) … */
export interface SubparagraphDescription {
  text: string
  subparagraphs?: SubparagraphDescription[]
}

/** A footnote definition `[^label]: text`. */
export interface FootnoteDescription {
  label: string
  text: string
}

/** Options for `writeDraft`. */
export interface WriteOptions {
  /** Wrap lines longer than this many characters (default 92); `Infinity` writes each unit on one line. */
  width?: number
}

/** Default line width of written drafts. */
export const defaultWidth = 92

/** The canonical Markdown of a draft described as plain data; throws when the description cannot be written. */
export function writeDraft(draft: DraftDescription, options: WriteOptions = {}): string {
  const width = options.width ?? defaultWidth
  const blocks: string[] = []
  if (draft.frontMatter && Object.keys(draft.frontMatter).length > 0) blocks.push(frontMatter(draft.frontMatter))
  if (draft.preamble) blocks.push(...preambleBlocks(draft.preamble, width))
  for (const chapter of draft.chapters ?? []) {
    if (chapter.numeral !== null) blocks.push(`# Chapter ${typeof chapter.numeral === 'number' ? toRoman(chapter.numeral) : chapter.numeral}${titled(chapter.title)}`)
    for (const article of chapter.articles) blocks.push(...articleBlocks(article, width))
  }
  for (const note of draft.footnotes ?? []) blocks.push(wrap(`[^${note.label}]: ${note.text}`, '', '    ', width))
  return blocks.join('\n\n') + '\n'
}

/** `key: value` lines when the reader takes them as they are, otherwise YAML (loaded only then). */
function frontMatter(fields: Record<string, string | number>): string {
  const lines = Object.entries(fields).map(([key, value]) => {
    const line = `${key}: ${value}`
    return plainMapping(line)?.[key] === value ? line : yamlLine(key, value)
  })
  return ['---', ...lines, '---'].join('\n')
}

function yamlLine(key: string, value: string | number): string {
  const {stringify} = createRequire(import.meta.url)('yaml') as typeof import('yaml')
  return stringify({[key]: value}, {lineWidth: 0}).trimEnd()
}

function titled(title: string | undefined): string {
  return title ? `. ${title}` : ''
}

function preambleBlocks(preamble: PreambleDescription, width: number): string[] {
  const blocks = ['# Preamble']
  if (preamble.opening) blocks.push(unit(preamble.opening, '', 0, width, 'the preamble'))
  preamble.recitals.forEach((text, k) => blocks.push(unit(text, preamble.numbered ? `(${k + 1}) ` : '', 0, width, `preambular paragraph ${k + 1}`)))
  if (preamble.closing) blocks.push(unit(preamble.closing, '', 0, width, 'the preamble'))
  return blocks
}

function articleBlocks(article: ArticleDescription, width: number): string[] {
  // With no title, `formatDraft` writes the marker where the title goes: `## Article 3. [pending]`.
  const status = article.status ? `[${article.status}]` : ''
  const blocks = [`## Article ${article.number}${titled([article.title, status].filter(Boolean).join(' '))}`]
  let number = 0
  article.paragraphs.forEach((paragraph, k) => {
    const marker = paragraph.unnumbered ? '' : `${++number}. `
    const where = `article ${article.number}, paragraph ${paragraph.unnumbered ? '(unnumbered)' : number}`
    if (paragraph.unnumbered && article.paragraphs[k - 1]?.subparagraphs?.length)
      throw new Error(`writeDraft: ${where} follows subparagraphs, so it would read as their closing words; give it as \`closing\` or number it`)
    blocks.push(unit(paragraph.text, marker, 0, width, where))
    blocks.push(...subparagraphBlocks(paragraph.subparagraphs ?? [], marker.length, 0, width, where))
    if (paragraph.closing) {
      if (!paragraph.subparagraphs?.length) throw new Error(`writeDraft: ${where} has closing words but no subparagraphs; make them part of its text`)
      blocks.push(unit(paragraph.closing, '', marker.length, width, where))
    }
  })
  return blocks
}

/** Subparagraphs at `indent` (the paragraph's text), three more spaces a level down, as `formatDraft` indents them. */
function subparagraphBlocks(subs: SubparagraphDescription[], indent: number, depth: number, width: number, where: string): string[] {
  if (subs.length > 0 && depth > 1) throw new Error(`writeDraft: ${where}: subparagraphs nest two levels at most ((a), then (i)); write deeper ones as text`)
  const blocks: string[] = []
  subs.forEach((sub, k) => {
    const label = depth === 0 ? letters(k) : toRoman(k + 1).toLowerCase()
    blocks.push(unit(sub.text, `(${label}) `, indent + depth * 3, width, `${where} (${label})`))
    blocks.push(...subparagraphBlocks(sub.subparagraphs ?? [], indent, depth + 1, width, where))
  })
  return blocks
}

/** a … z, then aa, ab … */
function letters(index: number): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz'
  return index < 26 ? (alphabet[index] ?? 'a') : (alphabet[Math.floor(index / 26) - 1] ?? 'z') + (alphabet[index % 26] ?? 'a')
}

/** One unit: `indent + marker + text`, its later lines aligned under the text; links keep only their text, as in `formatDraft`. */
function unit(text: string, marker: string, indent: number, width: number, where: string): string {
  const reduced = reduceLinks(text)
  if (reduced.trim() === '') throw new Error(`writeDraft: ${where} has no text; give it words or leave it out`)
  const pad = ' '.repeat(indent + marker.length)
  return wrap(reduced, ' '.repeat(indent) + marker, pad, width)
}

/** A word that may open a continuation line: one the parser and Markdown read as text, never as a marker or a construct. */
function opensLine(word: string): boolean {
  if (!/^(?:[A-Za-z"]|\[[A-Za-z,])/.test(word)) return false
  // `a)` and `iv)` are subparagraph markers; `[x]` is a task-list box.
  return !/^[a-z]{1,4}\)/.test(word) && !/^\[[xX]\]/.test(word)
}

/** Words joined by single spaces, a line broken before a word that would pass `width`, where a line may start with it. */
function wrap(text: string, first: string, rest: string, width: number): string {
  const words = text.trim().split(/\s+/)
  if (width === Infinity) return first + words.join(' ')
  const lines: string[] = []
  let line = first + (words[0] ?? '')
  for (let k = 1; k < words.length; k++) {
    const word = words[k] ?? ''
    if (line.length + 1 + word.length > width && opensLine(word)) {
      lines.push(line)
      line = rest + word
    } else line += ` ${word}`
  }
  lines.push(line)
  return lines.join('\n')
}
