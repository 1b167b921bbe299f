// Checks the demo drafts and their concordance files independently of the generator:
// it reads only the Markdown in drafts/<session>/ and drafts/<session>/concordance.json.
//
//   node scripts/verify-concordance.mjs [draftsDir]
//
// For every pair of consecutive sessions it checks that
//   - every article of both sessions appears in exactly one entry;
//   - the relation agrees with the number of old and new articles;
//   - renumbered / moved / titleChanged agree with the headings (first old vs first new);
//   - `change` agrees with the bodies: "none" = byte-identical body, "references-only" = only
//     the numbers inside cross-references differ and every changed number follows the
//     concordance, "editorial" = only punctuation, case, whitespace or quotes differ,
//     "substantive" = anything else; split/merged/added/deleted are always "substantive";
// and, for every session, that cross-references point at articles that exist, that footnotes
// are defined and used, and that the final session has no brackets or status markers.
// Exits with status 1 on any problem.

import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const draftsDir = process.argv[2] || join(here, '..', 'drafts');
const MARKERS = ['agreed ad referendum', 'informally agreed', 'provisionally agreed', 'agreed', 'pending', 'under discussion', 'deleted'];
const SUFFIX = '(?:bis|ter|quater|quinquies|sexies|septies|octies|novies|decies)';
let problems = 0;
const fail = (msg) => { problems++; console.log(`✗ ${msg}`); };

