// Redlines in GitHub Markdown: a lone bracket or comma is set as code inside its mark (GitHub shows <del> and <ins>
// without colour), in every Markdown renderer; the bracket list shows phrases like every other redline.
import type {PhrasingContent} from 'mdast'
import {describe, expect, it} from 'vitest'
import {markdownMark} from '../../src/report/md-redline.js'
import {root, runIn} from '../support/cli-run.js'

const text = (value: string): PhrasingContent => ({type: 'text', value})

describe('markdownMark', () => {
  it('sets a change with no letter or digit as code; words stay text; whitespace alone stays text', () => {
    expect(markdownMark('delete', '[', text)).toEqual([{type: 'html', value: '<del>'}, {type: 'inlineCode', value: '['}, {type: 'html', value: '</del>'}])
    expect(markdownMark('insert', ', ', text)).toEqual([{type: 'html', value: '<ins>'}, {type: 'inlineCode', value: ', '}, {type: 'html', value: '</ins>'}])
    expect(markdownMark('delete', '[option 2]', text)).toEqual([{type: 'html', value: '<del>'}, text('[option 2]'), {type: 'html', value: '</del>'}])
    expect(markdownMark('insert', ' ', text)).toEqual([{type: 'html', value: '<ins>'}, text(' '), {type: 'html', value: '</ins>'}])
  })
})

describe('brackets on the shipped drafts', () => {
  it('Markdown: a lifted bracket is visible; the change since a bracket opened reads as phrases', () => {
    const md = runIn(root, 'brackets', '03', '--format', 'md').stdout
    expect(md).toContain('copyright <del>`[`</del>or related rights<del>`]`</del> as defined')
    expect(md).toContain('articles <del>7 to 18</del><ins>6 to 17</ins>')
    expect(runIn(root, 'brackets', '03').stdout).toContain('changed since it opened: Option 2: the offences defined in articles {-7 to 18-}{+6 to 17+}')
  })
})
