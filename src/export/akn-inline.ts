/** A unit's text as Akoma Ntoso inline content: brackets and status markers as `<inline>`, references as `<ref>`, footnotes as `<authorialNote>`. */
import type {Element, ElementContent} from 'xast'
import {x} from './xast.js'
import type {TextUnit} from '../model/types.js'
import {xmlSafe} from './lines.js'

/** What the inline content needs from the draft: the eId of a unit id, and a footnote's text. */
export interface InlineContext {
  eIdOf: (unitId: string) => string | undefined
  footnote: (label: string) => string | undefined
  /** The eId of the unit whose text this is (notes are numbered under it). */
  owner: string
}

interface Span {
  start: number
  end: number
  make: (children: ElementContent[]) => ElementContent
}

/** Source line breaks inside a text become single spaces; characters XML cannot carry become U+FFFD. */
function textNode(value: string): ElementContent {
  return {type: 'text', value: xmlSafe(value.replace(/[ \t]*\n[ \t]*/g, ' '))}
}

function spansOf(unit: TextUnit, context: InlineContext): Span[] {
  const spans: Span[] = []
  for (const b of unit.brackets) spans.push({start: b.start, end: b.end, make: (children) => x('inline', {name: 'bracket'}, children)})
  for (const m of unit.markers) spans.push({start: m.start, end: m.end, make: (children) => x('inline', {name: 'statusMarker', refersTo: `#status_${m.name.replace(/[^a-z0-9]+/g, '_')}`}, children)})
  for (const r of unit.references) {
    const target = r.external ? null : r.targets.find((t) => t.resolved !== null)?.resolved
    const eId = target ? context.eIdOf(target) : undefined
    if (eId) spans.push({start: r.start, end: r.end, make: (children) => x('ref', {href: `#${eId}`}, children)})
  }
  let notes = 0
  for (const f of unit.footnoteRefs) {
    const text = context.footnote(f.label)
    if (text === undefined) continue
    const eId = `${context.owner}__authorialNote_${++notes}`
    spans.push({start: f.start, end: f.end, make: () => x('authorialNote', {marker: xmlSafe(f.label), placement: 'bottom', eId}, x('p', {}, textNode(text.trim())))})
  }
  // Outer spans first; of two with the same range, the one listed first (a bracket) outside.
  return spans.map((span, order) => ({span, order})).sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end || a.order - b.order).map((s) => s.span)
}

interface Open {
  span: Span | null
  end: number
  children: ElementContent[]
}

/** The inline content of `unit.text`: spans that cross another's boundary are left as plain text. */
export function inlineContent(unit: TextUnit, context: InlineContext): ElementContent[] {
  const text = unit.text
  const root: Open = {span: null, end: text.length, children: []}
  const stack: Open[] = [root]
  let at = 0
  const close = (upTo: number) => {
    while (stack.length > 1 && (stack.at(-1) as Open).end <= upTo) {
      const open = stack.pop() as Open
      if (at < open.end) open.children.push(textNode(text.slice(at, open.end)))
      at = Math.max(at, open.end)
      ;(stack.at(-1) as Open).children.push((open.span as Span).make(open.children))
    }
  }
  for (const span of spansOf(unit, context)) {
    if (span.start < at || span.end > text.length || span.end <= span.start) continue
    close(span.start)
    const parent = stack.at(-1) as Open
    if (span.end > parent.end) continue
    if (at < span.start) parent.children.push(textNode(text.slice(at, span.start)))
    at = span.start
    stack.push({span, end: span.end, children: []})
  }
  close(text.length)
  if (at < text.length) root.children.push(textNode(text.slice(at)))
  return root.children.filter((node) => node.type !== 'text' || node.value !== '')
}

/** A `<p>` holding a unit's inline content. */
export function paragraphOf(unit: TextUnit, context: InlineContext): Element {
  return x('p', {}, inlineContent(unit, context))
}
