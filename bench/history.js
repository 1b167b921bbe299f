// `draftdiff history <n> --commits` across 500 commits of a full-size generated draft (target: under 3 s).
// Builds a temporary repository with `git fast-import` (one process): a full-size draft
// (`describeDraft(1)`, rich vocabulary so articles are as distinct as real ones, written by
// `writeDraft` at every commit), then 500 commits each editing one random article — the tracked one every 25th commit, renumbering it once and
// splitting nothing — some with `Proposed-by:` trailers. Then times the whole command in fresh
// processes (median of BENCH_HISTORY_RUNS, default 3). Run alone with `node bench/history.js`.
import {execFileSync, spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync} from 'node:fs'
import {loadavg, tmpdir} from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {describeDraft, mulberry32, richWord, write} from './generate.js'

const bin = new URL('../bin/draftdiff.js', import.meta.url).pathname
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]


/** The units an edit may touch: each paragraph's text and each subparagraph's, as `{get, set}`. */
function unitsOf(article) {
  return article.paragraphs.flatMap((paragraph) => [
    {get: () => paragraph.text, set: (text) => (paragraph.text = text)},
    ...paragraph.subparagraphs.map((sub) => ({get: () => sub.text, set: (text) => (sub.text = text)}))
  ])
}

/** Build the repository; returns its folder and the number of the tracked article at HEAD. */
export function buildHistoryRepo({commits = 500, tracked = 30, every = 25} = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'draftdiff-history-bench-'))
  execFileSync('git', ['init', '-q', '-b', 'main'], {cwd: dir})
  const random = mulberry32(42)
  // The draft is edited as a description and written by `writeDraft` (src/fmt/write.ts) at every commit.
  const description = describeDraft(1, 1, {vocabulary: 'rich'})
  const articles = () => description.chapters.flatMap((chapter) => chapter.articles)
  const file = 'drafts/01-session/draft.md'
  let stream = ''
  const data = (text) => `data ${Buffer.byteLength(text)}\n${text}\n`
  let clock = Date.parse('2024-01-01T10:00:00Z') / 1000
  const commit = (message, author, text) => {
    clock += 3600
    stream += `commit refs/heads/main\nauthor ${author} ${clock} +0000\ncommitter Secretariat <secretariat@example.org> ${clock} +0000\n${data(message)}M 100644 inline ${file}\n${data(text)}\n`
  }
  commit('Session draft\n', 'Secretariat <secretariat@example.org>', write(description))
  let trackedIndex = tracked - 1
  for (let k = 1; k <= commits; k++) {
    const all = articles()
    const index = k % every === 0 ? trackedIndex : Math.floor(random() * all.length)
    const units = unitsOf(all[index])
    const unit = units[Math.floor(random() * units.length)]
    const words = unit.get().split(' ')
    const position = 1 + Math.floor(random() * (words.length - 2))
    words.splice(position, random() < 0.5 ? 1 : 0, richWord(random))
    unit.set(words.join(' '))
    let subject = `Amend article ${index + 1}`
    // Once, insert an article before the tracked one: it and every later article are renumbered.
    if (k === Math.floor(commits / 2)) {
      const chapter = description.chapters.find((c) => c.articles.includes(all[trackedIndex]))
      const inserted = {number: 0, title: 'Inserted provision', paragraphs: [{text: `${Array.from({length: 60}, () => richWord(random)).join(' ')}.`, subparagraphs: []}]}
      chapter.articles.splice(chapter.articles.indexOf(all[trackedIndex]), 0, inserted)
      articles().forEach((article, n) => (article.number = n + 1))
      trackedIndex++
      subject = `Insert article ${trackedIndex}; renumber the rest`
    }
    const trailer = k % 7 === 0 ? `\n\nProposed-by: Delegation ${String.fromCharCode(65 + (k % 5))}\n` : '\n'
    commit(`${subject}${trailer}`, k % 3 === 0 ? 'Delegation A <a@example.org>' : 'Secretariat <secretariat@example.org>', write(description))
  }
  execFileSync('git', ['fast-import', '--quiet'], {cwd: dir, input: stream, maxBuffer: 1 << 30})
  execFileSync('git', ['checkout', '-q', '-f', 'main'], {cwd: dir})
  const text = write(description)
  return {dir, tracked: trackedIndex + 1, bytes: Buffer.byteLength(text), words: text.split(/\s+/).length}
}

/** Build, time and report; returns the median in ms. */
export function runHistoryBench({runs = Number(process.env.BENCH_HISTORY_RUNS ?? 3), commits = 500} = {}) {
  const buildStart = performance.now()
  const repo = buildHistoryRepo({commits})
  const buildMs = performance.now() - buildStart
  try {
    const args = [bin, 'history', String(repo.tracked), '--commits', '--format', 'json', '--stats']
    const samples = []
    let last = null
    for (let i = 0; i < runs; i++) {
      const start = performance.now()
      const child = spawnSync(process.execPath, args, {cwd: repo.dir, encoding: 'utf8', maxBuffer: 1 << 28})
      samples.push(performance.now() - start)
      if (child.status !== 0) throw new Error(`draftdiff history exited with ${child.status}: ${child.stderr}`)
      last = {history: JSON.parse(child.stdout), stats: JSON.parse(child.stderr.trim().split('\n').at(-1))}
    }
    const ms = median(samples)
    const entries = last.history.entries
    const {stats} = last
    const load = loadavg().map((x) => x.toFixed(2)).join(' ')
    console.log(`\nHistory across commits (${commits + 1} commits of one ${Math.round(repo.bytes / 1024)} KB, ~${repo.words}-word draft; repository built in ${(buildMs / 1000).toFixed(1)} s; median of ${runs} fresh processes)`)
    console.log(`draftdiff history ${repo.tracked} --commits --format json: ${ms.toFixed(0)} ms (runs: ${samples.map((s) => s.toFixed(0)).join(', ')})`)
    console.log(`  last run: ${entries.length} entries; ${stats.commits} commits read, ${stats.fullSplits} file(s) split in full (the rest only around each edit), ${stats.parsedArticles} articles parsed, ${stats.pairs} version pairs of which ${stats.aligned} needed an alignment; git log ${stats.ms.log.toFixed(0)} ms, read ${stats.ms.read.toFixed(0)} ms, follow ${stats.ms.follow.toFixed(0)} ms; node CPU ${stats.cpuMs} ms; load average ${load}`)
    console.log(`target: under 3 s → ${ms < 3000 ? 'met' : `missed (${(ms / 1000).toFixed(1)} s)`}`)
    return ms
  } finally {
    rmSync(repo.dir, {recursive: true, force: true})
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) runHistoryBench()
