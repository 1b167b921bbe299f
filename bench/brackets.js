// `brackets` over the seven shipped sessions: the tracking alone (parsing excluded, in-process, CPU and wall time,
// median after a warm-up run) and the whole process `draftdiff brackets` with the parse cache off, against `node -e 0`.
// Prints one JSON line.
import {spawnSync} from 'node:child_process'
import path from 'node:path'
import {trackBrackets} from '../dist/tracker/track.js'
import {loadSessions} from '../dist/versions/sessions.js'

const runs = Number(process.env.BENCH_RUNS ?? 5)
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const root = new URL('..', import.meta.url).pathname
const sessions = await loadSessions(path.join(root, 'drafts'))
const inputs = sessions.map((s) => ({label: s.id, draft: s.draft, commit: null}))
const wall = []
const cpu = []
let lineage = null
for (let i = 0; i < runs + 1; i++) {
  const start = performance.now()
  const used = process.cpuUsage()
  lineage = trackBrackets(inputs, 'sessions')
  const spent = process.cpuUsage(used)
  if (i > 0) {
    wall.push(performance.now() - start)
    cpu.push((spent.user + spent.system) / 1000)
  }
}
// Whole process: wall time, and the child's CPU time (user + system) as GNU time reports it.
const whole = (args) => {
  const start = performance.now()
  const child = spawnSync('/usr/bin/time', ['-f', '%U %S', process.execPath, ...args], {cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: {...process.env, DRAFTDIFF_CACHE: '0'}})
  const ms = performance.now() - start
  if (child.status !== 0) throw new Error(`${args.join(' ')} exited with ${child.status}: ${child.stderr}`)
  const [user, system] = (child.stderr.trim().split('\n').at(-1) ?? '').split(' ').map(Number)
  return {ms, cpuMs: ((user ?? 0) + (system ?? 0)) * 1000}
}
const node = []
const command = []
for (let i = 0; i < runs; i++) {
  node.push(whole(['-e', '0']))
  command.push(whole([path.join(root, 'bin/draftdiff.js'), 'brackets', '--format', 'json']))
}
const at = (samples, key) => median(samples.map((s) => s[key]))
console.log(JSON.stringify({sessions: sessions.length, tracks: lineage.tracks.length, trackMs: median(wall), trackCpuMs: median(cpu), wholeMs: at(command, 'ms'), wholeCpuMs: at(command, 'cpuMs'), nodeMs: at(node, 'ms'), nodeCpuMs: at(node, 'cpuMs')}))
