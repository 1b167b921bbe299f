// The block parser (src/parse/blocks.ts) switches micromark's inline constructs off and reads the
// plainest chunks without micromark (src/parse/simple-blocks.ts): pin that its blocks are exactly
// those of full remark (CommonMark + GFM + front matter), and that the shortcut is really taken.
import {readdirSync, readFileSync} from 'node:fs'
import fc from 'fast-check'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {parseChunk} from '../../src/parse/blocks.js'
import {simpleBlocks} from '../../src/parse/simple-blocks.js'

const full = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm)
const same = (chunk: string) => expect(parseChunk(chunk), JSON.stringify(chunk)).toEqual(parseChunk(chunk, full))

const anyLine = fc.oneof(
  fc.string({maxLength: 30}),
  fc.constantFrom(
    '## Article 1. A', '1. Text *em* and **strong**', '   (a) Sub `code` [link](x)', '2. [open', 'close] \\[not\\]', '[^1]', '[^1]: Note',
    '[x]: /url "t"', '---', 'title', '===', '> quote <span>', '- item', '- [ ] task', '* [x] done', '```', '~~~ js', '    code',
    '| a | b |', '|---|:-:|', '<!-- comment -->', '<div>', '&amp; &#35;', 'www.example.org a@b.org', '~~gone~~', 'line  ', 'back\\',
    '  1) x', '10. y', '+ z', '', '', '\t(b) tab',
    // Heading lines split a chunk for remark (remarkInPieces): what they may or may not close.
    '### Note', '#', '####### seven', '- ```', '> ~~~', '   ```', '<!--', '-->', '<pre>', '</pre>', '<?x', '<![CDATA[', ']]>', '<!X', '<div>', '<x-y a="b">', '[^2]: Foot', '    indented',
  ),
)

/** Lines of the kind article bodies are made of: numbered paragraphs, indented continuations, subparagraphs. */
const plainLine = fc
  .tuple(
    fc.constantFrom('', ' ', '  ', '   ', '    ', '     ', '      ', '        '),
    fc.constantFrom('', '', '1. ', '2. ', '3) ', '1) ', '10. ', '01. ', '2.      ', '(a) ', '(ii) ', 'a) ', '[', '[ ] ', '[x] ', '[x]: ', '[^1]: ', '[^1] ', '[a\n'),
    fc.constantFrom('States Parties shall', 'the [draft] text', 'article 5, paragraph 2', '\u00a0nbsp', 'word', '2024. Year', 'end  ', 'kept]:', 'b]: /url', ''),
  )
  .map((parts) => parts.join(''))

describe('block parser', () => {
  it('equals full remark on arbitrary Markdown', () => {
    fc.assert(fc.property(fc.array(anyLine, {maxLength: 25}), (lines) => {
        same(lines.join('\n'))
      }),
      {numRuns: Number(process.env.BLOCK_RUNS ?? 2000)},
    )
  })

  it('equals full remark on plain article bodies, most of which take the shortcut', () => {
    let simple = 0
    fc.assert(
      fc.property(fc.array(fc.oneof(plainLine, fc.constant('')), {maxLength: 20}), (lines) => {
        const chunk = lines.join('\n')
        if (simpleBlocks(chunk)) simple++
        same(chunk)
      }),
      {numRuns: Number(process.env.BLOCK_RUNS ?? 3000)},
    )
    expect(simple).toBeGreaterThan(600)
  })

  it('equals full remark on every section of the shipped drafts, and reads most of them without remark', () => {
    const files = readdirSync('drafts', {recursive: true, encoding: 'utf8'}).filter((file) => file.endsWith('.md'))
    expect(files.length).toBeGreaterThan(7)
    let sections = 0
    let simple = 0
    for (const file of files) {
      for (const section of readFileSync(`drafts/${file}`, 'utf8').split(/^#.*$/m)) {
        sections++
        if (simpleBlocks(section)) simple++
        same(section)
      }
    }
    expect(simple / sections).toBeGreaterThan(0.8)
  })
})
