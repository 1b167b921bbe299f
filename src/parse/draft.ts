/** Parsing a draft (one or more files of a session) into the model, with diagnostics on each file's VFile. */
import {VFile} from 'vfile'
import type {Chapter, Division, Draft, DraftMeta, Footnote, Preamble} from '../model/types.js'
import {addArticle} from './article.js'
import type {Block} from './block.js'
import {blocksOf, maxNesting} from './blocks.js'
import {readFrontMatter} from './front-matter.js'
import {articleNumberTooLarge, maxArticleNumber} from './headings.js'
import {defaultStatusMarkers, maxBracketDepth} from './inline.js'
import {LineIndex} from './lines.js'
import {outline, type Section} from './outline.js'
import {pairSpanningBrackets} from './spanning.js'
import {report} from './rules.js'
import {resolveReferences} from './resolve.js'
import {chapterOf, openChapter, openDivision} from './divisions.js'
import {emptyDraft} from '../model/draft.js'
import {decodeDraft, maxFileBytes, normaliseWithMarks, tooLargeReason} from './source.js'
import {buildPreamble, type UnitContext} from './units.js'

/** Options for `parseDraft`. */
export interface Options {
  /** Status markers beyond the default list (`agreed ad referendum`, `pending` …). */
  statusMarkers?: string[]
  /** Stop reading each file at the first line (after the first) that starts with this text, ignoring case and `#` marks. */
  until?: string
}

/** One input file: its path (used in messages) and its contents as text or bytes. */
export interface DraftInput {
  path: string
  contents: string | Uint8Array
  /** The file's size when `contents` were not read because it is over the limit. */
  byteLength?: number
}

/** What `parseDraft` returns: the model and one VFile of messages per input. */
export interface ParseResult {
  draft: Draft
  /** One VFile per input, holding the normalised text and the parser's messages. */
  files: VFile[]
}

/** Parse the files of one draft, in order, into a model; never throws on bad input. */
export function parseDraft(inputs: DraftInput[], options: Options = {}): ParseResult {
  const draft = emptyDraft()
  const files: VFile[] = []
  const state: ParseState = {draft, chapter: null, section: null, title: null, ids: new Map(), markers: new Set([...defaultStatusMarkers, ...(options.statusMarkers ?? [])]), until: options.until}
  for (const input of inputs) {
    const file = new VFile({path: input.path})
    files.push(file)
    draft.files.push(input.path)
    const text = readText(input, file)
    if (text === null) continue
    file.value = text
    parseFile(text, file, state, files.length === 1)
  }
  resolveReferences(draft)
  return {draft, files}
}

interface ParseState {
  draft: Draft
  chapter: Chapter | null
  /** The open section and title (between chapter and article), reset by a chapter heading. */
  section: Division | null
  title: Division | null
  until: string | undefined
  ids: Map<string, number>
  markers: Set<string>
}

function readText(input: DraftInput, file: VFile): string | null {
  if (input.byteLength !== undefined && input.byteLength > maxFileBytes) {
    report(file, 'file-too-large', tooLargeReason(input.path, `${input.byteLength} bytes, limit ${maxFileBytes}`))
    return null
  }
  let raw: string
  if (typeof input.contents === 'string') {
    raw = input.contents
    const size = raw.length > maxFileBytes ? raw.length : raw.length * 3 > maxFileBytes ? Buffer.byteLength(raw, 'utf8') : 0
    if (size > maxFileBytes) {
      report(file, 'file-too-large', `\`${input.path}\` is too large to parse (a string of ${raw.length > maxFileBytes ? 'at least ' : ''}${size} bytes given to parseDraft, limit ${maxFileBytes} bytes = 10 MiB); split the draft into one input per chapter`)
      return null
    }
    if (raw.includes('\0')) {
      report(file, 'not-text', `\`${input.path}\` is not a text file (it contains NUL bytes); give draftdiff the Markdown source of the draft`)
      return null
    }
  } else {
    const decoded = decodeDraft(input.contents)
    if (!decoded.ok) {
      const how =
        decoded.reason === 'too-large'
          ? ['file-too-large', tooLargeReason(input.path, decoded.detail)] as const
          : decoded.reason === 'binary'
            ? ['not-text', `\`${input.path}\` is a binary file, not text (${decoded.detail}); give draftdiff the Markdown source of the draft`] as const
            : ['not-text', `\`${input.path}\` is not UTF-8 text (${decoded.detail}); convert it to UTF-8 Markdown (e.g. \`iconv -f latin1 -t utf-8\`)`] as const
      report(file, how[0], how[1])
      return null
    }
    raw = decoded.text
  }
  const {text, marks} = normaliseWithMarks(raw)
  if (marks.length > 0) {
    const lines = new LineIndex(text, input.path)
    for (const mark of marks) report(file, 'byte-order-mark', 'Line starts with a byte-order mark (U+FEFF), left where files were pasted together; it is read as a space: delete it (`draftdiff fmt` does)', lines.range(mark, mark + 1))
  }
  if (text.trim() === '') {
    report(file, 'empty-file', `\`${input.path}\` is empty; a draft needs at least one \`## Article 1. Title\` heading`)
    return null
  }
  return text
}

