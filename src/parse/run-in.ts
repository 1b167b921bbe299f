/** A run-in preamble: opening formula, recitals and closing formula written as one paragraph. */

/** Words that open a recital: participles (`Concerned`, `Recognizing`) and the usual adjectives. */
const recitalStart = String.raw`(?:\p{Lu}\p{Ll}+(?:ing|ed)|Mindful|Aware|Conscious|Desirous|Deeply|Further|Also|Reaffirming|Have|Has|Hereby)\b`
/** After `,` or `;` (and the `]` of a bracketed recital), before a recital word (or `[` opening a bracketed recital). */
const boundary = new RegExp(String.raw`[,;]\]{0,3}[ \t\n]+(?=\[?${recitalStart})`, 'gu')
const closingFormula = /^(?:have|has|hereby)\b[^,;]{0,60}:\s*$/i

/** The pieces of a run-in preamble paragraph, offsets within `text`. */
export interface RunInPreamble {
  opening: [number, number] | null
  recitals: Array<[number, number]>
  closing: [number, number] | null
}

/**
 * Split one paragraph holding a whole preamble (`The States Parties to this Convention, Concerned …,
 * Convinced …, Have agreed as follows:`) after each `,` or `;` that comes before a word opening a
 * recital; null when it does not end in a closing formula ("Have agreed as follows:"), so an ordinary
 * paragraph is never cut up. Linear in the text.
 */
export function splitRunInPreamble(text: string): RunInPreamble | null {
  const starts = [0]
  for (const match of text.matchAll(boundary)) starts.push(match.index + match[0].length)
  if (starts.length < 2) return null
  const pieces = starts.map((start, index): [number, number] => [start, index + 1 < starts.length ? (starts[index + 1] ?? text.length) : text.length])
  const last = pieces.at(-1) as [number, number]
  if (!closingFormula.test(text.slice(last[0], last[1]))) return null
  pieces.pop()
  // The opening formula ("The States Parties to this Convention,") is the first piece unless a recital opens the text.
  const opening = opensWithFormula(text) ? (pieces.shift() ?? null) : null
  return {opening, recitals: pieces, closing: last}
}

function opensWithFormula(text: string): boolean {
  return !new RegExp(String.raw`^\[?${recitalStart}`, 'u').test(text)
}
