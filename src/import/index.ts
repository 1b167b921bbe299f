/** `importDocument`: a .md, .txt (text of a PDF) or .docx file as a canonical draft, with a report of what it could not place. */
import {formatDraft} from '../fmt/format.js'
import {LineIndex} from '../parse/lines.js'
import {outline} from '../parse/outline.js'
import {decodeDraft, normaliseSource} from '../parse/source.js'
import {Composer, opensBody} from './compose.js'
import {readCover} from './cover.js'
import {readDocx} from './docx.js'
import {readText} from './text.js'
import {ImportError, type Block, type ImportNote, type ReadDocument, type Revision} from './types.js'

/** The error of a document that cannot be imported. */
export {ImportError} from './types.js'
/** The paragraphs read from a document, the notes on what could not be placed, and tracked changes. */
export type {Block, ImportNote, Revision} from './types.js'

/** Options of `importDocument`. */
export interface ImportOptions {
  /** The session id written to the front matter. */
  session?: string
  /** Stop at the first paragraph starting with this text (case-insensitive), e.g. `Annex`. */
  until?: string
}

/** An imported draft. */
export interface ImportResult {
  /** Canonical draft Markdown (as `draftdiff fmt` writes it). */
  markdown: string
  /** What could not be placed or was changed on the way, in document order. */
  notes: ImportNote[]
  /** Tracked changes in a .docx (their current text was imported). */
  revisions: Revision[]
  /** Comments in a .docx (left out). */
  comments: number
}

/** The kinds of file `importDocument` reads, by extension. */
export const importFormats = ['md', 'markdown', 'txt', 'docx'] as const

/** Import a document from its bytes; `file` names it in messages and picks the reader by extension. */
export function importDocument(file: string, bytes: Uint8Array, options: ImportOptions = {}): ImportResult {
  const extension = /\.([a-z]+)$/i.exec(file)?.[1]?.toLowerCase() ?? ''
  if (extension === 'docx') return fromDocument(readGuarded(() => readDocx(bytes, file), file), file, options)
  if (!(importFormats as readonly string[]).includes(extension)) {
    throw new ImportError(`${file}: cannot import .${extension || '(no extension)'} files; give a .md, .txt (text of a PDF, from \`pdftotext -layout\`) or .docx file`)
  }
  const decoded = decodeDraft(bytes)
  if (!decoded.ok) throw new ImportError(`${file}: not imported: ${decoded.detail}; give UTF-8 text`)
  const text = normaliseSource(decoded.text)
  if (extension === 'txt') return fromDocument(readText(text), file, options)
  return fromMarkdown(text, file, options)
}

function readGuarded(read: () => ReadDocument, file: string): ReadDocument {
  try {
    return read()
  } catch (error) {
    if (error instanceof RangeError) throw new ImportError(`${file}: its XML is nested too deeply to read`)
    throw error
  }
}

