/** Brackets that open in one paragraph and close in a later one of the same article. */
import type {Article, Paragraph, Subparagraph, TextUnit} from '../model/types.js'

export interface Problem {
  kind: string
  offset: number
  char: string
}

/** Every text unit of an article, in reading order. */
export function articleUnits(article: Article): TextUnit[] {
  const out: TextUnit[] = []
  const addSubs = (subs: Subparagraph[]) => {
    for (const sub of subs) {
      out.push(sub)
      addSubs(sub.children)
    }
  }
  for (const paragraph of article.paragraphs as Paragraph[]) {
    out.push(paragraph)
    addSubs(paragraph.subparagraphs)
    if (paragraph.closing) out.push(paragraph.closing)
  }
  return out
}

/**
 * Pair an unclosed `[` with a later unopened `]` in the same article, record the bracket on each
 * unit it covers (`continues`), and remove both from `problems`; what is left is really unbalanced.
 */
export function pairSpanningBrackets(articles: Article[], problems: Problem[]): void {
  const paired = new Set<Problem>()
  for (const article of articles) {
    const units = articleUnits(article).filter((unit) => unit.text.length > 0)
    const inArticle = problems
      .filter((problem) => problem.kind !== 'crossed' && units.some((unit) => contains(unit, problem.offset)))
      .sort((a, b) => a.offset - b.offset)
    const open: Problem[] = []
    for (const problem of inArticle) {
      if (problem.kind === 'unclosed') {
        open.push(problem)
        continue
      }
      const opener = open.pop()
      if (!opener) continue
      paired.add(opener).add(problem)
      for (const unit of units) {
        const start = unit.textOffset
        const end = start + unit.text.length
        if (end <= opener.offset || start > problem.offset) continue
        const from = Math.max(opener.offset, start) - start
        const to = Math.min(problem.offset + 1, end) - start
        unit.brackets.push({start: from, end: to, depth: 1, inner: unit.text.slice(from, to), option: null, group: null, continues: contains(unit, opener.offset) ? 'next' : 'previous'})
        unit.brackets.sort((a, b) => a.start - b.start)
      }
    }
  }
  const rest = problems.filter((problem) => !paired.has(problem))
  problems.length = 0
  problems.push(...rest)
}

function contains(unit: TextUnit, offset: number): boolean {
  return offset >= unit.textOffset && offset < unit.textOffset + unit.text.length
}
