// Assembles the illustrative demo drafts in drafts/ from the source in scripts/drafts/.
//
//   node scripts/drafts/build.mjs            write every session and concordance
//   node scripts/drafts/build.mjs --dry-run  only print the summary
//
// The source is written by hand:
//   - story.mjs        the sessions, their layouts (which article lineage sits where, in which
//                      order, with which `bis` suffix), the split/merge table and the files of
//                      each session;
//   - preamble.mjs     the preamble paragraphs and their history;
//   - chapter-*.mjs    one module per chapter of the final text, each an array of article
//                      lineages: the text of the last version, and going backwards the edits
//                      that turn a newer version into the older one.
//
// Body source format (one logical unit per line, blank lines ignored):
//   P text   numbered paragraph (numbered 1., 2. … automatically)
//   U text   unnumbered paragraph
//   a text   subparagraph of the unit above ((a), (b) … automatically)
//   i text   sub-subparagraph ((i), (ii) … automatically)
//   C text   closing words of the paragraph above
// `{a:key}` is replaced by the number of the article whose lineage key is `key` in the same
// session, so cross-references follow every renumbering.
//
// Edits (applied to the newer version to obtain the older one):
//   [find, replace]                  replace the single occurrence of `find`
//   {delBlock: s}                    delete the unit containing s and the units under it
//   {insBefore: s, lines: text}      insert source lines before the unit (block) containing s
//   {insAfter: s, lines: text}       insert source lines after the block containing s
//   {moveBlock: s, before: t}        move the block containing s before the block containing t
//   {moveBlock: s, after: t}         … or after it
//   {text: full}                     replace the whole body
//
// The concordance files are written from the story table (layouts + relations + declared
// change kinds), not by comparing the generated text; scripts/verify-concordance.mjs then
// checks them independently against the Markdown.

import { mkdirSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SESSIONS, LAYOUTS, RELATIONS, FILES } from './story.mjs';
import { PREAMBLE } from './preamble.mjs';
import ch1 from './chapter-1.mjs';
import ch2 from './chapter-2.mjs';
import ch3 from './chapter-3.mjs';
import ch4 from './chapter-4.mjs';
import ch5 from './chapter-5.mjs';
import ch6 from './chapter-6.mjs';
import ch7 from './chapter-7.mjs';
import ch8 from './chapter-8.mjs';
import ch9 from './chapter-9.mjs';
import { writeDraft } from '../../dist/fmt/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const draftsDir = join(root, 'drafts');
const dryRun = process.argv.includes('--dry-run');

const LINEAGES = new Map();
for (const l of [...ch1, ...ch2, ...ch3, ...ch4, ...ch5, ...ch6, ...ch7, ...ch8, ...ch9]) {
  if (LINEAGES.has(l.key)) throw new Error(`duplicate lineage ${l.key}`);
  LINEAGES.set(l.key, l);
}

// ---------------------------------------------------------------- source bodies

function parseUnits(text) {
  const units = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const m = /^([PUaiC]) (.+)$/.exec(line);
    if (!m) throw new Error(`bad source line: ${line}`);
    units.push({ kind: m[1], text: m[2] });
  }
  return units;
}

const unitsToText = (units) => units.map((u) => `${u.kind} ${u.text}`).join('\n');

const LEVEL = { P: 0, U: 0, a: 1, i: 2, C: 1 };

function findUnit(units, s, what) {
  const hits = units.map((u, i) => (u.text.includes(s) ? i : -1)).filter((i) => i >= 0);
  if (hits.length !== 1) throw new Error(`${what}: "${s}" matches ${hits.length} units`);
  return hits[0];
}

function blockEnd(units, start) {
  const level = LEVEL[units[start].kind];
  let end = start + 1;
  while (end < units.length && LEVEL[units[end].kind] > level && !(level > 0 && units[end].kind === 'C')) end++;
  return end;
}

