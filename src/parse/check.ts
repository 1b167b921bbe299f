/** Checks over a parsed draft: numbering, duplicates, references, footnotes, markers, empties. */
import type {VFile} from 'vfile'
import type {Article, Draft, Paragraph, Range, Subparagraph} from '../model/types.js'
import {romanIndex, letterSuccessor} from './units.js'
import {allUnits} from './resolve.js'
import {report} from './rules.js'
import {articleUnits} from './spanning.js'
import {preambleUnits} from './walk.js'
import {LineIndex} from './lines.js'
import {toRoman} from './headings.js'

/** Run every check rule on a parsed draft, adding messages to the file each finding is in. */
export function checkDraft(draft: Draft, files: VFile[]): void {
  const fileOf = (range: Range | null | undefined): VFile | undefined => files.find((file) => file.path === range?.file) ?? files[0]
  const at: FileAt = Object.assign((range: Range) => fileOf(range), {files})
  const readable = files.filter((file) => typeof file.value === 'string' && file.value !== '')
  if (draft.articles.length === 0 && readable.length > 0 && readable.length === files.length) {
    const first = readable[0]
    if (first) report(first, 'no-articles', 'The draft has no articles; add at least one `## Article 1. Title` heading (see docs/draft-format.md)')
  }
  if (draft.articles.length > 0 && !draft.meta.title && files[0]) {
    report(files[0], 'missing-metadata', 'The session has no `title` in its front matter; add `title: …` between `---` lines at the top of its first file')
  }
  checkArticles(draft, at)
  checkChapters(draft, at)
  checkReferences(draft, at)
  checkFootnotes(draft, at)
  checkMarkers(draft, at)
}

type FileAt = ((range: Range) => VFile | undefined) & {files: VFile[]}

function checkArticles(draft: Draft, at: FileAt): void {
  const firstSeen = new Map<string, Article>()
  let previous: Article | null = null
  for (const article of draft.articles) {
    const file = at(article.headingRange)
    if (!file) continue
    const earlier = firstSeen.get(article.number)
    if (earlier) {
      report(file, 'duplicate-article-number', `Article ${article.number} is numbered like the article at line ${earlier.headingRange.start.line}${earlier.headingRange.file === article.headingRange.file ? '' : ` of ${earlier.headingRange.file}`}; renumber one of them (an inserted article takes \`${article.base} bis\`)`, article.headingRange)
    } else {
      firstSeen.set(article.number, article)
      if (previous) compareArticleNumbers(previous, article, file)
    }
    if (!earlier) previous = article
    const placeholder = article.status.some((marker) => marker.name === 'deleted')
    if (!placeholder && (article.paragraphs.length === 0 || article.paragraphs.every((p) => p.text === '' && p.subparagraphs.length === 0))) {
      report(file, 'empty-article', `Article ${article.number} has no text; add its paragraphs, or mark it \`[deleted]\` on the line under its heading`, article.headingRange)
    }
    checkParagraphNumbers(article, file)
  }
}

function rank(article: Article): number {
  const suffixes = ['bis', 'ter', 'quater', 'quinquies', 'sexies', 'septies', 'octies', 'novies', 'decies']
  return article.base * 100 + (article.suffix ? suffixes.indexOf(article.suffix) + 1 : 0)
}

function compareArticleNumbers(previous: Article, article: Article, file: VFile): void {
  if (rank(article) <= rank(previous)) {
    report(file, 'numbering-order', `Article ${article.number} comes after article ${previous.number}; articles must be in ascending order: move it or renumber it`, article.headingRange)
  } else if (article.base > previous.base + 1 || (article.suffix !== null && article.base !== previous.base)) {
    const expected = article.suffix !== null && article.base !== previous.base ? `article ${article.base}` : `article ${previous.base + 1}`
    report(file, 'numbering-gap', `Article ${article.number} follows article ${previous.number}: expected ${expected}; renumber the articles or restore the missing one`, article.headingRange)
  } else if (article.suffix !== null && previous.base === article.base && rank(article) !== rank(previous) + 1) {
    report(file, 'numbering-gap', `Article ${article.number} follows article ${previous.number}: an insertion suffix was skipped`, article.headingRange)
  }
}

function checkParagraphNumbers(article: Article, file: VFile): void {
  let previous: Paragraph | null = null
  for (const paragraph of article.paragraphs) {
    if (paragraph.number !== null) {
      const value = Number(paragraph.number)
      const before = previous?.number === null || previous === null ? 0 : Number(previous.number)
      if (value <= before) report(file, 'numbering-order', `Paragraph ${value} of article ${article.number} comes after paragraph ${before}; renumber the paragraphs in order`, paragraph.range)
      else if (value !== before + 1) report(file, 'numbering-gap', `Paragraph ${value} of article ${article.number} follows paragraph ${before || 'none'}: expected paragraph ${before + 1}`, paragraph.range)
      previous = paragraph
    }
    checkSubNumbers(paragraph.subparagraphs, article, file)
  }
}

