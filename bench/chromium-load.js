// How long headless Chromium takes to load a page, measured in the page: the Navigation Timing load event
// (`loadEventEnd`), the moment after the first frame once loaded (two animation frames after `load`), and the main
// thread's CPU time (DevTools `Performance.getMetrics` in thread ticks: all tasks, layout, style, script), which a
// machine shared with other work inflates far less than wall time. Used by bench/compare.js.
import {launchBrowser} from '../test/support/chromium.js'

/** Launch the bench's headless Chromium: the tests' one (CHROMIUM_PATH, Debian's, or @sparticuz/chromium). */
export function launchChromium() {
  return launchBrowser()
}

/** The median of a list of numbers. */
export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

const afterFrames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))))

/** Load `url` in a fresh page `runs` times; per run the timings in ms and the page's node and layout-object counts. */
export async function measureLoads(browser, url, {runs = 5, width = 1440, height = 1000, after} = {}) {
  const samples = []
  for (let i = 0; i < runs; i++) {
    const page = await browser.newPage({viewport: {width, height}})
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Performance.enable', {timeDomain: 'threadTicks'})
    const before = metrics(await cdp.send('Performance.getMetrics'))
    await page.goto(url, {waitUntil: 'load'})
    const painted = await page.evaluate(afterFrames)
    const nav = await page.evaluate(() => performance.getEntriesByType('navigation')[0].toJSON())
    const m = metrics(await cdp.send('Performance.getMetrics'))
    const ms = (name) => (m[name] - (before[name] ?? 0)) * 1000
    const sample = {
      loadEventMs: nav.loadEventEnd,
      domContentLoadedMs: nav.domContentLoadedEventEnd,
      readyMs: painted,
      mainThreadCpuMs: ms('TaskDuration'),
      layoutMs: ms('LayoutDuration'),
      styleMs: ms('RecalcStyleDuration'),
      scriptMs: ms('ScriptDuration'),
      nodes: m.Nodes,
      layoutObjects: m.LayoutObjects
    }
    if (after) sample.afterMs = await after(page)
    samples.push(sample)
    await page.close()
  }
  return samples
}

/** Medians of every field of the samples. */
export function medians(samples) {
  return Object.fromEntries(Object.keys(samples[0]).map((key) => [key, median(samples.map((s) => s[key]))]))
}

function metrics(result) {
  return Object.fromEntries(result.metrics.map(({name, value}) => [name, value]))
}
