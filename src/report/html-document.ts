/** A standalone HTML page around a report's body: doctype, a head with the CSP of its inline assets, serialised by hast-util-to-html. */
import type {Element, Root} from 'hast'
import {toHtml} from 'hast-util-to-html'
import {h} from 'hastscript'

/** Serialise a page: `body` must already hold any script; `policy` must allow the inline style `css`. */
export function htmlDocument(title: string, policy: string, css: string, body: Element): string {
  const tree: Root = {
    type: 'root',
    children: [
      {type: 'doctype'},
      h('html', {lang: 'en'}, [
        h('head', [
          h('meta', {charSet: 'utf-8'}),
          h('meta', {httpEquiv: 'Content-Security-Policy', content: policy}),
          h('meta', {name: 'viewport', content: 'width=device-width, initial-scale=1'}),
          h('meta', {name: 'referrer', content: 'no-referrer'}),
          h('meta', {name: 'generator', content: 'draftdiff'}),
          h('title', title),
          h('style', css)
        ]),
        body
      ])
    ]
  }
  return toHtml(tree) + '\n'
}
