// `compare --format html` in Chromium on the shipped drafts 03 → 04 → 05: height with unchanged rows folded, no
// horizontal scroll on a phone, the fold toggle and the filters, no CSP violation, and the rows shown are exactly the
// Markdown's rows (same cells, same text); printed, landscape pages each repeating the header row. Screenshots at 1440 and
// 390 px go to test-results/screenshots (gitignored), to be looked at.
import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import type {Browser, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {launchBrowser} from '../support/browser.js'
import {runIn} from '../support/cli-run.js'

const root = path.resolve(import.meta.dirname, '..', '..')
const dir = mkdtempSync(path.join(os.tmpdir(), 'draftdiff-compare-browser-'))
const screenshots = path.join(root, 'test-results', 'screenshots')
// Browser globals used inside page.evaluate (the project's tsconfig has no DOM lib).
declare const document: {documentElement: {scrollHeight: number; scrollWidth: number}; querySelectorAll(selector: string): ArrayLike<BrowserElement>}
declare function getComputedStyle(element: BrowserElement): {display: string; contentVisibility: string}
interface BrowserElement {
  checkVisibility(options: {contentVisibilityAuto: boolean}): boolean
  style: {contentVisibility: string}
  innerText: string
  getClientRects(): ArrayLike<unknown>
  getAttribute(name: string): string | null
  querySelectorAll(selector: string): ArrayLike<BrowserElement>
  cloneNode(deep: boolean): BrowserElement
  remove(): void
}

let browser: Browser
let file = ''
let markdown = ''
const problems: string[] = []

function run(args: string[]): string {
  const result = runIn(root, ...args)
  expect(result.code).toBe(0)
  return result.stdout
}

async function open(width: number): Promise<Page> {
  const page = await browser.newPage({viewport: {width, height: 1000}})
  page.on('console', (message) => problems.push(`${message.type()}: ${message.text()}`))
  page.on('pageerror', (error) => problems.push(error.message))
  await page.goto(pathToFileURL(file).href, {waitUntil: 'load'})
  return page
}

/** The page's height once every article is laid out (off-screen articles are skipped, `content-visibility: auto`, and counted at an estimate). */
function laidOutHeight(page: Page): Promise<number> {
  return page.evaluate(() => {
    for (const group of Array.from(document.querySelectorAll('tbody'))) group.style.contentVisibility = 'visible'
    return document.documentElement.scrollHeight
  })
}

beforeAll(async () => {
  file = path.join(dir, 'compare.html')
  writeFileSync(file, run(['compare', '03', '04', '05', '--format', 'html']))
  markdown = run(['compare', '03', '04', '05'])
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  rmSync(dir, {recursive: true, force: true})
})

describe('compare 03 04 05 in Chromium', () => {
  it('at 1440 px: under 10,000 px tall with unchanged rows folded; unfolded it is much taller', async () => {
    const page = await open(1440)
    mkdirSync(screenshots, {recursive: true})
    await page.screenshot({path: path.join(screenshots, 'compare-03-04-05-1440.png')})
    const folded = await laidOutHeight(page)
    expect(folded).toBeLessThan(10_000)
    expect(folded).toBeGreaterThan(3_000)
    await page.screenshot({path: path.join(screenshots, 'compare-03-04-05-1440-full.png'), fullPage: true})
    await page.click('#show-same')
    const unfolded = await laidOutHeight(page)
    expect(unfolded).toBeGreaterThan(folded * 2)
    expect(problems).toEqual([])
    await page.close()
  })

  it('at 1440 px: articles off screen are not laid out (content-visibility), so a long draft loads fast', async () => {
    const page = await open(1440)
    const groups = await page.evaluate(() =>
      Array.from(document.querySelectorAll('tbody.art'))
        .filter((group) => group.getClientRects().length > 0)
        .map((group) => [getComputedStyle(group).display, getComputedStyle(group).contentVisibility, (group.querySelectorAll('tr')[0] as BrowserElement).checkVisibility({contentVisibilityAuto: true})])
    )
    expect(groups.length).toBeGreaterThan(20)
    expect(groups.every(([display, visibility]) => display === 'block' && visibility === 'auto')).toBe(true)
    expect(groups[0]?.[2]).toBe(true)
    expect(groups.at(-1)?.[2]).toBe(false)
    await page.close()
  })

  it('printed: landscape pages, the header row repeated on each, the table laid out as a table', async () => {
    const page = await open(1440)
    await page.emulateMedia({media: 'print'})
    expect(await page.evaluate(() => [getComputedStyle(document.querySelectorAll('table')[0] as BrowserElement).display, getComputedStyle(document.querySelectorAll('thead')[0] as BrowserElement).display, getComputedStyle(document.querySelectorAll('tbody')[0] as BrowserElement).display])).toEqual(['table', 'table-header-group', 'table-row-group'])
    const pdf = path.join(dir, 'compare.pdf')
    await page.pdf({path: pdf, preferCSSPageSize: true})
    await page.close()
    const info = spawnSync('pdfinfo', [pdf], {encoding: 'utf8'}).stdout
    const [, width, height] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info) ?? []
    expect(Number(width)).toBeGreaterThan(Number(height))
    const pages = spawnSync('pdftotext', ['-layout', pdf, '-'], {encoding: 'utf8'}).stdout.split('\f').filter((text) => text.trim() !== '')
    expect(pages.length).toBeGreaterThan(3)
    for (const text of pages) expect(text).toMatch(/03-complete\s+04-revised\s+05-further-revised\s+Status/)
  })

  it('at 390 px: no horizontal scroll (cards per row)', async () => {
    const page = await open(390)
    await page.screenshot({path: path.join(screenshots, 'compare-03-04-05-390.png')})
    // Cards: the rows are blocks, not table rows; every article laid out before measuring the width.
    expect(await page.evaluate(() => getComputedStyle(document.querySelectorAll('tr.u:not(.same)')[0] as BrowserElement).display)).toBe('block')
    await laidOutHeight(page)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await page.click('#show-same')
    await laidOutHeight(page)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await page.screenshot({path: path.join(screenshots, 'compare-03-04-05-390-unfolded.png')})
    expect(problems).toEqual([])
    await page.close()
  })

  it('filters: status and "changed since" leave only matching paragraph rows, and hide articles left empty', async () => {
    const page = await open(1440)
    const shown = () =>
      page.evaluate(() =>
        Array.from(document.querySelectorAll('tr.u'))
          .filter((row) => row.getClientRects().length > 0)
          .map((row) => [row.getAttribute('data-status'), row.getAttribute('data-changed')])
      )
    const all = await shown()
    expect(all.length).toBeGreaterThan(100)
    for (const kind of ['pending', 'open', 'deleted']) await page.uncheck(`input[name="status"][value="${kind}"]`)
    const agreed = await shown()
    expect(agreed.length).toBeGreaterThan(0)
    expect(agreed.length).toBeLessThan(all.length)
    expect(agreed.every(([status]) => status === 'agreed')).toBe(true)
    for (const kind of ['pending', 'open', 'deleted']) await page.check(`input[name="status"][value="${kind}"]`)
    await page.selectOption('#since', '1')
    const late = await shown()
    expect(late.length).toBeGreaterThan(0)
    expect(late.length).toBeLessThan(all.length)
    expect(late.every(([, changed]) => (changed ?? '').split(' ').includes('2'))).toBe(true)
    const emptyArticles = await page.evaluate(
      () => Array.from(document.querySelectorAll('tbody.art')).filter((group) => group.getClientRects().length > 0 && Array.from(group.querySelectorAll('tr.u')).every((row) => row.getClientRects().length === 0)).length
    )
    expect(emptyArticles).toBe(0)
    expect(problems).toEqual([])
    await page.close()
  })

  it('the paragraph rows shown are the Markdown rows, cell by cell', async () => {
    const page = await open(1440)
    const html = await page.evaluate(() =>
      Array.from(document.querySelectorAll('tr.u'))
        .filter((row) => row.getClientRects().length > 0)
        .map((row) =>
          Array.from(row.querySelectorAll('td')).map((cell) => {
            const copy = cell.cloneNode(true)
            for (const hidden of Array.from(copy.querySelectorAll('.vh, .ctx, .fn'))) hidden.remove()
            return copy.innerText
          })
        )
    )
    const md = markdown
      .split('\n')
            // Paragraph rows: not the header, the delimiter, or an article row (the only rows with bold text).
      .filter((line) => line.startsWith('| ') && !line.includes('**') && !line.startsWith('| 03-complete') && !line.startsWith('| -'))
      .map((line) =>
        line
          .slice(2, -2)
          .split(/(?<!\\) \| /)
          .map((cell) =>
            cell
              .replace(/<br><sup>\d+<\/sup> .*$/, '')
              .replace(/<br>/g, ' ')
              .replace(/<(del|ins)>`([^`]*)`<\/\1>/g, '$2')
              .replace(/<\/?(ins|del|sup)>/g, '')
              .replace(/\*([^*]+)\*/g, '$1')
              .replace(/\\(.)/g, '$1')
          )
      )
    const norm = (rows: string[][]) => rows.map((cells) => cells.map((c) => c.replace(/\s+/g, ' ').replace(/\u200B/g, '').trim()))
    expect(html.length).toBe(md.length)
    expect(norm(html)).toEqual(norm(md))
    await page.close()
  })
})
