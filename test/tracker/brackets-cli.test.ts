// `draftdiff brackets` on the shipped drafts (goldens), its count against `sessions` on every session, the chair's
// list as a standalone page, commit-level history with Proposed-by in a temporary repository, and refusals.
import {cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {expectNoCrash, root, runIn} from '../support/cli-run.js'
import {matchGolden} from '../support/golden.js'
import {testRepo} from '../support/test-repo.js'

interface Listed {
  openBrackets: number
  tracks: Array<{id: string; status: string; openedIn: string; age: number; events: Array<{kind: string; commit: {proposedBy: string[]} | null}>}>
}

describe('draftdiff brackets on the shipped drafts', () => {
  it('the open list at a session, the chair\'s list, and the life of the brackets at a citation (goldens)', () => {
    const open = runIn(root, 'brackets', '06', '--open')
    expect(open.code).toBe(0)
    matchGolden('brackets-06-open.txt', open.stdout)
    matchGolden('brackets-04-summary.md', runIn(root, 'brackets', '04', '--summary', '--format', 'md').stdout)
    matchGolden('brackets-history.txt', runIn(root, 'brackets', '--history', 'article 12, paragraph 2').stdout)
  })

  it('lists as many open brackets at every session as `sessions` and `diff` count, in JSON and in the text', () => {
    const sessions = JSON.parse(runIn(root, 'sessions', '--format', 'json').stdout) as Array<{id: string; openBrackets: number}>
    expect(sessions.map((s) => s.id)).toEqual(['01-first-part', '02-second-part', '03-complete', '04-revised', '05-further-revised', '06-updated', '07-final'])
    // `diff` of each neighbouring pair gives the count of both sides: the first session's as `old`, every other's as `new`.
    const counted = (a: string, b: string) => (JSON.parse(runIn(root, 'diff', a, b, '--format', 'json').stdout) as {old: {counts: {openBrackets: number}}; new: {counts: {openBrackets: number}}})
    const byDiff = sessions.map((session, k) => (k === 0 ? counted(session.id, sessions[1]!.id).old.counts.openBrackets : counted(sessions[k - 1]!.id, session.id).new.counts.openBrackets))
    expect(byDiff).toEqual(sessions.map((s) => s.openBrackets))
    for (const session of sessions) {
      const listed = JSON.parse(runIn(root, 'brackets', session.id, '--open', '--format', 'json').stdout) as Listed
      expect([session.id, listed.tracks.length, listed.openBrackets]).toEqual([session.id, session.openBrackets, session.openBrackets])
      expect(listed.tracks.every((t) => t.status === 'open')).toBe(true)
      const text = runIn(root, 'brackets', session.id, '--open').stdout
      const rows = session.openBrackets === 0 ? '' : `\n\nOpen brackets (${session.openBrackets})\n\n`
      expect(text).toContain(`\n\n${session.openBrackets} open bracket${session.openBrackets === 1 ? '' : 's'} in ${session.id};`)
      if (rows) expect(text).toContain(rows)
      expect(text.split('\n').filter((line) => line.startsWith('• ')).length).toBe(session.openBrackets)
    }
  }, 300_000)

  it('the chair\'s list as HTML: a standalone page with the chart, under a strict policy and without script', () => {
    const html = runIn(root, 'brackets', '--summary', '--format', 'html').stdout
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(html).toContain('Content-Security-Policy')
    expect(html).not.toMatch(/<script|https?:\/\//)
    expect(html).toContain('<svg')
    expect(html).toContain('Outstanding issues in 07-final')
  })

  it('refuses what is neither a citation nor a bracket id, and a citation that never held one', () => {
    const bad = runIn(root, 'brackets', '--history', 'the purpose')
    expect(bad.code).toBe(2)
    expect(bad.stderr).toBe('draftdiff: `the purpose` is neither a citation ("article 14, paragraph 2 (b)", "preambular paragraph 3") nor a bracket id from `draftdiff brackets --format json`\n')
    const none = runIn(root, 'brackets', '--history', 'article 99')
    expect(none.stderr).toBe('draftdiff: no bracket was ever at article 99 in the versions read (up to 07-final); run `draftdiff brackets` to list them\n')
    expectNoCrash(bad.stderr + none.stderr)
  })
})

describe('option labels and proponents, read and shown in every format', () => {
  // The four hand-written sessions of test/fixtures/tracker as a drafts folder: `[Option 1 (EU, US): …]` in article 3,
  // and a bracket with a footnote "Proposed by Norway and Chile." right after it.
  const drafts = mkdtempSync(path.join(os.tmpdir(), 'draftdiff-brackets-proponents-'))
  for (const k of [1, 2, 3, 4]) {
    mkdirSync(path.join(drafts, `0${k}-s${k}`))
    cpSync(path.join(root, 'test', 'fixtures', 'tracker', `s${k}.md`), path.join(drafts, `0${k}-s${k}`, 'draft.md'))
  }
  afterAll(() => rmSync(drafts, {recursive: true, force: true}))
  const run = (...args: string[]) => {
    const result = runIn(root, 'brackets', '--drafts', drafts, ...args)
    expect([result.code, result.stderr]).toEqual([0, ''])
    return result.stdout
  }
  const formats = {
    text: (who: string) => `    option, proposed by: ${who}\n`,
    md: (who: string) => `| ${who} |`,
    html: (who: string) => `<td data-label="Option, proposed by">${who}</td>`
  }

  it.each(Object.entries(formats))('the open list as %s names the option and who proposed it', (format, cell) => {
    const out = run('02', '--format', format)
    expect(out).toContain(cell('Option 1 (EU, US)'))
    expect(out).toContain(cell('Option 3'))
    expect(out).toContain(cell('proposed by Norway, Chile'))
  })

  it('the open list as JSON: option and proponents per track', () => {
    const listed = JSON.parse(run('02', '--open', '--format', 'json')) as {tracks: Array<{citation: string; option: string | null; proponents: string[]}>}
    expect(listed.tracks.map((t) => [t.citation, t.option, t.proponents])).toEqual([
      ['article 1, paragraph 1', null, []],
      ['article 3, paragraph 1 (a)', null, []],
      ['article 4, paragraph 1', 'Option 1', ['EU', 'US']],
      ['article 4, paragraph 1', 'Option 3', []],
      ['article 4, paragraph 2', null, ['Norway', 'Chile']]
    ])
  })

  it.each(['text', 'md', 'html', 'json'])('--history as %s names who proposed the bracket', (format) => {
    const options = run('--history', 'article 4, paragraph 1', '--format', format)
    const footnoted = run('--history', 'article 5, paragraph 1', '--format', format)
    if (format === 'json') {
      const proponents = (out: string) => (JSON.parse(out) as {tracks: Array<{option: string | null; proponents: string[]}>}).tracks.map((t) => [t.option, t.proponents])
      expect(proponents(options)).toEqual([['Option 1', ['EU', 'US']], ['Option 3', []]])
      expect(proponents(footnoted)).toEqual([[null, ['Norway', 'Chile']]])
    } else {
      expect(options).toContain('opened in 01-s1 · resolved in 03-s3 · Option 1 (EU, US)')
      expect(footnoted).toContain('opened in 01-s1 · resolved in 04-s4 · proposed by Norway, Chile')
    }
  })
})

describe('draftdiff brackets --commits', () => {
  const fixture = (name: string) => readFileSync(path.join(root, 'test', 'fixtures', 'tracker', `${name}.md`), 'utf8')
  const repo = testRepo([
    {files: {'drafts/01-first/draft.md': fixture('s1')}, message: 'First session text\n\nProposed-by: Delegation of Brazil'},
    {files: {'drafts/01-first/draft.md': fixture('s2')}, message: 'Add a scope article and narrow the options\n\nProposed-by: Delegation of Chile'},
    {files: {'drafts/01-first/draft.md': fixture('s3')}, message: 'Split the keeping of records\n\nProposed-by: Delegation of Norway\nProposed-by: Delegation of Japan'}
  ])
  afterAll(() => repo.cleanup())

  it('follows each bracket commit by commit, with who proposed each change', () => {
    const result = runIn(repo.dir, 'brackets', '--commits', '--format', 'json')
    expect(result.code).toBe(0)
    const listed = JSON.parse(result.stdout) as Listed
    expect(listed.openBrackets).toBe(2)
    const options = listed.tracks.filter((t) => t.id.includes('art-3/para-1#'))
    expect(options.map((t) => [t.status, t.events.map((e) => `${e.kind}:${e.commit?.proposedBy.join('+') ?? ''}`).join(' ')])).toEqual([
      ['resolved', 'opened:Delegation of Brazil renumbered:Delegation of Chile narrowed:Delegation of Chile resolved:Delegation of Norway+Delegation of Japan'],
      ['dropped', 'opened:Delegation of Brazil dropped:Delegation of Chile'],
      ['dropped', 'opened:Delegation of Brazil renumbered:Delegation of Chile narrowed:Delegation of Chile dropped:Delegation of Norway+Delegation of Japan']
    ])
    const history = runIn(repo.dir, 'brackets', '--commits', '--history', 'article 5, paragraph 1').stdout
    expect(history).toContain('proposed by: Delegation of Norway, Delegation of Japan')
    expect(history).toContain('what happened: renumbered: article 4, paragraph 2 → article 5, paragraph 1')
    expect(history).toMatch(/^The bracket at article 5, paragraph 1\n/)
  })

  it.each(['text', 'md', 'html'])('--history as %s names the Proposed-by of the commit that opened the bracket, and the text\'s proponents', (format) => {
    const first = JSON.parse(runIn(repo.dir, 'brackets', '--commits', '--format', 'json').stdout) as {versions: Array<{label: string}>}
    const opened = first.versions[0]?.label ?? ''
    const history = runIn(repo.dir, 'brackets', '--commits', '--history', 'article 5, paragraph 1', '--format', format)
    expect(history.code).toBe(0)
    expect(history.stdout).toContain(`opened in ${opened} (Proposed-by: Delegation of Brazil) · open for 2 commits · proposed by Norway, Chile`)
  })
})

describe('draftdiff brackets --commits with the draft at the root of the repository', () => {
  const fixture = (name: string) => readFileSync(path.join(root, 'test', 'fixtures', 'tracker', `${name}.md`), 'utf8')
  const repo = testRepo([
    {files: {'draft.md': fixture('s1')}, message: 'First text'},
    {files: {'draft.md': fixture('s2')}, message: 'Second text'}
  ])
  afterAll(() => repo.cleanup())

  it('reads the draft at every commit (the root is the session folder)', () => {
    const result = runIn(repo.dir, 'brackets', '--commits', '--drafts', '.', '--format', 'json')
    expect(result.code).toBe(0)
    const listed = JSON.parse(result.stdout) as {versions: Array<{label: string; openBrackets: number}>}
    expect(listed.versions.map((v) => [v.label, v.openBrackets])).toEqual([
      [repo.git('rev-parse', '--short=7', 'HEAD~1'), 6],
      [repo.git('rev-parse', '--short=7', 'HEAD'), 5]
    ])
  })
})

describe('README, --help and docs list the same options', () => {
  const options = (text: string) => [...new Set(text.match(/--[a-z][a-z-]+/g) ?? [])].filter((o) => o !== '--help').sort()
  it.each([
    ['brackets', 'brackets.md', ['--commits', '--drafts', '--format', '--history', '--open', '--repo', '--summary']],
    ['sources', 'sources.md', ['--drafts', '--format', '--min', '--reference', '--repo']]
  ])('%s', (command, doc, expected) => {
    const line = new RegExp(`^draftdiff ${command} .*$`, 'm')
    const help = runIn(root, command, '--help').stdout
    const readme = line.exec(readFileSync(path.join(root, 'README.md'), 'utf8'))?.[0] ?? ''
    const docs = line.exec(readFileSync(path.join(root, 'docs', doc), 'utf8'))?.[0] ?? ''
    expect(options(help)).toEqual(expected)
    expect(options(readme)).toEqual(expected)
    expect(options(docs)).toEqual(expected)
    expect(readme).toBe(docs)
  })
})

describe('what people read carries the words of the field', () => {
  it('no structural ids or similarity scores in the text and Markdown of brackets and sources', () => {
    const outputs = [
      runIn(root, 'brackets', '05').stdout,
      runIn(root, 'brackets', '05', '--summary', '--format', 'md').stdout,
      runIn(root, 'brackets', '--history', 'article 2, paragraph 1 (m)', '--format', 'md').stdout,
      runIn(root, 'sources', '07', '--reference', 'drafts/06-updated', '--format', 'md').stdout
    ]
    for (const text of outputs) {
      expect(text).not.toMatch(/\b(?:art|para|pp)-\d|\/(?:p|sub)-[0-9a-z]|preamble\/|\/closing\b/)
      expect(text).not.toMatch(/similarity|\b0\.\d\d\b|#\d\b/i)
    }
  }, 120_000)
})
