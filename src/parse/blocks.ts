/** Turning one chunk of a draft (an article body, the preamble) into flat text blocks through remark. */
import type {Nodes, Root} from 'mdast'
import {createHash} from 'node:crypto'
import {createRequire} from 'node:module'
import type {Processor} from 'unified'
import type {Block} from './block.js'
import {splitAtMarkers} from './markers.js'
import {simpleBlocks} from './simple-blocks.js'

/** Deepest nesting (blockquote `>` marks or list levels on one line) handed to remark. */
export const maxNesting = 32

/** A block of text with offsets into the file, as the block readers hand it to the unit builder. */
export type {Block} from './block.js'

/** The blocks of one chunk, and the lines too deeply nested to hand to remark. */
export interface BlockResult {
  blocks: Block[]
  /** Line offsets (0-based, within the chunk) nested more deeply than `maxNesting`. */
  tooDeep: number[]
}

/**
 * Inline constructs, switched off: only block structure and offsets are read from the tree (inline
 * syntax is scanned by `inline.ts`), and CommonMark settles blocks before inlines, so the blocks are
 * the same while micromark skips most of its work (docs/performance.md).
 */
export const inlineConstructs = [
  'attention',
  'autolink',
  'characterEscape',
  'characterReference',
  'codeText',
  'hardBreakEscape',
  'htmlText',
  'labelEnd',
  'labelStartImage',
  'labelStartLink',
  'wwwAutolink',
  'protocolAutolink',
  'emailAutolink',
  'gfmFootnoteCall',
  'gfmPotentialFootnoteCall',
  'strikethrough',
  // `tasklistCheck` stays: a checkbox moves the start of its paragraph.
]

/** A remark plugin adding a micromark extension that disables `inlineConstructs`. */
function blocksOnly(this: Processor): void {
  const data = this.data()
  ;(data.micromarkExtensions ??= []).push({disable: {null: inlineConstructs}})
}

let loaded: Processor | null = null

/**
 * The remark processor, loaded on first use (synchronously: `require` of ES modules, Node ≥ 20.19):
 * most drafts never need it (`simpleBlocks`), and loading its ~200 modules costs 100–200 ms.
 */
function processor(): Processor {
  if (!loaded) {
    const require = createRequire(import.meta.url)
    const {unified} = require('unified') as typeof import('unified')
    const remarkParse = (require('remark-parse') as typeof import('remark-parse')).default
    const remarkFrontmatter = (require('remark-frontmatter') as typeof import('remark-frontmatter')).default
    const remarkGfm = (require('remark-gfm') as typeof import('remark-gfm')).default
    loaded = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(blocksOnly) as unknown as Processor
  }
  return loaded
}

/** Most chunks kept by the parse cache. */
export const cacheSize = 20_000
/** Parsed chunks by the SHA-1 of their text (LRU order), and the entries added since the last export. */
const cache = new Map<string, BlockResult>()
const added = new Set<string>()

/**
 * Blocks of `source.slice(from, to)`, offsets in `source`; falls back to blank-line blocks when
 * nesting is too deep. Chunks that need remark are cached by a hash of their text, so an unchanged
 * article, wherever it now sits, is not parsed again; plain ones are cheaper to read than to look up.
 */
export function blocksOf(source: string, from: number, to: number): BlockResult {
  const chunk = source.slice(from, to)
  let relative = quickBlocks(chunk)
  if (!relative) {
    const key = createHash('sha1').update(chunk).digest('base64')
    relative = cache.get(key) ?? null
    if (relative) {
      cache.delete(key)
    } else {
      relative = remarkInPieces(chunk, processor())
      added.add(key)
    }
    cache.set(key, relative)
    if (cache.size > cacheSize) cache.delete(cache.keys().next().value ?? '')
  }
  return {blocks: relative.blocks.map((block) => ({...block, start: block.start + from, end: block.end + from})), tooDeep: relative.tooDeep}
}

/** Entries of the parse cache, for a caller that keeps it between processes (the CLI does, on disk). */
export function exportParseCache(onlyNew = false): Array<[string, BlockResult]> {
  return [...cache].filter(([key]) => !onlyNew || added.has(key))
}

