/** The one walk over a draft's text units in reading order: paragraphs, subparagraphs, closing words, the preamble's units. */
import type {Article, Draft, Paragraph, Subparagraph, TextUnit} from '../model/types.js'

/** A unit with the marker it is written with (`2.`, `(b)`, `(3)`; '' for none), in reading order. */
export interface MarkedUnit {
  unit: TextUnit
  marker: string
  /** 0 for a paragraph or a unit of the preamble, 1 for a subparagraph or closing words, 2 for a subparagraph within one. */
  level: number
}

/** The units of an article with their markers: each paragraph, its subparagraphs depth first, its closing words. */
export function markedUnits(article: Article): MarkedUnit[] {
  const out: MarkedUnit[] = []
  for (const paragraph of article.paragraphs) paragraphUnits(paragraph, out)
  return out
}

/** The units of one paragraph with their markers: the paragraph (`2.`), its subparagraphs (`(b)`), its closing words; appended to `out`. */
export function paragraphUnits(paragraph: Paragraph, out: MarkedUnit[] = []): MarkedUnit[] {
  out.push({unit: paragraph, marker: paragraph.number === null ? '' : `${paragraph.number}.`, level: 0})
  subparagraphUnits(paragraph.subparagraphs, 1, out)
  if (paragraph.closing) out.push({unit: paragraph.closing, marker: '', level: 1})
  return out
}

function subparagraphUnits(list: Subparagraph[], level: number, out: MarkedUnit[]): void {
  for (const sub of list) {
    out.push({unit: sub, marker: `(${sub.number})`, level})
    subparagraphUnits(sub.children, level + 1, out)
  }
}

/** The preamble's units with their markers: opening words, preambular paragraphs (`(3)`), closing formula; all at level 0. */
export function preambleUnits(draft: Draft): MarkedUnit[] {
  const preamble = draft.preamble
  if (!preamble) return []
  const out: MarkedUnit[] = []
  if (preamble.opening) out.push({unit: preamble.opening, marker: '', level: 0})
  for (const paragraph of preamble.paragraphs) out.push({unit: paragraph, marker: paragraph.number === null ? '' : `(${paragraph.number})`, level: 0})
  if (preamble.closing) out.push({unit: preamble.closing, marker: '', level: 0})
  return out
}
