/** Brackets that open in one paragraph and close in a later one of the same article. */
import type {Article, TextUnit} from '../model/types.js'
import {markedUnits} from './walk.js'

/** A bracket problem found while pairing brackets across paragraphs, offset in the file. */
export interface Problem {
  kind: string
  offset: number
  char: string
}

/** Every text unit of an article, in reading order. */
export function articleUnits(article: Article): TextUnit[] {
  return markedUnits(article).map((m) => m.unit)
}

/**
 * Pair an unclosed `[` with a later unopened `]` in the same article, record the bracket on each
 * unit it covers (`continues`), and remove both from `problems`; what is left is really unbalanced.
 */
export function pairSpanningBrackets(articles: Article[], problems: Problem[]): void {
  const paired = new Set<Problem>()
  const candidates = problems.filter((problem) => problem.kind === 'unclosed' || problem.kind === 'unopened').sort((a, b) => a.offset - b.offset)
  for (const article of articles) {
    const units = articleUnits(article).filter((unit) => unit.text.length > 0)
    const first = units[0]
    const last = units.at(-1)
    if (!first || !last) continue
    // Problems inside one of the units, found by walking both lists in offset order.
    const inArticle: Array<{problem: Problem; unit: number}> = []
    let unit = 0
    for (let i = firstAtOrAfter(candidates, first.textOffset); i < candidates.length; i++) {
      const problem = candidates[i] as Problem
      if (problem.offset >= last.textOffset + last.text.length) break
      while (unit < units.length && (units[unit] as TextUnit).textOffset + (units[unit] as TextUnit).text.length <= problem.offset) unit++
      if (unit < units.length && contains(units[unit] as TextUnit, problem.offset)) inArticle.push({problem, unit})
    }
    const open: Array<{problem: Problem; unit: number}> = []
    const touched = new Set<TextUnit>()
    for (const entry of inArticle) {
      if (entry.problem.kind === 'unclosed') {
        open.push(entry)
        continue
      }
      const opener = open.pop()
      if (!opener) continue
      paired.add(opener.problem).add(entry.problem)
      for (let index = opener.unit; index <= entry.unit; index++) {
        const covered = units[index] as TextUnit
        const start = covered.textOffset
        const end = start + covered.text.length
        const from = Math.max(opener.problem.offset, start) - start
        const to = Math.min(entry.problem.offset + 1, end) - start
        covered.brackets.push({start: from, end: to, depth: 1, inner: covered.text.slice(from, to), option: null, group: null, continues: index === opener.unit ? 'next' : 'previous'})
        touched.add(covered)
      }
    }
    for (const covered of touched) covered.brackets.sort((a, b) => a.start - b.start)
  }
  const rest = problems.filter((problem) => !paired.has(problem))
  problems.length = 0
  problems.push(...rest)
}

/** Index of the first problem at or after `offset` in a list sorted by offset. */
function firstAtOrAfter(sorted: Problem[], offset: number): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >> 1
    if ((sorted[middle] as Problem).offset < offset) low = middle + 1
    else high = middle
  }
  return low
}

function contains(unit: TextUnit, offset: number): boolean {
  return offset >= unit.textOffset && offset < unit.textOffset + unit.text.length
}