/** Load entries saved by `exportParseCache`; malformed entries are ignored. */
export function importParseCache(entries: unknown): void {
  if (!Array.isArray(entries)) return
  for (const entry of entries) {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !entry[1] || !Array.isArray(entry[1].blocks) || !Array.isArray(entry[1].tooDeep)) continue
    if (!cache.has(entry[0])) cache.set(entry[0], entry[1] as BlockResult)
  }
  while (cache.size > cacheSize) cache.delete(cache.keys().next().value ?? '')
}

/**
 * Blocks of one chunk, offsets within it: plain chunks through `simpleBlocks`, the rest through remark.
 * A `parser` given (tests compare with full remark) is always used.
 */
export function parseChunk(chunk: string, parser?: {parse(text: string): unknown}): BlockResult {
  if (!parser) return quickBlocks(chunk) ?? remarkInPieces(chunk, processor())
  const tooDeep = deepLines(chunk)
  return tooDeep.length > 0 ? {blocks: plainBlocks(chunk, 0), tooDeep} : remarkBlocks(chunk, parser)
}

/** Blocks found without remark: of chunks nested too deeply for it, and of plain chunks; otherwise null. */
function quickBlocks(chunk: string): BlockResult | null {
  const tooDeep = deepLines(chunk)
  if (tooDeep.length > 0) return {blocks: plainBlocks(chunk, 0), tooDeep}
  const simple = simpleBlocks(chunk)
  return simple ? {blocks: splitAtMarkers(simple, chunk), tooDeep} : null
}

/**
 * remark's blocks of a chunk, parsed piece by piece between `#` heading lines at column 0: such a
 * line closes every open block (lists, quotes, footnotes, tables) except fenced code and raw HTML at
 * the top level, so a piece ending in one of those is parsed again with the next pieces (1, 2, 4 …
 * more), which bounds the re-parsing. micromark grows super-linearly over many headings in one chunk
 * (4,000 `### Note` headings in one article took over 20 s); test/parse/blocks.test.ts pins that the pieces
 * give the blocks of the whole chunk.
 */
const headingsPerPiece = 32

