/**
 * Versions as history sees them: per article its number, id, chapter, a comparable body key and a
 * key of how it looks, and the parsed article on demand. Versions read from many commits are
 * composed from a cheap heading-level split of each file (re-split only around what changed since
 * the file's previous version), and an article is parsed only when history needs it — once per
 * content hash, however many commits hold it.
 */
import {isAscii, isUtf8} from 'node:buffer'
import {createHash} from 'node:crypto'
import {readFrontMatter} from '../parse/front-matter.js'
import {articleOpenBrackets, wordCount} from '../parse/stats.js'
import {mintArticleId} from '../parse/article.js'
import type {Article} from '../model/types.js'
import {parseDraft} from '../parse/draft.js'
import {LineIndex} from '../parse/lines.js'
import {outline, type Section} from '../parse/outline.js'
import {decodeDraft, maxFileBytes, normaliseSource} from '../parse/source.js'
import {articleUnits} from '../parse/spanning.js'
import {divisionLabel} from '../model/cite.js'
import type {ArticleState} from '../model/history.js'
import type {VersionIndex} from '../engine/version.js'
import {StructureTracker} from './structure.js'

/** The article's state in a version, as entries show it. */
export function articleState(doc: VersionIndex, index: number): ArticleState {
  const article = doc.article(index)
  const units = articleUnits(article)
  const openBrackets = articleOpenBrackets(article)
  const words = units.reduce((sum, unit) => sum + wordCount(unit.text), 0)
  const chapter = doc.chapters[index] ?? null
  return {
    number: article.number,
    id: doc.ids[index] ?? article.id,
    title: article.title,
    chapter,
    chapterTitle: chapter === null ? null : (doc.chapterTitles.get(chapter) ?? null),
    division: divisionLabel(doc.divisions, article.division),
    status: article.status.map((m) => m.name),
    openBrackets,
    words
  }
}

/** Find an article by number as a user writes it: `12 bis`, `12bis`, `12-bis`, `Art. 12 bis`, `article 12`; -1 when absent. */
export function findByNumber(doc: VersionIndex, query: string): number {
  const want = normaliseNumber(query)
  return doc.numbers.findIndex((number) => normaliseNumber(number) === want)
}

/** An article number as typed (`Art. 5 bis`) reduced to a comparable key (`5bis`). */
export function normaliseNumber(text: string): string {
  return text
    .toLowerCase()
    .replace(/^\s*(article|art\.?)\s*/, '')
    .replace(/[\s-]+/g, '')
}

/**
 * A section of a file as history keeps it: offsets in the file's own units (see `Source`), and
 * for articles their number and hashes of their source (heading and body) and of their body.
 */
type Span =
  | {kind: 'loose' | 'preamble'; start: number; bodyStart: number; end: number}
  | {kind: 'chapter'; start: number; bodyStart: number; end: number; numeral: string; title: string | null}
  | {kind: 'division'; start: number; bodyStart: number; end: number; level: 'section' | 'title'; number: string; title: string | null}
  | {kind: 'article'; start: number; bodyStart: number; end: number; number: string; chunk: string; body: string}

interface FileEntry {
  /** The text, or null when the file cannot be read as a draft (binary, not UTF-8, too large, empty). */
  text: Source | null
  spans: Span[]
  meta: Record<string, unknown>
}

/** A file of a version: its path (for messages) and the id of its contents (a blob id). */
export interface FileRef {
  path: string
  id: string
}

/** Composes versions from files: decoded files by id, parsed articles by content hash, versions by their files. */
export class ArticleCache {
  private readonly files = new Map<string, FileEntry>()
  private readonly chunks = new Map<string, string>()
  private readonly articles = new Map<string, Article>()
  private readonly docs = new Map<string, VersionIndex>()
  /** Articles parsed so far (cache misses), and files split in full rather than around a change. */
  parsedArticles = 0
  fullSplits = 0

  has(id: string): boolean {
    return this.files.has(id)
  }

  /** Forget a file (versions already composed from it stay usable: their articles' sources are kept by hash). */
  release(id: string): void {
    this.files.delete(id)
  }

