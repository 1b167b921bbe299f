// src/report/hast.ts: a lone node after the selector is a type error (hastscript would take a text node for
// properties and leave the element empty); text, arrays and properties work as in hastscript.
import type {ElementContent, Text} from 'hast'
import {toHtml} from 'hast-util-to-html'
import {describe, expect, it} from 'vitest'
import {h, s} from '../../src/report/hast.js'

const text: Text = {type: 'text', value: 'matched'}
const content: ElementContent = h('b', 'bold')

describe('h and s', () => {
  it('reject a lone node where properties go (npm run typecheck checks these expectations)', () => {
    // @ts-expect-error -- a lone text node: hastscript reads it as properties
    const wrongText = () => h('td', text)
    // @ts-expect-error -- a lone element, typed as any content
    const wrongContent = () => h('td', content)
    // @ts-expect-error -- the same rule for SVG
    const wrongSvg = () => s('text', text)
    expect(toHtml(wrongText())).toBe('<td type="text" value="matched"></td>') // what the type error prevents
    expect([wrongContent, wrongSvg].every((f) => typeof f === 'function')).toBe(true)
  })

  it('take text, children in an array, and properties with children', () => {
    expect(toHtml(h('td', [text]))).toBe('<td>matched</td>')
    expect(toHtml(h('td', 'plain'))).toBe('<td>plain</td>')
    expect(toHtml(h('td', 3))).toBe('<td>3</td>')
    expect(toHtml(h('th', {scope: 'row'}, text, content))).toBe('<th scope="row">matched<b>bold</b></th>')
    expect(toHtml(h('input', {type: 'checkbox', value: 'moved'}))).toBe('<input type="checkbox" value="moved">')
    expect(toHtml(s('text', {x: 1}, [text]))).toBe('<text x="1">matched</text>')
  })
})
