// The golden helper: a missing golden fails and says how to create it; only UPDATE_GOLDENS=1 writes goldens.
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, afterEach, describe, expect, it, vi} from 'vitest'
import {matchGolden} from './support/golden.js'

const dir = mkdtempSync(path.join(os.tmpdir(), 'draftdiff-golden-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))
afterEach(() => vi.unstubAllEnvs())

describe('matchGolden', () => {
  it('fails on a missing golden, says how to create it, and writes nothing', () => {
    vi.stubEnv('UPDATE_GOLDENS', '')
    expect(() => matchGolden('missing.txt', 'output\n', dir)).toThrow(/missing\.txt is missing.*UPDATE_GOLDENS=1 npx vitest run test\/golden\.test\.ts/)
    expect(existsSync(path.join(dir, 'missing.txt'))).toBe(false)
  })

  it('fails on a golden that differs, and leaves it as it was', () => {
    vi.stubEnv('UPDATE_GOLDENS', '')
    writeFileSync(path.join(dir, 'old.txt'), 'old\n')
    expect(() => matchGolden('old.txt', 'new\n', dir)).toThrow()
    expect(readFileSync(path.join(dir, 'old.txt'), 'utf8')).toBe('old\n')
    matchGolden('old.txt', 'old\n', dir)
  })

  it('writes the golden only with UPDATE_GOLDENS=1', () => {
    vi.stubEnv('UPDATE_GOLDENS', '1')
    matchGolden('created.txt', 'created\n', dir)
    expect(readFileSync(path.join(dir, 'created.txt'), 'utf8')).toBe('created\n')
  })
})
