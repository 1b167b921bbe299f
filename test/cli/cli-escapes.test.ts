// Terminal escapes from a hostile repository never reach the output raw: commit subjects and author
// names with ESC[2J, OSC 52 (clipboard write) and OSC 8 (hyperlink), drafts whose front matter,
// titles and text hold them. Every command and format shows them visibly (␛) or escapes them (JSON).
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {neutralise} from '../../src/report/markdown.js'
import {visible} from '../../src/report/visible.js'
import {expectNoCrash, runIn} from '../support/cli-run.js'
import {testRepo, type TestRepo} from '../support/test-repo.js'

const clear = '\u001b[2J'
const clipboard = '\u001b]52;c;cm0gLXJmIH4=\u0007'
const link = '\u001b]8;;https://evil.example\u001b\\click\u001b]8;;\u001b\\'
const csi = '\u009b2J'
const hostile = `${clear}${clipboard}${link}${csi}\r`

/** Raw control characters a terminal would act on (tab and newline are fine). */
const raw = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/u

function draft(session: string, ordinal: number, extra: string): string {
  return [
    '---',
    `session: ${JSON.stringify(session)}`,
    `ordinal: ${ordinal}`,
    `title: ${JSON.stringify(`Draft ${hostile} convention`)}`,
    '---',
    '',
    `# Chapter I. General provisions ${clear}`,
    '',
    `## Article 1. Scope ${link}`,
    '',
    `1. This Convention applies ${clear} to the offences it establishes${extra}.`,
    '',
    `2. Each State Party shall cooperate ${clipboard} with the others.`,
    ''
  ].join('\n')
}

let repo: TestRepo
beforeAll(() => {
  repo = testRepo([
    {files: {'drafts/01-first/draft.md': draft(`01-first${clear}`, 1, '')}, message: `First session ${clear}`, author: `Mallory ${clear}${link} <m@example.org>`},
    {files: {'drafts/02-second/draft.md': draft('02-second', 2, ` and to others ${csi}`)}, message: `Second ${clipboard} session ${link}\n\nProposed-by: Delegation ${clear}`, author: `Eve ${clipboard} <e@example.org>`}
  ])
  repo.git('checkout', '-q', '-b', 'proposal')
  repo.commit({files: {'drafts/02-second/draft.md': draft('02-second', 2, ` and to all others ${csi}`)}, message: `Proposal ${clear}${link}`, author: `Trudy ${csi} <t@example.org>`})
  repo.git('checkout', '-q', 'main')
})
afterAll(() => repo.cleanup())

const plain: string[][] = [
  ...['text', 'md', 'html'].map((format) => ['diff', '01', '02', '--format', format]),
  ['report', '--out', 'reports'],
  ['sessions'],
  ...['md', 'html'].map((format) => ['compare', '01', '02', '--format', format]),
  ...['text', 'md', 'html'].map((format) => ['history', '1', '--format', format]),
  ...['text', 'md', 'html'].map((format) => ['history', '1', '--commits', '--format', format]),
  ['blame', '1'],
  ['pr', '--base', 'main', '--head', 'proposal', '--out', 'review.html'],
  ['diff', '01', `no-such-session${clear}`]
]

/** Commands whose output quotes nothing hostile here: checked for raw control characters only. */
const quiet: string[][] = [
  ['check', 'drafts'],
  ['fmt', '--check', 'drafts']
]

const json: string[][] = [
  ['diff', '01', '02', '--format', 'json'],
  ['sessions', '--format', 'json'],
  ['compare', '01', '02', '--format', 'json'],
  ['history', '1', '--commits', '--format', 'json'],
  ['blame', '1', '--format', 'json']
]

describe('hostile commits and drafts', () => {
  it.each(plain)('draftdiff %s …: no raw control character in stdout, stderr or files written', (...args) => {
    const result = runIn(repo.dir, ...args)
    expectNoCrash(result.stderr)
    expect(result.stdout).not.toMatch(raw)
    expect(result.stderr).not.toMatch(raw)
    expect(result.stdout + result.stderr).toMatch(/␛\[2J|␛\]|\\x9B/)
    for (const file of ['reports', 'review.html'].flatMap((name) => written(name))) expect(readFileSync(file, 'utf8'), file).not.toMatch(raw)
  })

  it.each(quiet)('draftdiff %s …: no raw control character in stdout or stderr', (...args) => {
    const result = runIn(repo.dir, ...args)
    expectNoCrash(result.stderr)
    expect(result.stdout + result.stderr).not.toMatch(raw)
  })

  it.each(json)('draftdiff %s …: JSON escapes every control character, and keeps the data', (...args) => {
    const result = runIn(repo.dir, ...args)
    expect(result.code).toBeLessThan(2)
    expect(result.stdout).not.toMatch(raw)
    expect(result.stdout).toMatch(/\\u001b/)
    JSON.parse(result.stdout)
  })

  it('blame text shows the author and subject visibly, exactly', () => {
    const result = runIn(repo.dir, 'blame', '1')
    expect(result.code).toBe(0)
    expect(result.stdout).toContain(`Eve ${visible(clipboard).slice(0, -1)}`)
    // The subject is cut short (about 50 characters), its control characters still shown visibly.
    expect(result.stdout).toContain(`— Second ${visible(clipboard)} session… [Proposed-by: Delegation ${visible(clear)}]`)
  })

  it('the report JSON file keeps the data exactly (escaped, not replaced)', () => {
    runIn(repo.dir, 'report', '--out', 'reports')
    const file = written('reports').find((name) => name.endsWith('.json')) as string
    const data = JSON.parse(readFileSync(file, 'utf8')) as {before: {label: string}}
    expect(JSON.stringify(data)).toContain('\\u001b]8;;https://evil.example')
  })
})

describe('visible', () => {
  it('shows C0, DEL and C1 controls but keeps tab, newline and all other text', () => {
    expect(visible(`a\tb\nc${clear}\u0007\u007f\u0085\u009b\r é ✓`)).toBe('a\tb\nc␛[2J␇␡\\x85\\x9B␍ é ✓')
  })
})

describe('Markdown neutralises issue references', () => {
  it('#3, owner/repo#3, GH-12 in any case and @name get a zero-width space', () => {
    expect(neutralise('see #3, owner/repo#3, GH-12, gh-7, Gh-1 and @name; not AGH-1 or GH-x')).toBe(
      'see #\u200B3, owner/repo#\u200B3, GH-\u200B12, gh-\u200B7, Gh-\u200B1 and @\u200Bname; not AGH-1 or GH-x'
    )
  })

  it('diff --format md neutralises GH-2 from a draft', () => {
    const result = runIn(repo.dir, 'diff', '01', '02', '--format', 'md')
    expect(result.stdout).not.toMatch(/GH-\d/i)
  })
})

function written(name: string): string[] {
  const target = path.join(repo.dir, name)
  try {
    return readdirSync(target).map((file) => path.join(target, file))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') return [target]
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
}
