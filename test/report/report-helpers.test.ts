// The renderers share one set of helpers: redline marks with their screen-reader words, CSP hashes, one Markdown table.
import {createHash} from 'node:crypto'
import {describe, expect, it} from 'vitest'
import {compareTable} from '../../src/compare/table.js'
import {parseDraft} from '../../src/parse/draft.js'
import {compareContentSecurityPolicy, renderCompareHtml} from '../../src/report/compare-html.js'
import {sha256Source} from '../../src/report/csp.js'
import {markdownProcessor, markdownTable} from '../../src/report/mdast.js'
import {redlineNodes} from '../../src/report/redline-html.js'
import {toHtml} from 'hast-util-to-html'

const version = (label: string, body: string) => ({label, draft: parseDraft([{path: `${label}.md`, contents: `## Article 1. Scope\n\n${body}\n`}]).draft})

describe('shared report helpers', () => {
  it('redline marks carry the screen-reader words around deletions and insertions', () => {
    const nodes = redlineNodes([{type: 'equal', text: 'a '}, {type: 'delete', text: 'b'}, {type: 'insert', text: 'c'}], 'both')
    expect(toHtml({type: 'root', children: nodes})).toBe('a <del><span class="vh">deleted: </span>b<span class="vh"> (end deleted)</span></del><ins><span class="vh">inserted: </span>c<span class="vh"> (end inserted)</span></ins>')
  })

  it('the compare page says "deleted:" and "inserted:" to screen readers too (regression: its own copy dropped them)', () => {
    const table = compareTable([version('v1', 'Each Party shall keep the records.'), version('v2', 'Each Party shall publish the records.')])
    const html = renderCompareHtml(table)
    expect(html).toContain('<del><span class="vh">deleted: </span>keep<span class="vh"> (end deleted)</span></del>')
    expect(html).toContain('<ins><span class="vh">inserted: </span>publish<span class="vh"> (end inserted)</span></ins>')
  })

  it('CSP sources hash the exact inline text', () => {
    expect(sha256Source('body{}')).toBe(`'sha256-${createHash('sha256').update('body{}', 'utf8').digest('base64')}'`)
    expect(compareContentSecurityPolicy).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/]+=*'; script-src 'sha256-[A-Za-z0-9+/]+=*'; base-uri 'none'; form-action 'none'$/)
  })

  it('one Markdown table builder', () => {
    const text = (value: string) => ({type: 'text' as const, value})
    expect(markdownProcessor().stringify({type: 'root', children: [markdownTable(['a', 'b'], [['1', '2']], text)]})).toBe('| a | b |\n| - | - |\n| 1 | 2 |\n')
  })
})
