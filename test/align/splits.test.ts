// Splits in reports (issue 11.3) and citations delegates can use (11.6), on the shipped drafts 03 → 04:
// article 21 split into 20 and 21, article 24 into 24 and 24 bis.
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {compareDrafts} from '../../src/diff/compare.js'
import {historyOverSessions} from '../../src/history/run.js'
import type {DraftDiff} from '../../src/model/diff.js'
import {renderHistoryHtml} from '../../src/report/history-html.js'
import {renderHtml} from '../../src/report/html.js'
import {renderMarkdown} from '../../src/report/markdown.js'
import {plainLine} from '../../src/report/summary.js'
import {renderText} from '../../src/report/text.js'
import {loadSessions, type Session} from '../../src/versions/sessions.js'

const drafts = path.resolve(import.meta.dirname, '..', '..', 'drafts')
let sessions: Session[] = []
let diff: DraftDiff

beforeAll(async () => {
  sessions = await loadSessions(drafts)
  const before = sessions.find((s) => s.id === '03-complete')
  const after = sessions.find((s) => s.id === '04-revised')
  if (!before || !after) throw new Error('shipped drafts missing')
  diff = compareDrafts({label: before.id, draft: before.draft}, {label: after.id, draft: after.draft})
})

const split21 = 'split into 20 ("Jurisdiction") and 21 ("Coordination among States Parties")'
const split24 = 'split into 24 ("Expedited preservation of stored electronic data") and 24 bis ("Expedited preservation and partial disclosure of traffic data")'

describe('a split in every report', () => {
  it('names each new article with its title in text, Markdown and HTML', () => {
    for (const output of [renderText(diff), renderText(diff, {summaryOnly: true}), renderMarkdown(diff), renderHtml(diff).replace(/&quot;/g, '"')]) {
      expect(output).toContain(split21)
      expect(output).toContain(split24)
    }
  })

  it('gives the anchor of the second article a heading with its title, where its paragraphs begin', () => {
    const html = renderHtml(diff)
    expect(html).toContain('<h4 class="piece" id="art-21" tabindex="-1">Article 21. Coordination among States Parties</h4>')
    expect(html).toContain('<h4 class="piece" id="art-24-bis" tabindex="-1">Article 24 bis. Expedited preservation and partial disclosure of traffic data</h4>')
    expect(html.match(/id="art-21"/g)).toHaveLength(1)
    // The heading comes right before the first paragraph now in article 21.
    const after = html.slice(html.indexOf('id="art-21"'))
    expect(after.slice(0, 400)).toMatch(/<div class="unit-label">paragraph 6 moved to article 21, paragraph 1</)
  })

  it('says where each paragraph went', () => {
    const text = renderText(diff)
    expect(text).toContain('  paragraph 6 moved to article 21, paragraph 1: ')
    expect(text).toContain('  article 21, paragraph 3 (inserted): ')
    expect(text).toContain('  paragraph 5 moved to article 24 bis, paragraph 1 (b): ')
    expect(renderMarkdown(diff)).toContain('**article 24 bis, paragraph 1 (a) (inserted):**')
  })

  it('counts each word of a split once across the histories of its halves', async () => {
    const split = diff.articles.find((a) => a.relation === 'split' && a.old[0] === '21')
    expect(split?.new).toEqual(['20', '21'])
    const entry = async (number: string) => (await historyOverSessions(sessions, number, {from: '04-revised', drafts})).entries.find((e) => e.version === '04-revised')
    const first = await entry('20')
    const second = await entry('21')
    expect(first?.relation).toBe('split')
    expect(second?.relation).toBe('split')
    expect((first?.wordsAdded ?? 0) + (second?.wordsAdded ?? 0)).toBe(split?.wordsAdded)
    expect((first?.wordsRemoved ?? 0) + (second?.wordsRemoved ?? 0)).toBe(split?.wordsRemoved)
    expect(second?.wordsAdded).toBeGreaterThan(first?.wordsAdded ?? 0)
    // Each half shows only the paragraphs now in it.
    expect(second?.units.every((u) => u.new?.id.startsWith('art-21/'))).toBe(true)
    expect(first?.units.every((u) => u.new === null || u.new.id.startsWith('art-20/'))).toBe(true)
  })

  it('shows in the history HTML where a paragraph came from', async () => {
    const history = await historyOverSessions(sessions, '21', {from: '04-revised', drafts})
    const html = renderHistoryHtml(history)
    expect(html).toContain('<div class="unit-label">paragraph 6 moved to article 21, paragraph 1</div>')
    expect(html).toContain('article 21 split into 20 ("Jurisdiction") and 21 (this one)')
    expect(html).not.toMatch(/6\. → 1\./)
  })
})

describe('citations in summary lines', () => {
  it('names the paragraph of a subparagraph (two (e)s in article 38 are two places)', () => {
    const article = diff.articles.find((a) => a.new[0] === '38')
    expect(article && plainLine(article)).toContain('paragraph 3 and paragraph 4 (e) amended, paragraph 10 (e) deleted')
  })

  it('cites the preamble by preambular paragraph', () => {
    expect(renderText(diff)).toContain('  preambular paragraph 6, now preambular paragraph 5: ')
  })
})
