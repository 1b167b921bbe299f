/** Where a file stops being the draft: `until` (a line the caller names) or a second language version after the testimonium. */
import {atxHeading, classifyHeading} from './headings.js'
import type {LineIndex} from './lines.js'

/** Where reading stops, and why. */
export interface Cutoff {
  /** 0-based line where the left-out text starts. */
  line: number
  reason: 'until' | 'second-language'
  /** For a second language version: the 0-based line of the article heading that restarts the numbering. */
  evidence: number | null
}

/** "IN WITNESS WHEREOF" and its equivalents in the other official languages written in Latin script. */
const testimonium = /^\s*(?:#{1,6}\s*)?(?:in witness whereof|en foi de quoi|en fe de lo cual)\b/i
/** Article headings of other languages: `Article premier`, `Article 1er`, `Artículo 1`, `Artikel 1`, `Статья 1`. */
const foreignArticle = /^\s*(?:#{1,6}\s*)?(?:article\s+(?:premier|1er)|art[íi]culo\s+\d|artikel\s+\d|articolo\s+\d|artigo\s+\d|статья\s+\d)/iu

/** Whether a line (heading marks stripped) starts with `until`, ignoring case: the rule `draftdiff import --until` uses. */
export function startsWithPattern(line: string, until: string): boolean {
  return until !== '' && line.replace(/^\s*#+\s*/, '').toLowerCase().startsWith(until.toLowerCase())
}

/**
 * The first line not to read, or null to read the whole file. With `until`, the first line after the
 * first that starts with it. Otherwise a second language version: after a line opening with "IN WITNESS
 * WHEREOF", an article heading in another language (`Artikel 1`, `Article premier`) or an `Article 1`
 * again; the left-out text starts at the first heading after the testimonium. One pass, linear.
 */
export function findCutoff(lines: LineIndex, from: number, until?: string): Cutoff | null {
  let witness = -1
  let firstHeading = -1
  for (let index = from; index < lines.lineCount; index++) {
    const line = lines.line(index)
    if (until !== undefined && index > 0 && startsWithPattern(line, until)) return {line: index, reason: 'until', evidence: null}
    if (until !== undefined) continue
    if (witness === -1) {
      if (testimonium.test(line)) witness = index
      continue
    }
    const heading = atxHeading(line)
    if (firstHeading === -1 && heading && heading.text !== '') firstHeading = index
    const kind = classifyHeading(heading ? heading.text : line)
    const restart = kind?.kind === 'article' && kind.base === 1 && kind.suffix === null && (heading !== null || /^\s*article\s+1\s*$/i.test(line))
    if (restart || foreignArticle.test(line)) return {line: firstHeading === -1 ? index : firstHeading, reason: 'second-language', evidence: index}
  }
  return null
}
