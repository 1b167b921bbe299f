// `npm run bench`: parse cost at 1×, 10×, 100× a full convention (medians of fresh processes).
import {execFileSync} from 'node:child_process'

const runs = Number(process.env.BENCH_RUNS ?? 5)
const scales = (process.env.BENCH_SCALES ?? '1,10,100').split(',').map(Number)
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

function time(command, args) {
  const start = performance.now()
  execFileSync(command, args, {stdio: 'pipe'})
  return performance.now() - start
}

const nodeBaseline = median(Array.from({length: runs}, () => time(process.execPath, ['-e', '0'])))
console.log(`node -e 0: ${nodeBaseline.toFixed(0)} ms (median of ${runs})`)
console.log('scale  words      articles  parse cold ms  parse warm ms  peak RSS MB  cold ms / 1×')
let base = null
for (const scale of scales) {
  const samples = []
  for (let i = 0; i < (scale >= 100 ? Math.min(runs, 3) : runs); i++) {
    samples.push(JSON.parse(execFileSync(process.execPath, ['--max-old-space-size=4096', new URL('./parse-once.js', import.meta.url).pathname, String(scale)], {encoding: 'utf8'})))
  }
  const cold = median(samples.map((s) => s.parseMs))
  const warm = median(samples.map((s) => s.warmMs))
  const rss = Math.max(...samples.map((s) => s.peakRssMb))
  base ??= cold
  const first = samples[0]
  console.log(`${String(scale).padStart(4)}×  ${String(first.words).padEnd(9)}  ${String(first.articles).padEnd(8)}  ${cold.toFixed(0).padStart(13)}  ${warm.toFixed(0).padStart(13)}  ${rss.toFixed(0).padStart(11)}  ${(cold / base).toFixed(1).padStart(11)}`)
}
