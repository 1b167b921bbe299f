// Every command and format ends quietly, with exit status 141 (as `git log | head` shows), when the
// reader of its output has gone away (`draftdiff diff 03 04 | head -1`).
import {closeSync, openSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {demoSession, expectNoCrash, runClosedStdout, runWith} from '../support/cli-run.js'
import {testRepo, type TestRepo} from '../support/test-repo.js'

let repo: TestRepo
beforeAll(() => {
  repo = testRepo([
    {files: demoSession('03-complete'), message: 'Third session', tag: 'v3'},
    {files: demoSession('04-revised'), message: 'Fourth session', tag: 'v4'},
    {files: {'drafts/04-revised/01-preamble-and-chapter-1.md': demoSession('04-revised')['drafts/04-revised/01-preamble-and-chapter-1.md']?.replace('States Parties', 'The States Parties') ?? ''}, message: 'Proposal', branch: 'proposal'}
  ])
  repo.git('checkout', '-q', 'main')
})
afterAll(() => repo.cleanup())

const invocations: string[][] = [
  ['--help'],
  ['diff', '--help'],
  ['--version'],
  ['check', 'drafts'],
  ['check', 'drafts', '--format', 'json'],
  ...['text', 'json', 'md', 'html'].map((format) => ['diff', '03', '04', '--format', format]),
  ['diff', '03', '04', '--summary'],
  ['report', '--out', 'out'],
  ...['md', 'html', 'json'].map((format) => ['compare', '03', '04', '--format', format]),
  ['compare', '03', '04', '--out', 'table.md'],
  ['sessions'],
  ['sessions', '--format', 'json'],
  ['fmt', '--stdout', 'drafts/03-complete'],
  ...['text', 'json', 'md', 'html'].map((format) => ['history', '3', '--format', format]),
  ['history', '3', '--commits'],
  ['blame', '3'],
  ['blame', '3', '--format', 'json'],
  ['pr', '--base', 'main', '--head', 'proposal']
]

describe('a closed stdout', () => {
  it.each(invocations)('draftdiff %s … ends quietly with status 141', async (...args) => {
    const result = await runClosedStdout(repo.dir, ...args)
    expectNoCrash(result.stderr)
    expect(result.stderr).toBe('')
    expect(result.signal).toBeNull()
    expect(result.code).toBe(141)
  })

  it('pr --out writes its artifact even when the reader of the comment has gone away', async () => {
    const result = await runClosedStdout(repo.dir, 'pr', '--base', 'main', '--head', 'proposal', '--out', 'review.html')
    expect(result.code).toBe(141)
    expect(readFileSync(path.join(repo.dir, 'review.html'), 'utf8')).toMatch(/^<!doctype html>/i)
  })

  it('a full device (/dev/full): exit 2 with one clean line, no stack trace', () => {
    const full = openSync('/dev/full', 'w')
    try {
      const result = runWith({cwd: repo.dir, stdout: full}, 'diff', '03', '04')
      expect(result.code).toBe(2)
      expect(result.stderr).toBe('draftdiff: cannot write the output: ENOSPC\n')
    } finally {
      closeSync(full)
    }
  })

  it('a command that prints nothing is not affected (exit 0)', async () => {
    const result = await runClosedStdout(repo.dir, 'fmt', '--check', 'drafts/03-complete/draft.md')
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
  })
})
