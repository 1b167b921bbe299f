// `compare`'s paragraph rows on the shipped drafts 03 → 04 → 05: lineage through renumbering and splits, folding,
// footnotes, the notes file (placement by lineage, errors with line and column), and README/--help/docs agreeing.
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {applyNotes, NotesError, parseNotes, unitKey} from '../../src/compare/notes.js'
import {compareTable, type CompareTable} from '../../src/compare/table.js'
import {mergeOrder, type UnitRow} from '../../src/compare/units.js'
import {rebuild} from '../../src/diff/words.js'
import {foldable, foldContext, foldLeast, rowRuns} from '../../src/report/compare-cells.js'
import {loadSessions} from '../../src/versions/sessions.js'
import {runIn} from '../support/cli-run.js'

const root = path.resolve(import.meta.dirname, '..', '..')
const dir = mkdtempSync(path.join(os.tmpdir(), 'draftdiff-compare-rows-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

function run(args: string[]) {
  const result = runIn(root, ...args)
  expect(result.stderr).not.toMatch(/\n\s+at /)
  return result
}

let table: CompareTable
let units: UnitRow[] = []
const unit = (lineage: string) => {
  const found = units.find((u) => u.lineage === lineage)
  if (!found) throw new Error(`no paragraph row ${lineage}`)
  return found
}

beforeAll(async () => {
  const sessions = await loadSessions(path.join(root, 'drafts'))
  const pick = (id: string) => {
    const session = sessions.find((s) => s.id.startsWith(`${id}-`))
    if (!session) throw new Error(`shipped session ${id} missing`)
    return {label: session.id, draft: session.draft}
  }
  table = compareTable([pick('03'), pick('04'), pick('05')])
  units = table.rows.flatMap((r) => r.units)
})

describe('paragraph rows of compare 03 04 05', () => {
  it('every unit of every version is in exactly one paragraph cell', () => {
    table.versions.forEach((_, v) => {
      const ids = units.flatMap((u) => (u.cells[v]?.present ? [u.cells[v]?.id] : []))
      expect(new Set(ids).size).toBe(ids.length)
      expect(ids.length).toBeGreaterThan(400)
    })
    expect(table.summary).toMatchObject({rows: 73, paragraphs: units.length})
  })

  it('a renumbered paragraph in a renumbered article keeps its row: 26 (3) → 26 (2) → 27 (2)', () => {
    const row = unit('03-complete:art-26/para-3')
    expect(row.cells.map((c) => [c.id, c.marker])).toEqual([
      ['art-26/para-3', '3.'],
      ['art-26/para-2', '2.'],
      ['art-27/para-2', '2.']
    ])
    // It sits under the article row of its lineage, which 05 numbers 27.
    expect(table.rows.find((r) => r.units.includes(row))?.number).toBe('27')
  })

  it('a paragraph that a split moved to another article says so, and sits under that article', () => {
    const row = unit('03-complete:art-21/para-6')
    expect(row.cells.map((c) => c.id)).toEqual(['art-21/para-6', 'art-21/para-1', expect.stringMatching(/^art-21\//)])
    expect(row.cells[1]?.note).toBe('moved from Art. 21')
    const article = table.rows.find((r) => r.units.includes(row))
    expect(article?.lineage).toBe('04-revised:art-21')
    expect(article?.cells[1]?.link?.relation).toBe('split')
  })

  it('redlines rebuild both texts; changedIn names exactly the versions whose text differs from the previous column', () => {
    for (const row of units) {
      const changed: string[] = []
      row.cells.forEach((c, v) => {
        const before = row.cells[v - 1]
        if (before && (before.present !== c.present || before.text !== c.text)) changed.push(table.versions[v]?.label ?? '')
        if (!c.redline) return
        expect(rebuild(c.redline.pieces, 'new')).toBe(c.text)
        expect(rebuild(c.redline.pieces, 'old')).toBe(before?.text)
      })
      expect(row.changedIn).toEqual(changed)
    }
    expect(units.filter((u) => u.changedIn.length > 0).length).toBe(table.summary.changedParagraphs)
  })

  it('folding keeps every character: visible and folded runs rebuild the cell text (footnote references aside)', () => {
    for (const row of units) {
      rowRuns(row, null, true).forEach((runs, v) => {
        const cell = row.cells[v]
        if (!cell?.present || cell.footnotes.length > 0 || cell.text.includes('[^')) return
        const text = runs.map((r) => (r.type === 'footnote' || r.type === 'delete' ? '' : r.text)).join('')
        expect(text).toBe(cell.text)
      })
    }
  })

  it('footnotes: the reference becomes a number and the text is in the cell', () => {
    const cells = units.flatMap((u) => u.cells).filter((c) => c.footnotes.length > 0)
    expect(cells.length).toBeGreaterThan(0)
    for (const c of cells) for (const f of c.footnotes) expect(f.text).not.toBe('')
  })
})

describe('folding rules', () => {
  it('mergeOrder: the last order, a missing key right after its predecessor where it was', () => {
    expect(mergeOrder([['a', 'b', 'c', 'd'], ['a', 'x', 'c'], ['c', 'a', 'y']])).toEqual(['c', 'd', 'a', 'b', 'x', 'y'])
    expect(mergeOrder([['a'], []])).toEqual(['a'])
  })

  it('foldable: stretches of at least foldLeast words, none within foldContext words of a change', () => {
    const word = fc.constantFrom('State', 'Party', 'shall', 'adopt', 'measures', 'of', 'the')
    fc.assert(
      fc.property(fc.array(word, {minLength: 1, maxLength: 80}), fc.array(fc.nat(79), {maxLength: 4}), (words, at) => {
        const text = words.join(' ')
        const starts = words.map((_, i) => words.slice(0, i).join(' ').length + (i > 0 ? 1 : 0))
        const changed = at.filter((i) => i < words.length).map((i): [number, number] => [starts[i] ?? 0, (starts[i] ?? 0) + (words[i]?.length ?? 0)])
        for (const [a, b] of foldable(text, changed)) {
          const inside = starts.map((s, i) => i).filter((i) => (starts[i] ?? 0) >= a && (starts[i] ?? 0) < b)
          expect(inside.length).toBeGreaterThanOrEqual(foldLeast)
          for (const [ca] of changed) {
            const changedWord = starts.indexOf(ca)
            for (const i of inside) expect(Math.abs(i - changedWord)).toBeGreaterThan(foldContext)
          }
        }
      })
    )
  })
})

describe('--notes', () => {
  it('a note keyed to article 21, paragraph 2 of 03 lands on the row that 04 and 05 number 20 (2)', () => {
    const notes = parseNotes('version: "03"\narticles:\n  "21":\n    article: On the article.\n    "2": Keep the reference.\n  "2":\n    1(a): Prefer option 1.\n')
    const noted = applyNotes(table, notes)
    expect(noted.notes).toBe(true)
    const row = noted.rows.flatMap((r) => r.units).find((u) => u.note === 'Keep the reference.')
    expect(row?.cells.map((c) => c.id)).toEqual(['art-21/para-2', 'art-20/para-2', 'art-20/para-2'])
    expect(noted.rows.find((r) => r.note === 'On the article.')?.cells.map((c) => c.number)).toEqual(['21', '20', '20'])
    expect(noted.rows.flatMap((r) => r.units).find((u) => u.note === 'Prefer option 1.')?.cells[0]?.id).toBe('art-2/para-1/sub-a')
    expect(unitKey('art-12-bis/para-2/sub-b/sub-ii')).toBe('2 (b) (ii)')
  })

  it.each([
    ['articles: {"2": "a"\n', 'notes-syntax', 2, 1],
    ['{"articles": {"2": [1, 2]}}', 'notes-shape', 1, 20],
    ['articles:\n  "2": a\n  "2": b\n', 'notes-syntax', 3, 3],
    ['title: x\n', 'notes-shape', 1, 1],
    ['articles:\n  "99":\n    "2": x\n', 'notes-unknown-article', 3, 10],
    ['articles:\n  "2":\n    "(a)": x\n', 'notes-unknown-paragraph', 3, 12]
  ])('%j: %s at %i:%i', (text, rule, line, column) => {
    let error: unknown
    try {
      applyNotes(table, parseNotes(text))
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(NotesError)
    expect(error).toMatchObject({rule, line, column})
  })

  it('the CLI: a notes column in Markdown; bad notes exit 2 with FILE:line:column and the paragraphs the article has', () => {
    const good = path.join(dir, 'notes.json')
    writeFileSync(good, JSON.stringify({version: '03', articles: {'21': {'2': 'Keep the reference.'}}}))
    const result = run(['compare', '03', '04', '05', '--notes', good])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('| Status | Compromise / comments |')
    expect(result.stdout).toMatch(/^\| 2\. .*\| Keep the reference\. \|$/m)
    const bad = path.join(dir, 'bad.yaml')
    writeFileSync(bad, 'articles:\n  "2":\n    "(a)": x\n')
    const failed = run(['compare', '03', '04', '--notes', bad])
    expect(failed.code).toBe(2)
    expect(failed.stderr).toBe(`draftdiff: ${bad}:3:12: article 2 of 03-complete has no paragraph (a); it has 1, 1 (a), 1 (b), 1 (c), 1 (d), 1 (e), 1 (f), 1 (g), 1 (h), 1 (i), 1 (j), 1 (k), … [notes-unknown-paragraph]; see "Notes" in docs/compare.md\n`)
    const big = path.join(dir, 'big.yaml')
    writeFileSync(big, `# ${'x'.repeat(1024 * 1024)}\n`)
    expect(run(['compare', '03', '04', '--notes', big]).stderr).toContain('more than the limit of 1048576 bytes (1 MiB) [notes-file]')
  })
})

describe('README, --help and docs/compare.md list the same options', () => {
  it('compare', () => {
    const options = (text: string) => [...new Set(text.match(/--[a-z][a-z-]+/g) ?? [])].filter((o) => o !== '--help').sort()
    const help = run(['compare', '--help']).stdout
    const readme = /^draftdiff compare .*$/m.exec(readFileSync(path.join(root, 'README.md'), 'utf8'))?.[0] ?? ''
    const docs = /^draftdiff compare .*$/m.exec(readFileSync(path.join(root, 'docs', 'compare.md'), 'utf8'))?.[0] ?? ''
    expect(options(help)).toEqual(['--baseline', '--drafts', '--format', '--notes', '--out', '--repo'])
    expect(options(readme)).toEqual(options(help))
    expect(options(docs)).toEqual(options(help))
    expect(readme).toBe(docs)
    expect(help).toContain('md, html, json, docx')
  })
})
