import {describe, expect, it} from 'vitest'
import type {Blame, BlameLine, HistoryCommit} from '../src/history/types.js'
import {renderBlameText} from '../src/report/history-text.js'

const commit = (short: string, subject: string, proposedBy: string[] = []): HistoryCommit => ({sha: short.padEnd(40, '0'), short, author: 'Secretariat', date: '2024-01-02T11:00:00+00:00', subject, proposedBy, merge: false})
const line = (marker: string, text: string, c: HistoryCommit): BlameLine => ({unit: `art-3/para-${marker}`, marker, level: 0, text, commit: c, session: null})

describe('renderBlameText', () => {
  it('shows each commit’s subject once, cut short, on the first paragraph it is credited with', () => {
    const long = commit('aaaaaaa', 'Third session: split illegal access into two articles and renumber every later article', ['Delegation A'])
    const other = commit('bbbbbbb', 'First session')
    const blame: Blame = {
      schemaVersion: 1,
      query: '3',
      at: 'main:drafts/03',
      article: {number: '3', id: 'art-3', title: 'Illegal access', chapter: 'I', chapterTitle: null, status: [], openBrackets: 0, words: 30},
      scanned: 4,
      lines: [line('1.', 'Each State Party shall act.', long), line('2.', 'It may limit the offence.', other), line('3.', 'It shall report.', long)]
    }
    expect(renderBlameText(blame)).toBe(
      [
        'Blame of Art. 3, Illegal access',
        'at main:drafts/03; 4 commits walked',
        '',
        '1.  aaaaaaa  2024-01-02  Secretariat  Each State Party shall act.  — Third session: split illegal access into two… [Proposed-by: Delegation A]',
        '2.  bbbbbbb  2024-01-02  Secretariat  It may limit the offence.  — First session',
        '3.  aaaaaaa  2024-01-02  Secretariat  It shall report.',
        ''
      ].join('\n')
    )
  })
})
