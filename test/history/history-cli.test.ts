// `draftdiff history` and `draftdiff blame` against real temporary git repositories: sessions as
// folders and tags, a proposal branch with Proposed-by trailers merged by a merge commit, a renamed
// session folder, an article renumbered and then split, a fix to an older session; golden outputs.
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {Blame, History} from '../../src/model/history.js'
import {testRepo, type TestRepo} from '../support/test-repo.js'
import {matchGolden} from '../support/golden.js'
import {runIn} from '../support/cli-run.js'


/** A session's draft: front matter, one chapter, articles numbered in order. */
function session(id: string, ordinal: number, articles: string[]): string {
  const body = articles.map((article, k) => article.replace('## Article #', `## Article ${k + 1}`)).join('\n')
  return `---\nsession: ${id}\nordinal: ${ordinal}\ntitle: Session ${ordinal}\n---\n\n# Chapter I. Criminalization\n\n${body}`
}

const scope = '## Article #. Scope\n\nThis Convention covers preventing, investigating and prosecuting the offences it sets out.\n'
const terms = '## Article #. Use of terms\n\nFor the purposes of this Convention, "information system" means any device or group of interconnected devices that processes data automatically.\n'
const access = (word: string, bracket: boolean) =>
  `## Article #. Illegal access\n\n1. Each State Party shall treat as a crime the ${word} entry into all or part of an information system ${bracket ? '[without right]' : 'without right'}.\n\n2. A State Party may limit the offence to entry that breaks through security safeguards, made to obtain electronic data or with another dishonest aim.\n`
const interception = (extra: string) => `## Article #. Illegal interception\n\n1. Each State Party shall establish as a criminal offence the interception, made by technical means, of non-public transmissions of electronic data${extra}.\n`
const accessAfterSplit = '## Article #. Illegal access [informally agreed]\n\n1. Each State Party shall treat as a crime the deliberate entry into all or part of an information system without right.\n'
const aggravated =
  '## Article #. Aggravated illegal access\n\n1. A State Party may limit the offence to entry that breaks through security safeguards, made to obtain electronic data or with another dishonest aim.\n\n2. Each State Party may provide for higher penalties where the access causes serious harm to critical infrastructure.\n'

let repo: TestRepo
beforeAll(() => {
  repo = testRepo([
    {files: {'drafts/01-first/draft.md': session('01-first', 1, [scope, access('intentional', true), interception('')])}, message: 'First session', tag: 'session-1'},
    {files: {'drafts/01-first/draft.md': session('01-first', 1, [scope, access('intentional', false), interception('')])}, message: 'Agree on "without right" in article 2'},
    {files: {'drafts/02-second/draft.md': session('02-second', 2, [scope, terms, access('intentional', false), interception('')])}, message: 'Second session: article 2 on the use of terms', tag: 'session-2'},
    {
      files: {'drafts/02-second/draft.md': session('02-second', 2, [scope, terms, access('deliberate', false), interception('')])},
      message: 'Proposal: deliberate access\n\nProposed-by: Delegation A\nProposed-by: Delegation B',
      author: 'Delegation A <a@example.org>',
      branch: 'proposal-a'
    },
    {files: {'drafts/02-second/draft.md': session('02-second', 2, [scope, terms, access('intentional', false), interception(', including electromagnetic emissions')])}, message: 'Widen interception', branch: 'main'}
  ])
  // Merge the proposal: a merge commit whose both sides changed the drafts.
  repo.git('merge', '--no-ff', '--no-commit', 'proposal-a')
  repo.commit({files: {}, message: "Merge branch 'proposal-a'"})
  const merged = session('02-second', 2, [scope, terms, access('deliberate', false), interception(', including electromagnetic emissions')])
  repo.commit({files: {'drafts/02-second/draft.md': null, 'drafts/02-second-part/draft.md': merged}, message: 'Rename the second session folder'})
  repo.commit({files: {'drafts/03-third/draft.md': session('03-third', 3, [scope, terms, accessAfterSplit, aggravated, interception(', including electromagnetic emissions')])}, message: 'Third session: split illegal access', tag: 'session-3'})
  repo.commit({files: {'drafts/01-first/draft.md': session('01-first', 1, [scope, access('intentional', false), interception('')]).replace('Session 1', 'Session one')}, message: 'Fix the title of the first session'})
})
afterAll(() => repo.cleanup())

