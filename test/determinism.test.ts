// Every output is a function of the inputs alone: a redline of a long paragraph is the same whether
// the process runs undisturbed or is stopped (SIGSTOP) and continued (SIGCONT) again and again.
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {editBudget, wordDiff} from '../src/diff/words.js'
import {runIn, runPaused} from './support/cli-run.js'

const vocabulary = ['each', 'state', 'party', 'shall', 'adopt', 'measures', 'necessary', 'to', 'establish', 'offences', 'under', 'domestic', 'law', 'when', 'committed', 'intentionally', 'and', 'without', 'right', 'data']

/** A paragraph of `count` distinct words; in the revised text every sixth word is replaced. */
function paragraph(count: number, revised: boolean): string {
  const words: string[] = []
  for (let k = 0; k < count; k++) words.push(revised && k % 6 === 3 ? `revised${k}` : `${vocabulary[k % vocabulary.length] as string}${k}`)
  return words.join(' ')
}

function draft(revised: boolean): string {
  return `---\ntitle: A long paragraph\n---\n\n## Article 1. Scope\n\n1. ${paragraph(3000, revised)}.\n`
}

let dir = ''
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'draftdiff-determinism-'))
  for (const [name, revised] of [['a', false], ['b', true]] as const) {
    mkdirSync(path.join(dir, name))
    writeFileSync(path.join(dir, name, 'draft.md'), draft(revised))
  }
})
afterAll(() => rmSync(dir, {recursive: true, force: true}))

describe('wordDiff', () => {
  it('the long paragraph gets a word-level redline, not a coarse one: 500 words replaced', () => {
    const redline = wordDiff(paragraph(3000, false), paragraph(3000, true))
    expect(redline.coarse).toBe(false)
    expect([redline.wordsAdded, redline.wordsRemoved]).toEqual([500, 500])
  })

  it('bounds the work by edit length and input size, never by time', () => {
    expect(editBudget(10)).toBe(5000)
    expect(editBudget(20_000)).toBe(2500)
    expect(editBudget(10_000_000)).toBe(50)
    // Too many edits for the budget: a coarse redline, the same on every run.
    const before = paragraph(3000, false)
    const after = paragraph(3000, false).split(' ').reverse().join(' ')
    expect(wordDiff(before, after, {maxEditLength: 10})).toEqual(wordDiff(before, after, {maxEditLength: 10}))
    expect(wordDiff(before, after, {maxEditLength: 10}).coarse).toBe(true)
  })
})

describe('draftdiff diff under SIGSTOP/SIGCONT', () => {
  it('prints exactly what an undisturbed run prints', async () => {
    const quiet = runIn(dir, 'diff', 'a', 'b', '--format', 'json')
    expect(quiet.code).toBe(0)
    const paused = await runPaused(dir, 'diff', 'a', 'b', '--format', 'json')
    expect(paused.pauses).toBeGreaterThan(0)
    expect(paused.code).toBe(0)
    expect(paused.stdout).toBe(quiet.stdout)
    const summary = (JSON.parse(quiet.stdout) as {summary: {wordsAdded: number; wordsRemoved: number}}).summary
    expect([summary.wordsAdded, summary.wordsRemoved]).toEqual([500, 500])
  })
})