function applyEdits(text, edits, where) {
  let body = text;
  for (const e of edits) {
    const ctx = `${where}`;
    if (Array.isArray(e)) {
      const [find, repl] = e;
      const n = body.split(find).length - 1;
      if (n !== 1) throw new Error(`${ctx}: "${find}" occurs ${n} times`);
      body = body.replace(find, () => repl);
      continue;
    }
    if (e.text !== undefined) { body = e.text; continue; }
    const units = parseUnits(body);
    if (e.delBlock) {
      const s = findUnit(units, e.delBlock, ctx);
      units.splice(s, blockEnd(units, s) - s);
    } else if (e.insBefore) {
      const s = findUnit(units, e.insBefore, ctx);
      units.splice(s, 0, ...parseUnits(e.lines));
    } else if (e.insAfter) {
      const s = findUnit(units, e.insAfter, ctx);
      units.splice(blockEnd(units, s), 0, ...parseUnits(e.lines));
    } else if (e.moveBlock) {
      const s = findUnit(units, e.moveBlock, ctx);
      const block = units.splice(s, blockEnd(units, s) - s);
      if (e.before) {
        const t = findUnit(units, e.before, ctx);
        units.splice(t, 0, ...block);
      } else {
        const t = findUnit(units, e.after, ctx);
        units.splice(blockEnd(units, t), 0, ...block);
      }
    } else throw new Error(`${ctx}: unknown edit ${JSON.stringify(e)}`);
    body = unitsToText(units);
  }
  return body;
}

// presence of each lineage per session, from the layouts
const ORD = SESSIONS.map((s) => s.ordinal);
function layoutEntries(ordinal) {
  const out = [];
  for (const ch of LAYOUTS[ordinal]) {
    for (const item of ch.articles) {
      const [key, suffix] = item.split(':');
      out.push({ key, suffix: suffix || '', chapter: ch.numeral, chapterTitle: ch.title });
    }
  }
  return out;
}

function present(key) {
  return ORD.filter((o) => layoutEntries(o).some((e) => e.key === key));
}

const templateCache = new Map();
function template(key, ordinal) {
  const ck = `${key}@${ordinal}`;
  if (templateCache.has(ck)) return templateCache.get(ck);
  const l = LINEAGES.get(key);
  if (!l) throw new Error(`no lineage ${key}`);
  let body;
  if (l.text[ordinal] !== undefined) body = l.text[ordinal].trim();
  else {
    const newer = ordinal + 1;
    if (!present(key).includes(newer) && l.text[newer] === undefined) throw new Error(`${key}: no text for session ${ordinal}`);
    body = template(key, newer);
    if (l.edits && l.edits[ordinal]) body = applyEdits(body, l.edits[ordinal], `${key}@${ordinal}`);
  }
  templateCache.set(ck, body);
  return body;
}

function valueAt(map, ordinal, what) {
  const keys = Object.keys(map).map(Number).filter((k) => k <= ordinal).sort((a, b) => b - a);
  if (!keys.length) throw new Error(`${what}: nothing for session ${ordinal}`);
  return map[keys[0]];
}

// ---------------------------------------------------------------- numbering

function numbering(ordinal) {
  const nums = new Map();
  let n = 0;
  for (const e of layoutEntries(ordinal)) {
    if (!e.suffix) n++;
    nums.set(e.key, e.suffix ? `${n} ${e.suffix}` : String(n));
  }
  return nums;
}

function resolve(body, ordinal, where) {
  const nums = numbering(ordinal);
  return body.replace(/\{a:([a-z0-9-]+)\}/g, (_, k) => {
    if (!nums.has(k)) throw new Error(`${where}: reference to ${k}, absent from session ${ordinal}`);
    return nums.get(k);
  });
}

// ---------------------------------------------------------------- rendering

// The Markdown itself is written by `writeDraft` (src/fmt/write.ts, from dist/: run `npm run
// build` first), the writer the bench and the test generators share; here the source is turned
// into its plain description.

function paragraphs(body, where) {
  const out = [];
  for (const u of parseUnits(body)) {
    const paragraph = out.at(-1);
    if (u.kind === 'P' || u.kind === 'U') out.push({ text: u.text, ...(u.kind === 'U' ? { unnumbered: true } : {}), subparagraphs: [] });
    else if (!paragraph) throw new Error(`${where}: "${u.kind} ${u.text}" before any paragraph`);
    else if (paragraph.closing !== undefined) throw new Error(`${where}: "${u.kind} ${u.text}" after the closing words of its paragraph`);
    else if (u.kind === 'a') paragraph.subparagraphs.push({ text: u.text, subparagraphs: [] });
    else if (u.kind === 'i') {
      const sub = paragraph.subparagraphs.at(-1);
      if (!sub) throw new Error(`${where}: "i ${u.text}" under no subparagraph`);
      sub.subparagraphs.push({ text: u.text });
    } else paragraph.closing = u.text;
  }
  return out;
}

function preamble(ordinal) {
  const recitals = PREAMBLE.paragraphs.filter((p) => p.sessions.includes(ordinal)).map((p) => valueAt(p.text, ordinal, `preamble ${p.key}`));
  return { opening: PREAMBLE.opening, recitals, numbered: ordinal <= PREAMBLE.numberedUntil, closing: PREAMBLE.closing };
}

