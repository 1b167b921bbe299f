// Whole-process `draftdiff import` of a 70-article .docx (drafts/07-final written by the `docx`
// library with Word numbering) against `node -e 0`; prints one JSON line. Target: within 12×.
import {execFileSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph} from 'docx'
import {parseDraft} from '../dist/parse/draft.js'

const runs = Number(process.env.BENCH_RUNS ?? 5)
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const root = new URL('..', import.meta.url).pathname
const flat = (text) => text.replace(/\s*\n\s*/g, ' ')

const {draft} = parseDraft([{path: 'draft.md', contents: readFileSync(path.join(root, 'drafts/07-final/draft.md'), 'utf8')}])
const children = []
for (const article of draft.articles) {
  children.push(new Paragraph({text: `Article ${article.number}`, heading: HeadingLevel.HEADING_2}))
  if (article.title) children.push(new Paragraph({text: article.title, alignment: AlignmentType.CENTER}))
  for (const p of article.paragraphs) {
    children.push(new Paragraph({text: flat(p.text), numbering: {reference: 'paras', level: 0, instance: article.ordinal}}))
    for (const s of p.subparagraphs) children.push(new Paragraph({text: flat(s.text), numbering: {reference: 'paras', level: 1, instance: article.ordinal}}))
  }
}
const levels = [
  {level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT},
  {level: 1, format: LevelFormat.LOWER_LETTER, text: '(%2)', alignment: AlignmentType.LEFT},
]
const doc = new Document({numbering: {config: [{reference: 'paras', levels}]}, sections: [{children}]})
const dir = mkdtempSync(path.join(os.tmpdir(), 'draftdiff-bench-import-'))
const file = path.join(dir, 'draft.docx')
writeFileSync(file, await Packer.toBuffer(doc))
const time = (args) => {
  const start = performance.now()
  execFileSync(process.execPath, args, {stdio: 'pipe', env: {...process.env, DRAFTDIFF_CACHE: '0'}})
  return performance.now() - start
}
try {
  const node = median(Array.from({length: runs}, () => time(['-e', '0'])))
  const importMs = median(Array.from({length: runs}, () => time([path.join(root, 'bin/draftdiff.js'), 'import', file])))
  process.stdout.write(JSON.stringify({articles: draft.articles.length, bytes: readFileSync(file).length, nodeMs: node, importMs, ratio: importMs / node}) + '\n')
} finally {
  rmSync(dir, {recursive: true, force: true})
}
