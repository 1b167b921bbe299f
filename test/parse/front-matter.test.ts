// Front matter of plain `key: value` lines is read without the `yaml` package
// (src/parse/front-matter.ts): pin that it reads exactly what `yaml` reads, and declines the rest.
import {readdirSync, readFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {plainMapping, readFrontMatter} from '../../src/parse/front-matter.js'

const key = fc.constantFrom('title', 'session', 'ordinal', 'date', 'symbol', 'venue', 'status-markers', 'x_1', 'Title', 'a-b')
const value = fc.oneof(
  fc.constantFrom(
    'Draft text', '07-final', '2024-08-07', 'DEMO/AC.1/7/1', '7', '007', '12', '0', '-3', '+4', '1.5', '1e3', '.5', '0x1F', '0o17', 'true', 'False', 'null', '~',
    'yes', 'no', 'on', 'New York', "States' text", 'a: b', 'a #b', 'tail ', '', '[noted, parked]', '"quoted"', "'single'", '- item', '&anchor', '*alias',
    '!tag', '|', '>', '%', '@x', '`x', 'x, y; z (w)', 'Café ×2', '1_000', '12:30', '2024-08-07T10:00:00Z', '.inf', '.NaN', '123456789012345678',
    'Draft ×1', 'a\u00a0b', 'a\u00a0', 'x\u2003', 'a "b" c', 'back\\slash', 'a & b', 'a * b', 'a ! b', 'a | b', 'a > b', 'x\u200by',
  ),
  fc.string({maxLength: 12}),
)
const plainValue = fc.constantFrom('Draft text', '07-final', '2024-08-07', 'DEMO/AC.1/7/1', '7', '12', '0', 'New York', "States' text", 'x, y; z (w)', 'Café ×2', 'yes', 'no', 'on', 'v1.2')
const line = fc.oneof(
  {weight: 4, arbitrary: fc.tuple(key, plainValue).map(([k, v]) => `${k}: ${v}`)},
  {weight: 3, arbitrary: fc.tuple(key, value).map(([k, v]) => `${k}: ${v}`)},
  {weight: 1, arbitrary: fc.constantFrom('', '# comment', '  indented: x', 'no colon', 'key:value')},
)

describe('front matter', () => {
  it('plain key: value lines read as yaml reads them; anything else is left to yaml', () => {
    let plain = 0
    fc.assert(
      fc.property(fc.array(line, {maxLength: 5}), (lines) => {
        const text = lines.join('\n') + '\n'
        const mine = plainMapping(text)
        if (mine === null) return
        plain++
        expect(mine, JSON.stringify(text)).toEqual(parse(text))
      }),
      {numRuns: Number(process.env.FRONT_MATTER_RUNS ?? 5000)},
    )
    expect(plain).toBeGreaterThan(500)
  })

  it('reads the front matter of every shipped draft without yaml, as yaml does', () => {
    const files = readdirSync('drafts', {recursive: true, encoding: 'utf8'}).filter((file) => file.endsWith('.md'))
    let read = 0
    for (const file of files) {
      const match = /^---\n([\s\S]*?)\n---\n/.exec(readFileSync(`drafts/${file}`, 'utf8'))
      if (!match) continue
      const text = `${match[1]}\n`
      expect(plainMapping(text), file).toEqual(parse(text))
      read++
    }
    expect(read).toBeGreaterThanOrEqual(7)
  })

  it('falls back to yaml for lists and quoting, and throws on invalid YAML as yaml does', () => {
    expect(readFrontMatter('status-markers: [noted, parked]\ntitle: "A: B"\n')).toEqual({'status-markers': ['noted', 'parked'], title: 'A: B'})
    expect(() => readFrontMatter('title: a\ntitle: b\n')).toThrow(/unique/)
  })
})
