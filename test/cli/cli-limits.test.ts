// Size limits and file-type checks before reading: git blobs over 10 MiB, a concordance that is a FIFO,
// /dev/zero or too large, --max-bytes below its minimum, parseDraft on a huge string; clean system
// error messages; blame in a shallow clone says where it stops.
import {execFileSync} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {failureMessage} from '../../src/cli/main.js'
import {BlobReader, TooLarge} from '../../src/git/blobs.js'
import {parseDraft} from '../../src/parse/draft.js'
import {expectNoCrash, runIn} from '../support/cli-run.js'
import {testRepo, type TestRepo} from '../support/test-repo.js'

const draft = (text: string) => `## Article 1. Scope\n\n${text}\n`
const big = 12 * 1024 * 1024

describe('git blobs over the size limit', () => {
  let repo: TestRepo
  beforeAll(() => {
    repo = testRepo([
      {files: {'drafts/01-a/draft.md': draft('Each State Party shall act.'), 'drafts/00-big/draft.md': draft('x '.repeat(big / 2))}, message: 'A draft and a 12 MiB one'},
      {files: {'drafts/01-a/draft.md': draft('Each State Party shall act now.')}, message: 'Amend the first draft'}
    ])
  })
  afterAll(() => repo.cleanup())

  it('diff with a ref: exit 2, the file named with its size and the limit', () => {
    const result = runIn(repo.dir, 'diff', 'main:drafts/01-a', 'main:drafts/00-big')
    expectNoCrash(result.stderr)
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(`draftdiff: main:drafts/00-big/draft.md: \`main:drafts/00-big/draft.md\` is too large to parse (${big + 22} bytes, limit 10485760); split the draft into one file per chapter\n`)
  })

  it('BlobReader reports the size from the batch header and never keeps the contents; the next object reads normally', async () => {
    const reader = new BlobReader(repo.dir, 10 * 1024 * 1024)
    try {
      const [large, small] = await Promise.all([reader.read(repo.git('rev-parse', 'HEAD:drafts/00-big/draft.md')), reader.read(repo.git('rev-parse', 'HEAD:drafts/01-a/draft.md'))])
      expect(large).toEqual(new TooLarge(big + 22))
      expect(Buffer.from(small as Uint8Array).toString('utf8')).toBe(draft('Each State Party shall act now.'))
    } finally {
      reader.close()
    }
  })

  it('history --commits skips the oversized file without reading it', () => {
    const result = runIn(repo.dir, 'history', '1', '--commits', '--format', 'json')
    expectNoCrash(result.stderr)
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect((JSON.parse(result.stdout) as {entries: Array<{commit: {subject: string}}>}).entries.map((e) => e.commit.subject)).toEqual(['A draft and a 12 MiB one', 'Amend the first draft'])
  })
})

describe('--concordance input checks', () => {
  let dir = ''
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'draftdiff-limits-'))
    writeFileSync(path.join(dir, 'a.md'), draft('Each State Party shall act.'))
    writeFileSync(path.join(dir, 'b.md'), draft('Each State Party shall act now.'))
    execFileSync('mkfifo', [path.join(dir, 'fifo')])
    writeFileSync(path.join(dir, 'huge.json'), Buffer.alloc(11 * 1024 * 1024, 32))
  })
  afterAll(() => rmSync(dir, {recursive: true, force: true}))

  it('a FIFO is refused at once (exit 2), never waited on', () => {
    const result = runIn(dir, 'diff', 'a.md', 'b.md', '--concordance', 'fifo')
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('draftdiff: cannot read concordance `fifo`: it is not a regular file (a pipe, device or socket); give a JSON file (docs/alignment.md)\n')
  })

  it('/dev/zero is refused (exit 2), never read', () => {
    const result = runIn(dir, 'diff', 'a.md', 'b.md', '--concordance', '/dev/zero')
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('draftdiff: cannot read concordance `/dev/zero`: it is not a regular file (a pipe, device or socket); give a JSON file (docs/alignment.md)\n')
  })

  it('a file over 10 MiB is refused from its size (exit 2)', () => {
    const result = runIn(dir, 'diff', 'a.md', 'b.md', '--concordance', 'huge.json')
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(`draftdiff: cannot read concordance \`huge.json\`: it is ${11 * 1024 * 1024} bytes, more than the limit of 10485760 bytes (10 MiB); give a JSON file (docs/alignment.md)\n`)
  })

  it('a missing file: exit 2, one clean sentence', () => {
    const result = runIn(dir, 'diff', 'a.md', 'b.md', '--concordance', 'missing.json')
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('draftdiff: cannot read concordance `missing.json`: it does not exist; give a JSON file (docs/alignment.md)\n')
  })

  it('--max-bytes below 4096 is refused with exit 2, saying the minimum; 4096 is accepted', () => {
    for (const command of [['diff', 'a.md', 'b.md', '--format', 'md'], ['report', 'a.md', 'b.md', '--out', 'out']]) {
      const refused = runIn(dir, ...command, '--max-bytes', '1')
      expect(refused.code).toBe(2)
      expect(refused.stderr).toContain('--max-bytes must be at least 4096 (the title, summary and trimming note need that much), got 1')
      const accepted = runIn(dir, ...command, '--max-bytes', '4096')
      expect(accepted.code).toBe(0)
    }
  })
})

