// The shipped GitHub Actions workflow: valid, least-privilege, and running draftdiff as documented.
import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parse} from 'yaml'

const root = path.resolve(import.meta.dirname, '..')
const file = path.join(root, '.github', 'workflows', 'draft-review.yml')
const text = readFileSync(file, 'utf8')
const workflow = parse(text) as {on: {pull_request: {paths: string[]}}; permissions: Record<string, string>; jobs: {review: {steps: Array<{run?: string; uses?: string}>}}}

describe('.github/workflows/draft-review.yml', () => {
  it('passes @action-validator/cli', () => {
    const result = spawnSync(process.execPath, [path.join(root, 'node_modules', '@action-validator', 'cli', 'cli.mjs'), file], {encoding: 'utf8'})
    expect(result.stdout + result.stderr).not.toMatch(/error/i)
    expect(result.status).toBe(0)
  })

  it('runs on pull requests touching drafts/ with least privilege and no secret beyond the default token', () => {
    expect(workflow.on.pull_request.paths).toEqual(['drafts/**'])
    expect(workflow.permissions).toEqual({contents: 'read', 'pull-requests': 'write'})
    expect(text.match(/secrets\./g) ?? []).toEqual([])
  })

  it('checks the drafts, reviews the proposal, uploads the report and keeps a single sticky comment', () => {
    const runs = workflow.jobs.review.steps.map((step) => step.run ?? step.uses ?? '').join('\n')
    expect(runs).toContain('npx draftdiff check drafts')
    expect(runs).toContain('npx draftdiff pr --base "$BASE_REF" --head HEAD --out draft-review.html')
    expect(runs).toContain('actions/upload-artifact@v4')
    expect(text).toContain("const marker = '<!-- draftdiff-pr-review -->'")
    expect(text).toContain('updateComment')
  })
})
