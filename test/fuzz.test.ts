// Fuzz: mutated shipped drafts go through parse → check → compare → every renderer → fmt. A case
// fails on an exception, a non-idempotent fmt, or a run over a generous 5 s bound. Deterministic:
// a seeded mutator (no clock, no Math.random). FUZZ_SCALE multiplies the number of cases; FUZZ_CASE=n
// runs case n alone (as named in a failure).
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {cpuMs} from './support/cpu-time.js'
import {checkDraft, compareDrafts, formatDraft, parseDraft} from '../src/index.js'
import {renderHtml} from '../src/report/html.js'
import {renderMarkdown} from '../src/report/markdown.js'
import {chapterTable, plainLine} from '../src/report/summary.js'
import {renderText} from '../src/report/text.js'

const cases = Math.round(48 * Number(process.env.FUZZ_SCALE ?? 1))
const bound = 5_000

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const inserts = [
  '[', ']', '[[', ']]', '(', ')', '[pending]', '[Option 1: a] [Option 2: b]', '[^1]', '[^1]: Note.', '\uFEFF', '\u0007', '\u001b[31m',
  '## Article 1 bis bis', '## Article 123456789', '## Article 10000. Far', '# Chapter XC', '### Note', '1.', '99999999.', '(zz)', '(i)',
  '```', '<!--', '-->', '<div>', '> ', '- ', '        ', '\t', 'article 4, paragraph 2 (b)', 'paragraph 3 of this article', '\u201Cq\u201D',
  '---', '\r\n', '\r', 'x'.repeat(2000), '[a '.repeat(40) + ']'.repeat(40)
]

/** One mutation of the lines: duplicate, delete, swap, or insert something hostile at a line start, end or middle. */
function mutate(lines: string[], next: () => number): void {
  const pick = (n: number) => Math.floor(next() * n)
  const at = pick(lines.length)
  const line = lines[at] ?? ''
  switch (pick(6)) {
    case 0:
      lines.splice(at, 0, line)
      return
    case 1:
      lines.splice(at, 1)
      return
    case 2: {
      const other = pick(lines.length)
      lines[at] = lines[other] ?? ''
      lines[other] = line
      return
    }
    case 3:
      lines[at] = (inserts[pick(inserts.length)] ?? '') + line
      return
    case 4:
      lines[at] = line + (inserts[pick(inserts.length)] ?? '')
      return
    default: {
      const cut = pick(line.length + 1)
      lines[at] = line.slice(0, cut) + (inserts[pick(inserts.length)] ?? '') + line.slice(cut)
    }
  }
}

const drafts = readdirSync('drafts', {recursive: true, encoding: 'utf8'})
  .filter((file) => file.endsWith('.md') && !file.endsWith('README.md'))
  .sort()
  .map((file) => ({path: path.join('drafts', file), text: readFileSync(path.join('drafts', file), 'utf8')}))

/** CPU milliseconds of this process so far: unlike the wall clock, not stretched by other processes on a busy machine. */
/** Run everything on one pair; return the CPU milliseconds it took (measured only to enforce the bound). */
function runAll(before: {path: string; text: string}, after: {path: string; text: string}, label: string): number {
  const started = cpuMs()
  const old = parseDraft([{path: before.path, contents: before.text}])
  const now = parseDraft([{path: after.path, contents: after.text}])
  checkDraft(old.draft, old.files)
  checkDraft(now.draft, now.files)
  const diff = compareDrafts({label: 'old', draft: old.draft}, {label: 'new', draft: now.draft})
  renderText(diff, {color: false})
  renderText(diff, {color: false, summaryOnly: true})
  renderMarkdown(diff, {maxBytes: 65_000})
  renderHtml(diff)
  JSON.stringify(diff)
  chapterTable(diff)
  diff.articles.forEach((article) => plainLine(article))
  const once = formatDraft(after.text, after.path)
  expect(formatDraft(once, after.path), `fmt is not idempotent on ${label}`).toBe(once)
  return cpuMs() - started
}

describe('fuzz', () => {
  it(`survives ${cases} mutated pairs of shipped drafts, each under ${bound / 1000} s`, () => {
    expect(drafts.length).toBeGreaterThan(5)
    const only = process.env.FUZZ_CASE === undefined ? null : Number(process.env.FUZZ_CASE)
    for (let index = only ?? 0; index < (only === null ? cases : only + 1); index++) {
      const next = random(index + 1)
      const source = drafts[index % drafts.length] as {path: string; text: string}
      const lines = source.text.split('\n')
      const count = 1 + Math.floor(next() * 12)
      for (let step = 0; step < count; step++) mutate(lines, next)
      const mutated = {path: source.path, text: lines.join('\n')}
      const label = `case ${index} (${source.path}, seed ${index + 1})`
      const took = runAll(source, mutated, label)
      expect(took, `${label} took ${Math.round(took)} ms of CPU`).toBeLessThan(bound)
    }
  }, 600_000)
})
