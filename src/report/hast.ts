/**
 * hastscript's `h` and `s` with a stricter signature: the second argument is properties, text or an array of children,
 * never a lone node. hastscript takes a lone text node there for properties (`h('td', text)` gave `<td type="text"
 * value="…"></td>`, an empty cell), so a node must be wrapped: `h('td', [node])`. Import `h` and `s` from here only.
 */
import type {Element} from 'hast'
// eslint-disable-next-line no-restricted-imports -- the one place that wraps hastscript
import {h as hastH, s as hastS, type Child, type Properties} from 'hastscript'

/** What may follow the selector: properties, text, a number, or children in an array; not a lone node. */
export type PropertiesOrContent = Properties | string | number | null | undefined | readonly Child[]

/** An HTML element: `h('td.n', {scope: 'row'}, ...children)`, `h('td', 'text')` or `h('td', [node, 'text'])`. */
export function h(selector: string, first?: PropertiesOrContent, ...children: Child[]): Element {
  return hastH(selector, first as Properties, ...children)
}

/** An SVG element, with the same rule as `h`. */
export function s(selector: string, first?: PropertiesOrContent, ...children: Child[]): Element {
  return hastS(selector, first as Properties, ...children)
}