  /** Read and split a file once; `previous` (the id of the same file's earlier version, if still held) lets only the changed part be split again. */
  addFile(id: string, contents: Uint8Array | null, previous?: string): void {
    if (this.files.has(id)) return
    const text = contents === null ? null : Source.from(contents)
    if (text === null) {
      this.files.set(id, {text: null, spans: [], meta: {}})
      return
    }
    const before = previous === undefined ? undefined : this.files.get(previous)
    const partial = before?.text ? resplit(before.text, before.spans, text, this.hashing(text)) : null
    if (partial && before) {
      this.files.set(id, {text, spans: partial, meta: before.meta})
      return
    }
    this.fullSplits++
    const whole = text.whole()
    const shape = outline(new LineIndex(whole, id))
    this.files.set(id, {text, spans: spansOf(shape.sections, whole, 0, text, this.hashing(text)), meta: readMeta(shape.frontMatter?.value ?? null)})
  }

  /** Hashes of an article's source and body; the source is kept (by hash) for parsing on demand. */
  private hashing(text: Source): (start: number, bodyStart: number, end: number) => {chunk: string; body: string} {
    return (start, bodyStart, end) => {
      const chunk = text.hash(start, end)
      if (!this.chunks.has(chunk)) this.chunks.set(chunk, text.slice(start, end))
      return {chunk, body: text.hash(bodyStart, end)}
    }
  }

  /** The version made of these files (in order), each added with `addFile` first. */
  compose(files: FileRef[]): VersionIndex {
    const key = files.map((f) => `${f.path}\0${f.id}`).join('\n')
    const cached = this.docs.get(key)
    if (cached) return cached
    const entries = files.map((f) => {
      const entry = this.files.get(f.id)
      if (!entry) throw new Error(`file ${f.path} was not added`)
      return entry
    })
    const raw = entries.find((e) => e.text !== null)?.meta['status-markers']
    const statusMarkers = Array.isArray(raw) ? raw.filter((m): m is string => typeof m === 'string').map((m) => m.toLowerCase().trim()) : []
    const markersKey = statusMarkers.join('|')
    const numbers: string[] = []
    const chapters: Array<string | null> = []
    const bodies: string[] = []
    const looks: string[] = []
    const sources: string[] = []
    const paths: string[] = []
    const chapterTitles = new Map<string, string | null>()
    let chapter: string | null = null
    const structure = new StructureTracker()
    entries.forEach((entry, k) => {
      for (const item of entry.spans) {
        if (item.kind === 'chapter') {
          chapter = item.numeral
          if (!chapterTitles.has(chapter) || item.title) chapterTitles.set(chapter, item.title)
          structure.openChapter(item.numeral, item.title)
          continue
        }
        if (item.kind === 'division') structure.openDivision(item.level, item.number, item.title)
        if (item.kind !== 'article') continue
        structure.addArticle(item.number)
        numbers.push(item.number)
        chapters.push(chapter)
        bodies.push(`${markersKey}|${item.body}`)
        looks.push(`${markersKey}|${item.chunk}|${chapter ?? ''}|${structure.divisionIds.at(-1) ?? ''}`)
        sources.push(item.chunk)
        paths.push(files[k]?.path ?? '')
      }
    })
    const made = new Map<number, Article>()
    const doc: VersionIndex = {
      key,
      numbers,
      ids: structure.ids,
      chapters,
      bodies,
      looks,
      chapterTitles,
      groups: structure.groups(),
      divisions: structure.divisions(),
      article: (index) => {
        let article = made.get(index)
        if (!article) {
          const parsed = this.parse(sources[index] ?? '', paths[index] ?? '', statusMarkers, markersKey, numbers[index] ?? '')
          article = {...parsed, chapter: chapters[index] ?? null, division: structure.divisionIds[index] ?? null, ordinal: index + 1, id: structure.ids[index] ?? parsed.id}
          made.set(index, article)
        }
        return article
      }
    }
    this.docs.set(key, doc)
    return doc
  }

  /** Parse one article's source (by hash), once. */
  private parse(hash: string, path: string, statusMarkers: string[], markersKey: string, number: string): Article {
    const key = `${markersKey}|${hash}`
    let article = this.articles.get(key)
    if (!article) {
      const chunk = this.chunks.get(hash) ?? ''
      const found = parseDraft([{path, contents: chunk}], {statusMarkers}).draft.articles
      this.parsedArticles++
      // Parsed alone, the section is the one article it is in its file; should that ever differ, keep the number the split found.
      const first = found[0]
      article = first && found.length === 1 && first.number === number ? first : emptyArticle(number, first)
      this.articles.set(key, article)
    }
    return article
  }
}

