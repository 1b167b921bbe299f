// CLI tests: run the built binary (`bin/draftdiff.js`, compiled by test/global-setup.ts) as a user
// would, in a fresh temporary folder per test, and check exit codes, output and files on disk.
import {chmodSync, closeSync, copyFileSync, ftruncateSync, lstatSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {root, runIn} from '../support/cli-run.js'

const checkFixtures = path.join(root, 'test', 'fixtures', 'check')
const packageVersion = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {version: string}).version

interface Run {
  code: number | null
  stdout: string
  stderr: string
  ms: number
}

let dir = ''

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'draftdiff-cli-'))
})

afterEach(() => {
  rmSync(dir, {recursive: true, force: true})
})

/** Run `draftdiff ...args` in the temporary folder, without colour, failing on a hang or a signal. */
function run(...args: string[]): Run {
  const started = performance.now()
  const result = runIn(dir, ...args)
  return {...result, ms: performance.now() - started}
}

/** No stack trace, no uncaught-error noise, on either stream. */
function expectNoCrash(result: Run): void {
  for (const stream of [result.stdout, result.stderr]) {
    expect(stream).not.toMatch(/\n\s{4}at /)
    expect(stream).not.toMatch(/^\s*at .*:\d+:\d+\)?$/m)
    expect(stream).not.toContain('node:internal')
    expect(stream).not.toMatch(/\b(TypeError|RangeError|ReferenceError|SyntaxError)\b/)
  }
}

function write(name: string, contents: string | Uint8Array): string {
  const file = path.join(dir, name)
  mkdirSync(path.dirname(file), {recursive: true})
  writeFileSync(file, contents)
  return file
}

function read(name: string): Buffer {
  return readFileSync(path.join(dir, name))
}

interface JsonMessage {
  ruleId: string | null
  severity: 'error' | 'warning'
  message: string
  line: number | null
  column: number | null
  endLine: number | null
  endColumn: number | null
  url: string | null
}

interface JsonFile {
  file: string
  messages: JsonMessage[]
}

function checkJson(...args: string[]): {result: Run; report: JsonFile[]} {
  const result = run('check', '--format', 'json', ...args)
  expectNoCrash(result)
  return {result, report: JSON.parse(result.stdout) as JsonFile[]}
}

/** A draft with front matter and one article around `body`, so that only `body` can cause findings. */
function article(body: string): string {
  return `---\ntitle: A test draft\n---\n\n## Article 1. Scope\n\n${body}\n`
}

describe('draftdiff --help, --version and usage errors', () => {
  it('--help lists the check, diff, report, fmt and sessions commands and exits 0', () => {
    const result = run('--help')
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^Usage: draftdiff \[options\] \[command\]\n/)
    expect(result.stdout).toMatch(/^ {2}check \[options\] <paths\.\.\.> {4}report problems in drafts/m)
    expect(result.stdout).toMatch(/^ {2}diff \[options\] <old> <new> {4}compare two drafts article by article/m)
    expect(result.stdout).toMatch(/^ {2}report \[options\] \[old\] \[new\] {2}write the HTML, Markdown and JSON reports/m)
    expect(result.stdout).toMatch(/^ {2}fmt \[options\] <paths\.\.\.> {6}rewrite drafts in canonical form/m)
    expect(result.stdout).toMatch(/^ {2}sessions \[options\] {12}list the sessions/m)
    expect(result.stderr).toBe('')
  })

  it('`check --help` documents its options', () => {
    const result = run('check', '--help')
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^Usage: draftdiff check \[options\] <paths\.\.\.>\n/)
    expect(result.stdout).toContain('--format <format>')
    expect(result.stdout).toContain('--strict')
    expect(result.stdout).toContain('--quiet')
  })

  it("--version prints package.json's version and exits 0", () => {
    const result = run('--version')
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(`${packageVersion}\n`)
    expect(result.stderr).toBe('')
  })

  it('an unknown command exits 2 with a usage message', () => {
    const result = run('bogus')
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe("error: unknown command 'bogus'\n(run `draftdiff --help` for usage)\n")
  })

  it('an unknown option exits 2 with a usage message', () => {
    write('valid.md', readFileSync(path.join(checkFixtures, 'valid.md')))
    const result = run('check', '--bogus', 'valid.md')
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe("error: unknown option '--bogus'\n(run `draftdiff --help` for usage)\n")
  })

  it('a missing argument or an invalid --format value exits 2', () => {
    const missing = run('check')
    expect(missing.code).toBe(2)
    expect(missing.stderr).toBe("error: missing required argument 'paths'\n(run `draftdiff --help` for usage)\n")
    write('valid.md', readFileSync(path.join(checkFixtures, 'valid.md')))
    const format = run('check', '--format', 'xml', 'valid.md')
    expect(format.code).toBe(2)
    expect(format.stdout).toBe('')
    expect(format.stderr).toContain("error: option '--format <format>' argument 'xml' is invalid. Allowed choices are text, json.")
    const sessions = run('sessions', '--format', 'yaml')
    expect(sessions.code).toBe(2)
    expect(sessions.stderr).toContain("argument 'yaml' is invalid")
  })
})