function parseFile(text: string, file: VFile, state: ParseState, first: boolean): void {
  const lines = new LineIndex(text, file.path)
  const shape = outline(lines, {until: state.until})
  if (shape.cutoff?.reason === 'second-language') {
    const evidence = shape.cutoff.evidence ?? shape.cutoff.line
    report(file, 'second-language-version', `Text from line ${shape.cutoff.line + 1} on looks like the same instrument in another language (its article numbering starts again at \`${lines.line(evidence).replace(/^\s*#+\s*/, '').trim().slice(0, 40)}\`, line ${evidence + 1}); it is left out: move it to a file of its own, or pass \`--until\` with the line where the draft ends`, lines.range(shape.cutoff.start, lines.lineEnd(shape.cutoff.line)))
  }
  if (shape.frontMatter) readMeta(shape.frontMatter, lines, file, state, first)
  for (const heading of shape.malformed) {
    const why = articleNumberTooLarge(heading.text)
      ? `Heading \`${heading.text.slice(0, 60)}\` numbers an article over ${maxArticleNumber}, the largest article number read; renumber the articles`
      : `Heading \`${heading.text.slice(0, 60)}\` is not a preamble, chapter, section, title or article heading; write \`# Chapter IV. Title\` or \`## Article 12. Title\` (see docs/draft-format.md)`
    report(file, 'malformed-heading', why, lines.range(heading.start, heading.end))
  }
  const context: UnitContext = {
    lines,
    knownMarkers: state.markers,
    onBracketProblem: () => {}
  }
  const problems: Array<{kind: string; offset: number; char: string}> = []
  context.onBracketProblem = (problem, unit) => problems.push({...problem, offset: unit.textOffset + problem.offset})
  context.onAmbiguous = (reason, start, end) => report(file, 'ambiguous-subparagraph', reason, lines.range(start, end))
  for (const section of shape.sections) parseSection(section, lines, file, state, context)
  pairSpanningBrackets(state.draft.articles.filter((article) => article.range.file === file.path), problems)
  for (const problem of problems) {
    const place = lines.range(problem.offset, problem.offset + 1)
    if (problem.kind === 'too-deep') {
      report(file, 'nesting-too-deep', `Brackets are nested more than ${maxBracketDepth} deep here; the deeper \`[\` and their \`]\` are read as plain text: remove the extra brackets`, place)
    } else if (problem.kind === 'crossed') {
      report(file, 'mismatched-bracket', `\`${problem.char}\` is closed after a bracket opened inside it; close the inner bracket first, e.g. \`[a (b)]\` not \`[a (b])\``, place)
    } else if (problem.kind === 'unclosed') {
      report(file, 'unbalanced-bracket', 'Bracket `[` is never closed; add the matching `]` where the bracketed text ends', place)
    } else {
      report(file, 'unbalanced-bracket', 'Bracket `]` closes nothing; add the matching `[` where the bracketed text starts, or remove it', place)
    }
  }
}

