// `compare` at 10×: the table of three versions of a generated draft (old, new, new), its HTML, and the time headless
// Chromium (Debian's /usr/bin/chromium or CHROMIUM_PATH) takes to load the page (with unchanged rows folded) and to
// apply the first filter; medians of several loads. The target: load under 2 s.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {launchBrowser} from '../test/support/chromium.js'
import {compareTable} from '../dist/compare/table.js'
import {parseDraft} from '../dist/parse/draft.js'
import {renderCompareHtml} from '../dist/report/compare-html.js'
import {generatePair} from './generate.js'

const scale = Number(process.argv[2] ?? 10)
const runs = Number(process.env.BENCH_RUNS ?? 5)
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

const {oldText, newText} = generatePair(scale)
const parse = (text, label) => ({label, draft: parseDraft([{path: `${label}.md`, contents: text}]).draft})
const tableStart = performance.now()
const table = compareTable([parse(oldText, 'old'), parse(newText, 'new'), parse(newText, 'again')])
const tableMs = performance.now() - tableStart
const renderStart = performance.now()
const html = renderCompareHtml(table)
const renderMs = performance.now() - renderStart
const dir = mkdtempSync(path.join(os.tmpdir(), 'draftdiff-bench-compare-'))
const file = path.join(dir, 'compare.html')
writeFileSync(file, html)
// The same Chromium as the browser tests: CHROMIUM_PATH, Debian's, or the one packaged in @sparticuz/chromium.
const browser = await launchBrowser()
const loads = []
const filters = []
try {
  for (let i = 0; i < runs; i++) {
    const page = await browser.newPage({viewport: {width: 1440, height: 1000}})
    const start = performance.now()
    await page.goto(`file://${file}`, {waitUntil: 'load'})
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
    loads.push(performance.now() - start)
    const filterStart = performance.now()
    await page.uncheck('input[name="status"][value="open"]')
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
    filters.push(performance.now() - filterStart)
    await page.close()
  }
} finally {
  await browser.close()
  rmSync(dir, {recursive: true, force: true})
}
process.stdout.write(JSON.stringify({scale, articles: table.summary.rows, paragraphs: table.summary.paragraphs, htmlBytes: Buffer.byteLength(html), tableMs, renderMs, loadMs: median(loads), filterMs: median(filters)}) + '\n')
