/** Building text units (paragraphs, subparagraphs, preamble paragraphs) from blocks. */
import type {Paragraph, PreambleParagraph, Subparagraph, TextUnit} from '../model/types.js'
import type {Block} from './block.js'
import {type BracketProblem, scanInline} from './inline.js'
import type {LineIndex} from './lines.js'
import {subparagraphMarker} from './markers.js'
import {splitRunInPreamble} from './run-in.js'
import {findReferences, type ReferenceContext} from './references.js'

/** What the unit builders need: the file's lines, the status markers, and where to report problems. */
export interface UnitContext {
  lines: LineIndex
  knownMarkers: ReadonlySet<string>
  /** Called for each bracket problem, with offsets in the file. */
  onBracketProblem: (problem: BracketProblem, unit: TextUnit) => void
  /** Called when a subparagraph's level is a guess (`(i)` after a colon-ended `(h)`), with offsets in the file. */
  onAmbiguous?: (reason: string, start: number, end: number) => void
}

/** A unit from `[start, end)` of the file whose own text starts at `textStart`. */
export function makeUnit(context: UnitContext, id: string, start: number, firstChar: number, end: number, where: ReferenceContext): TextUnit {
  const source = context.lines.text
  let textStart = firstChar
  // Leading space is not text (an indented code block in a list item starts with it): `fmt` would move it.
  while (textStart < end && /\s/.test(source[textStart] ?? '')) textStart++
  let textEnd = end
  while (textEnd > textStart && /\s/.test(source[textEnd - 1] ?? '')) textEnd--
  const text = source.slice(textStart, textEnd)
  const scan = scanInline(text, context.knownMarkers)
  const unit: TextUnit = {
    id,
    range: context.lines.range(start, textEnd),
    text,
    textOffset: textStart,
    brackets: scan.brackets,
    markers: scan.markers,
    references: findReferences(text, where),
    footnoteRefs: scan.footnoteRefs
  }
  for (const problem of scan.problems) context.onBracketProblem(problem, unit)
  return unit
}

const numberedMarker = /^(\d{1,4})[.)]$/
const preambleNumber = /^\((\d{1,3})\)[ \t]+/

/** Paragraphs of an article body from its text blocks. */
export function buildParagraphs(context: UnitContext, articleId: string, articleNumber: string, blocks: Block[]): Paragraph[] {
  const source = context.lines.text
  const paragraphs: Paragraph[] = []
  let unnumbered = 0
  let current: Paragraph | null = null
  for (const [index, block] of blocks.entries()) {
    const text = source.slice(block.start, block.end)
    const numbered = block.marker ? numberedMarker.exec(block.marker) : null
    const sub = numbered ? null : subparagraphMarker(text)
    if (numbered) {
      const number = numbered[1] ?? ''
      const unit = makeUnit(context, `${articleId}/para-${number}`, lineStartOf(source, block.start), block.start, block.end, {article: articleNumber, paragraph: number})
      current = {...unit, kind: 'paragraph', number, subparagraphs: [], closing: null}
      paragraphs.push(current)
    } else if (sub) {
      if (!current) {
        unnumbered++
        const id = `${articleId}/p-${unnumbered}`
        current = {...makeUnit(context, id, block.start, block.start, block.start, {article: articleNumber, paragraph: null}), kind: 'paragraph', number: null, subparagraphs: [], closing: null}
        paragraphs.push(current)
      }
      const next = sub.number === 'i' ? nextSubNumber(source, blocks, index + 1) : null
      addSubparagraph(context, current, {number: sub.number, next, markerLength: sub.length}, block, articleNumber)
    } else if (current && current.subparagraphs.length > 0 && current.closing === null) {
      current.closing = makeUnit(context, `${current.id}/closing`, block.start, block.start, block.end, {article: articleNumber, paragraph: current.number})
    } else {
      unnumbered++
      const unit = makeUnit(context, `${articleId}/p-${unnumbered}`, block.start, block.start, block.end, {article: articleNumber, paragraph: null})
      current = {...unit, kind: 'paragraph', number: null, subparagraphs: [], closing: null}
      paragraphs.push(current)
    }
  }
  return paragraphs
}

/** The number of the next subparagraph marker before the next numbered paragraph, or null. */
function nextSubNumber(source: string, blocks: Block[], from: number): string | null {
  for (let index = from; index < blocks.length; index++) {
    const block = blocks[index] as Block
    if (block.marker && numberedMarker.test(block.marker)) return null
    const sub = subparagraphMarker(source.slice(block.start, Math.min(block.end, block.start + 12)))
    if (sub) return sub.number
  }
  return null
}

function addSubparagraph(context: UnitContext, paragraph: Paragraph, marker: {number: string; next: string | null; markerLength: number}, block: Block, articleNumber: string): void {
  const {number, markerLength} = marker
  const last = paragraph.subparagraphs.at(-1)
  const where = `article ${articleNumber}${paragraph.number === null ? '' : `, paragraph ${paragraph.number}`}`
  const level = subLevel(number, last, marker.next, (reason) => context.onAmbiguous?.(`In ${where}: ${reason}`, block.start, block.start + markerLength))
  const parent = level === 2 && last ? last : null
  const id = `${parent ? parent.id : paragraph.id}/sub-${number}`
  const unit = makeUnit(context, id, block.start, block.start + markerLength, block.end, {article: articleNumber, paragraph: paragraph.number})
  const subparagraph: Subparagraph = {...unit, kind: 'subparagraph', number, level, children: []}
  if (parent) parent.children.push(subparagraph)
  else paragraph.subparagraphs.push(subparagraph)
}

