/** The flat text block the block readers (remark's tree, the plain-chunk reader) hand to the unit builder. */

/** A block of text with offsets into the file; `marker` is the list marker (`2.`) when it came from a list item. */
export interface Block {
  kind: 'text' | 'footnote-definition' | 'front-matter' | 'heading'
  start: number
  end: number
  marker: string | null
  label?: string
}
