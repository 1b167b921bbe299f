// What people read carries the words of the field: no structural ids, lineage keys, pass names,
// similarity scores or raw relation names in the visible text of any report on the shipped drafts
// (issue 11.7). Ids belong in JSON, anchors and data attributes, which this scan leaves out.
import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {compareTable} from '../../src/compare/table.js'
import {compareDrafts, versionInfo} from '../../src/diff/compare.js'
import {historyOverSessions} from '../../src/history/run.js'
import {renderCompareHtml} from '../../src/report/compare-html.js'
import {renderCompareMarkdown} from '../../src/report/compare-md.js'
import {renderHistoryHtml} from '../../src/report/history-html.js'
import {renderHistoryMarkdown} from '../../src/report/history-md.js'
import {renderHistoryText} from '../../src/report/history-text.js'
import {progressFromVersions, renderHtml} from '../../src/report/html.js'
import {renderMarkdown} from '../../src/report/markdown.js'
import {renderText} from '../../src/report/text.js'
import {loadSessions, type Session} from '../../src/versions/sessions.js'
import {testRepo, type TestRepo} from '../support/test-repo.js'
import {runIn} from '../support/cli-run.js'

const root = path.resolve(import.meta.dirname, '..', '..')

/** Internal words and what they look like; each names what to write instead. */
const forbidden: Array<[RegExp, string]> = [
  [/\b(?:art|para|pp)-\d|\/(?:p|sub)-[0-9a-z]|preamble\/|\/closing\b/, 'a structural id: cite "article 14, paragraph 2 (b)"'],
  [/lineage/i, 'a lineage key or the word lineage'],
  [/similarity|\b0\.\d\d\b/i, 'an alignment score'],
  [/matched by|number-title|\bmatchedBy\b/i, 'an alignment pass'],
  [/\bunits?\b/i, '"unit": say paragraph or subparagraph'],
  [/references-only|\b(?:bracket|options|marker|reference)-(?:opened|agreed|dropped|narrowed|resolved|gained|lost|renumbered|removed)\b/, 'a raw change class or event kind'],
  [/: matched\b|\bmatched, (?:none|substantive|editorial)|, none\b/, 'a raw relation or change class']
]

/** Draft text that happens to use a forbidden word: the demo drafts' own phrases. */
// Draft text, also where compare shortens a passage right before the word ("investigative … units").
const draftPhrases = /(?:investigative|constituent|intelligence|…)\s+units?\b/gi

/** The text a reader sees: HTML without script, style, tags and attributes; Markdown and terminal text as they are. */
function visible(output: string): string {
  return output
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/[{}][+-]|[+-][{}]/g, ' ')
    .replace(draftPhrases, ' ')
}

