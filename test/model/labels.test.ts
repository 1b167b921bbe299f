// A unit is cited the same way by every renderer (src/model/cite.ts): "paragraph 2 (b)" inside its article,
// "article 1, paragraph 2 (b)" outside it; a paragraph moved to the other half of a split names that article.
import {describe, expect, it} from 'vitest'
import {compareDrafts} from '../../src/diff/compare.js'
import {historyOverSessions} from '../../src/history/run.js'
import type {Blame} from '../../src/model/history.js'
import type {Draft} from '../../src/model/types.js'
import {parseDraft} from '../../src/parse/draft.js'
import {markedUnits} from '../../src/parse/walk.js'
import {bracketHistoryPage, bracketListPage} from '../../src/report/brackets-page.js'
import {renderHistoryHtml} from '../../src/report/history-html.js'
import {renderBlameText} from '../../src/report/history-text.js'
import {renderHtml} from '../../src/report/html.js'
import {renderMarkdown} from '../../src/report/markdown.js'
import {sourcesPage} from '../../src/report/sources-page.js'
import {describeEvent, plainLine} from '../../src/report/summary.js'
import {renderText} from '../../src/report/text.js'
import {findSources} from '../../src/sources/match.js'
import {findTracks} from '../../src/tracker/query.js'
import {trackBrackets} from '../../src/tracker/track.js'
import {parseSource} from '../../src/versions/sessions.js'

const preamble = (second: string) => ['# Preamble', '', 'The Parties to this text,', '', '(1) Mindful of the first point,', '', `(2) ${second},`, '', 'Agree as follows:', '']
const records = (place: string) => [
  '## Article 1. Records',
  '',
  '1. Each Party shall keep records of every shipment it receives.',
  '',
  '2. Records shall show:',
  '',
  '(a) the date of the shipment;',
  '',
  `(b) ${place} of the shipment,`,
  '',
  'as the Party decides.',
  ''
]
const reports = [
  '1. Each Party shall report once a year on the shipments it received and on the records it kept.',
  '',
  '2. Reports shall be made public by the secretariat within three months of their receipt.',
  ''
]
const delays = (reason: string) => [
  `1. A Party may delay a report for ${reason}, after telling the secretariat why it needs more time.`,
  '',
  '2. A delayed report shall be made public within one month of its receipt by the secretariat.',
  ''
]
// The second version amends subparagraph 2 (b) with a bracket, and splits article 2: its paragraphs 3 and 4 become article 3.
const first = [...preamble('Noting the second point'), ...records('the place'), '## Article 2. Reports and delays', '', ...reports, ...delays('good reason').map((line) => line.replace(/^(\d)\./, (_, n: string) => `${Number(n) + 2}.`))].join('\n')
const second = [...preamble('Noting the second and third points'), ...records('the place [and the hour]'), '## Article 2. Reports', '', ...reports, '## Article 3. Delays', '', ...delays('[good] reason')].join('\n')

const parse = (text: string): Draft => parseDraft([{path: 'draft.md', contents: text}]).draft
const versions = [
  {label: 'one', draft: parse(first)},
  {label: 'two', draft: parse(second)}
]
const diff = compareDrafts(versions[0]!, versions[1]!)

const all = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m[1] ?? '')

/** The labels of changed units, as each report writes them. */
const amended = 'paragraph 2 (b)'
const moved = ['paragraph 3 moved to article 3, paragraph 1', 'paragraph 4 moved to article 3, paragraph 2']
const labels = ['preambular paragraph 2', amended, ...moved]

