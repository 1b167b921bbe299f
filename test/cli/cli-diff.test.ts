// `draftdiff diff`, run as a user would: the built binary on the shipped drafts and on bad input.
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {runIn, runWith} from '../support/cli-run.js'

const root = path.resolve(import.meta.dirname, '..', '..')
const dir = mkdtempSync(path.join(os.tmpdir(), 'draftdiff-diff-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

function run(...args: string[]) {
  const result = runIn(root, ...args)
  expect(result.stderr).not.toMatch(/\n\s+at /)
  return result
}

describe('draftdiff diff', () => {
  it('compares two sessions by id and prints the summary and redlines as plain text', () => {
    const result = run('diff', '03', '04')
    expect(result.code).toBe(0)
    const lines = result.stdout.split('\n')
    expect(lines.slice(0, 4)).toEqual([
      '03-complete → 04-revised',
      'articles: 68 → 68; 63 matched, 2 split, 0 merged, 1 added, 3 deleted',
      'changes: 52 substantive, 1 editorial, 2 references only, 14 unchanged',
      'brackets: 14 opened, 100 closed (open: 220 → 128); words: +1089 −562'
    ])
    expect(lines).toContain('Art. 21 → 20 + 21, Jurisdiction: split into 20 ("Jurisdiction") and 21 ("Coordination among States Parties"); substantive')
    expect(result.stdout).not.toContain('\u001B[')
    expect(result.stdout).toMatch(/\{-.+-\}/)
  })

  it('--summary prints the summary and one line per changed article, without redlines', () => {
    const result = run('diff', 'drafts/06-updated', 'drafts/07-final', '--summary')
    expect(result.code).toBe(0)
    expect(result.stdout.split('\n')[0]).toBe('06-updated → 07-final')
    expect(result.stdout).toContain('\n• Art. 67 + 68 → 68')
    expect(result.stdout).not.toMatch(/\{[-+]/)
  })

  it('--format json prints the documented object', () => {
    const result = run('diff', '05', '06', '--format', 'json')
    expect(result.code).toBe(0)
    const diff = JSON.parse(result.stdout)
    expect(diff.schemaVersion).toBe(1)
    expect([diff.old.label, diff.new.label]).toEqual(['05-further-revised', '06-updated'])
    expect(diff.articles.find((a: {relation: string}) => a.relation === 'split')).toMatchObject({old: ['13'], new: ['13', '14'], matchedBy: 'split'})
  })

  it('--exit-code: 1 when the drafts differ, 0 when they do not', () => {
    expect(run('diff', '06', '07', '--exit-code', '--summary').code).toBe(1)
    expect(run('diff', '07', 'drafts/07-final/draft.md', '--exit-code', '--summary').code).toBe(0)
  })

  it('--concordance forces the official table', () => {
    const table = path.join(dir, 'table.json')
    writeFileSync(table, JSON.stringify({articles: [{old: ['1'], new: ['68'], relation: 'matched'}]}))
    const diff = JSON.parse(run('diff', '06', '07', '--format', 'json', '--concordance', table).stdout)
    expect(diff.articles.find((a: {old: string[]}) => a.old[0] === '1')).toMatchObject({new: ['68'], matchedBy: 'concordance'})
  })

  it.each([
    [['diff', 'nope', '07'], '`nope` is not a file, a folder, a session in drafts/, or a git ref'],
    [['diff', 'drafts', '07'], '`drafts` holds 7 sessions; give one session folder or draft file'],
    [['diff', '06', '07', '--concordance', 'missing.json'], 'cannot read concordance `missing.json`'],
    [['diff', '06'], "error: missing required argument 'new'"]
  ])('bad input %j exits 2 with a clear message', (args, message) => {
    const result = run(...args)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(message)
  })

  it('a malformed concordance is explained', () => {
    const table = path.join(dir, 'bad.json')
    writeFileSync(table, '{"articles": [{"old": ["1"], "new": ["1"], "relation": "moved"}]}')
    const result = run('diff', '06', '07', '--concordance', table)
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(`draftdiff: \`${table}\`, articles[0]: \`relation\` must be one of matched, split, merged, added, deleted; got "moved"\n`)
  })

  it('refuses a draft that cannot be read', () => {
    const binary = path.join(dir, 'binary.md')
    writeFileSync(binary, Buffer.from([0, 1, 2]))
    const result = run('diff', binary, '07')
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(`draftdiff: ${binary}: \`${binary}\` is a binary file, not text (NUL byte at offset 0); give draftdiff the Markdown source of the draft\n`)
  })
})

describe('the parse cache', () => {
  it('is written on the first run, gives the same output when warm, and a corrupt cache is ignored', () => {
    const cacheDir = path.join(dir, 'cache')
    // The cache on (the tests' environment turns it off), in a folder of the test's own.
    const env = {DRAFTDIFF_CACHE: undefined, DRAFTDIFF_CACHE_DIR: cacheDir}
    const once = () => runWith({cwd: root, env}, 'diff', '05', '06', '--format', 'json')
    const cold = once()
    expect(cold.code).toBe(0)
    const cacheFile = path.join(cacheDir, 'parse-v1.json')
    const entries = JSON.parse(readFileSync(cacheFile, 'utf8')) as unknown[]
    // Only chunks that need remark are kept (2 in sessions 05 and 06): plain bodies are read faster than looked up.
    expect(entries.length).toBe(2)
    expect(once().stdout).toBe(cold.stdout)
    writeFileSync(cacheFile, '{not json')
    expect(once().stdout).toBe(cold.stdout)
    const off = runWith({cwd: root, env: {DRAFTDIFF_CACHE: '0', DRAFTDIFF_CACHE_DIR: path.join(dir, 'unused')}}, 'diff', '05', '06', '--format', 'json')
    expect(off.stdout).toBe(cold.stdout)
    expect(existsSync(path.join(dir, 'unused'))).toBe(false)
  })
})