describe('draftdiff check', () => {
  beforeEach(() => {
    copyFileSync(path.join(checkFixtures, 'valid.md'), path.join(dir, 'valid.md'))
    copyFileSync(path.join(checkFixtures, 'problems.md'), path.join(dir, 'problems.md'))
  })

  it('a valid draft: exit 0, no issues', () => {
    const result = run('check', 'valid.md')
    expectNoCrash(result)
    expect(result.code).toBe(0)
    expect(result.stdout).toBe('valid.md: no issues found\n')
    expect(result.stderr).toBe('')
  })

  it('a valid draft with --quiet prints nothing', () => {
    const result = run('check', '--quiet', 'valid.md')
    expect(result.code).toBe(0)
    expect(result.stdout).toBe('')
  })

  it('a draft with errors: exit 1, findings with line:column, severity, message and rule id', () => {
    const result = run('check', 'problems.md')
    expectNoCrash(result)
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('')
    const lines = result.stdout.split('\n')
    expect(lines[0]).toBe('problems.md')
    expect(lines).toContainEqual(expect.stringMatching(/^19:21-19:22 +error +Bracket `\]` closes nothing; add the matching `\[` where the bracketed text starts, or remove it +unbalanced-bracket +draftdiff$/))
    expect(lines).toContainEqual(expect.stringMatching(/^21:17-21:18 +error +Bracket `\[` is never closed; .* +unbalanced-bracket +draftdiff$/))
    expect(lines).toContainEqual(expect.stringMatching(/^25:1-25:24 +error +Article 1 is numbered like the article at line 17; .* +duplicate-article-number +draftdiff$/))
    expect(lines).toContainEqual(expect.stringMatching(/^41:7-41:25 +warning +`\[parked for later\]` looks like a status marker .* +unknown-status-marker +draftdiff$/))
    expect(result.stdout.endsWith('\n19 messages (✖ 11 errors, ⚠ 8 warnings)\n')).toBe(true)
  })

  it('--format json prints the documented shape with every finding of the fixture', () => {
    const fixture = readFileSync(path.join(dir, 'problems.md'), 'utf8')
    const expected = (/\x3C!-- expected\n([\s\S]*?)--\x3E/.exec(fixture)?.[1] ?? '').split('\n').filter((line) => line !== '').sort()
    expect(expected).toHaveLength(19)
    const {result, report} = checkJson('problems.md')
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('')
    expect(report).toHaveLength(1)
    expect(Object.keys(report[0] ?? {})).toEqual(['file', 'messages'])
    expect(report[0]?.file).toBe('problems.md')
    const messages = report[0]?.messages ?? []
    for (const message of messages) {
      expect(Object.keys(message)).toEqual(['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'url'])
      expect(message.url).toBe(`docs/rules/${message.ruleId}.md`)
      expect(typeof message.message).toBe('string')
    }
    const actual = messages.map((m) => `${m.line === null ? '-' : `${m.line}:${m.column}`} ${m.severity} ${m.ruleId}`).sort()
    expect(actual).toEqual(expected)
    expect(new Set(messages.map((m) => m.ruleId))).toEqual(
      new Set(['missing-metadata', 'stray-text', 'unbalanced-bracket', 'numbering-gap', 'dangling-reference', 'duplicate-article-number', 'undefined-footnote', 'mismatched-bracket', 'malformed-heading', 'empty-article', 'unknown-status-marker', 'unused-footnote'])
    )
    const stray = messages.find((m) => m.ruleId === 'unbalanced-bracket' && m.line === 19)
    expect(stray).toEqual({
      ruleId: 'unbalanced-bracket',
      severity: 'error',
      message: 'Bracket `]` closes nothing; add the matching `[` where the bracketed text starts, or remove it',
      line: 19,
      column: 21,
      endLine: 19,
      endColumn: 22,
      url: 'docs/rules/unbalanced-bracket.md'
    })
  })

  it('--format json on a valid draft: one file, no messages', () => {
    const {result, report} = checkJson('valid.md')
    expect(result.code).toBe(0)
    expect(report).toEqual([{file: 'valid.md', messages: []}])
  })

  it('several paths: each file reported, exit 1 when any has errors', () => {
    const result = run('check', 'valid.md', 'problems.md')
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('valid.md: no issues found\n')
    expect(result.stdout).toContain('problems.md\n')
  })

  it('--strict turns a warnings-only draft into exit 1', () => {
    write('warn.md', article('1. First paragraph.\n\n3. Third paragraph.'))
    const expected = 'warn.md\n9:1-9:20 warning Paragraph 3 of article 1 follows paragraph 1: expected paragraph 2 numbering-gap draftdiff\n\n⚠ 1 warning\n'
    const relaxed = run('check', 'warn.md')
    expect(relaxed.code).toBe(0)
    expect(relaxed.stdout).toBe(expected)
    const strict = run('check', '--strict', 'warn.md')
    expect(strict.code).toBe(1)
    expect(strict.stdout).toBe(expected)
    const strictValid = run('check', '--strict', 'valid.md')
    expect(strictValid.code).toBe(0)
  })
})

describe('draftdiff check: bad input', () => {
  it('a missing path: exit 2, the message names the path', () => {
    const result = run('check', 'missing.md')
    expectNoCrash(result)
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe('draftdiff: `missing.md` does not exist; give a draft file (.md) or a session folder such as drafts/01-first-part\n')
  })

  it('a folder with no drafts: exit 2, the message names the folder', () => {
    mkdirSync(path.join(dir, 'empty'))
    write('empty/README.md', '# Not a draft\n')
    write('empty/_notes.md', '## Article 1. Hidden\n\nText.\n')
    write('empty/notes.txt', 'text\n')
    const result = run('check', 'empty')
    expectNoCrash(result)
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe('draftdiff: `empty` holds no drafts: a session folder needs at least one .md file (README.md and _*.md are not read)\n')
  })

  it('a binary file (NUL bytes): exit 1, rule not-text, naming the file', () => {
    write('binary.md', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41, 0x0a]))
    const result = run('check', 'binary.md')
    expectNoCrash(result)
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('binary.md\n error `binary.md` is a binary file, not text (NUL byte at offset 4); give draftdiff the Markdown source of the draft not-text draftdiff\n\n✖ 1 error\n')
    const {report} = checkJson('binary.md')
    expect(report[0]?.messages.map((m) => [m.ruleId, m.severity])).toEqual([['not-text', 'error']])
  })

  it('non-UTF-8 bytes: exit 1, rule not-text, naming the file', () => {
    write('latin1.md', Buffer.from([0x41, 0xff, 0xfe, 0x42]))
    const result = run('check', 'latin1.md')
    expectNoCrash(result)
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('latin1.md\n error `latin1.md` is not UTF-8 text (invalid UTF-8 byte sequence); convert it to UTF-8 Markdown (e.g. `iconv -f latin1 -t utf-8`) not-text draftdiff\n\n✖ 1 error\n')
  })

  it('an empty file: exit 1, rule empty-file', () => {
    write('empty.md', '')
    const result = run('check', 'empty.md')
    expectNoCrash(result)
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('empty.md\n error `empty.md` is empty; a draft needs at least one `## Article 1. Title` heading empty-file draftdiff\n\n✖ 1 error\n')
    write('blank.md', '\uFEFF  \r\n\n')
    const {result: blank, report} = checkJson('blank.md')
    expect(blank.code).toBe(1)
    expect(report[0]?.messages.map((m) => m.ruleId)).toEqual(['empty-file'])
  })

  it('a 50 MB file: exit 1, rule file-too-large, quickly', () => {
    write('big.md', Buffer.alloc(50 * 1024 * 1024, 'a'))
    const result = run('check', 'big.md')
    expectNoCrash(result)
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('big.md\n error `big.md` is too large to parse (52428800 bytes, limit 10485760); split the draft into one file per chapter file-too-large draftdiff\n\n✖ 1 error\n')
    expect(result.ms).toBeLessThan(10_000)
  })

  it('a 5 GiB (sparse) file: exit 1, rule file-too-large, without reading or allocating it', () => {
    const fd = openSync(path.join(dir, 'huge.md'), 'w')
    try {
      ftruncateSync(fd, 5 * 1024 * 1024 * 1024)
    } finally {
      closeSync(fd)
    }
    const result = run('check', 'huge.md')
    expectNoCrash(result)
    expect(result.code, result.stderr).toBe(1)
    expect(result.stderr).toBe('')
    expect(result.stdout).toContain('`huge.md` is too large to parse (5368709120 bytes, limit 10485760)')
    expect(result.stdout).toContain('file-too-large')
    expect(result.ms).toBeLessThan(10_000)
  })

  it('fmt on a file over the limit: refused as diff refuses it (exit 2, same message), never formatted as empty', () => {
    // Regression (17.4): `fmt --stdout` printed nothing and `fmt --check` exited 0 on a 16.9 MB file.
    write('big.md', Buffer.alloc(17 * 1024 * 1024, 'a'))
    write('small.md', '## Article 1. Scope\n\n1. Text.\n')
    const message = 'draftdiff: big.md: `big.md` is too large to parse (17825792 bytes, limit 10485760); split the draft into one file per chapter\n'
    const diff = run('diff', 'small.md', 'big.md')
    expect(diff.code).toBe(2)
    expect(diff.stderr).toBe(message)
    for (const args of [['fmt', '--stdout', 'big.md'], ['fmt', '--check', 'big.md'], ['fmt', 'big.md']]) {
      const result = run(...args)
      expectNoCrash(result)
      expect(result.code, args.join(' ')).toBe(2)
      expect(result.stdout).toBe('')
      expect(result.stderr).toBe(message)
    }
    expect(readFileSync(path.join(dir, 'big.md')).length).toBe(17 * 1024 * 1024)
  })

  it('20,000 nested blockquotes: exit 1, nesting-too-deep on that line, no crash', () => {
    write('quotes.md', article('>'.repeat(20_000) + ' x'))
    const result = run('check', 'quotes.md')
    expectNoCrash(result)
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('quotes.md\n7:1-7:20003 error Line is nested more than 32 levels deep (blockquotes or lists); it is read as plain text: remove the extra `>` or list markers nesting-too-deep draftdiff\n\n✖ 1 error\n')
    expect(result.ms).toBeLessThan(10_000)
  })

  it('600 nested list levels: exit 1, nesting-too-deep, no crash', () => {
    const list = Array.from({length: 600}, (_, i) => '  '.repeat(i) + '- x').join('\n')
    write('lists.md', article(list))
    const {result, report} = checkJson('lists.md')
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('')
    expect(result.ms).toBeLessThan(10_000)
    const messages = report[0]?.messages ?? []
    expect(new Set(messages.map((m) => m.ruleId))).toEqual(new Set(['nesting-too-deep']))
    const lines = messages.map((m) => m.line ?? 0).sort((a, b) => a - b)
    // The list starts on line 7 (level i on line 7 + i, indented 2i columns); per
    // docs/rules/nesting-too-deep.md a line is too deep past 64 columns of indentation: i = 33 on.
    expect(lines[0]).toBe(40)
    expect(lines.at(-1)).toBe(606)
    expect(lines).toEqual(Array.from({length: 606 - 40 + 1}, (_, i) => 40 + i))
    expect(messages.every((m) => m.severity === 'error' && m.column === 1)).toBe(true)
  })

  it('a draft with only a preamble: exit 1, rule no-articles', () => {
    write('preamble.md', '# Preamble\n\nThe States Parties to this Convention,\n\nHave agreed as follows:\n')
    const result = run('check', 'preamble.md')
    expectNoCrash(result)
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('preamble.md\n error The draft has no articles; add at least one `## Article 1. Title` heading (see docs/draft-format.md) no-articles draftdiff\n\n✖ 1 error\n')
  })

  // docs/draft-format.md#limits: a session of more than 500 files or more than 50 MiB is refused
  // before parsing, as an input error (exit 2) naming the folder.
  it('a session of 501 files is refused with exit 2, naming the folder', () => {
    for (let i = 1; i <= 501; i++) write(`many/${String(i).padStart(3, '0')}.md`, `## Article ${i}. Title\n\nText.\n`)
    const result = run('check', '--format', 'json', 'many')
    expectNoCrash(result)
    expect(result.code, result.stderr).toBe(2)
    expect(result.stderr).toBe('draftdiff: `many` has 501 Markdown files; a session may have at most 500\n')
  })

  it('a session of more than 50 MiB is refused with exit 2, naming the folder', () => {
    mkdirSync(path.join(dir, 'session'))
    for (let i = 1; i <= 6; i++) {
      const fd = openSync(path.join(dir, 'session', `0${i}.md`), 'w')
      try {
        ftruncateSync(fd, 9 * 1024 * 1024)
      } finally {
        closeSync(fd)
      }
    }
    const result = run('check', '--format', 'json', 'session')
    expectNoCrash(result)
    expect(result.code, result.stderr).toBe(2)
    expect(result.stderr).toBe('draftdiff: `session` is larger than 50 MiB; split it into several sessions or remove files that are not part of the draft\n')
  })
})

