// Version specifiers against real temporary git repositories: sessions as folders and tags, branches, refs.
import {existsSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {resolveVersion} from '../../src/versions/spec.js'
import {testRepo, type TestRepo} from '../support/test-repo.js'
import {runIn} from '../support/cli-run.js'

const draft = (session: string, ordinal: number, body: string) => `---\nsession: ${session}\nordinal: ${ordinal}\ntitle: Session ${ordinal}\n---\n\n# Chapter I. General provisions\n\n${body}`
const art1 = '## Article 1. Scope\n\nThis Convention applies to the prevention and investigation of the offences it establishes.\n'
const art2 = '## Article 2. Illegal access\n\nEach State Party shall establish as a criminal offence the intentional access to an information system [without right].\n'
const art2agreed = art2.replace('[without right]', 'without right')

let repo: TestRepo
beforeAll(() => {
  repo = testRepo([
    {files: {'drafts/01-first/draft.md': draft('01-first', 1, `${art1}\n${art2}`)}, message: 'First session', tag: 'session-1'},
    {files: {'drafts/02-second/draft.md': draft('02-second', 2, `${art1}\n${art2agreed}`)}, message: 'Second session', tag: 'session-2'},
    {files: {'drafts/02-second/draft.md': draft('02-second', 2, `${art1}\n${art2agreed.replace('intentional', 'deliberate')}`)}, message: 'Proposal: deliberate access\n\nProposed-by: Delegation A', branch: 'proposal-a'}
  ])
  repo.git('checkout', '-q', 'main')
})
afterAll(() => repo.cleanup())

function run(...args: string[]) {
  const result = runIn(repo.dir, ...args)
  expect(result.stderr).not.toMatch(/\n\s+at /)
  return result
}

describe('resolveVersion', () => {
  it('reads <ref>:<path> (a session folder at a tag) through git, labelled as given', async () => {
    const version = await resolveVersion('session-1:drafts/01-first', {drafts: 'drafts', repo: repo.dir})
    expect([version.label, version.commit, version.inputs.map((i) => i.path)]).toEqual(['session-1:drafts/01-first', repo.git('rev-parse', 'session-1'), ['session-1:drafts/01-first/draft.md']])
  })

  it('reads <ref> alone as the session folder that commit changed', async () => {
    const version = await resolveVersion('proposal-a', {drafts: 'drafts', repo: repo.dir})
    expect(version.label).toBe('proposal-a:drafts/02-second')
    expect(new TextDecoder().decode(version.inputs[0]?.contents as Uint8Array)).toContain('deliberate access')
  })
})

describe('draftdiff diff with git refs', () => {
  it('compares a session at a tag with a proposal branch', () => {
    const result = run('diff', 'session-1:drafts/01-first', 'proposal-a', '--summary')
    expect(result.code).toBe(0)
    expect(result.stdout.split('\n').slice(0, 4)).toEqual([
      'session-1:drafts/01-first → proposal-a:drafts/02-second',
      'articles: 2 → 2; 2 matched, 0 split, 0 merged, 0 added, 0 deleted',
      'changes: 1 substantive, 0 editorial, 0 references only, 1 unchanged',
      'brackets: 0 opened, 1 closed (open: 1 → 0); words: +1 −1'
    ])
  })

  it('WORKTREE is the session with uncommitted changes', () => {
    writeFileSync(path.join(repo.dir, 'drafts/02-second/draft.md'), draft('02-second', 2, `${art1}\n${art2agreed.replace('information system', 'computer system')}`))
    try {
      const result = run('diff', 'session-2:drafts/02-second', 'WORKTREE', '--summary')
      expect(result.code).toBe(0)
      expect(result.stdout.split('\n')[0]).toBe('session-2:drafts/02-second → WORKTREE')
      expect(result.stdout).toContain('words: +1 −1')
    } finally {
      repo.git('checkout', '-q', '--', 'drafts')
    }
  })

  it.each([
    [['diff', 'no-such-tag', 'session-2:drafts/02-second'], '`no-such-tag` is not a file, a folder, a session in drafts/, or a git ref'],
    [['diff', 'no-such-tag:drafts/01-first', '02'], '`no-such-tag` is not a branch, tag or commit in'],
    [['diff', 'session-1:drafts/99-missing', '02'], '`drafts/99-missing` does not exist at session-1'],
    [['diff', '--output=pwned.txt', '02'], "error: unknown option '--output=pwned.txt'"],
    [['diff', '--', '--output=pwned.txt', '02'], '`--output=pwned.txt` is not a file, a folder, a session in drafts/, or a git ref'],
    [['diff', '--', '-c core.pager=touch pwned.txt', '02'], 'is not a file, a folder, a session in drafts/, or a git ref'],
    [['diff', '--', '--output=pwned.txt:drafts/01-first', '02'], 'refs may not start with `-`']
  ])('refuses %j with exit 2 and creates no file', (args, message) => {
    const result = run(...args)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(message)
    expect(existsSync(path.join(repo.dir, 'pwned.txt'))).toBe(false)
  })

  it('a folder that is not a repository gets a clear message', () => {
    const result = run('diff', 'main:drafts/01-first', '02', '--repo', '/')
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('`/` is not inside a git repository')
  })

  it('a shallow clone lacking the history asked for says so', () => {
    const clone = testRepo()
    try {
      clone.git('clone', '-q', '--depth', '1', `file://${repo.dir}`, 'shallow')
      const result = runIn(path.join(clone.dir, 'shallow'), 'diff', 'session-1:drafts/01-first', 'drafts/02-second')
      expect(result.code).toBe(2)
      expect(result.stderr).toContain('This is a shallow clone: the commit may be missing from its history (run `git fetch --unshallow`).')
    } finally {
      clone.cleanup()
    }
  })
})
