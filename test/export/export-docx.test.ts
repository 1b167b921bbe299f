// draftdiff export --format docx: tracked changes whose Accept All is the new draft and Reject All the old,
// read back with the project's zip+XML readers, by LibreOffice itself, and by `draftdiff import`.
import {execFileSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {compareDrafts} from '../../src/diff/compare.js'
import {redlineDocx} from '../../src/export/docx.js'
import {documentLines, flat} from '../../src/export/lines.js'
import {importDocument} from '../../src/import/index.js'
import {readZipParts} from '../../src/import/zip.js'
import type {Draft} from '../../src/model/types.js'
import {parseDraft} from '../../src/parse/draft.js'
import {loadSessions, type Session} from '../../src/versions/sessions.js'
import {pdftotext, requireTool} from '../import-helpers.js'
import {commentTexts, revisionAttributes, viewFootnotes, viewParagraphs} from '../support/docx-revisions.js'
import {editKinds, generateDraft, mutate, Pool, renderDraft, Rng, structuralKinds, type Mutation} from '../support/generate-drafts.js'
import {libreOfficeViews} from '../support/libreoffice-revisions.js'

const root = path.resolve(import.meta.dirname, '..', '..')
const screenshots = path.join(root, 'test-results', 'screenshots')
let sessions: Session[] = []
let work = ''

beforeAll(async () => {
  sessions = await loadSessions(path.join(root, 'drafts'))
  work = mkdtempSync(path.join(os.tmpdir(), 'draftdiff-export-'))
})
afterAll(() => rmSync(work, {recursive: true, force: true}))

const parse = (text: string, name = 'draft.md') => parseDraft([{path: name, contents: text}]).draft

async function redline(before: Draft, after: Draft, labels = ['old', 'new']): Promise<Uint8Array> {
  const diff = compareDrafts({label: labels[0] ?? 'old', draft: before}, {label: labels[1] ?? 'new', draft: after})
  return redlineDocx({before, after, diff, author: labels[1] ?? 'new', date: '2023-04-11T00:00:00Z', title: 't'})
}

const footnoteReference = /\[\^([^\]\s]+)\]/g

/** The draft's lines as the views of the redline read them: a reference to a footnote the draft defines as `[^its text]`. */
function texts(draft: Draft): string[] {
  const notes = new Map(draft.footnotes.map((note) => [note.label, flat(note.text)]))
  return documentLines(draft).map((line) => (line.kind === 'note' ? line.text : line.text.replace(footnoteReference, (whole, label: string) => (notes.has(label) ? `[^${notes.get(label)}]` : whole))))
}

/** The draft's lines as LibreOffice saves them as text: a reference to a footnote the draft defines as the footnote's number. */
function numberedTexts(draft: Draft): string[] {
  const defined = new Set(draft.footnotes.map((note) => note.label))
  let number = 0
  return documentLines(draft).map((line) => (line.kind === 'note' ? line.text : line.text.replace(footnoteReference, (whole, label: string) => (defined.has(label) ? String(++number) : whole))))
}

/** The imported Markdown with Word's footnote numbers (`[^1]`, in the order of the references) given back the draft's labels. */
function relabelled(markdown: string, draft: Draft): string {
  const defined = new Set(draft.footnotes.map((note) => note.label))
  const order = [...new Set(documentLines(draft).flatMap((line) => [...line.text.matchAll(footnoteReference)].map((m) => m[1] ?? '').filter((label) => defined.has(label))))]
  return markdown.replace(/\[\^(\d+)\](:?)/g, (whole, n: string, colon: string) => (order[Number(n) - 1] === undefined ? whole : `[^${order[Number(n) - 1]}]${colon}`))
}

/** Every article of `imported` matches one of `draft` unchanged: the import read the new draft back. */
function expectSameDraft(draft: Draft, imported: Draft, label: string): void {
  const diff = compareDrafts({label: 'new', draft}, {label: 'imported', draft: imported})
  const changed = diff.articles.filter((a) => a.relation !== 'matched' || a.change !== 'none' || a.renumbered).map((a) => `${a.relation} ${a.old.join('+')} → ${a.new.join('+')} (${a.change})`)
  expect(changed, label).toEqual([])
  expect(diff.preamble.filter((u) => u.change !== 'none'), label).toEqual([])
  expect(imported.articles.length, label).toBe(draft.articles.length)
}

/** Footnotes added to a generated draft: each referenced at the end of the first line of a numbered paragraph (`place`, modulo their count) or nowhere, its definition at the end when referenced or `unreferenced`. */
function withFootnotes(markdown: string, notes: Array<{place: number | null; text: string; unreferenced: boolean}>): string {
  const lines = markdown.split('\n')
  const starts = lines.flatMap((line, i) => (/^\d+\. \S/.test(line) ? [i] : []))
  const definitions: string[] = []
  notes.forEach((note, k) => {
    const at = note.place === null ? undefined : starts[note.place % Math.max(1, starts.length)]
    if (at !== undefined) lines[at] += `[^fn-${k}]`
    if (at !== undefined || note.unreferenced) definitions.push(`[^fn-${k}]: ${note.text}`, '')
  })
  return [...lines, '', ...definitions].join('\n')
}

