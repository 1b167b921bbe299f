// Measures how much of the demo drafts repeats other texts word for word: the share of the
// 10-word sequences of drafts/ that also occur in the reference files, and the longest shared
// run of words with where it is. The references are not part of the repository; pass them in.
//
//   node scripts/treaty-overlap.mjs [--drafts dir] [--n 10] [--list 30] [--max-run 29] [--max-percent 3] ref.txt …
//
// Words are compared lowercased, with punctuation and Markdown marks taken as spaces. Every
// .md file under the drafts folder except README.md counts (all sessions, so a sentence kept
// in seven sessions counts seven times). --list N prints the N longest shared runs.
// Exit codes: 0 within the limits, 1 a limit exceeded, 2 bad arguments or unreadable input.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const MAX_BYTES = 20 * 1024 * 1024;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function usage(message) {
  console.error(`treaty-overlap: ${message}`);
  console.error('usage: node scripts/treaty-overlap.mjs [--drafts dir] [--n 10] [--list N] [--max-run W] [--max-percent P] ref.txt …');
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { drafts: join(root, 'drafts'), n: 10, list: 10, maxRun: Infinity, maxPercent: Infinity, refs: [] };
  const numeric = { '--n': 'n', '--list': 'list', '--max-run': 'maxRun', '--max-percent': 'maxPercent' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--drafts') opts.drafts = argv[++i] ?? usage('--drafts needs a folder');
    else if (numeric[a]) {
      const v = Number(argv[++i]);
      if (!Number.isFinite(v) || v < 0) usage(`${a} needs a number`);
      opts[numeric[a]] = v;
    } else if (a.startsWith('--')) usage(`unknown option ${a}`);
    else opts.refs.push(a);
  }
  if (!opts.refs.length) usage('give at least one reference file (plain text or Markdown)');
  if (!Number.isInteger(opts.n) || opts.n < 2) usage('--n must be a whole number of at least 2');
  return opts;
}

/** Reads a file after checking its size; exits with a message naming the file when it cannot. */
function readText(path) {
  try {
    const size = statSync(path).size;
    if (size > MAX_BYTES) usage(`${path} is ${size} bytes; the limit is ${MAX_BYTES}`);
    return readFileSync(path, 'utf8');
  } catch (err) {
    return usage(`cannot read ${path}: ${err.code ?? err.message}`);
  }
}

/** Splits text into normalised words, each with its 1-based line number. */
function words(text) {
  const out = [];
  text.split('\n').forEach((line, i) => {
    const clean = line.toLowerCase().replace(/[’‘]/g, "'").replace(/'s\b/g, 's').replace(/[^\p{L}\p{N}]+/gu, ' ');
    for (const w of clean.split(' ')) if (w) out.push({ w, line: i + 1 });
  });
  return out;
}

function draftFiles(dir) {
  const found = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((x, y) => x.name.localeCompare(y.name))) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.isFile() && e.name.endsWith('.md') && e.name !== 'README.md') found.push(join(d, e.name));
    }
  };
  try { walk(dir); } catch (err) { usage(`cannot read ${dir}: ${err.code ?? err.message}`); }
  if (!found.length) usage(`no .md files under ${dir}`);
  return found;
}

const gram = (ws, i, n) => ws.slice(i, i + n).map((x) => x.w).join(' ');

/** Index of every n-gram of the references: gram → list of [reference, position]. */
function indexRefs(refs, n) {
  const index = new Map();
  refs.forEach((r, ri) => {
    for (let i = 0; i + n <= r.words.length; i++) {
      const g = gram(r.words, i, n);
      if (!index.has(g)) index.set(g, []);
      index.get(g).push([ri, i]);
    }
  });
  return index;
}

/** The longest run starting at draft position i that matches a reference somewhere. */
function longestAt(ws, i, hits, refs) {
  let best = { length: 0 };
  for (const [ri, j] of hits) {
    const rw = refs[ri].words;
    let k = 0;
    while (i + k < ws.length && j + k < rw.length && ws[i + k].w === rw[j + k].w) k++;
    if (k > best.length) best = { length: k, ref: ri, refLine: rw[j].line };
  }
  return best;
}

function measure(opts) {
  const refs = opts.refs.map((p) => ({ path: p, words: words(readText(p)) }));
  const index = indexRefs(refs, opts.n);
  const runs = [];
  let total = 0;
  let shared = 0;
  for (const file of draftFiles(opts.drafts)) {
    const ws = words(readText(file));
    let runEnd = -1;
    for (let i = 0; i + opts.n <= ws.length; i++) {
      total++;
      const hits = index.get(gram(ws, i, opts.n));
      if (!hits) continue;
      shared++;
      if (i < runEnd) continue; // inside a run already recorded
      const run = longestAt(ws, i, hits, refs);
      runEnd = i + run.length - opts.n + 1;
      runs.push({ ...run, file: relative(process.cwd(), file), line: ws[i].line, text: ws.slice(i, i + run.length).map((x) => x.w).join(' ') });
    }
  }
  runs.sort((a, b) => b.length - a.length || a.file.localeCompare(b.file) || a.line - b.line);
  return { total, shared, runs, refs };
}

const opts = parseArgs(process.argv.slice(2));
const { total, shared, runs, refs } = measure(opts);
const percent = total ? (100 * shared) / total : 0;
const longest = runs[0];
console.log(`${opts.n}-word sequences in ${relative(process.cwd(), opts.drafts) || '.'}: ${total}; also in the references: ${shared} (${percent.toFixed(2)}%)`);
console.log(longest
  ? `longest shared run: ${longest.length} words, ${longest.file}:${longest.line} (${refs[longest.ref].path}:${longest.refLine})`
  : `longest shared run: under ${opts.n} words`);
const seen = new Set();
for (const r of runs) {
  if (seen.size >= opts.list) break;
  if (seen.has(r.text)) continue;
  seen.add(r.text);
  console.log(`  ${String(r.length).padStart(3)}  ${r.file}:${r.line}  ${r.text}`);
}
const tooLong = longest && longest.length > opts.maxRun;
const tooMuch = percent > opts.maxPercent;
if (tooLong) console.log(`✗ a shared run of ${longest.length} words; the limit is ${opts.maxRun}`);
if (tooMuch) console.log(`✗ ${percent.toFixed(2)}% shared; the limit is ${opts.maxPercent}%`);
process.exit(tooLong || tooMuch ? 1 : 0);