function emptyArticle(number: string, like: Article | undefined): Article {
  const point = {line: 1, column: 1, offset: 0}
  const range = {file: '', start: point, end: point}
  return {kind: 'article', id: mintArticleId(new Map(), number), number, base: Number.parseInt(number, 10), suffix: null, ordinal: 1, title: like?.title ?? null, chapter: null, division: null, status: [], headingRange: range, range, paragraphs: like?.paragraphs ?? [], hash: ''}
}

/**
 * A file's normalised text. A file that normalisation does not change (valid UTF-8 without
 * carriage returns, byte-order mark, typographic quotes or no-break spaces: most drafts) is kept
 * as bytes, and offsets into it are byte offsets: comparing versions, hashing articles and reading
 * the part that changed need no decoding of the whole file. Otherwise it is kept as the
 * normalised string, with offsets in characters.
 */
export class Source {
  private string: string | null

  private constructor(
    readonly bytes: Buffer | null,
    text: string | null,
    readonly length: number
  ) {
    this.string = text
  }

  /** Read a file as `parseDraft` would (UTF-8, no NUL, within the size limit); null when unreadable or blank. */
  static from(contents: Uint8Array): Source | null {
    const buffer = Buffer.from(contents.buffer, contents.byteOffset, contents.byteLength)
    if (buffer.length > maxFileBytes || buffer.indexOf(0) !== -1) return null
    const ascii = isAscii(buffer)
    if ((ascii || isUtf8(buffer)) && buffer.indexOf(13) === -1 && (ascii || !needsNormalising(buffer))) {
      let blank = true
      for (let k = 0; k < buffer.length && blank; k++) blank = buffer[k] === 32 || buffer[k] === 10 || buffer[k] === 9
      return blank ? null : new Source(buffer, null, buffer.length)
    }
    const decoded = decodeDraft(contents)
    if (!decoded.ok) return null
    const text = normaliseSource(decoded.text)
    return text.trim() === '' ? null : new Source(null, text, text.length)
  }

  /** The whole text. */
  whole(): string {
    this.string ??= this.bytes?.toString('utf8') ?? ''
    return this.string
  }

  /** The text between two offsets (which must not fall inside a character). */
  slice(start: number, end: number): string {
    return this.bytes ? this.bytes.toString('utf8', start, end) : this.whole().slice(start, end)
  }

  /** Offsets in this text's units of character offsets in `text`, its part starting at offset `base`: increasing offsets, converted in one pass. */
  offsets(text: string, base: number): (offset: number) => number {
    if (!this.bytes || text.length === Buffer.byteLength(text)) return (offset) => base + offset
    let char = 0
    let byte = 0
    return (offset) => {
      if (offset < char) {
        char = 0
        byte = 0
      }
      byte += Buffer.byteLength(text.slice(char, offset))
      char = offset
      return base + byte
    }
  }

  /** SHA-1 of a span. */
  hash(start: number, end: number): string {
    const hash = createHash('sha1')
    if (this.bytes) hash.update(this.bytes.subarray(start, end))
    else hash.update(this.whole().slice(start, end))
    return hash.digest('hex')
  }

  /** Lengths of the common prefix and suffix (not overlapping) of two texts of the same kind; null when one is bytes and the other a string. */
  static commonEnds(a: Source, b: Source): {prefix: number; suffix: number} | null {
    const limit = Math.min(a.length, b.length)
    const block = 4096
    let prefix = 0
    let suffix = 0
    if (a.bytes && b.bytes) {
      const x = a.bytes
      const y = b.bytes
      while (prefix + block <= limit && x.compare(y, prefix, prefix + block, prefix, prefix + block) === 0) prefix += block
      while (prefix < limit && x[prefix] === y[prefix]) prefix++
      while (suffix + block <= limit - prefix && x.compare(y, y.length - suffix - block, y.length - suffix, x.length - suffix - block, x.length - suffix) === 0) suffix += block
      while (suffix < limit - prefix && x[x.length - 1 - suffix] === y[y.length - 1 - suffix]) suffix++
      return {prefix, suffix}
    }
    if (a.bytes || b.bytes) return null
    const x = a.whole()
    const y = b.whole()
    while (prefix + block <= limit && x.slice(prefix, prefix + block) === y.slice(prefix, prefix + block)) prefix += block
    while (prefix < limit && x.charCodeAt(prefix) === y.charCodeAt(prefix)) prefix++
    while (suffix + block <= limit - prefix && x.slice(x.length - suffix - block, x.length - suffix) === y.slice(y.length - suffix - block, y.length - suffix)) suffix += block
    while (suffix < limit - prefix && x.charCodeAt(x.length - 1 - suffix) === y.charCodeAt(y.length - 1 - suffix)) suffix++
    return {prefix, suffix}
  }
}

