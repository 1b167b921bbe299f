/** Reading text extracted from a PDF (`pdftotext -layout`): pages, running heads and feet, wrapped lines, hyphenation. */
import {block, type Block, type ImportNote, type ReadDocument} from './types.js'

interface Line {
  text: string
  indent: number
  number: number
}

const labelStart = /^(?:\d+\.|\(\d+\)|\([a-z]{1,5}\)|[a-z]\))\s/
const headingStart = /^(?:Preamble$|PREAMBLE$|(?:Chapter|CHAPTER)\s+[IVXLC]+\b|(?:Article|ARTICLE)\s+\d+)/

/** A heading standing on its own line: `Preamble`, `Chapter IV …`, `Article 12 …`, short and not ending a clause. */
function isHeadingLine(text: string): boolean {
  return headingStart.test(text) && text.split(' ').length <= 15 && !/[,;]$/.test(text)
}

/** Read extracted text into paragraphs. */
export function readText(text: string): ReadDocument {
  const notes: ImportNote[] = []
  const lines = dropPageFurniture(text, notes)
  const filled = lines.filter((l) => l.text !== '')
  const margin = filled.reduce((least, l) => Math.min(least, l.indent), Infinity)
  const ends = filled.map((l) => l.indent + l.text.length).sort((a, b) => a - b)
  // The right margin: most lines of running text are wrapped there (the 90th percentile of line ends).
  const right = ends[Math.floor(ends.length * 0.9)] ?? 0
  const words = new Set(text.match(/\p{L}+/gu) ?? [])
  const blocks: Block[] = []
  let current: {lines: Line[]; flags: Partial<Block>} | null = null
  const flush = () => {
    if (current) {
      // Indented as a whole (a closing phrase), not just on its first line.
      const indented = !current.flags.centred && current.lines.every((l) => l.indent - margin >= 3)
      blocks.push(block(joinLines(current.lines, words, notes).replace(/ {2,}/g, ' '), `line ${current.lines[0]!.number}`, {...current.flags, indented}))
    }
    current = null
  }
  let previous: Line | null = null
  // The cover page, before the first heading, is read line by line.
  let coverLines = lines.some((l) => isHeadingLine(l.text)) ? lines.findIndex((l) => isHeadingLine(l.text)) : 0
  for (const line of lines) {
    if (coverLines-- > 0) {
      const last = blocks.at(-1)
      if (last && previous && titleRunsOn(previous, line, margin, right)) last.text += ` ${line.text}`
      else if (line.text !== '') blocks.push(block(line.text, `line ${line.number}`))
      previous = line.text === '' ? null : line
      continue
    }
    const ended = previous !== null && (endsParagraph(previous, line, right) || (line.indent > previous.indent + 2 && current !== null && current.lines.length > 1))
    previous = line.text === '' ? null : line
    if (line.text === '') {
      flush()
      continue
    }
    const offset = line.indent - margin
    const space = right - line.indent - line.text.length
    const centred = offset >= 8 && space >= 8 && Math.abs(offset - space) <= 6 && line.text.length <= 0.6 * (right - margin) && !labelStart.test(line.text)
    const startsBlock = labelStart.test(line.text) || isHeadingLine(line.text) || centred || offset >= 20
    if (startsBlock || ended || !current || current.flags.centred) {
      flush()
      current = {lines: [line], flags: {centred, heading: centred || isHeadingLine(line.text)}}
      if (centred || offset >= 20) flush()
    } else current.lines.push(line)
  }
  flush()
  return {blocks, footnotes: new Map(), notes, revisions: [], comments: 0}
}

/** On the cover, a long title wraps: a line that filled the width from the margin runs on in lower case. */
function titleRunsOn(previous: Line, line: Line, margin: number, right: number): boolean {
  const firstWord = line.text.split(' ')[0] ?? ''
  return previous.indent - margin < 20 && /^\p{Ll}/u.test(line.text) && previous.indent + previous.text.length + 1 + firstWord.length >= right - 8
}

