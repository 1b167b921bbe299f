import {toHtml} from 'hast-util-to-html'
import {describe, expect, it} from 'vitest'
import {sessionSummary} from '../../src/cli/sessions.js'
import {compareDrafts, versionInfo} from '../../src/diff/compare.js'
import {progressChart, progressFromVersions} from '../../src/report/html-chart.js'
import {chapterTable} from '../../src/report/summary.js'
import {loadSessions} from '../../src/versions/sessions.js'

const sessions = await loadSessions('drafts')
const versions = sessions.map((session) => versionInfo({label: session.id, draft: session.draft}))

describe('one figure, one definition: open brackets', () => {
  it('there are seven shipped sessions', () => {
    expect(sessions.map((s) => s.id)).toHaveLength(7)
  })

  it('the chart total of every session equals the header (counts.openBrackets) and `sessions`', () => {
    const progress = progressFromVersions(versions)
    const chart = progress.sessions.map((s) => s.chapters.reduce((sum, c) => sum + c.openBrackets, 0))
    expect(chart).toEqual(versions.map((v) => v.counts.openBrackets))
    expect(chart).toEqual(sessions.map((s) => sessionSummary(s).openBrackets))
    expect(chart).toEqual([107, 253, 220, 128, 74, 24, 0])
    // The totals printed above the bars and in the table.
    const html = toHtml(progressChart(progress))
    for (const total of chart) expect(html).toContain(`<td class="n">${total}</td></tr>`)
  })

  it.each(sessions.slice(1).map((s, k) => [sessions[k]?.id ?? '', s.id]))('%s → %s: the chapter table adds up to the header on both sides', (a, b) => {
    const find = (id: string) => sessions.find((s) => s.id === id)?.draft
    const diff = compareDrafts({label: a, draft: find(a)!}, {label: b, draft: find(b)!})
    const rows = chapterTable(diff)
    expect(rows.reduce((sum, r) => sum + r.bracketsBefore, 0)).toBe(diff.old.counts.openBrackets)
    expect(rows.reduce((sum, r) => sum + r.bracketsAfter, 0)).toBe(diff.new.counts.openBrackets)
    // Articles: every new article in one row.
    expect(rows.reduce((sum, r) => sum + r.articles, 0)).toBe(diff.new.counts.articles)
  })

  it('a preambular paragraph only renumbered is unchanged (renumbered), never editorial', () => {
    for (let k = 1; k < sessions.length; k++) {
      const diff = compareDrafts({label: 'a', draft: sessions[k - 1]!.draft}, {label: 'b', draft: sessions[k]!.draft})
      for (const unit of diff.preamble) if (unit.relation === 'matched' && unit.old?.text === unit.new?.text) expect(unit.change).toBe('none')
    }
  })
})