function fromMarkdown(text: string, file: string, options: ImportOptions): ImportResult {
  let source = text
  const notes: ImportNote[] = []
  if (options.until) {
    const lines = source.split('\n')
    const at = lines.findIndex((line, i) => i > 0 && startsWith(line.replace(/^#+\s*/, ''), options.until ?? ''))
    if (at > 0) {
      notes.push({rule: 'left-out-after-until', where: `line ${at + 1}`, message: `${lines.length - at} lines from here on left out (--until)`})
      source = lines.slice(0, at).join('\n') + '\n'
    }
  }
  const cutoff = outline(new LineIndex(source, file)).cutoff
  if (cutoff?.reason === 'second-language') {
    const total = source.split('\n').length
    notes.push({rule: 'second-language-version', where: `line ${cutoff.line + 1}`, message: `${total - cutoff.line} lines from here on left out: the same instrument in another language (its articles start again on line ${(cutoff.evidence ?? cutoff.line) + 1})`})
    source = source.slice(0, cutoff.start).replace(/\n*$/, '\n')
  }
  if (options.session !== undefined) {
    const head = /^---\n([\s\S]*?\n)---\n/.exec(source)
    const body = head ? source.slice(head[0].length) : source
    const meta = head ? head[1]!.split('\n').filter((line) => !/^session\s*:/.test(line)).join('\n') : ''
    source = `---\nsession: ${JSON.stringify(options.session)}\n${meta.trim() === '' ? '' : meta.replace(/\n*$/, '\n')}---\n${body}`
  }
  return {markdown: formatDraft(source, file), notes, revisions: [], comments: 0}
}

function startsWith(text: string, prefix: string): boolean {
  return prefix !== '' && text.trimStart().toLowerCase().startsWith(prefix.toLowerCase())
}

function fromDocument(read: ReadDocument, file: string, options: ImportOptions): ImportResult {
  const blocks = read.blocks
  let start = blocks.findIndex((b, i) => opensBody(b, blocks[i + 1]))
  if (start === -1) start = 0
  const cover = readCover(blocks.slice(0, start))
  const notes: ImportNote[] = [...read.notes, ...cover.notes]
  let end = blocks.length
  if (options.until) {
    const at = blocks.findIndex((b, i) => i > start && startsWith(b.text, options.until ?? ''))
    if (at !== -1) {
      end = at
      notes.push({rule: 'left-out-after-until', where: blocks[at]!.where, message: `${blocks.length - at} paragraphs from here on left out (--until)`})
    }
  }
  if (start === 0 && blocks[0] && !opensBody(blocks[0], blocks[1])) notes.push({rule: 'no-headings', where: blocks[0].where, message: 'no "Preamble", "Chapter" or "Article" heading found: the text was imported as unnumbered paragraphs'})
  if (read.revisions.length > 0) notes.push({rule: 'tracked-changes', where: read.revisions[0]!.where, message: `${read.revisions.length} tracked changes: imported the text as if all were accepted (run with --revisions to list them)`})
  if (read.comments > 0) notes.push({rule: 'comments-left-out', where: 'the document', message: `${read.comments} comments left out`})
  const body = new Composer().add(blocks.slice(start, end))
  const footnotes = [...read.footnotes].map(([label, text]) => `[^${label}]: ${text}`)
  const meta: Record<string, string> = {...(options.session === undefined ? {} : {session: options.session}), ...cover.meta}
  const front = Object.keys(meta).length > 0 ? `---\n${Object.entries(meta).map(([key, value]) => `${key}: ${scalar(value)}\n`).join('')}---\n\n` : ''
  const markdown = formatDraft(front + [...body, ...footnotes].join('\n\n') + '\n', file.replace(/\.[a-z]+$/i, '.md'))
  notes.push(...lostWords(blocks.slice(start, end), read.footnotes, markdown))
  return {markdown, notes, revisions: read.revisions, comments: read.comments}
}

/** A front matter value: plain when YAML reads it back as the same string, else double-quoted (JSON is valid YAML). */
function scalar(value: string): string {
  const plain = /^[\p{L}\p{N}(][^:#[\]{}\u0000-\u001f\u007f]*$/u.test(value) && !/\s$/.test(value)
  const other = /^(?:[-+]?[\d._]+(?:e[-+]?\d+)?|0x[\da-f]+|0o[0-7]+|true|false|yes|no|on|off|null|~)$/i.test(value)
  return plain && !other ? value : JSON.stringify(value)
}

/** A self-check: words of the body missing from the output (numbering aside) become a note. */
function lostWords(blocks: Block[], footnotes: Map<string, string>, markdown: string): ImportNote[] {
  const count = (texts: string[]) => {
    const counts = new Map<string, number>()
    for (const text of texts) for (const word of words(text)) counts.set(word, (counts.get(word) ?? 0) + 1)
    return counts
  }
  const have = count([markdown])
  const missing: string[] = []
  for (const [word, n] of count([...blocks.map((b) => b.text), ...footnotes.values()])) if ((have.get(word) ?? 0) < n) missing.push(word)
  if (missing.length === 0) return []
  return [{rule: 'words-lost', where: 'the document', message: `words of the source missing from the output: ${missing.slice(0, 20).join(', ')}; please report this as a bug`}]
}

/** The words of a text for the no-loss check: letters and digits, quotes normalised, markers and numbers left aside. */
export function words(text: string): string[] {
  return (normaliseSource(text).match(/[\p{L}][\p{L}\p{N}'-]*/gu) ?? []).map((w) => w.toLowerCase())
}
