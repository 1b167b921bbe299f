/** Paragraph and subparagraph markers at the start of a line, in the project's form and in foreign dialects. */
import type {Block} from './block.js'
import {atxHeading} from './headings.js'

/** Whether a lower-case marker is a Roman numeral up to 39 (`iv`, `xii`). */
function isSmallRoman(value: string): boolean {
  return /^(?=[ivx])x{0,3}(ix|iv|v?i{0,3})$/.test(value)
}

/** Letters that may be a subparagraph number: one letter, a doubled one (`aa`), or a Roman numeral. */
function isSubNumber(value: string, spaced: boolean): boolean {
  if (/^([a-z])\1?$/.test(value) || isSmallRoman(value)) return true
  // `(abc)` with a space after it has always been read as a marker; without a space only real numbers are.
  return spaced && /^[a-z]{1,4}$/.test(value) && value.length <= 4
}

/** A subparagraph marker opening `text`: `(a) `, `a) `, `(iv)`, also with no space before a letter (`a)Each`) or alone on its line. */
export function subparagraphMarker(text: string): {number: string; length: number} | null {
  const match = /^(?:\(([a-z]{1,4})\)|([a-z]{1,4})\))([ \t]+|(?=[\p{L}"'`[])|(?=\n|$))/u.exec(text)
  if (!match) return null
  const number = match[1] ?? match[2] ?? ''
  const spaced = (match[3] ?? '') !== ''
  if (match[2] !== undefined && number.length > 2 && !isSmallRoman(number)) return null
  if (!isSubNumber(number, spaced)) return null
  return {number, length: match[0].length}
}

/** A line break followed by a subparagraph or paragraph marker (`b) …`, `(i)…`, `2. …`) at any indentation. */
const markerLine = /\n[ \t]*(?=\(?[a-z]{1,4}\)|\d{1,3}[.)](?:[ \t\n]|$))/g
const numberAtLine = /^(\d{1,3})([.)])(?:[ \t]+|(?=\n|$))/

/**
 * Split text blocks where a line starts with a subparagraph marker, or with a paragraph number: Markdown
 * joins such lines to the paragraph before them (a list cannot interrupt a paragraph unless it starts at
 * 1), but in a draft they open a new unit. A paragraph number splits only when it follows the block's own
 * number, or the block has none; a line break inside a reference ("paragraph\n2.") does not split.
 */
export function splitAtMarkers(blocks: Block[], source: string): Block[] {
  const out: Block[] = []
  for (let block of blocks) {
    if (block.kind !== 'text') {
      out.push(block)
      continue
    }
    const heading = headingWithoutSpace(block, source)
    if (heading) {
      out.push(heading)
      if (heading.end === block.end) continue
      block = {...block, start: heading.end + 1, marker: null}
    }
    // A paragraph number Markdown did not read as a list (after indented code, or itself indented).
    const leading = block.marker === null ? numberAtLine.exec(source.slice(block.start, Math.min(block.end, block.start + 16))) : null
    if (leading) block = {...block, start: block.start + leading[0].length, marker: `${leading[1]}${leading[2]}`}
    const text = source.slice(block.start, block.end)
    let segmentStart = 0
    let marker = block.marker
    let lastNumber = block.marker ? Number(/^\d+/.exec(block.marker)?.[0] ?? Number.NaN) : Number.NaN
    for (const match of text.matchAll(markerLine)) {
      const markerAt = match.index + match[0].length
      const rest = text.slice(markerAt, markerAt + 16)
      const number = numberAtLine.exec(rest)
      let nextMarker: string | null = null
      let textAt = markerAt
      if (number) {
        const value = Number(number[1])
        if (!Number.isNaN(lastNumber) && value !== lastNumber + 1) continue
        // The line before must end a sentence or an item; a scan back over spaces only, so linear overall.
        if (isWrappedReference(text, match.index, markerAt) || !/[.;:,)\]"'!?]/.test(text[trimEnd(text, match.index) - 1] ?? '')) continue
        lastNumber = value
        nextMarker = `${number[1]}${number[2]}`
        textAt = markerAt + number[0].length
      } else {
        if (!subparagraphMarker(text.slice(markerAt, markerAt + 12))) continue
        if (isWrappedReference(text, match.index, markerAt)) continue
      }
      out.push({...block, start: block.start + segmentStart, end: block.start + trimEnd(text, match.index), marker})
      marker = nextMarker
      segmentStart = textAt
    }
    out.push({...block, start: block.start + segmentStart, end: block.end, marker})
  }
  return out
}

/** The first line of a text block when it is a heading with no space after its `#` marks (`##Title`), which Markdown reads as text. */
function headingWithoutSpace(block: Block, source: string): Block | null {
  if (source[block.start] !== '#') return null
  const lineEnd = source.indexOf('\n', block.start)
  const end = lineEnd === -1 || lineEnd > block.end ? block.end : lineEnd
  return atxHeading(source.slice(block.start, end)) ? {kind: 'heading', start: block.start, end, marker: null} : null
}

/** A line break inside a reference ("subparagraph\n(a) of this paragraph", "article\n2.") is not a new unit. */
function isWrappedReference(text: string, lineEnd: number, markerAt: number): boolean {
  const before = text.slice(Math.max(0, lineEnd - 20), lineEnd)
  const after = text.slice(markerAt, markerAt + 40).replace(/^\S+\s*/, '')
  return /\b((sub)?paragraphs?|articles?|no\.?)\s*$/i.test(before) || /^(of this|and \(|or \(|to \()/i.test(after)
}

function trimEnd(text: string, end: number): number {
  let i = end
  while (i > 0 && /\s/.test(text[i - 1] ?? '')) i--
  return i
}