describe('unit labels', () => {
  it('the terminal, Markdown and HTML reports label each changed unit alike', () => {
    expect(all(renderText(diff), /^ {2}([^•].*?): /gm)).toEqual(labels)
    // The Markdown report leaves the preamble to the summary table.
    expect(all(renderMarkdown(diff), /\*\*([^*]+?):\*\*/g)).toEqual(labels.slice(1))
    const html = renderHtml(diff)
    expect(all(html, /<div class="unit" data-rel="(?!same)[^"]*"><div class="unit-label">([^<]*)/g)).toEqual(labels)
    // Unchanged units, folded in runs, are cited the same way (the new side, inside its article).
    expect(all(html, /<div class="unit" data-rel="same"><div class="unit-label">([^<]*)/g)).toEqual([
      'opening words of the preamble',
      'preambular paragraph 1',
      'closing formula of the preamble',
      'paragraph 1',
      'paragraph 2',
      'paragraph 2 (a)',
      'closing words of paragraph 2',
      'paragraph 1',
      'paragraph 2'
    ])
  })

  it('the summary line and the events cite the unit as its label does', () => {
    const [records, split] = diff.articles
    expect(plainLine(records!)).toBe(`Art. 1, Records: ${amended} amended; 1 opened`)
    expect(records!.events.map((e) => describeEvent(e, records))).toEqual([`bracket opened: [and the hour] (${amended})`])
    expect(split!.events.map((e) => describeEvent(e, split))).toEqual(['bracket opened: [good] (article 3, paragraph 1)'])
  })

  it('the history of an article labels its units as the report does', async () => {
    const sessions = [first, second].map((contents, k) => parseSource({path: `s${k + 1}`, id: `0${k + 1}-session`, inputs: [{path: `s${k + 1}/draft.md`, contents}]}))
    const records = await historyOverSessions(sessions, '1', {drafts: 'drafts'})
    expect(all(renderHistoryHtml(records), /<div class="unit-label">([^<]*)/g)).toEqual([amended])
    const delays = await historyOverSessions(sessions, '3', {drafts: 'drafts'})
    expect(all(renderHistoryHtml(delays), /<div class="unit-label">([^<]*)/g)).toEqual(moved)
  })

  it('blame cites each unit as the report does', () => {
    const article = versions[1]!.draft.articles[0]!
    const commit = {sha: 'a'.repeat(40), short: 'aaaaaaa', author: 'Secretariat', date: '2024-01-02T11:00:00+00:00', subject: 'Second session', proposedBy: [], merge: false}
    const blame: Blame = {
      schemaVersion: 1,
      query: '1',
      at: 'two',
      article: {number: '1', id: 'art-1', title: 'Records', chapter: null, chapterTitle: null, division: null, status: [], openBrackets: 1, words: 30},
      scanned: 1,
      lines: markedUnits(article).map((m) => ({unit: m.unit.id, marker: m.marker, level: m.level, text: m.unit.text, commit, session: null}))
    }
    const lines = renderBlameText(blame).split('\n').slice(3, -1)
    expect(lines.map((line) => line.slice(0, line.indexOf('  aaaaaaa')).trimEnd())).toEqual(['paragraph 1', 'paragraph 2', 'paragraph 2 (a)', amended, 'closing words of paragraph 2'])
  })

  it('the bracket and source pages, read outside the article, name it before the same citation', () => {
    const lineage = trackBrackets(versions.map((v) => ({...v, commit: null})), 'sessions')
    const where = (page: ReturnType<typeof bracketListPage>, column = 0) => page.blocks.flatMap((b) => (b.kind === 'table' ? b.rows.map((row) => row[column]) : []))
    expect(where(bracketListPage(lineage, true))).toEqual([`article 1, ${amended}`, 'article 3, paragraph 1'])
    const history = bracketHistoryPage(lineage, findTracks(lineage, `article 1, ${amended}`))
    expect(history.title).toBe(`The bracket at article 1, ${amended}`)
    expect(where(history, 1)).toEqual([`article 1, ${amended}`])
    const sources = findSources(versions[1]!.draft, [{name: 'one', draft: versions[0]!.draft}])
    const cited = where(sourcesPage('two', versions[1]!.draft, sources, ['one']))
    expect(cited).toContain(`article 1, ${amended}`)
    expect(cited).toContain('article 3, paragraph 1')
    expect(cited).toContain('preambular paragraph 2')
  })
})
