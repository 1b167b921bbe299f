/**
 * xastscript's `x` with a stricter signature, as src/report/hast.ts does for hastscript: the second argument is
 * attributes, text or an array of children, never a lone node (xastscript reads a lone node there as attributes:
 * `x('p', node)` gave `<p type="element" name="…">`). Import `x` from here only.
 */
import type {Element} from 'xast'
// eslint-disable-next-line no-restricted-imports -- the one place that wraps xastscript
import {x as xastX, type Attributes, type Child} from 'xastscript'

/** What may follow the name: attributes, text, or children in an array; not a lone node. */
export type AttributesOrContent = Attributes | string | readonly Child[]

/** An XML element: `x('p', {eId: 'a'}, ...children)`, `x('num', 'text')` or `x('p', [node, 'text'])`. */
export function x(name: string, first?: AttributesOrContent, ...children: Child[]): Element {
  return xastX(name, first as Attributes, ...children)
}