function run(...args: string[]) {
  const result = runIn(repo.dir, ...args)
  expect(result.stderr).not.toMatch(/\n\s+at /)
  return result
}

describe('draftdiff history --commits', () => {
  it('follows an article through every commit that changed it: renumbered, a proposal and its merge, split', () => {
    const result = run('history', '3', '--commits', '--format', 'json')
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    const history = JSON.parse(result.stdout) as History
    expect(history.mode).toBe('commits')
    expect(history.scanned).toBe(9)
    const rows = history.entries.map((e) => [e.commit?.subject, e.session, e.relation, e.article?.number ?? null, e.change])
    expect(rows).toEqual([
      ['First session', 'drafts/01-first', 'first', '2', null],
      ['Agree on "without right" in article 2', 'drafts/01-first', 'matched', '2', 'substantive'],
      ['Second session: article 2 on the use of terms', 'drafts/02-second', 'matched', '3', 'none'],
      ['Proposal: deliberate access', 'drafts/02-second', 'matched', '3', 'substantive'],
      ["Merge branch 'proposal-a'", 'drafts/02-second', 'matched', '3', 'substantive'],
      ['Third session: split illegal access', 'drafts/03-third', 'split', '3', 'substantive']
    ])
    const [first, agreed, renumbered, proposal, merge, split] = history.entries
    expect(first?.article).toMatchObject({number: '2', title: 'Illegal access', chapter: 'I', openBrackets: 1})
    expect(agreed?.bracketsClosed).toBe(1)
    expect(renumbered?.renumbered).toBe(true)
    expect(proposal?.commit).toMatchObject({author: 'Delegation A', proposedBy: ['Delegation A', 'Delegation B'], merge: false})
    expect(proposal?.comparedWith).toBe(renumbered?.version)
    expect(merge?.commit?.merge).toBe(true)
    expect([merge?.wordsAdded, merge?.wordsRemoved]).toEqual([1, 1])
    expect(split?.pieces.map((p) => p.number)).toEqual(['3', '4'])
    expect(split?.markersGained).toEqual(['informally agreed'])
    expect(history.lineage).toBe(`${first?.version}:art-2`)
  })

  it('matches the golden text and JSON', () => {
    matchGolden('history-commits.txt', run('history', '3', '--commits').stdout)
    matchGolden('history-commits.json', run('history', '3', '--commits', '--format', 'json').stdout)
  })

  it('names the article in a tagged session with --from, and follows the other piece of the split forward from there', () => {
    const fromTag = JSON.parse(run('history', '2', '--commits', '--from', 'session-1:drafts/01-first', '--format', 'json').stdout) as History
    const atHead = JSON.parse(run('history', '3', '--commits', '--format', 'json').stdout) as History
    expect(fromTag.entries.map((e) => e.version)).toEqual(atHead.entries.map((e) => e.version))
    expect(fromTag.from).toBe('session-1:drafts/01-first')
    // The split's second piece: its history runs back through the article it was split from.
    const piece = JSON.parse(run('history', '4', '--commits', '--format', 'json').stdout) as History
    expect(piece.entries.at(-1)).toMatchObject({relation: 'split', article: {number: '4', title: 'Aggravated illegal access'}})
    expect(piece.entries[0]?.commit?.subject).toBe('First session')
  })

  it('accepts a lineage key and an article of a later session', () => {
    const byKey = JSON.parse(run('history', '01-first:art-3', '--commits', '--format', 'json').stdout) as History
    expect(byKey.entries.map((e) => [e.commit?.subject, e.article?.number, e.article?.title])).toEqual([
      ['First session', '3', 'Illegal interception'],
      ['Second session: article 2 on the use of terms', '4', 'Illegal interception'],
      ['Widen interception', '4', 'Illegal interception'],
      ['Third session: split illegal access', '5', 'Illegal interception']
    ])
    expect(byKey.from).toBe('01-first')
  })

  it('follows a renamed session folder and ignores a later fix to an older session', () => {
    const short = (subject: string) => repo.git('log', '--format=%h %s').split('\n').find((line) => line.endsWith(` ${subject}`))?.split(' ')[0]
    const history = JSON.parse(run('history', '3', '--commits', '--from', '02-second-part', '--format', 'json').stdout) as History
    expect(history.from).toBe('02-second-part')
    const split = history.entries.at(-1)
    expect(split?.comparedWith).toBe(short('Rename the second session folder'))
    expect(history.entries.map((e) => e.commit?.subject)).not.toContain('Rename the second session folder')
    expect(history.entries.map((e) => e.commit?.subject)).not.toContain('Fix the title of the first session')
  })

  it('prints Markdown and HTML that are well formed', () => {
    const md = run('history', '3', '--commits', '--format', 'md').stdout
    expect(md.startsWith('## History of Art. 3, Illegal access\n')).toBe(true)
    expect(md).toContain('| Commit ')
    expect(md).toContain('Delegation A, Delegation B')
    expect(md.split('\n').filter((line) => line.startsWith('|')).length).toBe(2 + 6)
    const html = run('history', '3', '--commits', '--format', 'html').stdout
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(html).toContain('http-equiv="Content-Security-Policy"')
    expect(html).not.toMatch(/<script/i)
    for (const tag of ['html', 'body', 'table', 'tr', 'section', 'main']) expect(html.match(new RegExp(`<${tag}[ >]`, 'g'))?.length).toBe(html.match(new RegExp(`</${tag}>`, 'g'))?.length)
    expect(html).toContain('<del>')
    expect(html).toContain('<ins>')
  })

  it('shows no progress bar when stderr is not a terminal', () => {
    const result = run('history', '3', '--commits')
    expect(result.stderr).toBe('')
  })
})

