/** A standalone HTML page around a report's body: doctype, a head with the CSP of its inline assets, serialised by hast-util-to-html. */
import type {Element, Root} from 'hast'
import {toHtml} from 'hast-util-to-html'
import {h} from './hast.js'
import type {VersionInfo} from '../model/diff.js'

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

/** One line describing a version: label, title, symbol, date, venue, articles and open brackets. */
export function versionLine(version: VersionInfo): string {
  const text = (key: string) => {
    const value = version.meta[key]
    return typeof value === 'string' || typeof value === 'number' ? String(value) : null
  }
  const details = [text('symbol'), text('date'), text('venue')].filter(Boolean).join(', ')
  const title = text('title')
  return `${version.label}${title ? ` — ${title}` : ''}${details ? ` (${details})` : ''}; ${version.counts.articles} articles, ${version.counts.openBrackets} open brackets`
}