// A draft in the accepted variants of docs/draft-format.md: BOM, CRLF, `CHAPTER II` with the
// title on the next line, `Article 3` / title on the next line, `## Article 4` + `### Title`,
// `a)` subparagraphs, typographic quotes, non-breaking spaces, trailing spaces, extra blank lines.
const variant =
  '\uFEFF' +
  [
    '---',
    'title: A variant draft',
    '---',
    '',
    '# Preamble',
    '',
    'The States Parties to this Convention,',
    '',
    'Have agreed as follows:',
    '',
    '# Chapter I. General provisions',
    '',
    '## Article 1. Purpose',
    '',
    'The purpose of this Convention is to promote \u201Ccooperation\u201D between the \u2018States Parties\u2019.   ',
    '',
    '',
    '',
    '## Article 2. Use of terms',
    '',
    '1. For the purposes of this Convention:',
    '',
    'a) \u201CData\u201D means any representation of facts;',
    '',
    'b) \u201CSystem\u201D means any device\u00A0that processes data.',
    '',
    'CHAPTER II',
    'Criminalization',
    '',
    'Article 3',
    'Illegal access',
    '',
    '1. Each State Party shall establish the offence of illegal access.',
    '',
    '2. This article applies to article 2, paragraph 1 (a).',
    '',
    '## Article 4',
    '### Offences against data',
    '',
    'Each State Party\u00A0shall act against the offences in article 3.',
    ''
  ].join('\r\n')

