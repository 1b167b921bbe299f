// The HTML of `brackets` (the open list, `--history`, `--summary`) in a real headless Chromium: it loads under its
// Content-Security-Policy with no console message, page error or request; its tables have the rows the JSON gives;
// the chart of `--summary` is drawn; and at 390 px wide nothing scrolls sideways. Screenshots: test-results/screenshots.
import {spawnSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import type {Browser, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {launchBrowser} from '../support/browser.js'

// Browser globals used inside page.evaluate (the project's tsconfig has no DOM lib).
declare const document: {documentElement: {scrollWidth: number; clientWidth: number}}

const root = path.resolve(import.meta.dirname, '..', '..')
const bin = path.join(root, 'bin', 'draftdiff.js')
const screenshots = path.join(root, 'test-results', 'screenshots')
const dir = mkdtempSync(path.join(os.tmpdir(), 'draftdiff-brackets-browser-'))
let browser: Browser

function run(...args: string[]): string {
  const result = spawnSync(process.execPath, [bin, 'brackets', ...args], {cwd: root, encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024})
  expect([result.status, result.stderr]).toEqual([0, ''])
  return result.stdout
}

interface Opened {
  page: Page
  problems: string[]
  requests: string[]
}

/** Write the page to a file and open it at `width`; collects console messages, page errors and requests. */
async function open(html: string, name: string, width: number): Promise<Opened> {
  const file = path.join(dir, `${name}.html`)
  writeFileSync(file, html)
  const page = await browser.newPage({viewport: {width, height: 900}})
  const opened: Opened = {page, problems: [], requests: []}
  page.on('console', (message) => opened.problems.push(`console ${message.type()}: ${message.text()}`))
  page.on('pageerror', (error) => opened.problems.push(`page error: ${error.message}`))
  page.on('request', (request) => opened.requests.push(request.url()))
  const url = pathToFileURL(file).href
  await page.goto(url, {waitUntil: 'load'})
  expect(opened.requests).toEqual([url])
  return opened
}

/** The page's policy is the hash of its one inline stylesheet, and there is no script. */
async function expectPolicy(page: Page): Promise<void> {
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content')
  const style = await page.$eval('style', (el) => el.textContent ?? '')
  const sha = createHash('sha256').update(style, 'utf8').digest('base64')
  expect(csp).toBe(`default-src 'none'; style-src 'sha256-${sha}'; img-src data:; base-uri 'none'; form-action 'none'`)
  expect(await page.locator('script').count()).toBe(0)
  // The stylesheet applied: the table cells wrap (brackets-render.ts's extra rule), not the browser default.
  expect(await page.$eval('table.brackets td', (el) => getComputedStyle(el).whiteSpace)).toBe('normal')
}
declare function getComputedStyle(element: unknown): {whiteSpace: string}

/** Row counts of the page's tables, by the caption in their heading ("Open brackets (128)" → "Open brackets"). */
async function tableRows(page: Page): Promise<Array<[string, number]>> {
  return page.$$eval('main section', (sections) =>
    sections.map((section): [string, number] => [(section.querySelector('h2')?.textContent ?? '').replace(/ \(\d+\)$/, ''), section.querySelectorAll('tbody tr').length])
  )
}

/** Open at 1280 px (checks, screenshot), then at 390 px: no horizontal scroll. */
async function check(html: string, name: string, checks: (page: Page) => Promise<void>): Promise<void> {
  const wide = await open(html, name, 1280)
  try {
    await expectPolicy(wide.page)
    await checks(wide.page)
    await wide.page.screenshot({path: path.join(screenshots, `brackets-${name}.png`)})
    expect(wide.problems).toEqual([])
  } finally {
    await wide.page.close()
  }
  const phone = await open(html, `${name}-390`, 390)
  try {
    const {scrollWidth, clientWidth} = await phone.page.evaluate(() => ({scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth}))
    expect(scrollWidth, `${name} at 390 px`).toBeLessThanOrEqual(clientWidth)
    // Nor does any table scroll inside its box: rows are cards, each cell under its column's name.
    const wider = await phone.page.$$eval('.scroll', (boxes) => boxes.filter((box) => box.scrollWidth > box.clientWidth).length)
    expect(wider, `${name}: tables wider than the screen at 390 px`).toBe(0)
    expect(await phone.page.$eval('table.brackets thead', (el) => el.getClientRects().length)).toBe(0)
    await phone.page.screenshot({path: path.join(screenshots, `brackets-${name}-390.png`)})
    expect(phone.problems).toEqual([])
  } finally {
    await phone.page.close()
  }
}

beforeAll(async () => {
  mkdirSync(screenshots, {recursive: true})
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  rmSync(dir, {recursive: true, force: true})
})

describe('brackets --format html in Chromium', () => {
  it('the list at 04: open and closed brackets, as many rows as the JSON has tracks', async () => {
    const json = JSON.parse(run('04', '--format', 'json')) as {openBrackets: number; tracks: Array<{status: string}>}
    const open = json.tracks.filter((t) => t.status === 'open').length
    expect(open).toBe(json.openBrackets)
    await check(run('04', '--format', 'html'), 'list-04', async (page) => {
      expect(await tableRows(page)).toEqual([
        ['Open brackets', open],
        ['Closed brackets', json.tracks.length - open]
      ])
      // Each row's anchor is unique, and a changed bracket shows its redline.
      const ids = await page.$$eval('tbody tr[id]', (rows) => rows.map((row) => row.id))
      expect(new Set(ids).size).toBe(json.tracks.length)
      expect(await page.locator('tbody ins, tbody del').count()).toBeGreaterThan(0)
    })
  }, 180_000)

  it('the open list at 06 (--open): only the open brackets', async () => {
    const json = JSON.parse(run('06', '--open', '--format', 'json')) as {openBrackets: number; tracks: unknown[]}
    expect(json.tracks).toHaveLength(json.openBrackets)
    await check(run('06', '--open', '--format', 'html'), 'open-06', async (page) => {
      expect(await tableRows(page)).toEqual([['Open brackets', json.openBrackets]])
    })
  }, 180_000)

  it('--history: one table per bracket, one row per event', async () => {
    const json = JSON.parse(run('--history', 'article 12', '--format', 'json')) as {tracks: Array<{citation: string; events: unknown[]}>}
    expect(json.tracks.length).toBeGreaterThan(1)
    await check(run('--history', 'article 12', '--format', 'html'), 'history-12', async (page) => {
      expect(await tableRows(page)).toEqual(json.tracks.map((t) => [`Life of the bracket at ${t.citation}`, t.events.length]))
      expect(await page.locator('main h2[data-bracket]').count()).toBe(json.tracks.length)
    })
  }, 180_000)

  it('--summary at 04: the chapters table and the chart of open brackets per session, drawn', async () => {
    const json = JSON.parse(run('04', '--summary', '--format', 'json')) as {chapters: unknown[]; progress: {sessions: Array<{id: string}>}}
    expect(json.progress.sessions.map((s) => s.id)).toEqual(['01-first-part', '02-second-part', '03-complete', '04-revised'])
    await check(run('04', '--summary', '--format', 'html'), 'summary-04', async (page) => {
      expect((await tableRows(page)).filter(([caption]) => caption === 'Outstanding issues by chapter')).toEqual([['Outstanding issues by chapter', json.chapters.length]])
      const chart = page.locator('figure.chart svg')
      expect(await chart.count()).toBe(1)
      const box = await chart.boundingBox()
      expect(box?.width).toBeGreaterThan(200)
      expect(box?.height).toBeGreaterThan(100)
      // One stacked bar segment per session and chapter with open brackets, each with a visible height.
      const heights = await page.$$eval('figure.chart svg rect.seg', (rects) => rects.map((r) => r.getBoundingClientRect().height))
      expect(heights.length).toBeGreaterThan(json.progress.sessions.length)
      expect(heights.every((h) => h > 0)).toBe(true)
    })
  }, 180_000)
})
