// One diff measurement in a fresh process: generate a draft and a revision of it with known truth
// (generatePair, rich vocabulary), then time parse, align and compare, check the recovered article
// relations against the truth, and repeat parse + compare warm in the same process.
// Prints one JSON line per finished stage (so a run killed by a time limit still reports how far
// it got), the last one with `done: true`.
import {chapterInputs, generatePair} from './generate.js'
import {parseDraft} from '../dist/parse/draft.js'
import {alignArticles} from '../dist/align/articles.js'
import {compareDrafts} from '../dist/diff/compare.js'

const scale = Number(process.argv[2] ?? 1)
const vocabulary = process.argv[3] ?? 'rich'
const {oldText, newText, truth, counts} = generatePair(scale, 1, {vocabulary})
const rssMb = () => process.resourceUsage().maxRSS / 1024
const result = {scale, vocabulary, words: oldText.split(/\s+/).length - 1, mutations: counts}
const emit = (stage) => process.stdout.write(JSON.stringify({...result, stage, peakRssMb: rssMb()}) + '\n')

// One input per chapter, as a session folder: the parser refuses a single text over 10 MiB (a 100× draft is ~19 MB).
const parse = () => [parseDraft(chapterInputs(oldText, 'old')).draft, parseDraft(chapterInputs(newText, 'new')).draft]

// Cold: first parse (loads and compiles remark), align alone, then the full comparison (which aligns again).
let start = performance.now()
const [before, after] = parse()
result.parseMs = performance.now() - start
result.articles = {old: before.articles.length, new: after.articles.length}
emit('parse')
start = performance.now()
alignArticles(before, after)
result.alignMs = performance.now() - start
emit('align')
start = performance.now()
const cpu = process.cpuUsage()
const diff = compareDrafts({label: 'old', draft: before}, {label: 'new', draft: after})
result.compareMs = performance.now() - start
// CPU time (user + system) of the comparison: less sensitive than wall time to other load on the machine.
const used = process.cpuUsage(cpu)
result.compareCpuMs = (used.user + used.system) / 1000
result.diffMs = result.compareMs - result.alignMs
result.totalMs = result.parseMs + result.compareMs
result.coldPeakRssMb = rssMb()

// Correctness: every article relation against the truth (keys as in test/align/ground-truth.test.ts).
const key = (e) => `${e.relation} ${e.old.join('+')} > ${e.new.join('+')}`
const found = new Set(diff.articles.map(key))
const expected = new Set(truth.map(key))
const score = (filter) => {
  const f = [...found].filter(filter)
  const t = [...expected].filter(filter)
  const hits = f.filter((k) => expected.has(k)).length
  return {found: f.length, expected: t.length, hits, precision: f.length ? hits / f.length : 1, recall: t.length ? hits / t.length : 1}
}
result.accuracy = {all: score(() => true), structural: score((k) => !k.startsWith('matched ')), byRelation: {}}
for (const relation of ['matched', 'split', 'merged', 'added', 'deleted']) result.accuracy.byRelation[relation] = score((k) => k.startsWith(relation + ' '))
// Flags of the matched articles found: renumbered, moved (to another chapter), title changed, and
// a change class other than `none` exactly for the articles whose text was edited.
const byOld = new Map(diff.articles.filter((a) => a.relation === 'matched').map((a) => [a.old[0], a]))
const flagErrors = []
for (const t of truth.filter((t) => t.relation === 'matched')) {
  const a = byOld.get(t.old[0])
  if (!a || a.new[0] !== t.new[0]) continue
  if (a.renumbered !== t.renumbered) flagErrors.push(`${key(t)} renumbered`)
  if (a.moved !== t.moved) flagErrors.push(`${key(t)} moved`)
  if (a.titleChanged !== t.retitled) flagErrors.push(`${key(t)} titleChanged`)
  if (t.edited && a.change === 'none') flagErrors.push(`${key(t)} change`)
}
result.flagErrors = flagErrors.length
result.misses = [...expected].filter((k) => !found.has(k)).slice(0, 5)
result.extras = [...found].filter((k) => !expected.has(k)).slice(0, 5)
emit('compare')

// Warm: the same texts again in the same process — parsed chunks come from the cache, code is compiled.
// The warm comparison is skipped (null) when the cold one took over 5 s: it would only repeat it.
start = performance.now()
const [again, againNew] = parse()
result.warmParseMs = performance.now() - start
result.warmCompareMs = null
if (result.compareMs <= 5000) {
  start = performance.now()
  compareDrafts({label: 'old', draft: again}, {label: 'new', draft: againNew})
  result.warmCompareMs = performance.now() - start
}
result.warmTotalMs = result.warmCompareMs === null ? null : result.warmParseMs + result.warmCompareMs
result.done = true
emit('warm')
