// `compare` at 10×: the table of three versions of a generated draft (old, new, new), its HTML, and the time headless
// Chromium (Debian's /usr/bin/chromium or CHROMIUM_PATH) takes to load the page (with unchanged rows folded) and to
// apply the first filter, measured in the page (bench/chromium-load.js: the load event, the first frame after it, the
// main thread's CPU time); medians of several loads. The target: load under 2 s.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {compareTable} from '../dist/compare/table.js'
import {parseDraft} from '../dist/parse/draft.js'
import {renderCompareHtml} from '../dist/report/compare-html.js'
import {launchChromium, measureLoads, medians} from './chromium-load.js'
import {generatePair} from './generate.js'

const scale = Number(process.argv[2] ?? 10)
const runs = Number(process.env.BENCH_RUNS ?? 5)

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
const browser = await launchChromium()
let samples
try {
  // The first filter after each load: unchecking "open brackets or no marker", until the next frame.
  const after = async (page) => {
    const filterStart = performance.now()
    await page.uncheck('input[name="status"][value="open"]')
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
    return performance.now() - filterStart
  }
  samples = await measureLoads(browser, `file://${file}`, {runs, width: 1440, height: 1000, after})
} finally {
  await browser.close()
  rmSync(dir, {recursive: true, force: true})
}
const m = medians(samples)
process.stdout.write(
  JSON.stringify({scale, articles: table.summary.rows, paragraphs: table.summary.paragraphs, htmlBytes: Buffer.byteLength(html), tableMs, renderMs, loadMs: m.loadEventMs, readyMs: m.readyMs, mainThreadCpuMs: m.mainThreadCpuMs, layoutMs: m.layoutMs, nodes: m.nodes, filterMs: m.afterMs, loads: samples.map((s) => Math.round(s.loadEventMs)), load: os.loadavg()[0]}) + '\n'
)