const mutation = (kinds: readonly Mutation['kind'][]) => fc.record({kind: fc.constantFrom(...kinds), pick: fc.nat({max: 9999}), where: fc.nat({max: 9999}), variant: fc.nat({max: 9999})})
const footnote = fc.record({old: fc.option(fc.nat(99)), new: fc.option(fc.nat(99)), edited: fc.boolean(), unreferenced: fc.boolean()})
/** A generated pair: a draft, its mutation, and footnotes added to both. */
const cases = fc.record({
  footnotes: fc.array(footnote, {maxLength: 4}),
  seed: fc.integer({min: 1, max: 0x7fffffff}),
  chapters: fc.array(fc.integer({min: 3, max: 6}), {minLength: 2, maxLength: 3}),
  preamble: fc.integer({min: 0, max: 3}),
  numbering: fc.constantFrom('consecutive' as const, 'explicit' as const),
  mutations: fc.tuple(fc.array(mutation(structuralKinds), {maxLength: 4}), fc.array(mutation(editKinds), {maxLength: 4})).map(([a, b]) => [...a, ...b])
})

function generatedPair(c: typeof cases extends fc.Arbitrary<infer T> ? T : never): [Draft, Draft] {
  const pool = new Pool(new Rng(c.seed))
  const old = generateDraft(pool, {chapters: c.chapters, preamble: c.preamble})
  const next = mutate(old, pool.fork(c.seed ^ 0x9e3779b9), c.mutations, {numbering: c.numbering}).draft
  const notes = (side: 'old' | 'new') => c.footnotes.map((f, k) => ({place: f[side], text: `Note ${k}: delegations will ${side === 'new' && f.edited ? 'revise this wording at the next session' : 'review this wording'}.`, unreferenced: f.unreferenced}))
  return [parse(withFootnotes(renderDraft(old), notes('old')), 'old.md'), parse(withFootnotes(renderDraft(next), notes('new')), 'new.md')]
}

const pairs = () => sessions.slice(1).map((after, i) => [sessions[i] as Session, after] as const)

const shipped = new Map<string, Promise<Uint8Array>>()
/** The redline of two shipped sessions, made once per test file. */
function shippedDocx(before: Session, after: Session): Promise<Uint8Array> {
  const key = `${before.id}..${after.id}`
  if (!shipped.has(key)) shipped.set(key, redline(before.draft, after.draft, [before.id, after.id]))
  return shipped.get(key) as Promise<Uint8Array>
}

