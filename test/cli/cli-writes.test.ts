// Writes stay inside the folder asked for and never go through a symbolic link: a link planted at a
// report's name, a session id from front matter with `../`, a symlinked --out folder or parent.
import {existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {expectNoCrash, runIn} from '../support/cli-run.js'
import {testRepo} from '../support/test-repo.js'

let base = ''
let dir = ''
beforeEach(() => {
  base = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'draftdiff-writes-')))
  dir = path.join(base, 'work')
  mkdirSync(dir)
  writeFileSync(path.join(base, 'victim.txt'), 'precious\n')
})
afterEach(() => rmSync(base, {recursive: true, force: true}))

const victim = () => readFileSync(path.join(base, 'victim.txt'), 'utf8')

function draft(session: string, text: string): string {
  return `---\nsession: ${JSON.stringify(session)}\n---\n\n## Article 1. Scope\n\n${text}\n`
}

function sessions(a = '01-a', b = '02-b'): void {
  for (const [folder, id, text] of [['01-a', a, 'Each State Party shall act.'], ['02-b', b, 'Each State Party shall act promptly.']] as const) {
    mkdirSync(path.join(dir, 'drafts', folder), {recursive: true})
    writeFileSync(path.join(dir, 'drafts', folder, 'draft.md'), draft(id, text))
  }
}

/** Every file under `folder`, relative to it. */
function files(folder: string): string[] {
  return readdirSync(folder, {recursive: true, encoding: 'utf8'}).sort()
}

describe('report', () => {
  it('replaces a symbolic link planted at a report name instead of writing through it', () => {
    sessions()
    mkdirSync(path.join(dir, 'reports'))
    symlinkSync('../../victim.txt', path.join(dir, 'reports', '01-a..02-b.md'))
    const result = runIn(dir, 'report')
    expect(result.code).toBe(0)
    expect(victim()).toBe('precious\n')
    const written = path.join(dir, 'reports', '01-a..02-b.md')
    expect(lstatSync(written).isFile()).toBe(true)
    expect(readFileSync(written, 'utf8')).toContain('## draftdiff: 01-a → 02-b')
    expect(files(path.join(dir, 'reports'))).toEqual(['01-a..02-b.html', '01-a..02-b.json', '01-a..02-b.md'])
  })

  it('keeps reports inside --out when the session ids in front matter hold `../`, `/` or control characters', () => {
    sessions('../../../escape', 'a/b\u001b[2J\n..')
    const result = runIn(dir, 'report', '--out', 'reports')
    expectNoCrash(result.stderr)
    expect(result.code).toBe(0)
    expect(files(base)).toEqual(['victim.txt', 'work', 'work/drafts', 'work/drafts/01-a', 'work/drafts/01-a/draft.md', 'work/drafts/02-b', 'work/drafts/02-b/draft.md', 'work/reports', ...['html', 'json', 'md'].map((ext) => `work/reports/_._._escape..a_b_2J_.${ext}`)])
  })

  it('refuses a symlinked --out folder that leads outside the current folder (exit 2), writing nothing there', () => {
    sessions()
    mkdirSync(path.join(base, 'elsewhere'))
    symlinkSync('../elsewhere', path.join(dir, 'reports'))
    const result = runIn(dir, 'report')
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(`draftdiff: \`reports\` leads through a symbolic link to \`${path.join(base, 'elsewhere')}\`, outside \`${dir}\`; draftdiff writes only inside the folder asked for: give the real folder, or remove the link\n`)
    expect(files(path.join(base, 'elsewhere'))).toEqual([])
  })

  it('refuses a symlinked parent component of --out, creating nothing outside', () => {
    sessions()
    mkdirSync(path.join(base, 'elsewhere'))
    symlinkSync('../elsewhere', path.join(dir, 'link'))
    const result = runIn(dir, 'report', '--out', 'link/sub/reports')
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('`link/sub/reports` leads through a symbolic link to')
    expect(files(path.join(base, 'elsewhere'))).toEqual([])
  })

  it('accepts a symlinked --out folder that stays inside the current folder', () => {
    sessions()
    mkdirSync(path.join(dir, 'real-reports'))
    symlinkSync('real-reports', path.join(dir, 'reports'))
    const result = runIn(dir, 'report')
    expect(result.code).toBe(0)
    expect(files(path.join(dir, 'real-reports'))).toEqual(['01-a..02-b.html', '01-a..02-b.json', '01-a..02-b.md'])
  })
})

