// `draftdiff pr` on real temporary repositories: a base and several proposal branches.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {testRepo, type TestRepo} from '../support/test-repo.js'
import {matchGolden} from '../support/golden.js'
import {runIn, runWith} from '../support/cli-run.js'

const file = 'drafts/05-session/draft.md'
const front = '---\nsession: 05-session\nordinal: 5\ntitle: Revised draft\n---\n\n# Chapter I. General provisions\n\n'
const articles = [
  '## Article 1. Scope\n\n1. This Convention covers preventing, investigating and prosecuting the offences set out in article 3.\n\n2. It also covers gathering electronic evidence of any serious crime.\n',
  '## Article 2. Use of terms\n\nFor the purposes of this Convention, "information system" means any device that processes data automatically [under the control of software].\n',
  '## Article 3. Illegal access\n\n1. Each State Party shall treat as a crime the intentional entry into all or part of an information system without right.\n\n2. A State Party may limit the offence to entry that breaks through security safeguards.\n'
]
const draft = (list: string[]) => front + list.join('\n')

let repo: TestRepo
beforeAll(() => {
  repo = testRepo([{files: {[file]: draft(articles)}, message: 'Session 5 text', tag: 'session-5'}])
  const branch = (name: string, list: string[], message: string) => {
    repo.git('checkout', '-q', '-b', name, 'main')
    repo.commit({files: {[file]: draft(list)}, message})
    repo.git('checkout', '-q', 'main')
  }
  branch('word-edit', [articles[0] as string, (articles[1] as string).replace('[under the control of software]', 'under the control of software'), (articles[2] as string).replace('intentional entry', 'deliberate entry')], 'Agree on the definition\n\nProposed-by: Delegation of Arcadia')
  const inserted = '## Article 2. Purpose\n\nThe purpose of this Convention is to promote cooperation against offences committed through information systems.\n'
  branch('insert', [articles[0] as string, inserted, (articles[1] as string).replace('Article 2', 'Article 3'), (articles[2] as string).replace('Article 3', 'Article 4')], 'Insert a purpose article\n\nThe Convention should state its purpose before its terms.\nSeveral delegations asked for it.\n\nProposed-by: Delegation of Borduria')
  branch('dangling', [(articles[0] as string).replace('article 3', 'article 9'), articles[1] as string, articles[2] as string], 'Refer to article 9')
  branch('collide', [articles[0] as string, articles[1] as string, (articles[2] as string).replace('intentional entry', 'unlawful entry')], 'Unlawful access\n\nProposed-by: Delegation of Carpania')
})
afterAll(() => repo.cleanup())

function pr(...args: string[]) {
  const result = runIn(repo.dir, 'pr', '--base', 'main', ...args)
  expect(result.stderr).not.toMatch(/\n\s+at /)
  return result
}