function checkSubNumbers(subs: Subparagraph[], article: Article, file: VFile): void {
  const roman = subs[0]?.level === 2 || subs[0]?.number === 'i' && subs[1]?.number === 'ii'
  let expected = roman ? 'i' : 'a'
  for (const sub of subs) {
    const index = (value: string) => (roman ? romanIndex(value) : letterIndex(value))
    if (sub.number !== expected) {
      const kind = index(sub.number) < index(expected) ? 'numbering-order' : 'numbering-gap'
      report(file, kind, `Subparagraph (${sub.number}) in article ${article.number}: expected (${expected}); ${kind === 'numbering-order' ? 'put the subparagraphs in order' : 'letter them without skipping'}`, sub.range)
    }
    expected = roman ? nextRoman(sub.number) : letterSuccessor(sub.number) || expected
    checkSubNumbers(sub.children, article, file)
  }
}

function letterIndex(value: string): number {
  return (value.length - 1) * 26 + ((value.charCodeAt(0) || 97) - 97)
}

function nextRoman(value: string): string {
  const romans = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv', 'xvi', 'xvii', 'xviii', 'xix', 'xx', 'xxi']
  return romans[romanIndex(value) + 1] ?? ''
}

function checkChapters(draft: Draft, at: FileAt): void {
  let previous = 0
  for (const chapter of draft.chapters) {
    const file = at(chapter.range)
    if (!file) continue
    if (chapter.value <= previous) report(file, 'numbering-order', `Chapter ${chapter.number} comes after chapter ${toRoman(previous)}; chapters must be numbered I, II, III … in order`, chapter.range)
    else if (chapter.value !== previous + 1) report(file, 'numbering-gap', `Chapter ${chapter.number} follows ${previous ? `chapter ${toRoman(previous)}` : 'no chapter'}: expected chapter ${toRoman(previous + 1)}; renumber the chapters`, chapter.range)
    previous = Math.max(previous, chapter.value)
  }
}

function checkReferences(draft: Draft, at: FileAt): void {
  const files = at.files
  for (const unit of allUnits(draft)) {
    const file = at(unit.range)
    if (!file) continue
    for (const reference of unit.references) {
      if (reference.external) continue
      const missing = reference.targets.filter((target) => target.resolved === null && (target.article !== null || target.chapter !== null))
      if (missing.length === 0) continue
      const what = missing.map((target) => describe(target)).join(', ')
      const start = unit.textOffset + reference.start
      const place = pointRange(files, unit, start, unit.textOffset + reference.end)
      report(file, 'dangling-reference', `"${reference.text}" refers to ${what}, which does not exist in this draft; correct the number or restore the target`, place)
    }
  }
}

function describe(target: {article: string | null; paragraph: string | null; subparagraph: string | null; chapter: string | null}): string {
  if (target.chapter !== null) return `chapter ${target.chapter}`
  let text = `article ${target.article}`
  if (target.paragraph !== null) text += `, paragraph ${target.paragraph}`
  if (target.subparagraph !== null) text += ` (${target.subparagraph})`
  return text
}

function checkFootnotes(draft: Draft, at: FileAt): void {
  const files = at.files
  const defined = new Map(draft.footnotes.map((footnote) => [footnote.label, footnote]))
  const used = new Set<string>()
  for (const unit of allUnits(draft)) {
    for (const ref of unit.footnoteRefs) {
      used.add(ref.label)
      if (defined.has(ref.label)) continue
      const file = at(unit.range)
      if (file) report(file, 'undefined-footnote', `Footnote \`[^${ref.label}]\` has no definition; add a line \`[^${ref.label}]: text\` at the end of the file`, pointRange(files, unit, unit.textOffset + ref.start, unit.textOffset + ref.end))
    }
  }
  for (const footnote of draft.footnotes) {
    const file = at(footnote.range)
    if (!used.has(footnote.label) && file) report(file, 'unused-footnote', `Footnote \`[^${footnote.label}]\` is defined but never referenced; reference it in the text or delete the definition`, footnote.range)
  }
}

function checkMarkers(draft: Draft, at: FileAt): void {
  const files = at.files
  for (const article of draft.articles) {
    const file = at(article.headingRange)
    if (!file) continue
    for (const marker of article.status) {
      if (!marker.known) report(file, 'unknown-status-marker', unknownMarker(marker.name), article.headingRange)
    }
    for (const unit of articleUnits(article)) {
      for (const marker of unit.markers) {
        if (!marker.known) report(file, 'unknown-status-marker', unknownMarker(marker.name), pointRange(files, unit, unit.textOffset + marker.start, unit.textOffset + marker.end))
      }
    }
  }
  for (const {unit} of preambleUnits(draft)) {
    const file = at(unit.range)
    for (const marker of unit.markers) {
      if (!marker.known && file) report(file, 'unknown-status-marker', unknownMarker(marker.name), pointRange(files, unit, unit.textOffset + marker.start, unit.textOffset + marker.end))
    }
  }
}

function unknownMarker(name: string): string {
  return `\`[${name}]\` looks like a status marker but is not a known one; use a known marker (\`[agreed ad referendum]\`, \`[informally agreed]\`, \`[pending]\` …) or declare it in front matter: \`status-markers: [${name}]\``
}

const indexes = new WeakMap<VFile, LineIndex>()

/** The range of file offsets `[start, end)` in the unit's file. */
function pointRange(files: VFile[], unit: {range: Range}, start: number, end: number): Range {
  const file = files.find((candidate) => candidate.path === unit.range.file)
  if (!file) return unit.range
  let index = indexes.get(file)
  if (!index) {
    index = new LineIndex(String(file.value), file.path)
    indexes.set(file, index)
  }
  return index.range(start, end)
}
