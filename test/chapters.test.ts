// Chapter identity across versions (issue 18): hand-written pairs for each chapter operation, and the figure.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {compareDrafts} from '../src/diff/compare.js'
import type {DraftDiff} from '../src/model/diff.js'
import type {Division, Draft} from '../src/model/types.js'
import {chapterSummary} from '../src/report/chapters.js'
import {draftOf, insertEarlyChapter, outline, render, type Outline} from './support/chapter-drafts.js'

const diffOf = (before: Outline[], after: Outline[]): DraftDiff => compareDrafts({label: 'a', draft: draftOf(render(before))}, {label: 'b', draft: draftOf(render(after))})
const chapters = (diff: DraftDiff) => diff.chapters.map((c) => `${c.relation} ${c.old.join('+') || '—'} → ${c.new.join('+') || '—'}${c.titleChanged ? ' (title)' : ''}`)
const moved = (diff: DraftDiff) => diff.articles.filter((a) => a.moved).map((a) => `${a.old.join('+')} → ${a.new.join('+')}`)
const base = () => outline([3, 3, 3], ['General matters', 'Stores and registers', 'Final matters'])

describe('the issue-18 figure: the final draft with one chapter inserted early', () => {
  const text = readFileSync(path.resolve(import.meta.dirname, '..', 'drafts', '07-final', 'draft.md'), 'utf8')
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