describe('draftdiff pr', () => {
  it('writes the golden comment for a word-edit proposal (commits, dates and authors are fixed, so ids are too)', () => {
    const result = pr('--head', 'word-edit')
    expect(result.code).toBe(0)
    matchGolden('pr-word-edit.md', result.stdout)
  })

  it('summarises a proposal, attributes it from Proposed-by trailers and shows its redlines', () => {
    const result = pr('--head', 'word-edit')
    expect(result.code).toBe(0)
    const lines = result.stdout.split('\n')
    // No line for what did not happen (zero brackets opened, no markers, no renumbering), no table of zeros.
    expect(lines.slice(0, 12)).toEqual([
      '<!-- draftdiff-pr-review -->',
      '',
      '## Proposal review: word-edit against main',
      '',
      '### What the proposal touches',
      '',
      `- Proposed by: Delegation of Arcadia (1 commit since ${repo.git('rev-parse', 'main').slice(0, 12)})`,
      '- Articles changed: 2 (2, 3)',
      '- Brackets: 1 closed',
      '- No check finding introduced; no cross-reference broken.',
      '',
      '### Changes in drafts/05-session'
    ])
    expect(result.stdout).not.toMatch(/\| 0 +\|/)
    expect(result.stdout).not.toContain('Unchanged or references only')
    // A lone deleted bracket is set as code: GitHub shows <del> without colour.
    expect(result.stdout).toContain('<del>`[`</del>under the control of software<del>`]`</del>')
    expect(result.stdout).toContain('*substantive* — proposed by Delegation of Arcadia')
    expect(result.stdout).toContain('<del>intentional</del><ins>deliberate</ins>')
  })

  it('reports the renumbering an inserted article causes, and the reference it breaks', () => {
    const result = pr('--head', 'insert')
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('- Renumbering caused: 2 → 3, 3 → 4')
    expect(result.stdout).toContain('- Cross-reference broken: "article 3" (in article 1, paragraph 1) meant "Illegal access", now article 4; it now points to "Use of terms"')
    // The commit's rationale (its message body, without trailers) under the redline of the article it changed.
    const redline = result.stdout.indexOf('<ins>The purpose of this Convention')
    const rationale = result.stdout.indexOf('> Insert a purpose article: The Convention should state its purpose before its terms. Several delegations asked for it.')
    expect(redline).toBeGreaterThan(0)
    expect(rationale).toBeGreaterThan(redline)
    expect(result.stdout.slice(rationale)).not.toContain('Proposed-by')
  })

  it('names the head branch when --head is HEAD: the branch checked out, or GITHUB_HEAD_REF in a detached checkout', () => {
    // GITHUB_HEAD_REF only where the test sets it, not from the environment the tests run in.
    const run = (env: Record<string, string>) => runWith({cwd: repo.dir, env: {GITHUB_HEAD_REF: undefined, ...env}}, 'pr', '--base', 'main', '--head', 'HEAD').stdout
    repo.git('checkout', '-q', 'word-edit')
    try {
      expect(run({})).toContain('## Proposal review: word-edit against main')
      repo.git('checkout', '-q', '--detach', 'word-edit')
      expect(run({GITHUB_HEAD_REF: 'agree-definition'})).toContain('## Proposal review: agree-definition against main')
    } finally {
      repo.git('checkout', '-q', 'main')
    }
  })

  it('exits 1 when the head introduces check errors, listing only the new ones', () => {
    const result = pr('--head', 'dangling')
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('### Check findings introduced: 1 error\n')
    // Errors first, before what the proposal touches.
    expect(result.stdout.indexOf('### Check findings introduced')).toBeLessThan(result.stdout.indexOf('### What the proposal touches'))
    expect(result.stdout).toContain('| dangling:drafts/05-session/draft.md:11:93 | error    | dangling-reference | "article 9" refers to article 9, which does not exist in this draft')
    expect(result.stdout).toContain('Proposed by: Secretariat')
  })

  it('orders what blocks a merge: check errors, then collisions, then what the proposal touches; "1 error", singular', () => {
    repo.git('checkout', '-q', '-b', 'dangling-collide', 'main')
    repo.commit({files: {[file]: draft([(articles[0] as string).replace('article 3', 'article 9'), articles[1] as string, (articles[2] as string).replace('intentional entry', 'criminal entry')])}, message: 'Refer to article 9 and reword access'})
    repo.git('checkout', '-q', 'main')
    const result = pr('--head', 'dangling-collide', '--against', 'collide')
    expect(result.code).toBe(1)
    const headings = result.stdout.split('\n').filter((line) => line.startsWith('### '))
    expect(headings.slice(0, 3)).toEqual(['### Check findings introduced: 1 error', '### Collisions with other proposals', '### What the proposal touches'])
  })

  it('lists collisions with other proposals and whether their edits overlap', () => {
    const result = pr('--head', 'word-edit', '--against', 'collide', 'insert')
    expect(result.stdout).toContain('### Collisions with other proposals')
    expect(result.stdout).toMatch(/\| collide +\| drafts\/05-session Art\. 3 \| same text +\| both proposals change article 3, paragraph 1 +\|/)
    expect(result.stdout).not.toMatch(/\| insert /)
    // Collisions come before the articles touched.
    expect(result.stdout.indexOf('### Collisions with other proposals')).toBeLessThan(result.stdout.indexOf('### What the proposal touches'))
  })

  it('fits the size limit, trimming redlines first and saying so, and writes the full HTML with --out', () => {
    const huge = Array.from({length: 120}, (_, i) => `## Article ${i + 1}. Provision ${i + 1}\n\n1. ${'Each State Party shall adopt measures concerning topic ' + i + ' and related matters. '.repeat(20)}\n`)
    repo.git('checkout', '-q', '-b', 'rewrite', 'main')
    repo.commit({files: {[file]: draft(huge)}, message: 'Rewrite everything'})
    repo.git('checkout', '-q', 'main')
    const result = pr('--head', 'rewrite', '--max-bytes', '20000', '--out', 'review.html')
    expect(result.code).toBe(0)
    expect(Buffer.byteLength(result.stdout)).toBeLessThanOrEqual(20_000)
    expect(result.stdout).toMatch(/Trimmed to fit \d+ bytes: left out/)
    const html = readFileSync(path.join(repo.dir, 'review.html'), 'utf8')
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(html).toContain('Provision 120')
  })

  it('refuses a ref that is an option, and an unknown base', () => {
    expect(pr('--head', '--output=x').code).toBe(2)
    const unknown = runIn(repo.dir, 'pr', '--base', 'nope')
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('`nope` is not a branch, tag or commit')
  })
})
