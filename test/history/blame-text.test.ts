import {describe, expect, it} from 'vitest'
import type {Blame, BlameLine, HistoryCommit} from '../../src/history/types.js'
import {renderBlameText} from '../../src/report/history-text.js'

const commit = (short: string, subject: string, proposedBy: string[] = []): HistoryCommit => ({sha: short.padEnd(40, '0'), short, author: 'Secretariat', date: '2024-01-02T11:00:00+00:00', subject, proposedBy, merge: false})
const line = (unit: string, marker: string, text: string, c: HistoryCommit, level = 0): BlameLine => ({unit: `art-3/${unit}`, marker, level, text, commit: c, session: null})

describe('renderBlameText', () => {
  it('shows each commit’s subject once, cut short, on the first paragraph it is credited with', () => {
    const long = commit('aaaaaaa', 'Third session: split illegal access into two articles and renumber every later article', ['Delegation A'])
    const other = commit('bbbbbbb', 'First session')
    const blame: Blame = {
      schemaVersion: 1,
      query: '3',
      at: 'main:drafts/03',
      article: {number: '3', id: 'art-3', title: 'Illegal access', chapter: 'I', chapterTitle: null, division: null, status: [], openBrackets: 0, words: 30},
      scanned: 4,
      lines: [line('para-1', '1.', 'Each State Party shall act.', long), line('para-2', '2.', 'It may limit the offence.', other), line('para-3', '3.', 'It shall report.', long)]
    }
    expect(renderBlameText(blame)).toBe(
      [
        'Blame of Art. 3, Illegal access',
        'at main:drafts/03; 4 commits walked',
        '',
        'paragraph 1  aaaaaaa  2024-01-02  Secretariat  Each State Party shall act.  — Third session: split illegal access into two… [Proposed-by: Delegation A]',
        'paragraph 2  bbbbbbb  2024-01-02  Secretariat  It may limit the offence.  — First session',
        'paragraph 3  aaaaaaa  2024-01-02  Secretariat  It shall report.',
        ''
      ].join('\n')
    )
  })

  it('cites each unit as every report does, subparagraphs, closing words and unnumbered paragraphs included', () => {
    const c = commit('ccccccc', 'Second session')
    const blame: Blame = {
      schemaVersion: 1,
      query: '3',
      at: 'main:drafts/03',
      article: {number: '3', id: 'art-3', title: null, chapter: null, chapterTitle: null, division: null, status: [], openBrackets: 0, words: 12},
      scanned: 1,
      lines: [
        line('p-1', '', 'Each State Party shall:', c),
        line('p-1/sub-a', '(a)', 'act;', c, 1),
        line('p-1/sub-a/sub-ii', '(ii)', 'report;', c, 2),
        line('p-1/closing', '', 'as it decides.', c, 1),
        line('para-2/sub-b', '(b)', 'and more.', c, 1)
      ]
    }
    expect(renderBlameText(blame).split('\n').slice(3, -1).map((l) => l.slice(0, l.indexOf('  ccccccc')).trimEnd())).toEqual([
      'unnumbered paragraph',
      'subparagraph (a)',
      'subparagraph (a) (ii)',
      'closing words',
      'paragraph 2 (b)'
    ])
  })
})
