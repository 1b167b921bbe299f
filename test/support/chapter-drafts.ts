/**
 * Small drafts for the chapter-alignment tests: chapters of articles whose text is the project's own, written
 * from a key so that every article reads differently from every other, and the issue-18 revision of the
 * shipped final draft (one chapter inserted early, one article moved into it).
 */
import {writeDraft, type ArticleDescription, type ParagraphDescription} from '../../src/fmt/index.js'
import {parseDraft} from '../../src/parse/index.js'
import type {Draft} from '../../src/model/types.js'

const subjects = ['archive', 'ledger', 'registry', 'harbour', 'laboratory', 'observatory', 'academy', 'tribunal', 'granary', 'lighthouse', 'vineyard', 'orchard', 'quarry', 'foundry', 'mill', 'bridge', 'canal', 'depot', 'garrison', 'library']
const verbs = ['inspect', 'catalogue', 'restore', 'fund', 'audit', 'survey', 'protect', 'open', 'rebuild', 'staff', 'map', 'insure', 'light', 'guard', 'index', 'drain', 'paint', 'heat', 'seal', 'clean']
const qualities = ['coastal', 'northern', 'ancient', 'municipal', 'seasonal', 'regional', 'rural', 'floating', 'mountain', 'river', 'border', 'island', 'desert', 'forest', 'valley', 'harbour', 'upland', 'delta', 'lakeside', 'frontier']

/** An article body that shares no word pair with any other key's: two paragraphs about its own subject. */
export function body(key: number): ParagraphDescription[] {
  const s = subjects[key % subjects.length] ?? 'archive'
  const v = verbs[(key * 7) % verbs.length] ?? 'inspect'
  const q = qualities[(key * 3) % qualities.length] ?? 'coastal'
  const n = Math.floor(key / subjects.length)
  return [
    {text: `Each State Party shall ${v} every ${q} ${s} number ${n} at least once a year and keep the ${s} registers open to its ${q} inspectors.`},
    {text: `The ${q} ${s} wardens shall ${v} the ${s} stores of series ${n} before winter and report on the ${s} to the ${q} council.`}
  ]
}

/** One chapter: a numeral is given by position; articles are keys (their bodies are `body(key)`). */
export interface Outline {
  title: string
  articles: Array<{key: number; title?: string}>
}

/** Render chapters as a canonical draft (`writeDraft`), articles numbered 1, 2, 3 … in order (or by `numbers`). */
export function render(outline: Outline[], numbers?: Map<number, string>): string {
  let n = 0
  const chapters = outline.map((chapter, c) => ({
    numeral: c + 1,
    title: chapter.title,
    articles: chapter.articles.map((article): ArticleDescription => {
      n++
      return {number: numbers?.get(article.key) ?? n, title: article.title ?? `Care of the ${subjects[article.key % subjects.length] ?? ''} ${Math.floor(article.key / subjects.length)}`, paragraphs: body(article.key)}
    })
  }))
  return writeDraft({frontMatter: {title: 'Chapter test draft'}, chapters})
}

/** Parse Markdown into a draft. */
export function draftOf(markdown: string, path = 'draft.md'): Draft {
  return parseDraft([{path, contents: markdown}]).draft
}

/** Chapters of `sizes` articles, keys counted from `from`, titled `Part <n>` unless given. */
export function outline(sizes: number[], titles: string[] = [], from = 0): Outline[] {
  let key = from
  return sizes.map((size, c) => ({title: titles[c] ?? `Part ${c + 1}`, articles: Array.from({length: size}, () => ({key: key++}))}))
}

/**
 * The issue-18 figure: the shipped final draft with a new chapter II ("Cooperation with the private sector") of two
 * new articles (5 bis and 5 ter) inserted after chapter I, article 35 moved into it, chapters II–IX renumbered III–X.
 */
export function insertEarlyChapter(markdown: string): string {
  const romans = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X']
  const lines = markdown.split('\n')
  const start = lines.findIndex((line) => line.startsWith('## Article 35.'))
  const end = lines.findIndex((line, k) => k > start && line.startsWith('#'))
  const moved = lines.splice(start, end - start)
  const renumbered = lines.map((line) => line.replace(/^# Chapter ([IVX]+)\./, (_, numeral: string) => (numeral === 'I' ? '# Chapter I.' : `# Chapter ${romans[romans.indexOf(numeral) + 1] ?? numeral}.`)))
  const at = renumbered.findIndex((line) => line.startsWith('# Chapter III.'))
  const chapter = writeDraft({
    chapters: [
      {
        numeral: 'II',
        title: 'Cooperation with the private sector',
        articles: [
          {
            number: '5 bis',
            title: 'Dialogue with industry',
            paragraphs: [
              {text: 'Each State Party shall hold a regular dialogue with the firms that run information systems in its territory on the threats those systems face and on the ways of reporting them.'},
              {text: 'The dialogue shall be open to small firms and to associations that speak for them.'}
            ]
          },
          {
            number: '5 ter',
            title: 'Shared exercises',
            paragraphs: [{text: 'States Parties shall invite the private sector to take part in exercises that test the response of public bodies to attacks on information systems, and shall publish what those exercises teach.', unnumbered: true}]
          }
        ]
      }
    ]
  })
  const inserted = [...chapter.split('\n'), ...moved]
  renumbered.splice(at, 0, ...inserted)
  return renumbered.join('\n')
}
