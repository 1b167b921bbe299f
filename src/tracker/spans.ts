/** The open brackets of one draft, in document order, with option labels, groups and proponents. */
import {fold} from '../align/text.js'
import type {BracketSpan, Draft, TextUnit} from '../model/types.js'
import {articleUnits} from '../parse/spanning.js'

/** One open bracket of a draft: the unit holding it, the span, and what its text names. */
export interface OpenBracket {
  unit: TextUnit
  /** The index of the article holding it in `draft.articles`, or null in the preamble. */
  article: number | null
  span: BracketSpan
  /** Its position among the open brackets of its unit, from 1. */
  n: number
  /** The inner text, whitespace folded: brackets with the same key are the same text. */
  key: string
  option: string | null
  proponents: string[]
  /** `<unit id>#g<k>` for options of one group, else null. */
  group: string | null
}

/** `Option 1 (EU, US):`: a label with the delegations proposing it. */
const labelWithProponents = /^\s*((?:option|alternative|alt\.)\s*[0-9A-Za-z]{1,3})\s*\(([^()]{1,200})\)\s*[:.]/i
const plainLabel = /^\s*((?:option|alternative|alt\.)\s*[0-9A-Za-z]{1,3})\s*[:.]/i
/** "Proposed by Brazil and Norway." in a footnote. */
const proposedBy = /\bproposed by\s+([^.;]{1,200})/i

/**
 * Every open bracket of a draft, as `sessions` counts them: each bracketed span once (a span across units on the
 * unit that opens it), status markers excluded. The count always equals `draftStats(draft).openBrackets`.
 */
export function openBrackets(draft: Draft): OpenBracket[] {
  const footnotes = new Map(draft.footnotes.map((f) => [f.label, f.text]))
  const out: OpenBracket[] = []
  const preamble = draft.preamble ? [draft.preamble.opening, ...draft.preamble.paragraphs, draft.preamble.closing] : []
  // The units of `allUnits`, in its order, each with the article holding it.
  const units = [...preamble.flatMap((unit) => (unit ? [{unit, article: null}] : [])), ...draft.articles.flatMap((a, article) => articleUnits(a).map((unit) => ({unit, article})))]
  for (const {unit, article} of units) {
    const spans = unit.brackets.filter((span) => span.continues !== 'previous')
    const groups = optionGroups(unit.text, spans)
    spans.forEach((span, k) => {
      const label = labelOf(span.inner)
      const group = groups[k]
      out.push({unit, article, span, n: k + 1, key: fold(span.inner), option: label.option, proponents: [...label.proponents, ...footnoteProponents(unit, span, footnotes)], group: group === null || group === undefined ? null : `${unit.id}#g${group}`})
    })
  }
  return out
}

/** The option label of a bracket's text and the delegations it names: `Option 1 (EU, US): …`. */
export function labelOf(inner: string): {option: string | null; proponents: string[]} {
  const named = labelWithProponents.exec(inner)
  if (named) return {option: oneSpace(named[1] ?? ''), proponents: splitNames(named[2] ?? '')}
  const plain = plainLabel.exec(inner)
  return {option: plain ? oneSpace(plain[1] ?? '') : null, proponents: []}
}

/** The text of a bracket without its option label. */
export function withoutLabel(inner: string): string {
  return fold(inner.replace(labelWithProponents, '').replace(plainLabel, ''))
}

/** Characters of the option label at the start of a bracket's text (0 when unlabelled). */
export function labelLength(inner: string): number {
  return (labelWithProponents.exec(inner) ?? plainLabel.exec(inner))?.[0].length ?? 0
}

/** Delegations named by a "Proposed by …" footnote referenced inside the bracket or right after it. */
function footnoteProponents(unit: TextUnit, span: BracketSpan, footnotes: ReadonlyMap<string, string>): string[] {
  const ref = unit.footnoteRefs.find((r) => (r.start >= span.start && r.end <= span.end) || (r.start >= span.end && /^\s*$/.test(unit.text.slice(span.end, r.start))))
  const match = ref ? proposedBy.exec(footnotes.get(ref.label) ?? '') : null
  return match ? splitNames(match[1] ?? '') : []
}

/** Names of delegations and groups that contain "and": never split there. */
const namesWithAnd = /\b(?:(?:Group of |G-?)77 and China|Antigua and Barbuda|Bosnia and Herzegovina|Saint Kitts and Nevis|Saint Vincent and the Grenadines|Sao Tome and Principe|São Tomé and Príncipe|Trinidad and Tobago|United Kingdom of Great Britain and Northern Ireland)\b/gi

/** "Norway, Chile and the Group of 77 and China" → Norway; Chile; the Group of 77 and China. */
function splitNames(text: string): string[] {
  const kept: string[] = []
  const masked = oneSpace(text).replace(namesWithAnd, (name) => `\u0000${kept.push(name) - 1}\u0000`)
  return masked
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+/)
    .map((name) => oneSpace(name.replace(/\u0000(\d+)\u0000/g, (_, k: string) => kept[Number(k)] ?? '')))
    .filter((name) => name !== '')
}

/** Groups of consecutive labelled options at one depth (as the parser groups them, labels with proponents included). */
function optionGroups(text: string, spans: BracketSpan[]): Array<number | null> {
  let group = -1
  let previous: BracketSpan | null = null
  return spans.map((span) => {
    if (labelOf(span.inner).option === null) return null
    const adjacent = previous !== null && previous.depth === span.depth && /^[\s,;]*(or\s+)?$/i.test(text.slice(previous.end, span.start))
    if (!adjacent) group++
    previous = span
    return group
  })
}

function oneSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