/** Whether UTF-8 bytes hold a character `normaliseSource` replaces: a byte-order mark, typographic quotes, primes, no-break spaces. */
function needsNormalising(buffer: Buffer): boolean {
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) return true
  if (buffer.indexOf(nbsp) !== -1) return true
  for (let at = buffer.indexOf(0xe2); at !== -1; at = buffer.indexOf(0xe2, at + 1)) {
    if (buffer[at + 1] === 0x80 && [0x9c, 0x9d, 0x9e, 0xb3, 0x98, 0x99, 0x9a, 0xb2, 0xaf, 0x87].includes(buffer[at + 2] ?? 0)) return true
  }
  return false
}
const nbsp = Buffer.from([0xc2, 0xa0])

/** Outline sections (character offsets into `text`, itself at `base` in `source`) as spans in the source's units. */
function spansOf(sections: Section[], text: string, base: number, source: Source, hashing: (start: number, bodyStart: number, end: number) => {chunk: string; body: string}): Span[] {
  const at = source.offsets(text, base)
  return sections.map((section): Span => {
    const start = at(section.kind === 'loose' ? section.bodyStart : section.heading.start)
    const bodyStart = at(section.bodyStart)
    const end = at(section.bodyEnd)
    switch (section.kind) {
      case 'loose':
      case 'preamble':
        return {kind: section.kind, start, bodyStart, end}
      case 'division':
        return {kind: 'division', start, bodyStart, end, level: section.info.level, number: section.info.number, title: section.info.title}
      case 'chapter':
        return {kind: 'chapter', start, bodyStart, end, numeral: section.info.numeral, title: section.info.title}
      case 'article':
        return {kind: 'article', start, bodyStart, end, number: section.info.suffix ? `${section.info.base} ${section.info.suffix}` : String(section.info.base), ...hashing(start, bodyStart, end)}
    }
  })
}

function readMeta(frontMatter: string | null): Record<string, unknown> {
  if (frontMatter === null) return {}
  try {
    const value: unknown = readFrontMatter(frontMatter)
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>
  } catch {
    // invalid front matter: the parser reports it; here it only means no extra status markers
  }
  return {}
}

/**
 * The spans of `text` from those of an earlier version of the same file: only the sections around
 * what changed are split again (with one section of context on each side, so that a heading's
 * blank line before it is seen as before); the others keep their hashes. Null when that cannot be
 * done safely — a change to the front matter or before the first heading, one touching a code
 * fence, texts of different kinds — and the file must be split in full.
 */
export function resplit(oldText: Source, oldSpans: Span[], text: Source, hashing: (start: number, bodyStart: number, end: number) => {chunk: string; body: string}): Span[] | null {
  const ends = Source.commonEnds(oldText, text)
  if (!ends) return null
  if (ends.prefix === oldText.length && ends.prefix === text.length) return oldSpans
  const oldEnd = oldText.length - ends.suffix
  const delta = text.length - oldText.length
  const containing = (offset: number) => {
    let found = 0
    oldSpans.forEach((span, k) => {
      if (span.start <= offset) found = k
    })
    return found
  }
  const a = containing(Math.max(0, ends.prefix - 1)) - 1
  const b = Math.min(oldSpans.length - 1, containing(oldEnd) + 1)
  const first = oldSpans[a]
  const last = oldSpans[b]
  if (a < 1 || !first || !last || first.kind === 'loose' || first.kind === 'division') return null
  const from = first.start
  const to = last.end + delta
  const changed = text.slice(from, to)
  if (/```|~~~/.test(changed) || /```|~~~/.test(oldText.slice(from, last.end))) return null
  const shape = outline(new LineIndex(changed, ''))
  const [lead, ...middle] = shape.sections
  if (!lead || lead.kind !== 'loose' || lead.bodyEnd !== lead.bodyStart || shape.frontMatter) return null
  const shift = (span: Span): Span => ({...span, start: span.start + delta, bodyStart: span.bodyStart + delta, end: span.end + delta})
  return [...oldSpans.slice(0, a), ...spansOf(middle, changed, from, text, hashing), ...oldSpans.slice(b + 1).map(shift)]
}
