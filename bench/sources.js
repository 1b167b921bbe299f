// `sources` matching cost: the final session (68 articles: the "70-article draft") against three 50-article
// references (the first 50 articles of sessions 04, 05 and 06), parsing excluded; then the whole command against the
// three full sessions (68 articles each), parsing included, parse cache off. Prints one JSON line. Target: well under
// a second of work.
import {spawnSync} from 'node:child_process'
import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {parseDraft} from '../dist/parse/draft.js'
import {findSources} from '../dist/sources/match.js'

const runs = Number(process.env.BENCH_RUNS ?? 5)
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const root = new URL('..', import.meta.url).pathname
const session = (name) => {
  const folder = path.join(root, 'drafts', name)
  const files = readdirSync(folder).filter((f) => f.endsWith('.md')).sort()
  return parseDraft(files.map((f) => ({path: f, contents: readFileSync(path.join(folder, f), 'utf8')}))).draft
}
const draft = session('07-final')
const references = ['04-revised', '05-further-revised', '06-updated'].map((name) => {
  const full = session(name)
  return {name, draft: {...full, preamble: null, articles: full.articles.slice(0, 50)}}
})
// Wall time and CPU time (the work itself, less sensitive to other load on the machine); the first run warms up.
const samples = []
const cpuSamples = []
let result = null
for (let i = 0; i < runs + 1; i++) {
  const start = performance.now()
  const cpu = process.cpuUsage()
  result = findSources(draft, references)
  const used = process.cpuUsage(cpu)
  if (i > 0) {
    samples.push(performance.now() - start)
    cpuSamples.push((used.user + used.system) / 1000)
  }
}
// The whole command, CPU time of the child (user + system) as GNU time reports it.
const whole = []
for (let i = 0; i < runs; i++) {
  const args = [path.join(root, 'bin/draftdiff.js'), 'sources', 'drafts/07-final', '--reference', 'drafts/04-revised', 'drafts/05-further-revised', 'drafts/06-updated', '--format', 'json']
  const child = spawnSync('/usr/bin/time', ['-f', '%U %S', process.execPath, ...args], {cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: {...process.env, DRAFTDIFF_CACHE: '0'}})
  if (child.status !== 0) throw new Error(`draftdiff sources exited with ${child.status}: ${child.stderr}`)
  const [user, system] = (child.stderr.trim().split('\n').at(-1) ?? '').split(' ').map(Number)
  whole.push(((user ?? 0) + (system ?? 0)) * 1000)
}
const units = result.units.length
const withSource = result.units.filter((u) => u.sources.length > 0).length
console.log(JSON.stringify({articles: draft.articles.length, references: references.map((r) => r.draft.articles.length), units, withSource, ms: median(samples), cpuMs: median(cpuSamples), wholeCpuMs: median(whole)}))
