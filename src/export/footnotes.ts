/**
 * Footnotes of a Word redline. While a line is diffed, each reference `[^label]` to a footnote its draft defines
 * stands as one private-use character, so a redline never cuts a reference; the runs are then cut at those
 * characters into text and footnote references, each reference with its footnote's redline.
 */
import type {Piece} from '../model/diff.js'
import type {Draft} from '../model/types.js'
import {wordDiff} from '../diff/words.js'
import {phrasePieces} from '../model/phrases.js'
import {flat} from './lines.js'

/** A footnote reference in Markdown, as the parser reads it. */
const reference = /\[\^([^\]\s]+)\]/g

/** The first and last private-use characters a reference may stand as. */
const firstMark = 0xe000
const lastMark = 0xf8ff

/** The characters standing for footnote references, and the footnotes' texts in each version. */
export interface NoteMarks {
  byLabel: Map<string, string>
  byMark: Map<string, string>
  /** Label → footnote text (on one line), in the old and the new draft. */
  before: Map<string, string>
  after: Map<string, string>
}

function definitions(draft: Draft): Map<string, string> {
  return new Map(draft.footnotes.map((note) => [note.label, flat(note.text)]))
}

/** One private-use character per footnote label of either draft, none of which occurs in `texts`. */
export function noteMarks(before: Draft, after: Draft, texts: string[]): NoteMarks {
  const marks: NoteMarks = {byLabel: new Map(), byMark: new Map(), before: definitions(before), after: definitions(after)}
  const used = new Set<number>()
  for (const text of texts) for (const char of text) if (char.charCodeAt(0) >= firstMark && char.charCodeAt(0) <= lastMark) used.add(char.charCodeAt(0))
  let code = firstMark
  for (const label of new Set([...marks.before.keys(), ...marks.after.keys()])) {
    while (used.has(code)) code++
    // More labels than free characters: the rest stay as text (`[^label]`).
    if (code > lastMark) break
    const mark = String.fromCharCode(code++)
    marks.byLabel.set(label, mark)
    marks.byMark.set(mark, label)
  }
  return marks
}

/** `text` with each reference to a footnote of `side` replaced by its character; other references stay text. */
export function markReferences(text: string, side: 'before' | 'after', marks: NoteMarks): string {
  return text.replace(reference, (whole, label: string) => (marks[side].has(label) ? (marks.byLabel.get(label) ?? whole) : whole))
}

/** A piece of a run: text, or the reference to a footnote. */
export type RunPart = {text: string} | {label: string}

/** Cut `text` at the characters standing for references. */
export function splitAtReferences(text: string, marks: NoteMarks): RunPart[] {
  const parts: RunPart[] = []
  let current = ''
  for (const char of text) {
    const label = marks.byMark.get(char)
    if (label === undefined) {
      current += char
      continue
    }
    if (current !== '') parts.push({text: current})
    parts.push({label})
    current = ''
  }
  if (current !== '') parts.push({text: current})
  return parts
}

/**
 * The redline of the footnote a reference points to: a kept reference shows the footnote's change from the old
 * text to the new; an inserted reference its new text inserted, a deleted one its old text deleted.
 */
export function notePieces(label: string, type: Piece['type'], marks: NoteMarks): Piece[] {
  const before = marks.before.get(label) ?? ''
  const after = marks.after.get(label) ?? ''
  if (type === 'insert') return after === '' ? [] : [{type: 'insert', text: after}]
  if (type === 'delete') return before === '' ? [] : [{type: 'delete', text: before}]
  return phrasePieces(wordDiff(before, after).pieces)
}
