// Report size and load time at 10×: render the HTML report of a generated pair and open it in
// headless Chromium (CHROMIUM_PATH, Debian's /usr/bin/chromium, or the one packaged in @sparticuz/chromium), median of several loads.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {launchBrowser} from '../test/support/chromium.js'
import {compareDrafts} from '../dist/diff/compare.js'
import {parseDraft} from '../dist/parse/draft.js'
import {renderHtml} from '../dist/report/html.js'
import {renderMarkdown} from '../dist/report/markdown.js'
import {generatePair} from './generate.js'

const scale = Number(process.argv[2] ?? 10)
const runs = Number(process.env.BENCH_RUNS ?? 5)
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

const {oldText, newText} = generatePair(scale)
const parse = (text, label) => ({label, draft: parseDraft([{path: `${label}.md`, contents: text}]).draft})
const diff = compareDrafts(parse(oldText, 'old'), parse(newText, 'new'))
const renderStart = performance.now()
const html = renderHtml(diff)
const renderMs = performance.now() - renderStart
const markdown = renderMarkdown(diff)
const dir = mkdtempSync(path.join(os.tmpdir(), 'draftdiff-bench-report-'))
const file = path.join(dir, 'report.html')
writeFileSync(file, html)
// The same Chromium as the browser tests: CHROMIUM_PATH, Debian's, or the one packaged in @sparticuz/chromium.
const browser = await launchBrowser()
const loads = []
const filters = []
try {
  for (let i = 0; i < runs; i++) {
    const page = await browser.newPage()
    const start = performance.now()
    await page.goto(`file://${file}`, {waitUntil: 'load'})
    loads.push(performance.now() - start)
    const filterStart = performance.now()
    await page.locator('input[type=checkbox]').first().check()
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
    filters.push(performance.now() - filterStart)
    await page.close()
  }
} finally {
  await browser.close()
  rmSync(dir, {recursive: true, force: true})
}
process.stdout.write(JSON.stringify({scale, articles: diff.articles.length, htmlBytes: Buffer.byteLength(html), markdownBytes: Buffer.byteLength(markdown), renderMs, loadMs: median(loads), filterMs: median(filters)}) + '\n')