/** Whether `line` starts a new paragraph because its first word would have fitted at the end of `previous`. */
function endsParagraph(previous: Line, line: Line, right: number): boolean {
  const firstWord = line.text.split(' ')[0] ?? ''
  if (previous.indent + previous.text.length + 1 + firstWord.length < right - 20) return true
  // A clause of a list (preambular paragraphs, definitions) ends with a comma, semicolon or colon.
  return /[,;:]$/.test(previous.text) && /^\[?\p{Lu}\p{Ll}/u.test(line.text)
}

/** Split into pages at form feeds; drop page numbers and heads or feet repeated on several pages. */
function dropPageFurniture(text: string, notes: ImportNote[]): Line[] {
  const pages = text.replace(/\r\n?/g, '\n').split('\f')
  const numbered: Line[][] = []
  let number = 0
  for (const page of pages) {
    const lines = page.split('\n').map((raw, i) => {
      const trimmed = raw.replace(/\s+$/, '')
      return {text: trimmed.trim(), indent: trimmed.length - trimmed.trimStart().length, number: number + i + 1}
    })
    number += lines.length - 1
    numbered.push(lines)
  }
  const edges = (lines: Line[]) => {
    const filled = lines.filter((l) => l.text !== '')
    return [...filled.slice(0, 3), ...filled.slice(-3)]
  }
  const shape = (l: Line) => l.text.replace(/\d+/g, '#').replace(/\s+/g, ' ')
  const seen = new Map<string, number>()
  for (const page of numbered.slice(1)) for (const key of new Set(edges(page).map(shape))) seen.set(key, (seen.get(key) ?? 0) + 1)
  const repeated = (l: Line) => (seen.get(shape(l)) ?? 0) >= 2
  const pageNumber = (l: Line) => /^(?:page\s+)?\d{1,4}(?:\s*(?:\/|of)\s*\d{1,4})?$|^-\s*\d{1,4}\s*-$/i.test(l.text)
  let dropped = 0
  const out: Line[] = []
  numbered.forEach((lines, index) => {
    const filled = lines.filter((l) => l.text !== '')
    // The first page keeps its head (the cover's symbol); only its feet can be furniture.
    const edge = new Set(index === 0 ? filled.slice(-3) : edges(lines))
    const kept: Line[] = []
    for (const line of lines) {
      if (edge.has(line) && !isHeadingLine(line.text) && !labelStart.test(line.text) && (pageNumber(line) || (numbered.length > 1 && repeated(line)))) {
        dropped++
        continue
      }
      kept.push(line)
    }
    // A paragraph may run on over a page break: blank lines at the top and foot of a page are not breaks.
    while (kept[0]?.text === '') kept.shift()
    while (kept.at(-1)?.text === '') kept.pop()
    out.push(...kept)
  })
  if (dropped > 0) notes.push({rule: 'page-furniture-removed', where: 'every page', message: `${dropped} page header, footer and page-number lines left out`})
  return out
}

/** Join wrapped lines with spaces; a line-end hyphen is dropped only when the joined word occurs elsewhere. */
function joinLines(lines: Line[], words: Set<string>, notes: ImportNote[]): string {
  let out = lines[0]!.text
  for (const line of lines.slice(1)) {
    const hyphen = /([\p{L}]+)-$/u.exec(out)
    const next = /^\p{Ll}[\p{L}]*/u.exec(line.text)
    if (hyphen && /^\p{Lu}/u.test(line.text)) {
      out += line.text
      continue
    }
    if (hyphen && next) {
      const joined = hyphen[1] + next[0]
      if (words.has(joined)) {
        out = out.slice(0, -1) + line.text
        notes.push({rule: 'hyphenation-joined', where: `line ${line.number}`, message: `"${hyphen[1]}-" + "${next[0]}" joined as "${joined}", the spelling used elsewhere in the document`})
        continue
      }
      out += line.text
      continue
    }
    out += ' ' + line.text
  }
  return out
}
