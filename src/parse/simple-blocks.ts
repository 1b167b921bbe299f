/**
 * Blocks of the plainest chunks (paragraphs and flat numbered lists) without micromark: most article
 * bodies are only that, and remark takes ~100 ms per 30k words. Any line that could start another
 * construct makes it decline (null), and the caller asks remark; test/parse/blocks.test.ts pins that every
 * answer equals remark's.
 */
import type {Block} from './block.js'

/** Characters that may start a block construct (or a table) when first on a line. */
const constructStart = new Set(['#', '>', '-', '*', '+', '_', '=', '`', '~', '<', '|', ':', '\\'])
const numberMarker = /^( *)(\d{1,9})([.)])( +|$)/
/** A GFM task-list checkbox moves the paragraph start: left to remark. */
const checkbox = /^\[[ xX]\](?=[ \t]|$)/

interface Open {
  start: number
  end: number
  marker: string | null
  inItem: boolean
}

/** Blocks of `chunk` (offsets within it) when it holds only paragraphs and flat numbered lists; otherwise null. */
export function simpleBlocks(chunk: string): Block[] | null {
  if (/[\t\r|]/.test(chunk)) return null
  const blocks: Block[] = []
  let paragraph: Open | null = null
  let contentIndent: number | null = null
  let definition = false
  const close = () => {
    if (!paragraph) return
    // A paragraph opening with `[label]:` is a link definition.
    if (chunk[paragraph.start] === '[' && chunk.slice(paragraph.start, paragraph.end).includes(']:')) definition = true
    blocks.push({kind: 'text', start: paragraph.start, end: paragraph.end, marker: paragraph.marker})
    paragraph = null
  }
  let offset = 0
  for (const line of chunk.split('\n')) {
    const lineStart = offset
    offset += line.length + 1
    const indent = /^ */.exec(line)?.[0].length ?? 0
    if (indent === line.length) {
      close()
      continue
    }
    // A footnote definition (`[^1]:`) may open on any line.
    if (constructStart.has(line[indent] ?? '') || line.startsWith('[^', indent)) return null
    const marker = numberMarker.exec(line)
    if (marker) {
      const [whole, , digits = '', delimiter = '', spaces = ''] = marker
      // Indented 4 or more, nothing after it, or 5 spaces (indented code) after it: left to remark.
      if (indent > 3 || spaces.length === 0 || spaces.length > 4 || whole.length === line.length) return null
      // Nested lists are left to remark.
      if (contentIndent !== null && indent >= contentIndent) return null
      const open = paragraph as Open | null
      // Only a list starting at 1 interrupts a paragraph outside a list ("01." is left to remark).
      if (open && !open.inItem && digits !== '1' && Number(digits) === 1) return null
      if (!open || open.inItem || digits === '1') {
        const content = line.slice(whole.length)
        // A checkbox, or a second marker opening a nested list on the same line: left to remark.
        if (checkbox.test(content) || constructStart.has(content[0] ?? '') || content.startsWith('[^') || numberMarker.test(content)) return null
        close()
        contentIndent = whole.length
        paragraph = {start: lineStart + whole.length, end: lineStart + line.length, marker: digits + delimiter, inItem: true}
        continue
      }
    }
    if (paragraph !== null) {
      ;(paragraph as Open).end = lineStart + line.length
      continue
    }
    if (contentIndent !== null && indent >= contentIndent) {
      if (indent >= contentIndent + 4) return null
      paragraph = {start: lineStart + indent, end: lineStart + line.length, marker: null, inItem: true}
      continue
    }
    if (indent >= 4) return null
    contentIndent = null
    paragraph = {start: lineStart + indent, end: lineStart + line.length, marker: null, inItem: false}
  }
  close()
  return definition ? null : blocks
}