/**
 * Whether `(i)` is a sub-subparagraph or the letter after `(h)`, from context: the marker after it
 * (`(ii)` or `(j)`), else whether `(h)` ends with a colon; `warn` when the text does not settle it.
 * See docs/draft-format.md and docs/rules/ambiguous-subparagraph.md.
 */
function subLevel(number: string, last: Subparagraph | undefined, next: string | null, warn: (reason: string) => void): 1 | 2 {
  if (!last) return 1
  const lastChild = last.children.at(-1)
  if (lastChild && romanSuccessor(lastChild.number) === number) return 2
  if (number === 'i' && letterSuccessor(last.number) !== 'i') return 2
  if (number !== 'i' || lastChild) return 1
  const chapeau = /:\s*$/.test(last.text)
  if (next === 'ii') return 2
  if (next === 'j') {
    if (chapeau) warn('(i) after (h), which ends with a colon, is read as the letter (i) because (j) follows; if it opens a list under (h), number that list (i), (ii) … and the letters after it (i), (j) …')
    return 1
  }
  if (!chapeau) return 1
  warn('(i) after (h), which ends with a colon, is read as the first item (i) of a list under (h), but no (ii) follows; if it is the letter (i), end (h) with a semicolon')
  return 2
}

/** The subparagraph letter after `value` (`b` → `c`, `z` → `aa`), or "" when it is not a letter run. */
export function letterSuccessor(value: string): string {
  if (/^([a-z])\1*$/.test(value)) {
    const char = value[0] ?? 'a'
    if (char === 'z') return 'a'.repeat(value.length + 1)
    return String.fromCharCode(char.charCodeAt(0) + 1).repeat(value.length)
  }
  return ''
}

const romans = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv', 'xvi', 'xvii', 'xviii', 'xix', 'xx']

/** The Roman numeral after `value` up to `xx`, or "". */
export function romanSuccessor(value: string): string {
  const index = romans.indexOf(value)
  return index === -1 ? '' : (romans[index + 1] ?? '')
}

/** Position of a Roman numeral among `i` … `xx` from 0, or -1. */
export function romanIndex(value: string): number {
  return romans.indexOf(value)
}

/** Preamble units: opening formula, preambular paragraphs, closing formula. */
export function buildPreamble(context: UnitContext, blocks: Block[]): {opening: TextUnit | null; paragraphs: PreambleParagraph[]; closing: TextUnit | null} {
  const source = context.lines.text
  const texts = blocks.filter((block) => block.kind === 'text')
  const runIn = texts.length === 1 && texts[0] ? runInUnits(context, texts[0]) : null
  if (runIn) return runIn
  let opening: TextUnit | null = null
  let closing: TextUnit | null = null
  const first = texts[0]
  if (first && texts.length > 1 && !preambleNumber.test(source.slice(first.start, first.end)) && /,\s*$/.test(source.slice(first.start, first.end))) {
    opening = makeUnit(context, 'preamble/opening', first.start, first.start, first.end, {article: null, paragraph: null})
    texts.shift()
  }
  const last = texts.at(-1)
  if (last && /:\s*$/.test(source.slice(last.start, last.end))) {
    closing = makeUnit(context, 'preamble/closing', last.start, last.start, last.end, {article: null, paragraph: null})
    texts.pop()
  }
  const paragraphs = texts.map((block, index): PreambleParagraph => {
    const number = preambleNumber.exec(source.slice(block.start, block.end))
    const textStart = block.start + (number?.[0].length ?? 0)
    const unit = makeUnit(context, `preamble/pp-${index + 1}`, block.start, textStart, block.end, {article: null, paragraph: null})
    return {...unit, kind: 'preamble-paragraph', number: number?.[1] ?? null}
  })
  return {opening, paragraphs, closing}
}

/** Units of a preamble written as one paragraph, or null when it is not one (see `splitRunInPreamble`). */
function runInUnits(context: UnitContext, block: Block): {opening: TextUnit | null; paragraphs: PreambleParagraph[]; closing: TextUnit | null} | null {
  const split = splitRunInPreamble(context.lines.text.slice(block.start, block.end))
  if (!split) return null
  const where = {article: null, paragraph: null}
  const unit = (id: string, [start, end]: [number, number]) => makeUnit(context, id, block.start + start, block.start + start, block.start + end, where)
  return {
    opening: split.opening ? unit('preamble/opening', split.opening) : null,
    paragraphs: split.recitals.map((recital, index) => ({...unit(`preamble/pp-${index + 1}`, recital), kind: 'preamble-paragraph', number: null})),
    closing: split.closing ? unit('preamble/closing', split.closing) : null
  }
}

function lineStartOf(source: string, offset: number): number {
  return source.lastIndexOf('\n', offset - 1) + 1
}