describe('draftdiff history (sessions)', () => {
  it('follows the article through the session folders of the working tree, without git', () => {
    const result = run('history', '3', '--format', 'json')
    expect(result.code).toBe(0)
    const history = JSON.parse(result.stdout) as History
    expect(history.mode).toBe('sessions')
    expect(history.entries.map((e) => [e.version, e.relation, e.article?.number ?? null])).toEqual([
      ['01-first', 'first', '2'],
      ['02-second', 'matched', '3'],
      ['03-third', 'split', '3']
    ])
    expect(history.lineage).toBe('01-first:art-2')
    expect(history.entries[2]?.lineage).toBe('01-first:art-2')
  })
})

describe('draftdiff blame', () => {
  it('names, for each paragraph, the commit that last changed it, through a merge and a split', () => {
    const result = run('blame', '4', '--format', 'json')
    expect(result.code).toBe(0)
    const blame = JSON.parse(result.stdout) as Blame
    expect(blame.article).toMatchObject({number: '4', title: 'Aggravated illegal access'})
    expect(blame.lines.map((l) => [l.marker, l.commit.subject, l.session])).toEqual([
      ['1.', 'First session', 'drafts/01-first'],
      ['2.', 'Third session: split illegal access', 'drafts/03-third']
    ])
    const access = JSON.parse(run('blame', '3', '--format', 'json').stdout) as Blame
    expect(access.lines.map((l) => [l.marker, l.commit.subject, l.commit.proposedBy])).toEqual([['1.', 'Proposal: deliberate access', ['Delegation A', 'Delegation B']]])
    const interceptionBlame = JSON.parse(run('blame', '5', '--format', 'json').stdout) as Blame
    expect(interceptionBlame.lines.map((l) => l.commit.subject)).toEqual(['Widen interception'])
  })

  it('blames an earlier version with --at', () => {
    const blame = JSON.parse(run('blame', '2', '--at', 'session-1', '--format', 'json').stdout) as Blame
    expect(blame.lines.map((l) => [l.marker, l.commit.subject])).toEqual([
      ['1.', 'First session'],
      ['2.', 'First session']
    ])
    expect(blame.scanned).toBe(1)
  })

  it('matches the golden text and JSON', () => {
    matchGolden('blame-commits.txt', run('blame', '3').stdout + run('blame', '4').stdout)
    matchGolden('blame-commits.json', run('blame', '4', '--format', 'json').stdout)
  })
})