function readMeta(frontMatter: {start: number; end: number; value: string}, lines: LineIndex, file: VFile, state: ParseState, first: boolean): void {
  let value: unknown
  try {
    value = readFrontMatter(frontMatter.value)
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
    report(file, 'invalid-front-matter', `Front matter is not valid YAML (${reason}); write \`key: value\` lines between \`---\` lines`, lines.range(frontMatter.start, frontMatter.end))
    return
  }
  if (value === null || value === undefined) return
  if (typeof value !== 'object' || Array.isArray(value)) {
    report(file, 'invalid-front-matter', 'Front matter must be a mapping of keys to values, e.g. `title: Draft text`', lines.range(frontMatter.start, frontMatter.end))
    return
  }
  const meta: DraftMeta = {}
  for (const [key, raw] of Object.entries(value as Record<string, unknown>)) {
    const entry = raw instanceof Date ? raw.toISOString().slice(0, 10) : raw
    if (key === 'status-markers') {
      if (Array.isArray(entry) && entry.every((marker) => typeof marker === 'string')) {
        meta.statusMarkers = entry.map((marker) => marker.toLowerCase().trim())
        for (const marker of meta.statusMarkers) state.markers.add(marker)
      } else report(file, 'invalid-front-matter', '`status-markers` must be a list of phrases, e.g. `status-markers: [noted, parked]`', lines.range(frontMatter.start, frontMatter.end))
    } else if (key === 'ordinal' && typeof entry !== 'number') {
      report(file, 'invalid-front-matter', `\`ordinal\` must be a whole number, got \`${String(entry)}\`; e.g. \`ordinal: 3\``, lines.range(frontMatter.start, frontMatter.end))
    } else meta[key] = typeof entry === 'number' && key !== 'ordinal' ? String(entry) : entry
  }
  const target = state.draft.meta
  for (const [key, entry] of Object.entries(meta)) {
    if (!first && key in target && JSON.stringify(target[key]) !== JSON.stringify(entry)) {
      report(file, 'conflicting-metadata', `Front matter \`${key}\` is \`${String(entry)}\` here but \`${String(target[key])}\` in the session's first file; remove it here or make them agree`, lines.range(frontMatter.start, frontMatter.end))
      continue
    }
    target[key] = entry
  }
}

function parseSection(section: Section, lines: LineIndex, file: VFile, state: ParseState, context: UnitContext): void {
  const {blocks, tooDeep} = blocksOf(lines.text, section.bodyStart, section.bodyEnd)
  const startLine = lines.point(section.bodyStart).line
  for (const line of tooDeep) {
    const index = startLine - 1 + line
    report(file, 'nesting-too-deep', `Line is nested more than ${maxNesting} levels deep (blockquotes or lists); it is read as plain text: remove the extra \`>\` or list markers`, lines.range(lines.lineStart(index), lines.lineEnd(index)))
  }
  for (const block of blocks) {
    if (block.kind === 'footnote-definition') state.draft.footnotes.push(footnote(block.start, block.end, block.label ?? '', lines))
  }
  const texts = blocks.filter((block) => block.kind === 'text')
  const draft = state.draft
  switch (section.kind) {
    case 'loose':
    case 'chapter': {
      if (section.kind === 'chapter') addChapter(section, lines, state)
      for (const block of texts) {
        const where = section.kind === 'chapter' ? `in chapter ${section.info.numeral}, before its first article` : draft.articles.length === 0 && !draft.preamble ? 'before the preamble and the first article' : 'outside any article'
        report(file, 'stray-text', `Text ${where} belongs to no provision; move it into an article (or the preamble), or delete it`, lines.range(block.start, block.end))
      }
      return
    }
    case 'division': {
      openDivision(state, section.info, lines.range(section.heading.start, section.heading.end))
      for (const block of texts) report(file, 'stray-text', `Text in ${section.info.level} ${section.info.number}, before its first article, belongs to no provision; move it into an article, or delete it`, lines.range(block.start, block.end))
      return
    }
    case 'preamble': {
      addPreamble(section, blocks, texts, lines, state, context)
      return
    }
    case 'article': {
      addArticle(section, texts, lines, file, state, context)
      return
    }
  }
}

type SectionOf<K extends Section['kind']> = Extract<Section, {kind: K}>

/** Add a chapter to the draft and make it the open one (closing the open section and title). */
function addChapter(section: SectionOf<'chapter'>, lines: LineIndex, state: ParseState): void {
  openChapter(state, chapterOf(section.info, lines.range(section.heading.start, section.heading.end)))
}

/** Add a preamble to the draft, or its paragraphs to the preamble of an earlier file. */
function addPreamble(section: SectionOf<'preamble'>, blocks: Block[], texts: Block[], lines: LineIndex, state: ParseState, context: UnitContext): void {
  const draft = state.draft
  const units = buildPreamble(context, blocks)
  const preamble: Preamble = {id: 'preamble', range: lines.range(section.heading.start, texts.at(-1)?.end ?? section.heading.end), ...units}
  if (draft.preamble) {
    draft.preamble.paragraphs.push(...preamble.paragraphs)
    draft.preamble.closing = preamble.closing ?? draft.preamble.closing
  } else draft.preamble = preamble
}

function footnote(start: number, end: number, label: string, lines: LineIndex): Footnote {
  const raw = lines.text.slice(start, end)
  const head = /^\[\^[^\]]+\]:\s*/.exec(raw)
  return {label, text: raw.slice(head?.[0].length ?? 0).trim(), range: lines.range(start, end)}
}
