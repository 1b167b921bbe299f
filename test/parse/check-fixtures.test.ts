// Fixtures carry their expected diagnostics inline, in a trailing `<!-- expected … -->` block
// (`line:column severity rule-id`, or `- severity rule-id` for a finding without a position).
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {checkDraft, parseDraft} from '../../src/index.js'

const folder = path.join(import.meta.dirname, '..', 'fixtures', 'check')

function expected(text: string): string[] {
  const block = /<!-- expected\n([\s\S]*?)-->/.exec(text)
  return (block?.[1] ?? '').split('\n').filter((line) => line.trim() !== '').sort()
}

describe('check fixtures', () => {
  for (const name of readdirSync(folder).filter((file) => file.endsWith('.md'))) {
    it(name, () => {
      const file = path.join(folder, name)
      const text = readFileSync(file, 'utf8')
      const {draft, files} = parseDraft([{path: file, contents: text}])
      checkDraft(draft, files)
      const actual = files.flatMap((f) => f.messages).map((m) => `${m.line ? `${m.line}:${m.column}` : '-'} ${m.fatal ? 'error' : 'warning'} ${m.ruleId}`)
      expect(actual.sort()).toEqual(expected(text))
    })
  }
})
