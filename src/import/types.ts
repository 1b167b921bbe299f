/** Shared shapes of the import: paragraphs read from a document, and what the import reports. */

/** One paragraph of a foreign document, as read, before it is placed in a draft. */
export interface Block {
  /** The text, with any automatic number first (`1. Each State Party`), footnote references as `[^n]`. */
  text: string
  /** Level of automatic numbering (0 = outermost), or null when typed or none. */
  level: number | null
  /** A heading style, an outline level, or (in text) a line standing alone. */
  heading: boolean
  centred: boolean
  bold: boolean
  /** Indented from the left margin (a closing phrase under subparagraphs). */
  indented: boolean
  /** Where it was read, in words: `paragraph 12`, `line 40`. */
  where: string
}

/** Something the import could not place or changed on the way, with its location. */
export interface ImportNote {
  rule: string
  where: string
  message: string
}

/** A tracked change found in a .docx; its text was imported as if the change were accepted. */
export interface Revision {
  kind: 'insertion' | 'deletion' | 'move-from' | 'move-to'
  author: string
  date: string
  text: string
  where: string
}

/** A document read into paragraphs: what every reader returns. */
export interface ReadDocument {
  blocks: Block[]
  /** Footnote texts by the number used in `[^n]`. */
  footnotes: Map<string, string>
  notes: ImportNote[]
  revisions: Revision[]
  comments: number
}

/** A reader's refusal: not a document it can read (the CLI exits 2 with this message). */
export class ImportError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ImportError'
  }
}

/** A block with defaults for the flags. */
export function block(text: string, where: string, flags: Partial<Block> = {}): Block {
  return {text, level: null, heading: false, centred: false, bold: false, indented: false, where, ...flags}
}