const canonical = `---
title: A variant draft
---

# Preamble

The States Parties to this Convention,

Have agreed as follows:

# Chapter I. General provisions

## Article 1. Purpose

The purpose of this Convention is to promote "cooperation" between the 'States Parties'.

## Article 2. Use of terms

1. For the purposes of this Convention:

   (a) "Data" means any representation of facts;

   (b) "System" means any device that processes data.

# Chapter II. Criminalization

## Article 3. Illegal access

1. Each State Party shall establish the offence of illegal access.

2. This article applies to article 2, paragraph 1 (a).

## Article 4. Offences against data

Each State Party shall act against the offences in article 3.
`

describe('draftdiff fmt', () => {
  it('the variant draft is valid for check as it is', () => {
    write('variant.md', variant)
    const result = run('check', 'variant.md')
    expect(result.code).toBe(0)
    expect(result.stdout).toBe('variant.md: no issues found\n')
  })

  it('--stdout prints the exact canonical text and leaves the file alone', () => {
    write('variant.md', variant)
    const before = read('variant.md')
    const result = run('fmt', '--stdout', 'variant.md')
    expectNoCrash(result)
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    expect(result.stdout).toBe(canonical)
    expect(read('variant.md').equals(before)).toBe(true)
    expect(readdirSync(dir)).toEqual(['variant.md'])
  })

  it('--check exits 1, names the file, and leaves it byte-identical', () => {
    write('variant.md', variant)
    const before = read('variant.md')
    const result = run('fmt', '--check', 'variant.md')
    expectNoCrash(result)
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('variant.md: not in canonical form (run `draftdiff fmt variant.md`)\n')
    expect(result.stderr).toBe('')
    expect(read('variant.md').equals(before)).toBe(true)
  })

  it('fmt rewrites the file in canonical form, leaves no temporary file, and a second --check passes', () => {
    write('variant.md', variant)
    const result = run('fmt', 'variant.md')
    expectNoCrash(result)
    expect(result.code).toBe(0)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe('variant.md: formatted\n')
    expect(read('variant.md').toString('utf8')).toBe(canonical)
    expect(readdirSync(dir)).toEqual(['variant.md'])
    const again = run('fmt', '--check', 'variant.md')
    expect(again.code).toBe(0)
    expect(again.stdout).toBe('')
    expect(again.stderr).toBe('')
  })

  it('fmt on a session folder rewrites its files in place and leaves no temporary files', () => {
    write('session/01-part.md', variant)
    write('session/02-part.md', '## Article 5 \u2013 Final clause\r\n\r\nText.\r\n')
    write('session/README.md', 'Not  a draft   \r\n')
    const readme = read('session/README.md')
    const result = run('fmt', 'session')
    expect(result.code).toBe(0)
    expect(result.stderr).toBe(`${path.join('session', '01-part.md')}: formatted\n${path.join('session', '02-part.md')}: formatted\n`)
    expect(read('session/01-part.md').toString('utf8')).toBe(canonical)
    expect(read('session/02-part.md').toString('utf8')).toBe('## Article 5. Final clause\n\nText.\n')
    expect(read('session/README.md').equals(readme)).toBe(true)
    expect(readdirSync(path.join(dir, 'session')).sort()).toEqual(['01-part.md', '02-part.md', 'README.md'])
  })

  it('fmt on an already canonical file leaves it untouched (contents and mtime)', () => {
    const file = write('canonical.md', canonical)
    const past = new Date('2020-01-02T03:04:05Z')
    utimesSync(file, past, past)
    const result = run('fmt', 'canonical.md')
    expectNoCrash(result)
    expect(result.code).toBe(0)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe('')
    expect(read('canonical.md').toString('utf8')).toBe(canonical)
    expect(statSync(file).mtimeMs).toBe(past.getTime())
    expect(readdirSync(dir)).toEqual(['canonical.md'])
    const check = run('fmt', '--check', 'canonical.md')
    expect(check.code).toBe(0)
    expect(check.stdout).toBe('')
    const stdout = run('fmt', '--stdout', 'canonical.md')
    expect(stdout.stdout).toBe(canonical)
  })

  it('a binary or non-UTF-8 file: exit 2, the message names the file, the file is not touched', () => {
    write('binary.md', Buffer.from([0x41, 0x00, 0x42]))
    const binary = run('fmt', 'binary.md')
    expectNoCrash(binary)
    expect(binary.code).toBe(2)
    expect(binary.stderr).toBe('binary.md: not formatted: NUL byte at offset 1 (run `draftdiff check` for details)\n')
    expect(read('binary.md').equals(Buffer.from([0x41, 0x00, 0x42]))).toBe(true)
    write('latin1.md', Buffer.from([0x41, 0xff, 0xfe, 0x42]))
    const latin1 = run('fmt', '--check', 'latin1.md')
    expectNoCrash(latin1)
    expect(latin1.code).toBe(2)
    expect(latin1.stderr).toBe('latin1.md: not formatted: invalid UTF-8 byte sequence (run `draftdiff check` for details)\n')
    expect(read('latin1.md').equals(Buffer.from([0x41, 0xff, 0xfe, 0x42]))).toBe(true)
    expect(readdirSync(dir).sort()).toEqual(['binary.md', 'latin1.md'])
  })

  it('a missing path: exit 2, the message names the path', () => {
    const result = run('fmt', 'missing.md')
    expectNoCrash(result)
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('draftdiff: `missing.md` does not exist; give a draft file (.md) or a session folder such as drafts/01-first-part\n')
  })
})

