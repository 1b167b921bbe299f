// Markdown and terminal reports: golden files on the shipped drafts, neutralised draft text, the size limit.
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {compareDrafts} from '../../src/diff/compare.js'
import type {DraftDiff} from '../../src/model/diff.js'
import {parseDraft} from '../../src/parse/draft.js'
import {renderMarkdown} from '../../src/report/markdown.js'
import {renderText} from '../../src/report/text.js'
import {loadSessions} from '../../src/versions/sessions.js'
import {matchGolden} from '../support/golden.js'

let pairs: Array<[string, DraftDiff]> = []

beforeAll(async () => {
  const sessions = await loadSessions(path.join(import.meta.dirname, '..', '..', 'drafts'))
  pairs = [
    [2, 3],
    [5, 6]
  ].map(([a, b]) => {
    const before = sessions[a ?? 0]
    const after = sessions[b ?? 0]
    if (!before || !after) throw new Error('shipped drafts missing')
    return [`${before.id}..${after.id}`, compareDrafts({label: before.id, draft: before.draft}, {label: after.id, draft: after.draft})]
  })
})

describe('golden reports on the shipped drafts', () => {
  it.each([0, 1])('pair %i: Markdown and terminal output match their golden files', (index) => {
    const [name, diff] = pairs[index] as [string, DraftDiff]
    matchGolden(`${name}.md`, renderMarkdown(diff))
    matchGolden(`${name}.txt`, renderText(diff, {width: 100}))
    matchGolden(`${name}.summary.txt`, renderText(diff, {summaryOnly: true}))
  })
})

function diffOf(before: string, after: string, title = 'Hostile'): DraftDiff {
  const parse = (text: string, label: string) => ({label, draft: parseDraft([{path: `${label}.md`, contents: `---\ntitle: ${title}\n---\n\n${text}`}]).draft})
  return compareDrafts(parse(before, 'old'), parse(after, 'new'))
}

describe('renderMarkdown', () => {
  const hostile = diffOf(
    '## Article 1. Scope\n\n1. This Convention applies to offences.\n',
    '## Article 1. Scope <img src=x onerror=alert(1)>\n\n1. This Convention applies to offences <script>alert(2)</script>, thanks @alice, see #123 and owner/repo#45.\n'
  )

  it('neutralises raw HTML, @mentions and issue references in draft text', () => {
    const md = renderMarkdown(hostile)
    expect(md).not.toMatch(/(?<!\\)<(script|img)/)
    expect(md).toContain('\\<script>alert(2)\\</script>')
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(md).not.toMatch(/@alice|#123|#45/)
    expect(md).toContain('@\u200Balice')
    expect(md).toContain('#\u200B123')
  })

  it('marks insertions and deletions with <ins> and <del>, one <details> per changed article', () => {
    const md = renderMarkdown(hostile)
    expect(md.match(/<details>/g)?.length).toBe(1)
    expect(md).toContain('<ins>')
    expect(md).toContain('</details>')
  })

  it('fits --max-bytes by trimming the least important detail first, and says what was cut', () => {
    const [, diff] = pairs[0] as [string, DraftDiff]
    const full = renderMarkdown(diff, {maxBytes: 10_000_000})
    expect(full).not.toContain('Trimmed to fit')
    for (const limit of [50_000, 20_000, 8_000]) {
      const md = renderMarkdown(diff, {maxBytes: limit})
      expect(Buffer.byteLength(md)).toBeLessThanOrEqual(limit)
      expect(md).toMatch(new RegExp(`Trimmed to fit ${limit} bytes: left out the list of unchanged articles`))
      expect(md.startsWith('## draftdiff: 03-complete → 04-revised')).toBe(true)
    }
  })
})

describe('renderText', () => {
  it('wraps to the width with a hanging indent and colours only with color: true', () => {
    const [, diff] = pairs[0] as [string, DraftDiff]
    const text = renderText(diff, {width: 60})
    expect(Math.max(...text.split('\n').map((line) => line.length))).toBeLessThanOrEqual(60 + 8)
    expect(text).not.toContain('\u001B[')
    expect(renderText(diff, {color: true})).toContain('\u001B[31;9m')
  })
})
