import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {fitTable, terminalWidth} from '../../src/report/fit-table.js'
import {runIn} from '../support/cli-run.js'

const root = path.resolve(import.meta.dirname, '..', '..')
const rows = [
  ['#', 'session', 'title', 'symbol', 'n'],
  ['1', '01-first-part', 'A long title that cannot fit on a narrow terminal at all', 'DEMO/AC.1/1/2', '107'],
  ['2', '02-second', 'Short', '-', '3']
]

describe('fitTable', () => {
  it('keeps a table that fits as it is', () => {
    expect(fitTable([['a', 'b'], ['1', '22']], {width: 80, numeric: new Set([1])})).toBe('a   b\n1  22\n')
  })

  it('cuts the text columns with "…", then leaves out optional columns, to fit the width exactly', () => {
    const wide = fitTable(rows, {width: 60, numeric: new Set([0, 4]), shrink: [2], drop: [3]})
    expect(wide.split('\n')).toEqual(['#  session        title                   symbol           n', '1  01-first-part  A long title that can…  DEMO/AC.1/1/2  107', '2  02-second      Short                   -                3', ''])
    const narrow = fitTable(rows, {width: 40, numeric: new Set([0, 4]), shrink: [2], drop: [3]})
    expect(narrow.split('\n')).toEqual(['#  session        title                n', '1  01-first-part  A long title tha…  107', '2  02-second      Short                3', ''])
    for (const line of [...wide.split('\n'), ...narrow.split('\n')]) expect([...line].length).toBeLessThanOrEqual(60)
    expect([...(narrow.split('\n')[1] ?? '')].length).toBe(40)
  })

  it('fits 80 columns when the output is not a terminal, the terminal width when it is', () => {
    expect(terminalWidth({isTTY: false, columns: 200})).toBe(80)
    expect(terminalWidth({isTTY: true, columns: 132})).toBe(132)
    expect(terminalWidth({})).toBe(80)
  })

  it('`sessions` on the shipped drafts fits 80 columns (it was 202 characters wide) and keeps every session id whole', () => {
    const result = runIn(root, 'sessions')
    expect(result.code).toBe(0)
    const lines = result.stdout.trimEnd().split('\n')
    expect(Math.max(...lines.map((line) => [...line].length))).toBe(80)
    expect(lines[0]).toBe('#  session             title                   chapters  articles  open brackets')
    expect(lines.map((line) => line.split(/\s+/)[1])).toEqual(['session', '01-first-part', '02-second-part', '03-complete', '04-revised', '05-further-revised', '06-updated', '07-final'])
  })
})