describe('draftdiff sessions', () => {
  /** Three sessions: 01-a (ordinal 2), 02-b (ordinal 1, one file per chapter), 10-c (ordinal 3 or none). */
  function drafts(thirdOrdinal: number | null): void {
    write(
      'drafts/01-a/draft.md',
      '---\nordinal: 2\ntitle: First text\nsymbol: DEMO/1\ndate: 2023-01-09\nvenue: Vienna\n---\n\n## Article 1. One\n\nText [with a bracket].\n'
    )
    write('drafts/01-a/_notes.md', '## Article 2. Not part of the draft\n\nText [x] [y].\n')
    write('drafts/01-a/concordance.json', '{}\n')
    write(
      'drafts/02-b/01-chapter-1.md',
      '---\nsession: second\nordinal: 1\ntitle: Second text\nsymbol: DEMO/2\n---\n\n# Chapter I. General\n\n## Article 1. One\n\nText [a] and [b]. [pending]\n'
    )
    write('drafts/02-b/02-chapter-2.md', '# Chapter II. Other\n\n## Article 2. Two\n\nText [c [d]].\n\n## Article 3. Three\n\nText.\n')
    write('drafts/10-c/draft.md', `---\n${thirdOrdinal === null ? '' : `ordinal: ${thirdOrdinal}\n`}title: Third text\n---\n\n## Article 1. One\n\nText.\n`)
    write('drafts/README.md', '# About these drafts\n')
  }

  it('lists the sessions by ordinal (not by folder name) as an exact table', () => {
    drafts(3)
    const result = run('sessions', '--drafts', 'drafts')
    expectNoCrash(result)
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    expect(result.stdout).toBe(
      [
        '#  session  title        symbol  date        chapters  articles  open brackets',
        '1  second   Second text  DEMO/2  -                  2         3              4',
        '2  01-a     First text   DEMO/1  2023-01-09         0         1              1',
        '3  10-c     Third text   -       -                  0         1              0',
        ''
      ].join('\n')
    )
  })

  it('--format json gives id, path, ordinal, title, files, chapters, articles, openBrackets, markers', () => {
    drafts(null)
    const result = run('sessions', '--drafts', 'drafts', '--format', 'json')
    expectNoCrash(result)
    expect(result.code).toBe(0)
    const sessions = JSON.parse(result.stdout) as Array<Record<string, unknown>>
    expect(sessions.map((s) => Object.keys(s))).toEqual(
      Array.from({length: 3}, () => ['id', 'path', 'ordinal', 'title', 'symbol', 'date', 'venue', 'files', 'chapters', 'articles', 'words', 'openBrackets', 'markers'])
    )
    const pick = ({id, path: where, ordinal, title, symbol, date, venue, files, chapters, articles, openBrackets, markers}: Record<string, unknown>) => ({id, path: where, ordinal, title, symbol, date, venue, files, chapters, articles, openBrackets, markers})
    expect(sessions.map(pick)).toEqual([
      {
        id: 'second',
        path: path.join('drafts', '02-b'),
        ordinal: 1,
        title: 'Second text',
        symbol: 'DEMO/2',
        date: null,
        venue: null,
        files: [path.join('drafts', '02-b', '01-chapter-1.md'), path.join('drafts', '02-b', '02-chapter-2.md')],
        chapters: 2,
        articles: 3,
        openBrackets: 4,
        markers: {pending: 1}
      },
      {
        id: '01-a',
        path: path.join('drafts', '01-a'),
        ordinal: 2,
        title: 'First text',
        symbol: 'DEMO/1',
        date: '2023-01-09',
        venue: 'Vienna',
        files: [path.join('drafts', '01-a', 'draft.md')],
        chapters: 0,
        articles: 1,
        openBrackets: 1,
        markers: {}
      },
      {
        id: '10-c',
        path: path.join('drafts', '10-c'),
        ordinal: null,
        title: 'Third text',
        symbol: null,
        date: null,
        venue: null,
        files: [path.join('drafts', '10-c', 'draft.md')],
        chapters: 0,
        articles: 1,
        openBrackets: 0,
        markers: {}
      }
    ])
    for (const session of sessions) expect(typeof session.words).toBe('number')
  })

  it('a session without ordinal comes last and shows no ordinal in the table', () => {
    // 01-a has ordinal 3, 02-b ordinal 1, 10-c none: its `#` must not repeat 01-a's `3`.
    drafts(null)
    write('drafts/01-a/draft.md', '---\nordinal: 3\ntitle: First text\nsymbol: DEMO/1\ndate: 2023-01-09\nvenue: Vienna\n---\n\n## Article 1. One\n\nText [with a bracket].\n')
    const result = run('sessions', '--drafts', 'drafts')
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(
      [
        '#  session  title        symbol  date        chapters  articles  open brackets',
        '1  second   Second text  DEMO/2  -                  2         3              4',
        '3  01-a     First text   DEMO/1  2023-01-09         0         1              1',
        '-  10-c     Third text   -       -                  0         1              0',
        ''
      ].join('\n')
    )
  })

  it('sessions without ordinal are ordered by folder name, naturally (2 before 10)', () => {
    write('drafts/10-late/draft.md', '---\ntitle: Late\n---\n\n## Article 1. One\n\nText.\n')
    write('drafts/2-early/draft.md', '---\ntitle: Early\n---\n\n## Article 1. One\n\nText.\n')
    const result = run('sessions', '--drafts', 'drafts', '--format', 'json')
    expect(result.code).toBe(0)
    expect((JSON.parse(result.stdout) as Array<{id: string}>).map((s) => s.id)).toEqual(['2-early', '10-late'])
  })

  it('--drafts pointing to a missing folder exits 2 naming it', () => {
    const result = run('sessions', '--drafts', 'missing')
    expectNoCrash(result)
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe('draftdiff: `missing` does not exist; give a draft file (.md) or a session folder such as drafts/01-first-part\n')
  })

  it('--drafts pointing to a folder without drafts exits 2 naming it', () => {
    mkdirSync(path.join(dir, 'nothing'))
    const result = run('sessions', '--drafts', 'nothing')
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('draftdiff: `nothing` holds no drafts: a session folder needs at least one .md file (README.md and _*.md are not read)\n')
  })
})