function remarkInPieces(chunk: string, parser: {parse(text: string): unknown}): BlockResult {
  // Every `piecesOf`-th heading: each parse has a fixed cost (~1 ms), so a piece holds several.
  const starts = [...chunk.matchAll(/\n(?=#{1,6}(?:[ \t\n]|$))/g)].map((match) => match.index + 1).filter((_, index) => index % headingsPerPiece === headingsPerPiece - 1)
  // Front matter (only ever at the start of a file) changes how remark reads what follows it.
  if (starts.length === 0 || chunk.startsWith('---')) return remarkBlocks(chunk, parser)
  starts.push(chunk.length)
  const blocks: Block[] = []
  let from = 0
  let next = 0
  while (from < chunk.length) {
    let step = 1
    let piece: {blocks: Block[]; openAtEnd: boolean} = {blocks: [], openAtEnd: false}
    let to = chunk.length
    for (;;) {
      const index = Math.min(next + step - 1, starts.length - 1)
      to = starts[index] ?? chunk.length
      // The line break before the heading stays out: fenced code left open would take it in.
      piece = remarkTree(chunk.slice(from, to === chunk.length ? to : to - 1), parser)
      if (to === chunk.length || !piece.openAtEnd) {
        next = index + 1
        break
      }
      step *= 2
    }
    for (const block of piece.blocks) blocks.push({...block, start: block.start + from, end: block.end + from})
    from = to
  }
  return {blocks, tooDeep: []}
}

/** Blocks of a piece, and whether it ends in top-level fenced code or raw HTML, which a heading line may not close. */
function remarkTree(piece: string, parser: {parse(text: string): unknown}): {blocks: Block[]; openAtEnd: boolean} {
  const tree = parser.parse(piece) as Root
  const last = tree.children.at(-1)
  const openAtEnd = (last?.type === 'code' || last?.type === 'html') && (last.position?.end.offset ?? 0) >= piece.trimEnd().length
  const blocks: Block[] = []
  for (const node of tree.children) collect(node, piece, 0, blocks)
  // Indented code starts with its indentation: the text (and a subparagraph marker) starts after it.
  for (const block of blocks) while (block.kind === 'text' && block.start < block.end && /[ \t\n]/.test(piece[block.start] ?? '')) block.start++
  return {blocks: splitAtMarkers(blocks, piece), openAtEnd}
}

function remarkBlocks(chunk: string, parser: {parse(text: string): unknown}): BlockResult {
  return {blocks: remarkTree(chunk, parser).blocks, tooDeep: []}
}

/** Blocks read from indented code, which a following code block on the next line continues. */
const fromCode = new WeakSet<Block>()

function collect(node: Nodes, chunk: string, base: number, out: Block[]): void {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return
  switch (node.type) {
    case 'list': {
      for (const item of node.children) {
        const itemStart = item.position?.start.offset ?? start
        const first = item.children[0]
        const firstStart = first?.position?.start.offset
        const marker = chunk.slice(itemStart, firstStart ?? item.position?.end.offset ?? itemStart).trim()
        if (!first) {
          // An empty item (`3.` alone on its line): no text, the marker is not its text.
          const itemEnd = base + (item.position?.end.offset ?? itemStart)
          out.push({kind: 'text', start: itemEnd, end: itemEnd, marker})
          continue
        }
        const before = out.length
        for (const child of item.children) collect(child, chunk, base, out)
        const head = out[before]
        if (head && node.ordered) head.marker = marker
      }
      return
    }
    case 'blockquote':
      for (const child of node.children) collect(child, chunk, base, out)
      return
    case 'footnoteDefinition':
      out.push({kind: 'footnote-definition', start: base + start, end: base + end, marker: null, label: node.label ?? node.identifier})
      return
    case 'yaml':
      out.push({kind: 'front-matter', start: base + start, end: base + end, marker: null})
      return
    case 'heading':
      out.push({kind: 'heading', start: base + start, end: base + end, marker: null})
      return
    case 'thematicBreak':
      return
    case 'code':
      // Indented code is paragraphs indented by mistake: one block per run of lines between blank lines.
      if (/^\s*(```|~~~)/.test(chunk.slice(start, start + 64))) {
        out.push({kind: 'text', start: base + start, end: base + end, marker: null})
        return
      }
      for (const match of chunk.slice(start, end).matchAll(/[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*/g)) {
        const block: Block = {kind: 'text', start: base + start + match.index, end: base + start + match.index + match[0].length, marker: null}
        // micromark may end indented code at a tab-indented line and open another on the next: one run of lines is one block.
        const last = out.at(-1)
        if (last && fromCode.has(last) && !/\n[ \t]*\n/.test(chunk.slice(last.end - base, block.start - base))) last.end = block.end
        else {
          fromCode.add(block)
          out.push(block)
        }
      }
      return
    case 'html':
      if (/^<!--[\s\S]*-->$/.test(node.value.trim())) return
      out.push({kind: 'text', start: base + start, end: base + end, marker: null})
      return
    default:
      out.push({kind: 'text', start: base + start, end: base + end, marker: null})
  }
}

/** Blank-line separated blocks, for chunks remark must not see. */
function plainBlocks(chunk: string, base: number): Block[] {
  const blocks: Block[] = []
  for (const match of chunk.matchAll(/[^\n]+(?:\n[ \t]*\S[^\n]*)*/g)) {
    if (match[0].trim() === '') continue
    const lead = match[0].length - match[0].trimStart().length
    const numbered = /^(\d{1,4}\.)[ \t]+/.exec(match[0].slice(lead))
    const start = base + match.index + lead + (numbered?.[0].length ?? 0)
    blocks.push({kind: 'text', start, end: base + match.index + match[0].trimEnd().length, marker: numbered?.[1] ?? null})
  }
  return blocks
}

function deepLines(chunk: string): number[] {
  const deep: number[] = []
  let line = 0
  for (const text of chunk.split('\n')) {
    const prefix = /^[\s>*+\-\d.)]*/.exec(text)?.[0] ?? ''
    const quotes = prefix.split('>').length - 1
    const lists = (prefix.match(/(^|\s)([*+-]|\d{1,9}[.)])(?=\s)/g) ?? []).length
    const indent = /^[ \t]*/.exec(text)?.[0].replace(/\t/g, '    ').length ?? 0
    if (quotes > maxNesting || lists > maxNesting || indent > maxNesting * 2) deep.push(line)
    line++
  }
  return deep
}