describe('--out FILE', () => {
  it('compare replaces a symbolic link at --out instead of writing through it', () => {
    sessions()
    symlinkSync('../victim.txt', path.join(dir, 'table.md'))
    const result = runIn(dir, 'compare', 'drafts/01-a', 'drafts/02-b', '--out', 'table.md')
    expect(result.code).toBe(0)
    expect(victim()).toBe('precious\n')
    expect(lstatSync(path.join(dir, 'table.md')).isFile()).toBe(true)
    expect(readFileSync(path.join(dir, 'table.md'), 'utf8')).toContain('| **Article 1. Scope** |')
  })

  it('compare refuses --out in a symlinked folder leading outside (exit 2)', () => {
    sessions()
    symlinkSync('..', path.join(dir, 'up'))
    const result = runIn(dir, 'compare', 'drafts/01-a', 'drafts/02-b', '--out', 'up/victim.txt')
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('`up` leads through a symbolic link to')
    expect(victim()).toBe('precious\n')
  })

  it('compare --out in a folder that does not exist: exit 2, saying so', () => {
    sessions()
    const result = runIn(dir, 'compare', 'drafts/01-a', 'drafts/02-b', '--out', 'missing/table.md')
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('draftdiff: cannot write `missing/table.md`: the folder `missing` does not exist; create it first, or give another --out\n')
  })

  it('pr replaces a symbolic link at --out, and names the other sessions safely beside it', () => {
    const repo = testRepo([{files: {'drafts/01-a/draft.md': draft('01-a', 'Each State Party shall act.'), 'drafts/02-b/draft.md': draft('02-b', 'Each State Party shall act.')}, message: 'Sessions'}])
    try {
      repo.git('checkout', '-q', '-b', 'proposal')
      repo.commit({files: {'drafts/01-a/draft.md': draft('01-a', 'Each State Party shall act now.'), 'drafts/02-b/draft.md': draft('02-b', 'Each State Party shall act now.')}, message: 'Proposal'})
      writeFileSync(path.join(repo.dir, '..', `${path.basename(repo.dir)}-victim.txt`), 'precious\n')
      symlinkSync(`../${path.basename(repo.dir)}-victim.txt`, path.join(repo.dir, 'review.html'))
      const result = runIn(repo.dir, 'pr', '--base', 'main', '--out', 'review.html')
      expect(result.code).toBe(0)
      expect(readFileSync(path.join(repo.dir, '..', `${path.basename(repo.dir)}-victim.txt`), 'utf8')).toBe('precious\n')
      expect(lstatSync(path.join(repo.dir, 'review.html')).isFile()).toBe(true)
      expect(existsSync(path.join(repo.dir, 'review-drafts_02-b.html'))).toBe(true)
    } finally {
      rmSync(path.join(repo.dir, '..', `${path.basename(repo.dir)}-victim.txt`), {force: true})
      repo.cleanup()
    }
  })
})

describe('fmt', () => {
  it('refuses to rewrite a draft that is a symbolic link (exit 2), leaving the target alone', () => {
    writeFileSync(path.join(base, 'outside.md'), '## Article 1\n\n### Scope\n\nText.\n')
    symlinkSync('../outside.md', path.join(dir, 'draft.md'))
    const result = runIn(dir, 'fmt', 'draft.md')
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('draft.md: not formatted: it is a symbolic link, and fmt never writes through one; run fmt on the file it points to\n')
    expect(readFileSync(path.join(base, 'outside.md'), 'utf8')).toBe('## Article 1\n\n### Scope\n\nText.\n')
    expect(lstatSync(path.join(dir, 'draft.md')).isSymbolicLink()).toBe(true)
  })
})

describe('reads', () => {
  it('a symbolic link inside a session folder is not read', () => {
    sessions()
    writeFileSync(path.join(base, 'secret.md'), '## Article 2. Secret\n\nSECRET TEXT.\n')
    symlinkSync('../../../secret.md', path.join(dir, 'drafts', '02-b', 'secret.md'))
    const result = runIn(dir, 'diff', 'drafts/01-a', 'drafts/02-b')
    expect(result.code).toBe(0)
    expect(result.stdout).not.toContain('SECRET')
  })
})