// an article as rendered in a session
function article(key, ordinal) {
  const l = LINEAGES.get(key);
  const nums = numbering(ordinal);
  const entry = layoutEntries(ordinal).find((e) => e.key === key);
  const title = valueAt(l.title, ordinal, `${key} title`);
  const status = l.status && l.status[ordinal];
  const tpl = template(key, ordinal);
  const body = resolve(tpl, ordinal, `${key}@${ordinal}`);
  return { key, number: nums.get(key), chapter: entry.chapter, title, status, tpl, body };
}

function frontMatter(s) {
  return { session: s.id, ordinal: s.ordinal, title: s.title, symbol: s.symbol, date: s.date, venue: s.venue };
}

function renderSession(s) {
  const files = FILES[s.ordinal] || [{ name: 'draft.md', parts: ['preamble', ...LAYOUTS[s.ordinal].map((c) => `ch:${c.numeral}`)] }];
  const outputs = [];
  const seenChapters = new Set();
  for (const [fi, f] of files.entries()) {
    const draft = { chapters: [], footnotes: [] };
    if (fi === 0) draft.frontMatter = frontMatter(s);
    const notes = new Map();
    for (const part of f.parts) {
      if (part === 'preamble') {
        if (draft.chapters.length > 0) throw new Error(`${s.id}/${f.name}: the preamble after a chapter`);
        draft.preamble = preamble(s.ordinal);
        continue;
      }
      const [, numeral, range] = part.split(':');
      const ch = LAYOUTS[s.ordinal].find((c) => c.numeral === numeral);
      if (!ch) throw new Error(`${s.id}: no chapter ${numeral}`);
      let items = ch.articles;
      if (range) {
        const [from, to] = range.split('-').map((x) => (x === '' ? undefined : Number(x)));
        items = items.slice(from, to);
      }
      const chapter = { numeral: seenChapters.has(numeral) ? null : numeral, title: ch.title, articles: [] };
      seenChapters.add(numeral);
      draft.chapters.push(chapter);
      for (const item of items) {
        const key = item.split(':')[0];
        const a = article(key, s.ordinal);
        chapter.articles.push({ number: a.number, title: a.title, status: a.status || undefined, paragraphs: paragraphs(a.body, `${key}@${s.ordinal}`) });
        for (const m of a.body.matchAll(/\[\^([A-Za-z0-9-]+)\]/g)) {
          const l = LINEAGES.get(key);
          const note = l.notes && l.notes[m[1]];
          if (!note) throw new Error(`${key}: no footnote ${m[1]}`);
          notes.set(m[1], resolve(note, s.ordinal, `${key} note`));
        }
      }
    }
    for (const [label, text] of notes) draft.footnotes.push({ label, text });
    outputs.push({ name: f.name, text: writeDraft(draft) });
  }
  for (const ch of LAYOUTS[s.ordinal]) if (!seenChapters.has(ch.numeral)) throw new Error(`${s.id}: chapter ${ch.numeral} in no file`);
  return outputs;
}

// ---------------------------------------------------------------- concordance