describe('fmt keeps what it does not own', () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'draftdiff-fmt-keep-'))
  })
  afterEach(() => rmSync(dir, {recursive: true, force: true}))

  const variant = '## Article 1\n\n### Scope\n\nText.\n'

  it('keeps the file mode when it rewrites a file', () => {
    const file = path.join(dir, 'draft.md')
    writeFileSync(file, variant)
    chmodSync(file, 0o640)
    const result = runIn(dir, 'fmt', file)
    expect(result.code).toBe(0)
    expect(readFileSync(file, 'utf8')).toBe('## Article 1. Scope\n\nText.\n')
    expect(statSync(file).mode & 0o777).toBe(0o640)
  })

  it('never writes through a symlink: refuses it (exit 2), leaving the link and its target alone', () => {
    const real = path.join(dir, 'real.md')
    const link = path.join(dir, 'link.md')
    writeFileSync(real, variant)
    symlinkSync(real, link)
    const result = runIn(dir, 'fmt', link)
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(`${link}: not formatted: it is a symbolic link, and fmt never writes through one; run fmt on the file it points to\n`)
    expect(lstatSync(link).isSymbolicLink()).toBe(true)
    expect(readFileSync(real, 'utf8')).toBe(variant)
  })

  it('leaves an empty file alone', () => {
    const file = path.join(dir, 'empty.md')
    writeFileSync(file, '')
    const result = runIn(dir, 'fmt', '--check', file)
    expect(result.code).toBe(0)
    expect(readFileSync(file, 'utf8')).toBe('')
  })
})