/** Every forbidden word in an output, with a little context, as "<name>: <what> in «…»". */
function findings(name: string, output: string): string[] {
  const text = visible(output)
  const out: string[] = []
  for (const [pattern, what] of forbidden) {
    const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`)
    for (const match of text.matchAll(global)) {
      const at = match.index ?? 0
      out.push(`${name}: ${what} in «${text.slice(Math.max(0, at - 40), at + 40).replace(/\s+/g, ' ')}»`)
    }
  }
  return out
}

let sessions: Session[] = []
const outputs = new Map<string, string>()

beforeAll(async () => {
  sessions = await loadSessions(path.join(root, 'drafts'))
  const progress = progressFromVersions(sessions.map((s) => versionInfo({label: s.id, draft: s.draft})))
  const histories = new Set<string>()
  for (let k = 1; k < sessions.length; k++) {
    const before = sessions[k - 1] as Session
    const after = sessions[k] as Session
    const diff = compareDrafts({label: before.id, draft: before.draft}, {label: after.id, draft: after.draft})
    const pair = `${before.id}..${after.id}`
    outputs.set(`diff ${pair}`, renderText(diff))
    outputs.set(`diff --summary ${pair}`, renderText(diff, {summaryOnly: true}))
    outputs.set(`diff --format md ${pair}`, renderMarkdown(diff))
    outputs.set(`report ${pair} (html)`, renderHtml(diff, {progress}))
    // Every article a split, merge or addition made, and one that only changed in place.
    for (const article of diff.articles) if (article.relation !== 'matched') for (const number of article.new) histories.add(`${number}|${after.id}`)
  }
  histories.add(`2|${sessions.at(-1)?.id ?? ''}`)
  for (const key of histories) {
    const [number = '', from = ''] = key.split('|')
    const history = await historyOverSessions(sessions, number, {from, drafts: path.join(root, 'drafts')})
    outputs.set(`history ${number} --from ${from}`, renderHistoryText(history))
    outputs.set(`history ${number} --from ${from} --format md`, renderHistoryMarkdown(history))
    outputs.set(`history ${number} --from ${from} --format html`, renderHistoryHtml(history))
  }
  const table = compareTable(sessions.map((s) => ({label: s.id, draft: s.draft})))
  outputs.set('compare (md)', renderCompareMarkdown(table))
  outputs.set('compare --format html', renderCompareHtml(table))
})

describe('no internal words in what people read', () => {
  it('diff, report, history and compare on the shipped drafts', () => {
    expect(outputs.size).toBeGreaterThan(30)
    expect([...outputs].flatMap(([name, output]) => findings(name, output))).toEqual([])
  })

  it('the scan finds what it looks for (ids, keys, scores, passes, units, raw names)', () => {
    const planted = [
      'changed art-52/para-2',
      '<p title="art-52">paragraph 2</p><p>lineage 07-final:art-50</p>',
      'matched by number-title · similarity 0.89',
      '3 unchanged units',
      'Art. 5 → 5: matched, none',
      'references-only; bracket-agreed'
    ]
    expect(planted.map((text) => findings('planted', text).length)).toEqual([2, 2, 4, 1, 2, 2])
    expect(findings('attributes', '<section id="art-52" data-similarity="0.89" data-lineage="07-final:art-50">specialized investigative units</section>')).toEqual([])
  })
})

describe('no internal words in the commands that read git: pr, history --commits, blame', () => {
  let repo: TestRepo
  const final = path.join(root, 'drafts', '07-final')
  const file = 'drafts/07-final/draft.md'
  const original = () => readFileSync(path.join(final, 'draft.md'), 'utf8')
  /** The final draft with a word put after paragraph 2 of article 52's number. */
  const edited = (word: string) => {
    const text = original()
    const article = text.indexOf('## Article 52')
    const paragraph = text.indexOf('\n2. ', article)
    return `${text.slice(0, paragraph + 4)}${word} ${text.slice(paragraph + 4)}`
  }

  beforeAll(() => {
    expect(readdirSync(final).filter((f) => f.endsWith('.md'))).toEqual(['draft.md'])
    const sessionFiles = (id: string) => Object.fromEntries(readdirSync(path.join(root, 'drafts', id)).map((f) => [`drafts/${id}/${f}`, readFileSync(path.join(root, 'drafts', id, f), 'utf8')]))
    repo = testRepo(sessions.map((s) => ({files: sessionFiles(path.basename(s.path)), message: `Session ${s.id}`})))
    const branch = (name: string, contents: string, message: string) => {
      repo.git('checkout', '-q', '-b', name, 'main')
      repo.commit({files: {[file]: contents}, message})
      repo.git('checkout', '-q', 'main')
    }
    branch('promptly', edited('Promptly,'), 'Article 52: promptly\n\nProposed-by: Delegation of Arcadia')
    branch('duly', edited('Duly,'), 'Article 52: duly\n\nProposed-by: Delegation of Borduria')
    const text = original()
    const third = text.indexOf('## Article 3.')
    // Article 3 deleted and the later ones renumbered: references to them now point elsewhere.
    const renumbered = (text.slice(0, third) + text.slice(text.indexOf('## Article 4.', third))).replace(/^## Article (\d+)/gm, (heading, n: string) => (Number(n) > 3 ? `## Article ${Number(n) - 1}` : heading))
    branch('renumber', renumbered, 'Delete article 3 and renumber')
  })
  afterAll(() => repo.cleanup())

  const run = (...args: string[]) => {
    const result = runIn(repo.dir, ...args)
    expect(result.stderr).not.toMatch(/\n\s+at /)
    return result.stdout
  }

  it('pr (collisions, broken references), history --commits in every format, blame', () => {
    const collide = run('pr', '--base', 'main', '--head', 'promptly', '--against', 'duly')
    expect(collide).toContain('both proposals change article 52, paragraph 2')
    const renumber = run('pr', '--base', 'main', '--head', 'renumber')
    expect(renumber).toMatch(/\(in article \d+, paragraph \d+[^)]*\) meant "/)
    const got: Array<[string, string]> = [
      ['pr --head promptly --against duly', collide],
      ['pr --head renumber', renumber],
      ['history 52 --commits', run('history', '52', '--commits')],
      ['history 52 --commits --format md', run('history', '52', '--commits', '--format', 'md')],
      ['history 52 --commits --format html', run('history', '52', '--commits', '--format', 'html')],
      ['blame 52', run('blame', '52')],
      ['sessions', run('sessions')]
    ]
    for (const [name, output] of got) expect(output, name).not.toBe('')
    expect(got.flatMap(([name, output]) => findings(name, output))).toEqual([])
  })
})