describe('parseDraft on a string', () => {
  it('applies the 10 MiB limit to strings too, naming the API and the limit', () => {
    const result = parseDraft([{path: 'huge.md', contents: draft('é'.repeat(6 * 1024 * 1024))}])
    const message = result.files[0]?.messages[0]
    expect(message?.ruleId).toBe('file-too-large')
    expect(message?.reason).toBe(`\`huge.md\` is too large to parse (a string of ${12 * 1024 * 1024 + 22} bytes given to parseDraft, limit 10485760 bytes = 10 MiB); split the draft into one input per chapter`)
    expect(result.draft.articles).toEqual([])
  })

  it('a string just under the limit is parsed', () => {
    expect(parseDraft([{path: 'ok.md', contents: draft('word '.repeat(100))}]).draft.articles).toHaveLength(1)
  })
})

describe('system errors', () => {
  it('are one clean sentence, the code said once', () => {
    const error = Object.assign(new Error("EACCES: permission denied, open 'drafts/01/draft.md'"), {code: 'EACCES', syscall: 'open', path: 'drafts/01/draft.md', errno: -13})
    expect(failureMessage(error)).toBe('cannot open `drafts/01/draft.md`: permission denied (EACCES); check its permissions')
  })
})

describe('blame in a shallow clone', () => {
  let repo: TestRepo
  let clone = ''
  beforeAll(() => {
    repo = testRepo([
      {files: {'drafts/01-a/draft.md': draft('1. Each State Party shall act.\n\n2. It shall report.')}, message: 'First'},
      {files: {'drafts/01-a/draft.md': draft('1. Each State Party shall act promptly.\n\n2. It shall report.')}, message: 'Second'},
      {files: {'drafts/01-a/draft.md': draft('1. Each State Party shall act promptly.\n\n2. It shall report yearly.')}, message: 'Third'}
    ])
    clone = mkdtempSync(path.join(os.tmpdir(), 'draftdiff-shallow-'))
    execFileSync('git', ['clone', '-q', '--depth', '2', `file://${repo.dir}`, clone])
  })
  afterAll(() => {
    repo.cleanup()
    rmSync(clone, {recursive: true, force: true})
  })

  it('warns on stderr that the history is shallow and where blame stops', () => {
    const result = runIn(clone, 'blame', '1')
    expect(result.code).toBe(0)
    const second = repo.git('rev-parse', '--short=7', 'HEAD~1')
    expect(result.stderr).toBe(`draftdiff: warning: this is a shallow clone; blame stops at ${second} (2024-01-01, Second): paragraphs credited there may be older (run \`git fetch --unshallow\` for the whole history)\n`)
  })

  it('--format json carries shallow.stopsAt', () => {
    const result = runIn(clone, 'blame', '1', '--format', 'json')
    const blame = JSON.parse(result.stdout) as {shallow?: {stopsAt: Array<{subject: string}>}}
    expect(blame.shallow?.stopsAt.map((c) => c.subject)).toEqual(['Second'])
  })

  it('history --commits says so too', () => {
    const result = runIn(clone, 'history', '1', '--commits')
    expect(result.code).toBe(0)
    const second = repo.git('rev-parse', '--short=7', 'HEAD~1')
    expect(result.stderr).toBe(`draftdiff: warning: this is a shallow clone; history stops at ${second} (2024-01-01, Second): earlier changes are not shown (run \`git fetch --unshallow\` for the whole history)\n`)
  })

  it('a full clone has no warning and no shallow field', () => {
    const result = runIn(repo.dir, 'blame', '1', '--format', 'json')
    expect(result.stderr).toBe('')
    expect(JSON.parse(result.stdout)).not.toHaveProperty('shallow')
  })
})

describe('check: a file with thousands of findings', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'draftdiff-findings-'))
    let text = '---\ntitle: Many notes\n---\n\n## Article 1. Notes\n\n'
    for (let i = 0; i < 1_200; i++) text += `### Note ${i}\n\n1. Text ${i}.\n\n`
    writeFileSync(path.join(dir, 'notes.md'), text)
  })
  afterAll(() => rmSync(dir, {recursive: true, force: true}))

  it('lists the first 1,000 by position, counts the rest by rule, and the summary counts all 2,399', () => {
    const result = runIn(dir, 'check', 'notes.md')
    expectNoCrash(result.stderr)
    expect(result.code).toBe(1)
    const rows = result.stdout.split('\n')
    expect(rows.filter((row) => /^\d+:\d+-\d+:\d+ +error /.test(row))).toHaveLength(1_000)
    expect(rows[1]).toMatch(/^7:1-7:11 +error +Heading `Note 0` is not a preamble/)
    expect(rows.slice(-4)).toEqual([
      'notes.md: 1,399 more findings not listed (numbering-order 700, malformed-heading 699); `draftdiff check --format json` lists them all',
      '',
      '✖ 2399 errors',
      ''
    ])
  })

  it('--format json lists every finding', () => {
    const result = runIn(dir, 'check', '--format', 'json', 'notes.md')
    expect(JSON.parse(result.stdout)[0].messages).toHaveLength(2_399)
  })
})
