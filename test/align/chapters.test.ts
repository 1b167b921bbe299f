// Chapter identity across versions (issue 18): hand-written pairs for each chapter operation, and the issue's figure.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {alignGroups} from '../../src/align/chapters.js'
import {cellNote, compareTable} from '../../src/compare/table.js'
import {compareDrafts, versionInfo} from '../../src/diff/compare.js'
import type {DraftDiff} from '../../src/model/diff.js'
import type {Division, Draft} from '../../src/model/types.js'
import {traceChapterLineage} from '../../src/diff/chapter-lineage.js'
import {historyOverSessions} from '../../src/history/run.js'
import {chapterSummary} from '../../src/report/chapters.js'
import {progressFromVersions} from '../../src/report/html-chart.js'
import {renderHtml} from '../../src/report/html.js'
import {renderMarkdown} from '../../src/report/markdown.js'
import {chapterTable} from '../../src/report/summary.js'
import {renderText} from '../../src/report/text.js'
import type {Session} from '../../src/versions/sessions.js'
import {draftOf, insertEarlyChapter, outline, render, type Outline} from '../support/chapter-drafts.js'

const diffOf = (before: Outline[], after: Outline[]): DraftDiff => compareDrafts({label: 'a', draft: draftOf(render(before))}, {label: 'b', draft: draftOf(render(after))})
const chapters = (diff: DraftDiff) => diff.chapters.map((c) => `${c.relation} ${c.old.join('+') || '—'} → ${c.new.join('+') || '—'}${c.titleChanged ? ' (title)' : ''}`)
const moved = (diff: DraftDiff) => diff.articles.filter((a) => a.moved).map((a) => `${a.old.join('+')} → ${a.new.join('+')}`)
const base = () => outline([3, 3, 3], ['General matters', 'Stores and registers', 'Final matters'])

describe('the issue-18 figure: the final draft with one chapter inserted early', () => {
  const text = readFileSync(path.resolve(import.meta.dirname, '..', '..', 'drafts', '07-final', 'draft.md'), 'utf8')
  const diff = compareDrafts({label: '07-final', draft: draftOf(text)}, {label: 'revised', draft: draftOf(insertEarlyChapter(text))})

  it('used to flag 63 of 70 articles moved (numerals); now only the article that left its chapter', () => {
    const numeralChanged = diff.articles.filter((a) => a.oldArticles[0] && a.newArticles[0] && a.oldArticles[0].chapter !== a.newArticles[0].chapter)
    expect([diff.articles.length, numeralChanged.length]).toEqual([70, 63])
    expect(moved(diff)).toEqual(['35 → 35'])
  })

  it('aligns the chapters: chapter II new, II–IX renumbered III–X', () => {
    expect(chapters(diff)).toEqual(['matched I → I', 'added — → II', ...['II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'].map((n, k) => `matched ${n} → ${['III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'][k]}`)])
    expect(chapterSummary(diff)).toBe('Chapter II (new): Cooperation with the private sector; chapters II–IX renumbered III–X')
  })

  it('compare follows the same lineage: only the article that left its chapter is noted as moved', () => {
    const table = compareTable([{label: '07-final', draft: draftOf(text)}, {label: 'revised', draft: draftOf(insertEarlyChapter(text))}])
    const notes = table.rows.flatMap((row) => row.cells.map(cellNote).filter((note): note is string => note !== null && note.startsWith('moved')).map((note) => `${row.number}: ${note}`))
    expect(notes).toEqual([`35: moved from chapter ${diff.articles.find((a) => a.moved)?.oldArticles[0]?.chapter}`])
  })
})

