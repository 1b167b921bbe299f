// A temporary git repository per test, built from a map of files and a list of commits (changesets style).
import {execFileSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export interface Commit {
  /** Files to write (path → contents); `null` deletes the file. */
  files: Record<string, string | null>
  message: string
  author?: string
  date?: string
  tag?: string
  branch?: string
}

export interface TestRepo {
  dir: string
  git: (...args: string[]) => string
  commit: (commit: Commit) => string
  cleanup: () => void
}

/** Create a repository on branch main with deterministic identities and dates; commit each entry in order. */
export function testRepo(commits: Commit[] = []): TestRepo {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'draftdiff-repo-'))
  const env = {...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: dir, GIT_AUTHOR_NAME: 'Secretariat', GIT_AUTHOR_EMAIL: 'secretariat@example.org', GIT_COMMITTER_NAME: 'Secretariat', GIT_COMMITTER_EMAIL: 'secretariat@example.org'}
  const git = (...args: string[]) => execFileSync('git', args, {cwd: dir, env, encoding: 'utf8'}).trim()
  git('init', '-q', '-b', 'main')
  git('config', 'commit.gpgsign', 'false')
  let clock = Date.parse('2024-01-01T10:00:00Z')
  const commit = (entry: Commit) => {
    if (entry.branch) {
      const exists = git('branch', '--list', entry.branch) !== ''
      git('checkout', '-q', ...(exists ? [] : ['-b']), entry.branch)
    }
    for (const [file, contents] of Object.entries(entry.files)) {
      const full = path.join(dir, file)
      if (contents === null) rmSync(full, {force: true})
      else {
        mkdirSync(path.dirname(full), {recursive: true})
        writeFileSync(full, contents)
      }
    }
    git('add', '-A')
    clock += 3_600_000
    const date = entry.date ?? new Date(clock).toISOString()
    const author = entry.author ?? 'Secretariat <secretariat@example.org>'
    execFileSync('git', ['commit', '-q', '--allow-empty', '-m', entry.message, `--author=${author}`, `--date=${date}`], {cwd: dir, env: {...env, GIT_COMMITTER_DATE: date}})
    if (entry.tag) git('tag', entry.tag)
    return git('rev-parse', 'HEAD')
  }
  for (const entry of commits) commit(entry)
  return {dir, git, commit, cleanup: () => rmSync(dir, {recursive: true, force: true})}
}
