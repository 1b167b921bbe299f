// `draftdiff export` as a user runs it: the built binary; files written, authors and dates of the tracked
// changes from front matter or commits, refusals; and README, --help and docs/export.md list the same options.
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {expectNoCrash, root, runIn} from '../support/cli-run.js'
import {commentTexts, revisionAttributes, viewParagraphs} from '../support/docx-revisions.js'
import {testRepo} from '../support/test-repo.js'

let dir = ''
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'draftdiff-export-cli-'))
})
afterEach(() => rmSync(dir, {recursive: true, force: true}))

const draft = (date: string | null, body: string) => `---\nsession: s\n${date ? `date: ${date}\n` : ''}---\n\n# Chapter I. One\n\n${body}`

describe('draftdiff export', () => {
  it('--format docx writes the redline of two shipped sessions, attributed to the new session and its date', () => {
    const out = path.join(dir, 'redline.docx')
    const result = runIn(root, 'export', 'drafts/03-complete', '04', '--format', 'docx', '--out', out)
    expect(result).toEqual({code: 0, stdout: `wrote ${out}\n`, stderr: ''})
    const docx = new Uint8Array(readFileSync(out))
    expect(new Set(revisionAttributes(docx).map((r) => `${r.author} ${r.date}`))).toEqual(new Set(['04-revised 2023-04-11T00:00:00Z']))
    expect(commentTexts(docx).length).toBeGreaterThan(20)
  })

  it('--format akn writes one file per version into the folder, creating it', () => {
    const out = path.join(dir, 'akn', 'nested')
    const result = runIn(root, 'export', '05', '06', '07', '--format', 'akn', '--out', out)
    expect(result.code).toBe(0)
    expect(readdirSync(out).sort()).toEqual(['05-further-revised.xml', '06-updated.xml', '07-final.xml'])
    expect(result.stdout).toBe(['05-further-revised', '06-updated', '07-final'].map((f) => `wrote ${path.join(out, `${f}.xml`)}\n`).join(''))
  })

  it('versions from commits: the Proposed-by trailer is the author, the commit date the date', () => {
    const repo = testRepo([
      {files: {'drafts/s/draft.md': draft(null, '## Article 1. A\n\n1. One [two] three.\n')}, message: 'first'},
      {files: {'drafts/s/draft.md': draft(null, '## Article 1. A\n\n1. One two three.\n\n2. Four.\n')}, message: 'agree\n\nProposed-by: Delegation of Ruritania', date: '2024-02-03T04:05:06Z', tag: 'v2'}
    ])
    try {
      const result = runIn(repo.dir, 'export', 'HEAD~1:drafts/s', 'v2:drafts/s', '--format', 'docx', '--out', 'out.docx')
      expect(result.code, result.stderr).toBe(0)
      const docx = new Uint8Array(readFileSync(path.join(repo.dir, 'out.docx')))
      expect(new Set(revisionAttributes(docx).map((r) => `${r.author} ${r.date}`))).toEqual(new Set(['Delegation of Ruritania 2024-02-03T04:05:06Z']))
      expect(viewParagraphs(docx, 'accept')).toEqual(['Chapter I. One', 'Article 1. A', '1. One two three.', '2. Four.'])
      expect(viewParagraphs(docx, 'reject')).toEqual(['Chapter I. One', 'Article 1. A', '1. One [two] three.'])
    } finally {
      repo.cleanup()
    }
  })

  it('control characters in session ids and Proposed-by trailers never reach the XML raw', () => {
    const clear = '\u001b[2J'
    const repo = testRepo([
      {files: {'drafts/s/draft.md': draft(null, '## Article 1. A\n\n1. One [two] three.\n').replace('session: s', `session: "s${clear}"`)}, message: 'first'},
      {files: {'drafts/s/draft.md': draft(null, '## Article 1. A\n\n1. One two three.\n').replace('session: s', `session: "s${clear}"`)}, message: `agree\n\nProposed-by: Delegation ${clear}`, tag: 'v2'}
    ])
    try {
      expect(runIn(repo.dir, 'export', 'HEAD~1:drafts/s', 'v2:drafts/s', '--format', 'docx', '--out', 'out.docx').code).toBe(0)
      const docx = new Uint8Array(readFileSync(path.join(repo.dir, 'out.docx')))
      expect(new Set(revisionAttributes(docx).map((r) => r.author))).toEqual(new Set(['Delegation \uFFFD[2J']))
      const akn = runIn(repo.dir, 'export', 'HEAD~1:drafts/s', 'v2:drafts/s', '--format', 'akn', '--out', 'akn')
      expect(akn.code).toBe(0)
      expect(akn.stdout).not.toMatch(/\u001b/)
      for (const file of readdirSync(path.join(repo.dir, 'akn'))) expect(readFileSync(path.join(repo.dir, 'akn', file), 'utf8')).not.toMatch(/\u001b/)
    } finally {
      repo.cleanup()
    }
  })

  it('refuses what it cannot do, with a fix and exit code 2', () => {
    writeFileSync(path.join(dir, 'a.md'), draft('2024-01-01', '## Article 1. A\n\n1. One.\n'))
    writeFileSync(path.join(dir, 'b.md'), draft(null, '## Article 1. A\n\n1. Two.\n'))
    const cases: Array<[string[], string]> = [
      [['a.md', 'b.md', 'a.md', '--format', 'docx', '--out', 'x.docx'], 'draftdiff: export --format docx needs exactly two versions, <old> and <new>, got 3; e.g. `draftdiff export 03 04 --format docx --out 04.docx`\n'],
      [['a.md', 'b.md', '--format', 'docx', '--out', 'x.doc'], 'draftdiff: --out `x.doc` should name a .docx file for --format docx; e.g. --out redline.docx\n'],
      [['a.md', 'b.md', '--format', 'docx', '--out', 'x.docx'], 'draftdiff: s has no date for its tracked changes: add `date: YYYY-MM-DD` to its front matter, or give it as a commit\n'],
      [['b.md', 'a.md', '--format', 'docx', '--out', 'missing/x.docx'], 'draftdiff: cannot write `missing/x.docx`: the folder `missing` does not exist; create it first, or give another --out\n']
    ]
    for (const [args, stderr] of cases) {
      const result = runIn(dir, 'export', ...args)
      expect({code: result.code, stderr: result.stderr}, args.join(' ')).toEqual({code: 2, stderr})
      expectNoCrash(result.stderr)
    }
    expect(runIn(dir, 'export', 'a.md', '--format', 'akn').code).toBe(2)
    expect(readdirSync(dir).sort()).toEqual(['a.md', 'b.md'])
  })

  it('never writes through a symbolic link leading outside the folder asked for', () => {
    const outside = mkdtempSync(path.join(os.tmpdir(), 'draftdiff-outside-'))
    try {
      mkdirSync(path.join(dir, 'work'))
      writeFileSync(path.join(dir, 'work', 'a.md'), draft('2024-01-01', '## Article 1. A\n\n1. One.\n'))
      symlinkSync(outside, path.join(dir, 'work', 'out'))
      const result = runIn(path.join(dir, 'work'), 'export', 'a.md', '--format', 'akn', '--out', 'out')
      expect(result.code).toBe(2)
      expect(result.stderr).toMatch(/^draftdiff: `out` leads through a symbolic link to `.*`, outside `.*`; draftdiff writes only inside the folder asked for/)
      expect(readdirSync(outside)).toEqual([])
      writeFileSync(path.join(outside, 'target.docx'), 'keep')
      symlinkSync(path.join(outside, 'target.docx'), path.join(dir, 'work', 'link.docx'))
      writeFileSync(path.join(dir, 'work', 'b.md'), draft('2024-01-02', '## Article 1. A\n\n1. Two.\n'))
      expect(runIn(path.join(dir, 'work'), 'export', 'a.md', 'b.md', '--format', 'docx', '--out', 'link.docx').code).toBe(0)
      expect(readFileSync(path.join(outside, 'target.docx'), 'utf8')).toBe('keep')
      expect(existsSync(path.join(dir, 'work', 'link.docx'))).toBe(true)
    } finally {
      rmSync(outside, {recursive: true, force: true})
    }
  })
})

describe('README, --help and docs/export.md list the same options', () => {
  it('export', () => {
    const options = (text: string) => [...new Set(text.match(/--[a-z][a-z-]+/g) ?? [])].filter((o) => o !== '--help').sort()
    const help = runIn(root, 'export', '--help').stdout
    const readme = /^draftdiff export .*$/m.exec(readFileSync(path.join(root, 'README.md'), 'utf8'))?.[0] ?? ''
    const docs = /^draftdiff export .*$/m.exec(readFileSync(path.join(root, 'docs', 'export.md'), 'utf8'))?.[0] ?? ''
    expect(options(help)).toEqual(['--drafts', '--format', '--out', '--repo'])
    expect(options(readme)).toEqual(options(help))
    expect(options(docs)).toEqual(options(help))
    expect(readme).toBe(docs)
  })
})