describe('each chapter operation, by hand', () => {
  it('insert early: numerals shift, nothing moves', () => {
    const before = base()
    const after = [before[0], {title: 'Harbour matters', articles: [{key: 100}, {key: 101}]}, ...before.slice(1)] as Outline[]
    const diff = diffOf(before, after)
    expect(chapters(diff)).toEqual(['matched I → I', 'added — → II', 'matched II → III', 'matched III → IV'])
    expect(moved(diff)).toEqual([])
    expect(chapterSummary(diff)).toBe('Chapter II (new): Harbour matters; chapters II–III renumbered III–IV')
  })

  it('delete: the chapter and its articles go, the rest renumbered', () => {
    const before = base()
    const diff = diffOf(before, [before[0], before[2]] as Outline[])
    expect(chapters(diff)).toEqual(['matched I → I', 'deleted II → —', 'matched III → II'])
    expect(moved(diff)).toEqual([])
    expect(chapterSummary(diff)).toBe('Chapter II (deleted): Stores and registers; chapter III renumbered II')
  })

  it('merge: two chapters become one, their articles not moved', () => {
    const [first, second, third] = base() as [Outline, Outline, Outline]
    const diff = diffOf([first, second, third], [first, {title: second.title, articles: [...second.articles, ...third.articles]}])
    expect(chapters(diff)).toEqual(['matched I → I', 'merged II+III → II'])
    expect(moved(diff)).toEqual([])
    expect(chapterSummary(diff)).toBe('Chapters II and III merged into II')
  })

  it('split: one chapter becomes two, the later ones renumbered', () => {
    const before = outline([3, 4, 3], ['General matters', 'Stores and registers', 'Final matters'])
    const [first, second, third] = before as [Outline, Outline, Outline]
    const after = [first, {title: second.title, articles: second.articles.slice(0, 2)}, {title: 'Registers', articles: second.articles.slice(2)}, third]
    const diff = diffOf(before, after)
    expect(chapters(diff)).toEqual(['matched I → I', 'split II → II+III', 'matched III → IV'])
    expect(moved(diff)).toEqual([])
    expect(chapterSummary(diff)).toBe('Chapter II split into II and III; chapter III renumbered IV')
  })

  it('reorder: two chapters swap, their articles renumbered but not moved', () => {
    const [first, second, third] = base() as [Outline, Outline, Outline]
    const diff = diffOf([first, second, third], [first, third, second])
    expect(chapters(diff)).toEqual(['matched I → I', 'matched III → II', 'matched II → III'])
    expect(moved(diff)).toEqual([])
    expect(chapterSummary(diff)).toBe('chapter III renumbered II; chapter II renumbered III')
  })

  it('rename: the same chapter under a new title', () => {
    const [first, second, third] = base() as [Outline, Outline, Outline]
    const diff = diffOf([first, second, third], [first, {...second, title: 'Registers and stores'}, third])
    expect(chapters(diff)).toEqual(['matched I → I', 'matched II → II (title)', 'matched III → III'])
    expect(moved(diff)).toEqual([])
    expect(chapterSummary(diff)).toBe('Chapter II renamed: Registers and stores (was "Stores and registers")')
  })

  it('an article leaving a chapter that is itself renumbered is moved; its neighbours are not', () => {
    const before = outline([3, 3, 3, 3], ['General matters', 'Stores and registers', 'Harbours', 'Final matters'])
    const [first, second, third, fourth] = before as [Outline, Outline, Outline, Outline]
    const leaving = second.articles[1] as {key: number}
    const after = [first, {title: 'Bridges', articles: [{key: 100}]}, {title: second.title, articles: second.articles.filter((a) => a !== leaving)}, {title: third.title, articles: [...third.articles, leaving]}, fourth]
    const diff = diffOf(before, after)
    expect(chapters(diff)).toEqual(['matched I → I', 'added — → II', 'matched II → III', 'matched III → IV', 'matched IV → V'])
    expect(moved(diff)).toEqual(['5 → 10'])
    const article = diff.articles.find((a) => a.moved)
    expect([article?.oldArticles[0]?.chapter, article?.newArticles[0]?.chapter]).toEqual(['II', 'IV'])
  })

  it('a chapter that lost all its articles keeps its identity by title', () => {
    const [first, second, third] = base() as [Outline, Outline, Outline]
    const diff = diffOf([first, second, third], [first, {title: second.title, articles: [{key: 100}]}, third])
    expect(chapters(diff)).toEqual(['matched I → I', 'matched II → II', 'matched III → III'])
  })

  it('a chapter emptied but still there under its title is not merged into the one that took its article', () => {
    const [first, second] = outline([1, 2], ['General matters', 'Stores and registers']) as [Outline, Outline]
    const diff = diffOf([first, second], [{title: first.title, articles: []}, {title: second.title, articles: [...first.articles, ...second.articles]}])
    expect(chapters(diff)).toEqual(['matched I → I', 'matched II → II'])
    expect(moved(diff)).toEqual(['1 → 1'])
  })

  it('the same drafts: every chapter matched, no summary line', () => {
    const diff = diffOf(base(), base())
    expect(chapters(diff)).toEqual(['matched I → I', 'matched II → II', 'matched III → III'])
    expect(chapterSummary(diff)).toBeNull()
  })
})