describe('--until on check, diff and fmt', () => {
  const body = '## Article 1. Scope\n\n1. This text covers the keeping of registers.\n'
  const annex = '# Annex\n\n## Article 1. Model form\n\n1. [A form to be agreed.\n'

  it('check stops reading at the line, so the annex neither counts nor warns; without it the annex is read', () => {
    writeFileSync(path.join(dir, 'a.md'), `${body}\n${annex}`)
    const whole = run('check', 'a.md', '--format', 'json')
    const cut = run('check', 'a.md', '--format', 'json', '--until', 'annex')
    const rules = (r: Run) => (JSON.parse(r.stdout) as Array<{messages: Array<{ruleId: string}>}>).flatMap((f) => f.messages.map((m) => m.ruleId))
    expect(rules(whole)).toContain('duplicate-article-number')
    expect(rules(cut)).not.toContain('duplicate-article-number')
    expect(rules(cut)).not.toContain('unbalanced-bracket')
    expect(rules(whole).length).toBeGreaterThan(rules(cut).length)
  })

  it('diff compares only the text before the line', () => {
    writeFileSync(path.join(dir, 'a.md'), `${body}\n${annex}`)
    writeFileSync(path.join(dir, 'b.md'), `${body}\n${annex.replace('[A form', 'A form')}`)
    expect(run('diff', 'a.md', 'b.md', '--exit-code').code).toBe(1)
    const cut = run('diff', 'a.md', 'b.md', '--exit-code', '--until', 'ANNEX')
    expect(cut.code).toBe(0)
    expectNoCrash(cut)
  })

  it('fmt formats the text before the line and keeps the rest as it is', () => {
    writeFileSync(path.join(dir, 'a.md'), `${body.replace('1. This', '1.  This')}\n${annex.replace('# Annex', '#  Annex')}`)
    const out = run('fmt', 'a.md', '--stdout', '--until', 'annex')
    expect(out.stdout).toContain('1. This text covers')
    expect(out.stdout).toContain('#  Annex\n')
  })
})