describe('errors exit 2 with a clear message', () => {
  it.each([
    [['history', '9', '--commits'], 'there is no article 9 in HEAD'],
    [['history', '9'], 'there is no article 9 in 03-third'],
    [['history', 'nine'], '`nine` is neither an article number (12, 12 bis) nor a lineage key'],
    [['history', '01-first:art-9'], 'is not the lineage key of any article in drafts'],
    [['history', '01-first:art-9', '--commits'], '`01-first:art-9` is not a lineage key: 01-first has no article with id `art-9`'],
    [['history', '3', '--commits', '--from', 'no-such-tag'], '`no-such-tag` is not a file, a folder, a session in drafts/, or a git ref'],
    [['history', '3', '--commits', '--from', 'no-such-tag:drafts/01-first'], '`no-such-tag` is not a branch, tag or commit'],
    [['history', '3', '--commits', '--repo', '/'], '`/` is not inside a git repository'],
    [['blame', '3', '--repo', '/'], '`/` is not inside a git repository'],
    [['blame', '7'], 'there is no article 7 in HEAD'],
    [['history', '3', '--format', 'pdf'], "argument 'pdf' is invalid"]
  ])('%j', (args, message) => {
    const result = run(...args)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(message)
    expect(result.stdout).toBe('')
  })
})

describe('history of an article moved between sections of one chapter', () => {
  const provision = (n: number, words: string) => `## Article ${n}. Provision ${n}\n\n1. The parties ${words} under this article.\n\n`
  const draft = (fourth: 'title' | 'section 2', agreed: boolean) =>
    `# Chapter I. General\n\n${provision(1, 'agree')}# Section 1. Scope\n\n${provision(2, 'apply the rules')}# Title 1. Terms\n\n${provision(3, 'use the terms')}` +
    (fourth === 'title' ? `${provision(4, 'keep [detailed] records')}# Section 2. Measures\n\n` : `# Section 2. Measures\n\n${provision(4, agreed ? 'keep detailed records' : 'keep [detailed] records')}`) +
    provision(5, 'adopt measures')
  let sections: TestRepo
  beforeAll(() => {
    sections = testRepo([
      {files: {'drafts/01/draft.md': draft('title', false)}, message: 'First draft'},
      {files: {'drafts/01/draft.md': draft('section 2', false)}, message: 'Move article 4 to section 2'},
      {files: {'drafts/01/draft.md': draft('section 2', true)}, message: 'Agree article 4'}
    ])
  })
  afterAll(() => sections.cleanup())

  it('says where it moved, as diff says it, and names its sections in the JSON', () => {
    const text = runIn(sections.dir, 'history', '4', '--commits')
    expect(text.code).toBe(0)
    expect(text.stdout).toContain('Art. 4 (ch. I, section 2): moved from chapter I, section 1, title 1 to section 2\n')
    expect(text.stdout).toContain('Art. 4 (ch. I, section 1, title 1): first version; 1 open bracket\n')
    const diff = runIn(sections.dir, 'diff', 'HEAD~2:drafts/01', 'HEAD~1:drafts/01')
    expect(diff.stdout).toContain('Art. 4, Provision 4 (moved from chapter I, section 1, title 1 to section 2)')
    const json = JSON.parse(runIn(sections.dir, 'history', '4', '--commits', '--format', 'json').stdout) as History
    expect(json.entries.map((e) => [e.relation, e.moved, e.article?.division])).toEqual([
      ['first', false, 'Section 1, Title 1'],
      ['matched', true, 'Section 2'],
      ['matched', false, 'Section 2']
    ])
  })

  it('refuses an article that is not there, naming the option of the command that names a version', () => {
    const blame = runIn(sections.dir, 'blame', '9')
    expect([blame.code, blame.stderr]).toEqual([2, 'draftdiff: there is no article 9 in HEAD (' + sections.git('rev-parse', '--short', 'HEAD') + ', drafts/01) (its articles are 1 to 5); give its number in that version, or name the version with --at\n'])
    const history = runIn(sections.dir, 'history', '9', '--commits')
    expect([history.code, history.stderr.includes('name the version with --from')]).toEqual([2, true])
  })
})