describe('sections inside chapters', () => {
  /** Sections of chapter I, each `[number, article indices]`, set on a parsed draft (the parser may not fill them yet). */
  const withSections = (draft: Draft, sections: Array<[string, number[]]>): Draft => ({
    ...draft,
    divisions: sections.map(([number, indices]): Division => {
      const chapter = draft.chapters[0]
      return {id: `ch-I/sec-${number}`, kind: 'section', number, title: `Section on ${number}`, chapter: 'I', parent: null, range: chapter?.range ?? (draft.articles[0]?.range as Division['range']), articles: indices.map((k) => draft.articles[k]?.id ?? '')}
    }),
    articles: draft.articles.map((article, k) => ({...article, division: sections.find(([, indices]) => indices.includes(k)) ? `ch-I/sec-${sections.find(([, indices]) => indices.includes(k))?.[0]}` : null}))
  })

  it('an inserted section renumbers the others and moves nothing; an article changing section is moved', () => {
    const old = outline([6])
    const before = withSections(draftOf(render(old)), [['1', [0, 1, 2]], ['2', [3, 4, 5]]])
    const afterOutline = [{title: old[0]?.title ?? '', articles: [{key: 100}, ...(old[0]?.articles ?? [])]}]
    // New section 1 holds the new article; sections 1 and 2 become 2 and 3, and the old article 3 (now 4) goes to section 3.
    const after = withSections(draftOf(render(afterOutline)), [['1', [0]], ['2', [1, 2]], ['3', [3, 4, 5, 6]]])
    const diff = compareDrafts({label: 'a', draft: before}, {label: 'b', draft: after})
    expect(diff.divisions.map((d) => `${d.kind} ${d.relation} ${d.old.join('+') || '—'} → ${d.new.join('+') || '—'}`)).toEqual(['section added — → 1', 'section matched 1 → 2', 'section matched 2 → 3'])
    expect(moved(diff)).toEqual(['3 → 4'])
  })
})

describe('chapter lineage in reports, history and across versions', () => {
  const text = readFileSync(path.resolve(import.meta.dirname, '..', '..', 'drafts', '07-final', 'draft.md'), 'utf8')
  const before = draftOf(text)
  const after = draftOf(insertEarlyChapter(text))
  const diff = compareDrafts({label: '07-final', draft: before}, {label: 'revised', draft: after})
  const line = 'Chapter II (new): Cooperation with the private sector; chapters II–IX renumbered III–X'

  it('states the chapter summary line in text, Markdown and HTML, and "moved" only for article 35', () => {
    const outputs = [renderText(diff), renderText(diff, {summaryOnly: true}), renderMarkdown(diff), renderHtml(diff)]
    expect(renderText(diff).split('\n')).toContain(`chapters: ${line}`)
    expect(renderMarkdown(diff)).toContain(`Chapters: ${line}.`)
    expect(renderHtml(diff)).toContain(`<p class="chapters-line">Chapters: ${line}.</p>`)
    // Every "moved" note names article 35's old chapter IV: no other article is said to have moved.
    for (const output of outputs) expect([...new Set(output.match(/moved from chapter [IVX]+/g))]).toEqual(['moved from chapter IV'])
    expect(renderText(diff)).toContain('Art. 35, Cooperation between national authorities and service providers (moved from chapter IV to II)')
  })

  it('counts a deleted article in the row of its chapter lineage, not of its old numeral', () => {
    const base = outline([3, 3, 3], ['General matters', 'Stores and registers', 'Final matters'])
    const [first, second, third] = base as [Outline, Outline, Outline]
    // Chapter I deleted: the old chapter II (now I) loses its first article.
    const changed = compareDrafts({label: 'a', draft: draftOf(render(base))}, {label: 'b', draft: draftOf(render([{title: second.title, articles: second.articles.slice(1)}, third]))})
    expect(first.articles.length).toBe(3)
    expect(chapterTable(changed).map((r) => [r.chapter, r.articles, r.deleted])).toEqual([['I', 2, 1], ['II', 3, 0], ['I (deleted)', 0, 3]])
  })

  it('gives every chapter one lineage key across versions; the chart follows it', () => {
    // An open bracket in article 7 (chapter II, then III) so that the chart has a segment to draw.
    const bracketed = (markdown: string) => markdown.replace('## Article 7. Unauthorized interception of data\n\n1. ', '## Article 7. Unauthorized interception of data\n\n1. [Where necessary,] ')
    const [v1, v2] = [draftOf(bracketed(text)), draftOf(bracketed(insertEarlyChapter(text)))]
    const versions = [{label: 'v1', draft: v1}, {label: 'v2', draft: v2}, {label: 'v3', draft: v2}]
    const keys = traceChapterLineage(versions)
    expect(keys[0]).toEqual(v1.chapters.map((c) => `v1:${c.id}`))
    expect(keys[1]).toEqual(['v1:ch-I', 'v2:ch-II', ...v1.chapters.slice(1).map((c) => `v1:${c.id}`)])
    expect(keys[2]).toEqual(keys[1])
    const progress = progressFromVersions(versions.map(versionInfo), keys)
    const html = renderHtml(diff, {progress})
    // One series per chapter lineage: chapter II of v1 (Criminalization) is chapter III of v2 and v3, in the same colour.
    const colour = (title: string) => new RegExp(`<rect class="seg (c\\d+)"[^>]*><title>${title}:`).exec(html)?.[1]
    expect(colour('v1, chapter II')).toBeDefined()
    expect([colour('v2, chapter III'), colour('v3, chapter III')]).toEqual([colour('v1, chapter II'), colour('v1, chapter II')])
    expect(html).toContain('<th class="n" scope="col">Ch. III</th>')
  })

  it('history follows the same lineage: article 36, under a renumbered chapter, is not moved', async () => {
    const session = (id: string, draft: Draft) => ({id, path: `drafts/${id}`, ordinal: null, draft}) as unknown as Session
    const history = await historyOverSessions([session('07-final', before), session('revised', after)], '36', {from: '07-final', drafts: 'drafts'})
    const last = history.entries.at(-1)
    expect([last?.article?.chapter, last?.moved]).toEqual(['VI', false])
    const moved35 = await historyOverSessions([session('07-final', before), session('revised', after)], '35', {from: '07-final', drafts: 'drafts'})
    expect(moved35.entries.at(-1)?.moved).toBe(true)
  })
})