describe('export --format docx', () => {
  it('Accept All gives the new draft and Reject All the old, on every shipped pair; importing it gives the new draft', async () => {
    for (const [before, after] of pairs()) {
      const label = `${before.id} → ${after.id}`
      const docx = await shippedDocx(before, after)
      expect(viewParagraphs(docx, 'accept'), label).toEqual(texts(after.draft))
      expect(viewParagraphs(docx, 'reject'), label).toEqual(texts(before.draft))
      expectSameDraft(after.draft, parse(relabelled(importDocument('export.docx', docx).markdown, after.draft)), label)
    }
  }, 300_000)

  it('LibreOffice accepts and rejects all changes into exactly the new and the old draft, footnotes numbered (01→02, 03→04, 06→07)', async () => {
    const folder = path.join(work, 'libreoffice')
    mkdirSync(folder)
    const files: string[] = []
    const checked = () => pairs().filter(([before]) => /^0[136]-/.test(before.id))
    expect(checked()).toHaveLength(3)
    for (const [before, after] of checked()) {
      const file = `${before.id}..${after.id}.docx`
      writeFileSync(path.join(folder, file), await shippedDocx(before, after))
      files.push(file)
    }
    const views = libreOfficeViews(folder, path.join(work, 'profile-macro'), files)
    for (const [before, after] of checked()) {
      const view = views.get(`${before.id}..${after.id}.docx`)
      expect(view?.accept, `${before.id} → ${after.id}, Accept All`).toEqual(numberedTexts(after.draft))
      expect(view?.reject, `${before.id} → ${after.id}, Reject All`).toEqual(numberedTexts(before.draft))
    }
  }, 600_000)

  it('every change carries the author and the date given; events and renumbering are comments', async () => {
    const [before, after] = ['03', '04'].map((id) => sessions.find((s) => s.id.startsWith(`${id}-`)) as Session)
    const docx = await shippedDocx(before!, after!)
    const revisions = revisionAttributes(docx)
    expect(revisions.length).toBeGreaterThan(500)
    expect(new Set(revisions.map((r) => `${r.author} ${r.date}`))).toEqual(new Set(['04-revised 2023-04-11T00:00:00Z']))
    const comments = commentTexts(docx)
    expect(comments.some((c) => c.startsWith('was article 16'))).toBe(true)
    expect(comments.some((c) => c.includes('bracket closed, text agreed: '))).toBe(true)
    expect(comments.some((c) => c.includes('split into'))).toBe(true)
  })

  it('footnotes are Word footnotes: a changed text is tracked inside the footnote, an added or dropped one goes with its reference', async () => {
    const a = parse('## Article 1. A [pending]\n\n1. One[^a] two[^b].\n\n[^a]: The first note as drafted.\n\n[^b]: A note to go.\n\n[^c]: A note nothing refers to.\n')
    const b = parse('## Article 1. A\n\n1. One[^a] two three[^d].\n\n[^a]: The first note as revised.\n\n[^d]: A new note.\n\n[^c]: A note nothing refers to.\n')
    const docx = await redline(a, b)
    expect(viewParagraphs(docx, 'accept')).toEqual(['Article 1. A', '1. One[^The first note as revised.] two three[^A new note.].', '[^c]: A note nothing refers to.'])
    expect(viewParagraphs(docx, 'reject')).toEqual(['Article 1. A [pending]', '1. One[^The first note as drafted.] two[^A note to go.].', '[^c]: A note nothing refers to.'])
    // One footnote per reference, numbered in reading order: a (kept), b (deleted), d (inserted).
    expect([...viewFootnotes(docx, 'accept').values()]).toEqual(['The first note as revised.', '', 'A new note.'])
    expect([...viewFootnotes(docx, 'reject').values()]).toEqual(['The first note as drafted.', 'A note to go.', ''])
    // Tracked changes and footnotes never share an id, and comments come after them all (LibreOffice left footnote
    // texts off the page when comments had ids as low as the footnotes').
    const ids = (part: string, element: string) => [...(readZipParts(docx, [part], 'x').get(part) ?? '').matchAll(new RegExp(`<w:${element} w:id="(\\d+)"`, 'g'))].map((m) => Number(m[1]))
    const others = [...ids('word/document.xml', '(?:ins|del)'), ...ids('word/footnotes.xml', '(?:ins|del)'), ...ids('word/footnotes.xml', 'footnote')]
    expect(others.length).toBeGreaterThan(8)
    expect(new Set(others).size).toBe(others.length)
    expect(ids('word/comments.xml', 'comment')).toEqual([Math.max(...others) + 1])
    const inNotes = revisionAttributes(docx, 'word/footnotes.xml')
    expect(inNotes.map((r) => r.kind).sort()).toEqual(['del', 'del', 'ins', 'ins'])
    expect(commentTexts(docx)).toEqual(['status marker lost: [pending]'])
    expect(new Set(inNotes.map((r) => `${r.author} ${r.date}`))).toEqual(new Set(['new 2023-04-11T00:00:00Z']))
  })

  it('a renumbered article says "was article N"; one moved to another chapter also says from which, by chapter lineage', async () => {
    const article = (n: number, title: string, words: string) => `## Article ${n}. ${title}\n\n1. Each State Party shall ${words} in accordance with its domestic law and this Convention.\n\n`
    const [p, s, c, t] = [['Purpose', 'promote the purposes set out here'], ['Scope', 'apply these rules to the offences listed'], ['Cooperation', 'cooperate with other States Parties to the widest extent'], ['Training', 'train its officials in the handling of electronic evidence']] as const
    const a = parse(`# Chapter I. General\n\n${article(1, ...p)}${article(2, ...s)}# Chapter II. Cooperation\n\n${article(3, ...c)}${article(4, ...t)}`)
    // A new chapter I: old chapters I and II become II and III (lineage, not moves); Scope moves into the old chapter II.
    const b = parse(`# Chapter I. Definitions\n\n${article(1, 'Terms', 'use the terms defined in this article consistently')}# Chapter II. General\n\n${article(2, ...p)}# Chapter III. Cooperation\n\n${article(3, ...c)}${article(4, ...s)}${article(5, ...t)}`)
    const comments = commentTexts(await redline(a, b))
    // Scope's heading: its renumbering and move, then why its lines are deleted where they were and inserted here.
    expect(comments.filter((c) => c.startsWith('was article 2'))).toEqual(['was article 2\nmoved from chapter I to III\nmoved here: its place among the other paragraphs changed (deleted where it was)'])
    expect(comments).toContain('was article 1')
    expect(comments).toContain('was article 4')
    expect(comments.filter((c) => c.includes('moved from'))).toHaveLength(1)
  })

  it('the same drafts give the same bytes (no clock inside)', async () => {
    const [a, b] = [parse('## Article 1. A\n\n1. One [two].\n'), parse('## Article 1. A\n\n1. One two.\n\n2. Three.\n')]
    expect(Buffer.from(await redline(a, b)).equals(Buffer.from(await redline(a, b)))).toBe(true)
  })

  it('hostile text: markup, CDATA ends and control characters stay text', async () => {
    const hostile = 'A <w:t>&amp; ]]> "q" \u0001\u0007 \uFFFF end'
    const a = parse(`## Article 1. Title <b>\n\n1. Safe text.\n`)
    const b = parse(`## Article 1. Title <b>\n\n1. ${hostile}.\n`)
    const docx = await redline(a, b)
    expect(viewParagraphs(docx, 'accept')).toEqual(['Article 1. Title <b>', '1. A <w:t>&amp; ]]> "q" \uFFFD\uFFFD \uFFFD end.'])
    expect(viewParagraphs(docx, 'reject')).toEqual(['Article 1. Title <b>', '1. Safe text.'])
  })

  it('generated pairs: Accept All, Reject All and the import hold after renumbering, splits, merges, edits and footnotes added, dropped, moved or edited', async () => {
    await fc.assert(
      fc.asyncProperty(cases, async (c) => {
        const [a, b] = generatedPair(c)
        const docx = await redline(a, b)
        expect(viewParagraphs(docx, 'accept')).toEqual(texts(b))
        expect(viewParagraphs(docx, 'reject')).toEqual(texts(a))
        expectSameDraft(b, parse(relabelled(importDocument('generated.docx', docx).markdown, b)), `seed ${c.seed}`)
      }),
      {numRuns: 25}
    )
  }, 120_000)

  it('LibreOffice opens every shipped pair\'s redline and two generated ones: each as PDF with its first article and a footnote at the foot of a page, that page kept as PNG in test-results/screenshots', async () => {
    requireTool('soffice', 'libreoffice-writer-nogui')
    requireTool('pdftoppm', 'poppler-utils')
    const folder = path.join(work, 'pdf')
    mkdirSync(folder)
    const names = pairs().map(([before, after]) => `export-docx-${before.id}..${after.id}`)
    for (const [k, [before, after]] of pairs().entries()) writeFileSync(path.join(folder, `${names[k]}.docx`), await shippedDocx(before, after))
    // And two generated pairs (a fixed sample), each with a footnote kept.
    const generated = fc.sample(cases.map((c) => ({...c, footnotes: [{old: 0, new: 0, edited: true, unreferenced: false}, ...c.footnotes]})), {seed: 13, numRuns: 2}).map(generatedPair)
    for (const [k, [a, b]] of generated.entries()) writeFileSync(path.join(folder, `export-docx-generated-${k + 1}.docx`), await redline(a, b))
    // One LibreOffice run converts them all.
    const all = [...pairs().map(([, after], k) => ({name: names[k] as string, after: after.draft})), ...generated.map(([, b], k) => ({name: `export-docx-generated-${k + 1}`, after: b}))]
    execFileSync('soffice', [`-env:UserInstallation=file://${path.join(work, 'profile-pdf')}`, '--headless', '--convert-to', 'pdf', '--outdir', folder, ...all.map(({name}) => path.join(folder, `${name}.docx`))], {stdio: 'pipe', timeout: 600_000})
    mkdirSync(screenshots, {recursive: true})
    expect(all).toHaveLength(8)
    for (const {name, after} of all) {
      const pages = pdftotext(path.join(folder, `${name}.pdf`)).split('\f')
      const first = after.articles[0]
      expect(pages.join('\n'), name).toContain(`Article ${first?.number}. ${flat(first?.title ?? '')}`)
      // The first footnote referred to, at the foot of some page (words matched across line breaks).
      const label = documentLines(after).flatMap((line) => (line.kind === 'note' ? [] : [...line.text.matchAll(footnoteReference)].map((m) => m[1]))).find((l) => after.footnotes.some((f) => f.label === l))
      const words = flat(after.footnotes.find((f) => f.label === label)?.text ?? '').split(' ').slice(0, 4)
      // 07-final refers to no footnote: its page 2 is kept.
      if (name.endsWith('07-final')) expect(label).toBeUndefined()
      const page = label === undefined ? 1 : pages.findIndex((text) => new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+')).test(text))
      expect(page, `${name}: footnote ${label} "${words.join(' ')}" on a page`).toBeGreaterThanOrEqual(0)
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(page + 1), '-l', String(page + 1), '-singlefile', path.join(folder, `${name}.pdf`), path.join(screenshots, name)])
      expect(statSync(path.join(screenshots, `${name}.png`)).size, name).toBeGreaterThan(10_000)
    }
  }, 900_000)
})
