// The HTML report in a real headless Chromium: standalone (no requests, CSP holds), navigable by keyboard, filters and
// views work, the chart is drawn, hostile draft text stays text, and a 10× report stays responsive.
import {createHash} from 'node:crypto'
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import type {Browser, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {compareDrafts} from '../../src/diff/compare.js'
import type {ArticleChange, DraftDiff} from '../../src/model/diff.js'
import {parseDraft} from '../../src/parse/draft.js'
import {progressFromVersions, renderHtml, type Progress} from '../../src/report/index.js'
import {isChanged} from '../../src/report/summary.js'
import {detailedArticles, isMarkerOnly, isSubstantive} from '../../src/report/order.js'
import {loadSessions} from '../../src/versions/sessions.js'
import {launchBrowser} from '../support/browser.js'

// The few browser globals used inside page.evaluate callbacks (the project's tsconfig has no DOM lib); local to this module.
interface BrowserElement {
  id: string
  textContent: string | null
  focus(): void
  click(): void
  querySelector(selector: string): BrowserElement | null
}
declare const document: {
  activeElement: BrowserElement | null
  getElementById(id: string): BrowserElement | null
  querySelector(selector: string): BrowserElement | null
  querySelectorAll(selector: string): ArrayLike<BrowserElement>
}
declare function getComputedStyle(element: unknown): {outlineStyle: string; textDecorationLine: string; contentVisibility: string}
declare function requestAnimationFrame(callback: () => void): number
declare const location: {hash: string}
declare const window: {scrollY: number}

const root = path.resolve(import.meta.dirname, '..', '..')
const screenshots = path.join(root, 'test-results', 'screenshots')
const dir = mkdtempSync(path.join(os.tmpdir(), 'draftdiff-html-'))

let browser: Browser
const diffs: DraftDiff[] = []
let progress: Progress

beforeAll(async () => {
  browser = await launchBrowser()
  mkdirSync(screenshots, {recursive: true})
  const sessions = await loadSessions(path.join(root, 'drafts'))
  for (let i = 1; i < sessions.length; i++) {
    const [before, after] = [sessions[i - 1], sessions[i]]
    if (before && after) diffs.push(compareDrafts({label: before.id, draft: before.draft}, {label: after.id, draft: after.draft}))
  }
  progress = progressFromVersions([diffs[0]?.old, ...diffs.map((d) => d.new)].filter((v) => v !== undefined))
})

afterAll(async () => {
  await browser?.close()
  rmSync(dir, {recursive: true, force: true})
})

function diffOf(oldId: string): DraftDiff {
  const found = diffs.find((d) => d.old.label.startsWith(oldId))
  if (!found) throw new Error(`no diff from ${oldId}`)
  return found
}

interface Opened {
  page: Page
  url: string
  problems: string[]
  requests: string[]
  dialogs: string[]
}

/** Write the report to a file and open it; collects console errors, page errors, requests and dialogs. */
async function open(html: string, name: string, viewport = {width: 1400, height: 1000}): Promise<Opened> {
  const file = path.join(dir, `${name}.html`)
  writeFileSync(file, html)
  const url = pathToFileURL(file).href
  const page = await browser.newPage({viewport})
  const opened: Opened = {page, url, problems: [], requests: [], dialogs: []}
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') opened.problems.push(`console ${message.type()}: ${message.text()}`)
  })
  page.on('pageerror', (error) => opened.problems.push(`page error: ${error.message}`))
  page.on('request', (request) => opened.requests.push(request.url()))
  page.on('dialog', (dialog) => {
    opened.dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  await page.goto(url, {waitUntil: 'load'})
  return opened
}

/** The section id the report gives an article. */
function idOf(article: ArticleChange): string {
  return article.new[0] === undefined ? `old-art-${article.old[0]?.replace(/ /g, '-')}` : `art-${article.new[0].replace(/ /g, '-')}`
}

const visibleIds = (page: Page, selector: string) => page.$$eval(selector, (elements) => elements.filter((el) => el.getClientRects().length > 0).map((el) => el.id))

describe('renderHtml in Chromium', () => {
  it('03 → 04: standalone, CSP-clean, every article in the contents, chart with a table', async () => {
    const diff = diffOf('03')
    const html = renderHtml(diff, {progress})
    const {page, url, problems, requests, dialogs} = await open(html, '03-04')
    try {
      // The script ran under the policy: it reveals the controls.
      await expect(page.locator('#controls').isVisible()).resolves.toBe(true)
      const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content')
      const [style, script] = await Promise.all([page.$eval('style', (el) => el.textContent ?? ''), page.$eval('script', (el) => el.textContent ?? '')])
      const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64')
      expect(csp).toBe(`default-src 'none'; style-src 'sha256-${sha(style)}'; script-src 'sha256-${sha(script)}'; img-src data:; base-uri 'none'; form-action 'none'`)
      expect(html).not.toMatch(/<link|<img|<iframe|\ssrc=/i)
      const attributes = await page.$$eval('*', (elements) => elements.flatMap((el) => [...el.attributes].map((a) => `${a.name}=${a.value}`)))
      expect(attributes.filter((a) => /^(on|style=)/.test(a) || /(https?|javascript):/.test(a))).toEqual([])

      const sections = await page.locator('section.change').count()
      const compact = await page.locator('.compact li').count()
      const markerOnly = await page.locator('.marker-only li').count()
      const toc = await page.locator('nav.toc li').count()
      expect(toc).toBe(sections + compact + markerOnly)
      expect(markerOnly).toBe(diff.articles.filter(isMarkerOnly).length)
      expect(sections).toBe(detailedArticles(diff.articles).length + 1) // and the preamble
      expect(compact).toBe(diff.articles.filter((a) => !isChanged(a)).length)
      // Every contents link resolves to an element of the page.
      const missing = await page.$$eval('nav.toc a', (links) => links.map((a) => a.getAttribute('href') ?? '').filter((href) => !document.getElementById(href.slice(1))))
      expect(missing).toEqual([])
      expect(await page.locator('#art-24-bis').count()).toBe(1) // the second piece of the split of 24
      // The anchor of a split's second article leads to its heading, with its title (it was an empty span).
      for (const [anchor, heading] of [
        ['#art-21', 'Article 21. Coordination among States Parties'],
        ['#art-24-bis', 'Article 24 bis. Expedited preservation and partial disclosure of traffic data']
      ]) {
        // Follow the link as a reader would; sections render when near the viewport (content-visibility), so wait two frames.
        await page.evaluate((hash) => (location.hash = hash), anchor ?? '')
        await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))))
        const target = page.locator(anchor ?? '')
        expect(await target.isVisible()).toBe(true)
        await expect(target.innerText()).resolves.toBe(heading)
      }

      // Summary, tables, plain-language list.
      await expect(page.locator('#summary').innerText()).resolves.toContain('220 → 128')
      // One row per chapter and one for the preamble's brackets (16 → 10), so the column adds up to the header's 220 → 128.
      expect(await page.locator('#chapters tbody tr').count()).toBe(diff.new.chapters.length + 1)
      await expect(page.locator('#chapters tbody tr').first().innerText()).resolves.toMatch(/^Preamble\b[\s\S]*16 → 10/)
      expect(await page.locator('#concordance tbody tr').count()).toBe(diff.articles.filter((a) => a.relation !== 'matched' || a.renumbered).length)
      // Every figure and relation cell holds its text (03 → 04 once had all 54 of the chapter table's cells empty).
      const cells = await page.$$eval('#chapters td.n, #concordance td, #concordance th[scope="row"], #markers td, #markers th[scope="row"]', (list) => list.map((cell) => cell.textContent?.trim() ?? ''))
      expect(cells.length).toBeGreaterThan(100)
      expect(cells.filter((text) => text === '')).toEqual([])
      expect(html).not.toMatch(/<t[dh][^>]* type="text"/)
      expect(await page.locator('#plain li').count()).toBe(sections)
      await expect(page.locator('#plain').innerText()).resolves.toContain('Art. 21 → 20 + 21, Jurisdiction: split into 20 ("Jurisdiction") and 21 ("Coordination among States Parties")')

      // Redlines: <del>/<ins> with hidden words for screen readers, strike-through and underline.
      const del = page.locator('#art-1 .inline del').first()
      await expect(del.locator('.vh').first().textContent()).resolves.toBe('deleted: ')
      await expect(del.evaluate((el) => getComputedStyle(el).textDecorationLine)).resolves.toBe('line-through')
      await expect(page.locator('#art-1 .inline ins').first().evaluate((el) => getComputedStyle(el).textDecorationLine)).resolves.toBe('underline')
      await expect(page.locator('section.change').first().evaluate((el) => getComputedStyle(el).contentVisibility)).resolves.toBe('auto')

      // The chart: SVG with a title, one bar segment per non-empty chapter and session, and the table fallback.
      const chart = page.locator('#progress svg[role="img"]')
      expect(await chart.count()).toBe(1)
      await expect(chart.locator('title').first().textContent()).resolves.toBe('Open brackets per chapter across sessions')
      const segments = progress.sessions.reduce((n, s) => n + s.chapters.filter((c) => c.openBrackets > 0).length, 0)
      expect(await chart.locator('rect.seg').count()).toBe(segments)
      expect(await page.locator('#progress tbody tr').count()).toBe(progress.sessions.length)

      await page.screenshot({path: path.join(screenshots, 'html-03-04-top.png')})
      await page.locator('#progress').scrollIntoViewIfNeeded()
      await page.screenshot({path: path.join(screenshots, 'html-03-04-chart.png')})
      expect(problems).toEqual([])
      expect(dialogs).toEqual([])
      expect(requests).toEqual([url])
    } finally {
      await page.close()
    }
  })

  it('filters hide the sections and contents entries that do not match', async () => {
    const diff = diffOf('03')
    const {page, problems} = await open(renderHtml(diff), '03-04-filters')
    try {
      const all = await visibleIds(page, 'section.change')
      const added = diff.articles.filter((a) => a.relation === 'added').map(idOf)
      const deleted = diff.articles.filter((a) => a.relation === 'deleted').map(idOf)
      expect(added.length).toBeGreaterThan(0)
      await page.getByRole('checkbox', {name: /^Added/}).check()
      expect(await visibleIds(page, 'section.change')).toEqual(added)
      expect(await page.locator('nav.toc li:visible').count()).toBe(added.length)
      await page.getByRole('checkbox', {name: /^Deleted/}).check()
      expect((await visibleIds(page, 'section.change')).sort()).toEqual([...added, ...deleted].sort())
      await page.screenshot({path: path.join(screenshots, 'html-03-04-filtered.png')})

      await page.getByRole('button', {name: 'Show all'}).click()
      await page.getByRole('checkbox', {name: /^Moved/}).check()
      const moved = detailedArticles(diff.articles).filter((a) => (a.renumbered || a.moved || a.relation === 'split' || a.relation === 'merged')).map(idOf)
      expect(await visibleIds(page, 'section.change')).toEqual(moved)
      // Unchanged but renumbered articles match too, in the compact list and the contents.
      const quietMoved = diff.articles.filter((a) => !isChanged(a) && (a.renumbered || a.moved)).length
      expect(await page.locator('.compact li:visible').count()).toBe(quietMoved)
      expect(await page.locator('nav.toc li:visible').count()).toBe(moved.length + quietMoved + diff.articles.filter((a) => isMarkerOnly(a) && a.renumbered).length)

      await page.getByRole('button', {name: 'Show all'}).click()
      await page.getByRole('checkbox', {name: /^Bracket events/}).check()
      const brackets = detailedArticles(diff.articles).filter((a) => a.events.some((e) => /^(bracket|options)/.test(e.kind))).map(idOf)
      expect(await visibleIds(page, 'section.change')).toEqual(brackets)
      await page.getByRole('checkbox', {name: /^Bracket events/}).uncheck()
      // Substantive only: the substantive sections (and the preamble, whose paragraphs changed in substance), nothing else.
      await page.getByRole('checkbox', {name: /^Substantive only/}).check()
      expect(await visibleIds(page, 'section.change')).toEqual(['preamble', ...diff.articles.filter((a) => isChanged(a) && isSubstantive(a)).map(idOf)])
      await page.getByRole('checkbox', {name: /^Substantive only/}).uncheck()
      await page.getByRole('checkbox', {name: /^Bracket events/}).check()
      await page.getByRole('checkbox', {name: /^Bracket events/}).uncheck()
      expect(await visibleIds(page, 'section.change')).toEqual(all)
      expect(problems).toEqual([])
    } finally {
      await page.close()
    }
  })

  it('the view toggle shows old and new side by side', async () => {
    const {page, problems} = await open(renderHtml(diffOf('03')), '03-04-views')
    try {
      const unit = page.locator('#art-1 .unit[data-rel="matched"]').first()
      await expect(unit.locator('.inline').isVisible()).resolves.toBe(true)
      await expect(unit.locator('.sbs').isVisible()).resolves.toBe(false)
      const toggle = page.getByRole('button', {name: 'Side-by-side view'})
      await toggle.click()
      await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true')
      await expect(page.locator('body').getAttribute('data-view')).resolves.toBe('side')
      await expect(unit.locator('.inline').isVisible()).resolves.toBe(false)
      await expect(unit.locator('.sbs .old').isVisible()).resolves.toBe(true)
      await expect(unit.locator('.sbs .new').isVisible()).resolves.toBe(true)
      const [oldBox, newBox] = [await unit.locator('.sbs .old').boundingBox(), await unit.locator('.sbs .new').boundingBox()]
      expect(oldBox && newBox && newBox.x > oldBox.x + oldBox.width - 1).toBe(true) // two columns, old on the left
      expect(await page.locator('.sbs .old ins').count()).toBe(0)
      expect(await page.locator('.sbs .new del').count()).toBe(0)
      await page.locator('#art-1').scrollIntoViewIfNeeded()
      await page.screenshot({path: path.join(screenshots, 'html-03-04-side-by-side.png')})
      await page.keyboard.press('v')
      await expect(page.locator('body').getAttribute('data-view')).resolves.toBe('inline')
      expect(problems).toEqual([])
    } finally {
      await page.close()
    }
  })

  it('n / p (and j / k, and the buttons) move focus between changed articles, by keyboard alone', async () => {
    const {page, problems} = await open(renderHtml(diffOf('03')), '03-04-keys')
    try {
      const ids = await page.$$eval('section.change', (sections) => sections.map((s) => s.id))
      const focused = () => page.evaluate(() => document.activeElement?.id ?? '')
      await page.keyboard.press('n')
      await page.keyboard.press('n')
      expect(await focused()).toBe(`h-${ids[1]}`)
      await expect(page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle)).resolves.toBe('solid')
      await expect(page.locator('#nav-status').textContent()).resolves.toBe(`Change 2 of ${ids.length}`)
      await page.keyboard.press('p')
      expect(await focused()).toBe(`h-${ids[0]}`)
      await page.keyboard.press('j')
      await page.keyboard.press('j')
      expect(await focused()).toBe(`h-${ids[2]}`)
      await page.keyboard.press('k')
      expect(await focused()).toBe(`h-${ids[1]}`)
      // Navigation skips filtered-out sections.
      await page.getByRole('checkbox', {name: /^Deleted/}).check()
      await page.keyboard.press('n')
      const deleted = await page.$$eval('section.change[data-cats~="deleted"]', (s) => s.map((x) => x.id))
      expect(await focused()).toBe(`h-${deleted[0]}`)
      await page.getByRole('checkbox', {name: /^Deleted/}).uncheck()
      // Fresh page: Tab reaches the skip link first, then the buttons; Enter on "Next change" moves focus.
      await page.reload({waitUntil: 'load'})
      await page.keyboard.press('Tab')
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the report')
      await page.keyboard.press('Tab')
      await page.keyboard.press('Tab')
      expect(await focused()).toBe('next-change')
      await page.keyboard.press('Enter')
      expect(await focused()).toBe(`h-${ids[0]}`)
      // A contents link focuses the article's heading.
      await page.locator(`nav.toc a[href="#${ids[5]}"]`).click()
      expect(await focused()).toBe(`h-${ids[5]}`)
      await page.screenshot({path: path.join(screenshots, 'html-03-04-focus.png')})
      expect(problems).toEqual([])
    } finally {
      await page.close()
    }
  })

  it('npm start (06 → 07, with the chart): the first redline within 2,000 px of the top at 1400×1000, marker-only articles in one line', async () => {
    const diff = diffOf('06')
    const {page, problems} = await open(renderHtml(diff, {progress}), '06-07-first-redline')
    try {
      const top = await page.$eval('section.change :is(del, ins)', (el) => el.getBoundingClientRect().top + window.scrollY)
      console.log(`06 → 07: first redline ${Math.round(top)} px from the top`)
      expect(top).toBeLessThan(2000)
      expect(await page.locator('.marker-line').allTextContents()).toEqual(['45 articles lost [agreed ad referendum]: 1, 3–4, 6, 8–12, 15–21, 24, 26–30, 32, 34, 39–41, 43–46, 48, 50–51, 53–54, 56–57, 59–61, 63, 65–67'])
      // The first detailed sections are the substantive ones.
      const first = await page.$$eval('section.change.article', (sections) => sections.slice(0, 3).map((s) => s.getAttribute('data-change')))
      expect(first).toEqual(['substantive', 'substantive', 'substantive'])
      await page.screenshot({path: path.join(screenshots, 'html-06-07-top.png')})
      expect(problems).toEqual([])
    } finally {
      await page.close()
    }
  })

  it('06 → 07 without progress: no chart; print shows every article and no controls', async () => {
    const diff = diffOf('06')
    const {page, problems, requests, url} = await open(renderHtml(diff, {title: 'Final changes'}), '06-07')
    try {
      expect(await page.title()).toBe('Final changes')
      expect(await page.locator('svg').count()).toBe(0)
      expect(await page.locator('section.change').count()).toBe(detailedArticles(diff.articles).length + (diff.preamble.some((u) => u.change !== 'none' || u.relation !== 'matched') ? 1 : 0))
      await page.getByRole('checkbox', {name: /^Added/}).check()
      await page.emulateMedia({media: 'print'})
      expect(await page.locator('#controls').isVisible()).toBe(false)
      expect(await page.locator('nav.toc').isVisible()).toBe(false)
      expect(await visibleIds(page, 'section.change')).toHaveLength(await page.locator('section.change').count())
      await page.emulateMedia({media: 'screen'})
      await page.screenshot({path: path.join(screenshots, 'html-06-07.png'), fullPage: false})
      expect(problems).toEqual([])
      expect(requests).toEqual([url])
    } finally {
      await page.close()
    }
  })

  it('hostile draft text renders as text: no dialog, no foreign element, only the report’s own script', async () => {
    const before = '---\nsession: 01-old\ntitle: Draft\n---\n\n# Chapter I. General\n\n## Article 1. Scope\n\n1. This Convention applies to the prevention of offences.\n\n2. It also applies to evidence.\n'
    const after =
      '---\nsession: 02-new\ntitle: "</title><script>alert(4)</script>"\n---\n\n# Chapter I. General <img src=x onerror=alert(5)>\n\n## Article 1. Scope <script>alert(6)</script>\n\n' +
      '1. This Convention applies to the prevention of offences <script>alert(1)</script>.\n\n2. It also applies to evidence <img src=x onerror=alert(2)> and [link](javascript:alert(3)).\n\n' +
      '## Article 2. Terms\n\n1. Data means any [representation](javascript:alert(7)) of facts <b onmouseover=alert(8)>bold</b>.\n'
    const parse = (text: string, label: string) => ({label, draft: parseDraft([{path: `${label}.md`, contents: text}]).draft})
    const diff = compareDrafts(parse(before, '01-old'), parse(after, '02-new'))
    const title = String(diff.new.meta.title)
    expect(title).toBe('</title><script>alert(4)</script>')
    const hostileProgress: Progress = {sessions: [{id: '<script>alert(9)</script>', chapters: [{number: '<img src=x onerror=alert(10)>', openBrackets: 3}]}]}
    const {page, problems, dialogs, requests, url} = await open(renderHtml(diff, {title, progress: hostileProgress}), 'hostile')
    try {
      await page.locator('#art-2 h3').hover()
      for (const view of ['inline', 'side']) {
        if (view === 'side') await page.getByRole('button', {name: 'Side-by-side view'}).click()
        const text = await page.locator('main').innerText()
        for (const literal of ['<script>alert(1)</script>', '<img src=x onerror=alert(2)> and link', '<b onmouseover=alert(8)>bold</b>']) expect(text).toContain(literal)
        // A Markdown link is compared and shown by its text alone (docs/draft-format.md): its destination never reaches the page.
        expect(text).not.toContain('javascript:')
      }
      expect(await page.title()).toBe(title)
      await expect(page.locator('h1').textContent()).resolves.toBe(title)
      await expect(page.locator('#art-1 h3').innerText()).resolves.toContain('Scope <script>alert(6)</script>')
      await expect(page.locator('nav.toc').textContent()).resolves.toContain('General <img src=x onerror=alert(5)>')
      await expect(page.locator('#progress table').textContent()).resolves.toContain('<script>alert(9)</script>')
      expect(await page.locator('script').count()).toBe(1)
      expect(await page.locator('img, b, iframe, object, embed, [onerror], [onmouseover], a[href^="javascript"]').count()).toBe(0)
      expect(await page.$$eval('a[href]', (links) => links.every((a) => a.getAttribute('href')?.startsWith('#')))).toBe(true)
      await page.screenshot({path: path.join(screenshots, 'html-hostile.png')})
      expect(dialogs).toEqual([])
      expect(problems).toEqual([])
      expect(requests).toEqual([url])
    } finally {
      await page.close()
    }
  })

  it('a 10× report (690 articles) stays responsive: content-visibility, fast filters and view switch', async () => {
    const base = diffOf('03')
    const bump = (k: number) => (n: string) => n.replace(/^\d+/, (d) => String(Number(d) + k * 100))
    const copy = (a: ArticleChange, k: number): ArticleChange => ({
      ...a,
      old: a.old.map(bump(k)),
      new: a.new.map(bump(k)),
      oldArticles: a.oldArticles.map((s) => ({...s, number: bump(k)(s.number)})),
      newArticles: a.newArticles.map((s) => ({...s, number: bump(k)(s.number)}))
    })
    const diff: DraftDiff = {...base, articles: Array.from({length: 10}, (_, k) => base.articles.map((a) => copy(a, k))).flat()}
    const start = performance.now()
    const html = renderHtml(diff)
    const renderMs = performance.now() - start
    const {page, problems} = await open(html, 'ten-times')
    try {
      const timings = await page.evaluate(async () => {
        const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
        const time = async (action: () => void) => {
          const t = performance.now()
          action()
          await frame()
          return Math.round(performance.now() - t)
        }
        await frame()
        const box = document.querySelector('.filters input[value="moved"]')
        const view = document.getElementById('view-toggle')
        const sections = document.querySelectorAll('section.change')
        const navigation = (performance as unknown as {getEntriesByType(type: string): Array<{loadEventEnd: number}>}).getEntriesByType('navigation')[0]
        return {
          loadMs: Math.round(navigation?.loadEventEnd ?? 0),
          sections: sections.length,
          filterOn: await time(() => box?.click()),
          filterOff: await time(() => box?.click()),
          view: await time(() => view?.click()),
          viewBack: await time(() => view?.click()),
          lastHeading: await time(() => sections[sections.length - 1]?.querySelector('h3')?.focus())
        }
      })
      console.log(`10× report: ${diff.articles.length} articles, ${(html.length / 1e6).toFixed(1)} MB, rendered in ${Math.round(renderMs)} ms;`, timings)
      // Every changed article but those whose only change is a status marker (collapsed into one line per marker) has its section.
      expect(timings.sections).toBe(detailedArticles(diff.articles).length + 1) // and the preamble
      expect(Math.max(timings.filterOn, timings.filterOff, timings.view, timings.viewBack, timings.lastHeading)).toBeLessThan(2500)
      expect(problems).toEqual([])
    } finally {
      await page.close()
    }
  })
})