describe('alignGroups on many chapters', () => {
  it('stays fast and complete with 20,000 chapters a side, half deleted and half added', () => {
    const n = 20_000
    const group = (prefix: string, k: number) => ({id: `ch-${prefix}${k}`, number: `${k + 1}`, title: `${prefix} ${k}`, articles: [k]})
    const before = Array.from({length: n}, (_, k) => group('old', k))
    const after = Array.from({length: n}, (_, k) => group('new', k))
    // Even articles kept in place, odd ones deleted and replaced.
    const links = Array.from({length: n}, (_, k) => (k % 2 === 0 ? [{relation: 'matched' as const, old: [k], new: [k], matchedBy: null, similarity: null}] : [{relation: 'deleted' as const, old: [k], new: [], matchedBy: null, similarity: null}, {relation: 'added' as const, old: [], new: [k], matchedBy: null, similarity: null}])).flat()
    const started = performance.now()
    const result = alignGroups(before, after, links)
    expect(performance.now() - started).toBeLessThan(5000)
    expect(result.length).toBe(n + n / 2)
    // A deleted chapter comes right after the entry holding its old predecessor.
    expect(result.slice(0, 4).map((l) => `${l.relation} ${l.old.join()}>${l.new.join()}`)).toEqual(['matched 0>0', 'deleted 1>', 'added >1', 'matched 2>2'])
  })
})

describe('sections and titles in the reports', () => {
  const article = (n: number, text: string) => `## Article ${n}. Heading ${n}\n\n1. ${text}\n`
  const texts = ['Each State Party shall keep a register of seized devices.', 'Each State Party shall publish its procedures for sealing evidence.', 'Each State Party shall name an authority to hold records of custody.', 'States Parties shall review the register at regular intervals.']
  const draft = (sections: number[][]) => `# Chapter II. Procedural measures\n\n${sections.map((list, s) => `# Section ${s + 1}. Part ${s + 1}\n\n${list.map((k) => article(k + 1, texts[k] ?? '')).join('\n')}`).join('\n')}`
  const diff = compareDrafts({label: 'a', draft: draftOf(draft([[0, 1], [2, 3]]))}, {label: 'b', draft: draftOf(draft([[0], [1, 2, 3]]))})

  it('an article side names its section in JSON; a move between sections of one chapter names both sections', () => {
    expect(diff.articles.map((a) => [a.new.join('+'), a.newArticles[0]?.division, a.moved])).toEqual([['1', 'Section 1', false], ['2', 'Section 2', true], ['3', 'Section 2', false], ['4', 'Section 2', false]])
    const text = renderText(diff, {color: false})
    expect(text).toContain('moved from chapter II, section 1 to section 2')
    expect(renderMarkdown(diff)).toContain('Art. 2, Heading 2 (moved from chapter II, section 1)')
    expect(renderHtml(diff)).toContain('Chapter II, Section 2')
  })
})