function concordance(prev, next) {
  const a = layoutEntries(prev.ordinal).map((e) => article(e.key, prev.ordinal));
  const b = layoutEntries(next.ordinal).map((e) => article(e.key, next.ordinal));
  const oldKeys = new Set(a.map((x) => x.key));
  const newKeys = new Set(b.map((x) => x.key));
  const byKeyA = new Map(a.map((x) => [x.key, x]));
  const byKeyB = new Map(b.map((x) => [x.key, x]));
  const rels = RELATIONS.filter((r) => r.to === next.ordinal);
  const covered = new Set();
  const entries = [];
  const flags = (o, n) => ({
    renumbered: o.number !== n.number,
    moved: o.chapter !== n.chapter,
    titleChanged: o.title !== n.title,
  });
  const lineage = (k) => LINEAGES.get(k);
  const entryFor = (x, side) => {
    // returns [sortPosition, entry]
    if (side === 'new') {
      const rel = rels.find((r) => r.new.includes(x.key));
      if (rel) {
        if (covered.has(rel)) return null;
        covered.add(rel);
        const o = byKeyA.get(rel.old[0]);
        const n = byKeyB.get(rel.new[0]);
        for (const k of rel.old) if (!oldKeys.has(k)) throw new Error(`relation ${JSON.stringify(rel)}: ${k} not in old`);
        for (const k of rel.new) if (!newKeys.has(k)) throw new Error(`relation ${JSON.stringify(rel)}: ${k} not in new`);
        return {
          old: rel.old.map((k) => byKeyA.get(k).number), new: rel.new.map((k) => byKeyB.get(k).number),
          relation: rel.relation, ...flags(o, n), change: 'substantive',
        };
      }
      if (oldKeys.has(x.key)) {
        const o = byKeyA.get(x.key);
        let change;
        if (o.tpl === x.tpl) change = o.body === x.body ? 'none' : 'references-only';
        else change = (lineage(x.key).kind && lineage(x.key).kind[next.ordinal]) || 'substantive';
        return { old: [o.number], new: [x.number], relation: 'matched', ...flags(o, x), change };
      }
      return { old: [], new: [x.number], relation: 'added', renumbered: false, moved: false, titleChanged: false, change: 'substantive' };
    }
    return { old: [x.number], new: [], relation: 'deleted', renumbered: false, moved: false, titleChanged: false, change: 'substantive' };
  };
  // walk the new text in order; put each deleted article after the entry of the old article before it
  const deletedAfter = new Map();
  a.forEach((x, i) => {
    const inRel = rels.some((r) => r.old.includes(x.key));
    if (!newKeys.has(x.key) && !inRel) {
      const before = i > 0 ? a[i - 1].key : null;
      if (!deletedAfter.has(before)) deletedAfter.set(before, []);
      deletedAfter.get(before).push(x);
    }
  });
  const emitDeletedAfter = (k) => {
    for (const d of deletedAfter.get(k) || []) {
      entries.push(entryFor(d, 'old'));
      emitDeletedAfter(d.key);
    }
    deletedAfter.delete(k);
  };
  emitDeletedAfter(null);
  for (const x of b) {
    const e = entryFor(x, 'new');
    if (e) entries.push(e);
    // old articles this entry consumed
    const rel = rels.find((r) => r.new.includes(x.key));
    const olds = rel ? rel.old : oldKeys.has(x.key) ? [x.key] : [];
    for (const k of olds) emitDeletedAfter(k);
  }
  for (const k of [...deletedAfter.keys()]) emitDeletedAfter(k);
  // sanity: every article exactly once
  const seenOld = entries.flatMap((e) => e.old);
  const seenNew = entries.flatMap((e) => e.new);
  if (seenOld.length !== a.length || new Set(seenOld).size !== a.length) throw new Error(`${next.id}: old coverage ${seenOld.length}/${a.length}`);
  if (seenNew.length !== b.length || new Set(seenNew).size !== b.length) throw new Error(`${next.id}: new coverage ${seenNew.length}/${b.length}`);
  for (const r of rels) if (!covered.has(r)) throw new Error(`relation not used: ${JSON.stringify(r)}`);
  return { from: prev.id, to: next.id, articles: entries };
}

function formatConcordance(c) {
  const lines = c.articles.map((e) => `    ${JSON.stringify(e).replace(/,"/g, ', "').replace(/":/g, '": ')}`);
  return `{\n  "from": ${JSON.stringify(c.from)},\n  "to": ${JSON.stringify(c.to)},\n  "articles": [\n${lines.join(',\n')}\n  ]\n}\n`;
}

// ---------------------------------------------------------------- main

let summary = [];
for (const [i, s] of SESSIONS.entries()) {
  const outputs = renderSession(s);
  const dir = join(draftsDir, s.id);
  if (!dryRun) {
    if (existsSync(dir)) for (const f of readdirSync(dir)) if (f.endsWith('.md') || f === 'concordance.json') rmSync(join(dir, f));
    mkdirSync(dir, { recursive: true });
    for (const o of outputs) writeFileSync(join(dir, o.name), o.text);
  }
  let conc = null;
  if (i > 0) {
    conc = concordance(SESSIONS[i - 1], s);
    if (!dryRun) writeFileSync(join(dir, 'concordance.json'), formatConcordance(conc));
  }
  const all = outputs.map((o) => o.text).join('\n');
  const words = all.split(/\s+/).filter(Boolean).length;
  const articles = layoutEntries(s.ordinal).length;
  const opens = (all.replace(/\[\^[^\]]+\]/g, '').match(/\[(?!agreed|informally|provisionally|pending|under discussion|deleted)/g) || []).length;
  const counts = conc ? conc.articles.reduce((m, e) => ((m[e.relation] = (m[e.relation] || 0) + 1), m), {}) : {};
  const changes = conc ? conc.articles.reduce((m, e) => ((m[e.change] = (m[e.change] || 0) + 1), m), {}) : {};
  summary.push(`${s.id.padEnd(20)} files ${outputs.length} articles ${articles} words ${words} brackets ${opens} ${JSON.stringify(counts)} ${JSON.stringify(changes)}`);
}
console.log(summary.join('\n'));