function readSession(id) {
  const dir = join(draftsDir, id);
  const files = readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md' && !f.startsWith('_')).sort();
  const meta = {};
  const articles = [];
  const footRefs = new Set();
  const footDefs = new Set();
  let chapter = null;
  let current = null;
  files.forEach((f, fi) => {
    let text = readFileSync(join(dir, f), 'utf8');
    if (text.startsWith('---\n')) {
      if (fi !== 0) fail(`${id}/${f}: front matter outside the first file`);
      const end = text.indexOf('\n---\n', 4);
      for (const line of text.slice(4, end).split('\n')) {
        const m = /^([a-z-]+): (.*)$/.exec(line);
        if (m) meta[m[1]] = m[2];
      }
      text = text.slice(end + 5);
    }
    for (const line of text.split('\n')) {
      let m;
      if ((m = /^# Chapter ([IVXLC]+)\. (.+)$/.exec(line))) { chapter = m[1]; current = null; continue; }
      if (/^# /.test(line)) { current = null; continue; }
      if ((m = new RegExp(`^## Article (\\d+(?: ${SUFFIX})?)(?:\\. (.*))?$`).exec(line))) {
        let title = m[2] || '';
        let status = null;
        const sm = /^(.*?) \[([a-z ]+)\]$/.exec(title);
        if (sm && MARKERS.includes(sm[2])) { title = sm[1]; status = sm[2]; }
        current = { number: m[1], title, status, chapter, lines: [], file: f };
        articles.push(current);
        continue;
      }
      if ((m = /^\[\^([^\]]+)\]: /.exec(line))) { footDefs.add(m[1]); current = null; continue; }
      for (const r of line.matchAll(/\[\^([^\]]+)\]/g)) footRefs.add(r[1]);
      if (current) current.lines.push(line);
    }
  });
  for (const a of articles) a.body = a.lines.join('\n').trim();
  for (const r of footRefs) if (!footDefs.has(r)) fail(`${id}: footnote [^${r}] has no definition`);
  for (const d of footDefs) if (!footRefs.has(d)) fail(`${id}: footnote [^${d}] is never referenced`);
  return { id, meta, articles, files };
}

const REF = new RegExp(`\\barticles?\\s+(\\d+(?:\\s+${SUFFIX})?)((?:(?:\\s*,\\s*|\\s+and\\s+|\\s+to\\s+|\\s+or\\s+article\\s+)\\d+(?:\\s+${SUFFIX})?)*)`, 'gi');
function refNumbers(text) {
  const out = [];
  for (const m of text.matchAll(REF)) {
    // a reference followed by "of the <instrument>" points outside this Convention
    if (/^,?\s+of the\s/i.test(text.slice(m.index + m[0].length))) continue;
    const all = m[0].replace(/^articles?\s+/i, '');
    for (const n of all.split(/\s*,\s*|\s+and\s+|\s+to\s+|\s+or\s+article\s+/i)) out.push(n.replace(/\s+/g, ' '));
  }
  return out;
}
const refNorm = (t) => t.replace(REF, 'article #');
const editNorm = (t) => t.toLowerCase().replace(/[.,;:'"`!?\u2018\u2019\u201c\u201d-]/g, '').replace(/\s+/g, ' ').trim();

function classify(o, n) {
  if (o.body === n.body) return 'none';
  if (refNorm(o.body) === refNorm(n.body)) return 'references-only';
  if (editNorm(o.body) === editNorm(n.body)) return 'editorial';
  return 'substantive';
}

const sessions = readdirSync(draftsDir).filter((d) => existsSync(join(draftsDir, d)) && /^\d\d-/.test(d)).sort();
const parsed = sessions.map(readSession);

for (const s of parsed) {
  const nums = new Set(s.articles.map((a) => a.number));
  const dup = s.articles.filter((a, i) => s.articles.findIndex((b) => b.number === a.number) !== i);
  for (const d of dup) fail(`${s.id}: article ${d.number} appears twice`);
  for (const a of s.articles) {
    for (const n of refNumbers(a.body)) if (!nums.has(n)) fail(`${s.id}: article ${a.number} refers to missing article ${n}`);
    const paras = (a.body.match(/^\d+\. /gm) || []).length;
    for (const m of a.body.matchAll(/paragraphs? (\d+)(?: (?:and|or) (\d+))? of this article/g)) {
      for (const p of [m[1], m[2]].filter(Boolean)) if (Number(p) > paras) fail(`${s.id}: article ${a.number} refers to paragraph ${p} of itself, which has ${paras}`);
    }
  }
  const text = s.articles.map((a) => a.body).join('\n');
  const brackets = (text.replace(/\[\^[^\]]+\]/g, '').match(/\[/g) || []).length;
  const markers = s.articles.filter((a) => a.status).length;
  console.log(`${s.id.padEnd(20)} ${String(s.articles.length).padStart(3)} articles  ${String(brackets).padStart(4)} brackets  ${String(markers).padStart(3)} status markers  files: ${s.files.length}`);
}
const last = parsed[parsed.length - 1];
if (last.articles.some((a) => a.status)) fail(`${last.id}: the final text carries status markers`);
if (last.articles.some((a) => a.body.replace(/\[\^[^\]]+\]/g, '').includes('['))) fail(`${last.id}: the final text has brackets`);

for (let i = 1; i < parsed.length; i++) {
  const A = parsed[i - 1];
  const B = parsed[i];
  const file = join(draftsDir, B.id, 'concordance.json');
  if (!existsSync(file)) { fail(`${B.id}: no concordance.json`); continue; }
  const c = JSON.parse(readFileSync(file, 'utf8'));
  if (c.from !== A.id || c.to !== B.id) fail(`${B.id}: concordance from/to is ${c.from} → ${c.to}`);
  const byA = new Map(A.articles.map((a) => [a.number, a]));
  const byB = new Map(B.articles.map((a) => [a.number, a]));
  const seenA = new Map();
  const seenB = new Map();
  const counts = {};
  for (const e of c.articles) {
    const tag = `${B.id}: entry ${JSON.stringify(e.old)} → ${JSON.stringify(e.new)}`;
    counts[e.relation] = (counts[e.relation] || 0) + 1;
    for (const n of e.old) { if (!byA.has(n)) fail(`${tag}: no article ${n} in ${A.id}`); seenA.set(n, (seenA.get(n) || 0) + 1); }
    for (const n of e.new) { if (!byB.has(n)) fail(`${tag}: no article ${n} in ${B.id}`); seenB.set(n, (seenB.get(n) || 0) + 1); }
    const arity = { matched: [1, 1], split: [1, 2], merged: [2, 1], added: [0, 1], deleted: [1, 0] }[e.relation];
    if (!arity) { fail(`${tag}: unknown relation ${e.relation}`); continue; }
    const okArity = e.relation === 'split' ? e.old.length === 1 && e.new.length >= 2
      : e.relation === 'merged' ? e.old.length >= 2 && e.new.length === 1
        : e.old.length === arity[0] && e.new.length === arity[1];
    if (!okArity) fail(`${tag}: wrong arity for ${e.relation}`);
    const o = byA.get(e.old[0]);
    const n = byB.get(e.new[0]);
    const expect = o && n
      ? { renumbered: o.number !== n.number, moved: o.chapter !== n.chapter, titleChanged: o.title !== n.title }
      : { renumbered: false, moved: false, titleChanged: false };
    for (const k of ['renumbered', 'moved', 'titleChanged']) if (e[k] !== expect[k]) fail(`${tag}: ${k} is ${e[k]}, the headings say ${expect[k]}`);
    const change = e.relation === 'matched' && o && n ? classify(o, n) : 'substantive';
    if (e.change !== change) fail(`${tag}: change is ${e.change}, the bodies say ${change}`);
    if (e.relation === 'matched' && change === 'references-only') {
      const ro = refNumbers(o.body);
      const rn = refNumbers(n.body);
      ro.forEach((x, j) => {
        const y = rn[j];
        const ok = c.articles.some((f) => f.old.includes(x) && f.new.includes(y));
        if (!ok) fail(`${tag}: reference to ${x} became ${y}, which the concordance does not map`);
      });
    }
  }
  for (const a of A.articles) if (seenA.get(a.number) !== 1) fail(`${B.id}: old article ${a.number} appears ${seenA.get(a.number) || 0} times`);
  for (const a of B.articles) if (seenB.get(a.number) !== 1) fail(`${B.id}: new article ${a.number} appears ${seenB.get(a.number) || 0} times`);
  console.log(`  ${A.id} → ${B.id}: ${c.articles.length} entries ${JSON.stringify(counts)}`);
}

if (problems) { console.log(`\n${problems} problem(s)`); process.exit(1); }
console.log('\nall concordances agree with the drafts');
