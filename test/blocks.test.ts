// The block parser switches micromark's inline constructs off (src/parse/blocks.ts): pin that the
// blocks it finds are exactly those of full remark (CommonMark + GFM + front matter).
import {readdirSync, readFileSync} from 'node:fs'
import fc from 'fast-check'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {parseChunk} from '../src/parse/blocks.js'

const full = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm)

const line = fc.oneof(
  fc.string({maxLength: 30}),
  fc.constantFrom(
    '## Article 1. A', '1. Text *em* and **strong**', '   (a) Sub `code` [link](x)', '2. [open', 'close] \\[not\\]', '[^1]', '[^1]: Note',
    '[x]: /url "t"', '---', 'title', '===', '> quote <span>', '- item', '- [ ] task', '* [x] done', '```', '~~~ js', '    code',
    '| a | b |', '|---|:-:|', '<!-- comment -->', '<div>', '&amp; &#35;', 'www.example.org a@b.org', '~~gone~~', 'line  ', 'back\\',
    '  1) x', '10. y', '+ z', '', '', '\t(b) tab',
  ),
)

describe('blocks with inline constructs off', () => {
  it('equal those of full remark on generated Markdown', () => {
    fc.assert(
      fc.property(fc.array(line, {maxLength: 25}), (lines) => {
        const chunk = lines.join('\n')
        expect(parseChunk(chunk)).toEqual(parseChunk(chunk, full))
      }),
      {numRuns: 3000},
    )
  })

  it('equal those of full remark on every shipped draft file', () => {
    const files = readdirSync('drafts', {recursive: true, encoding: 'utf8'}).filter((file) => file.endsWith('.md'))
    expect(files.length).toBeGreaterThan(7)
    for (const file of files) {
      const text = readFileSync(`drafts/${file}`, 'utf8')
      expect(parseChunk(text), file).toEqual(parseChunk(text, full))
    }
  })
})
