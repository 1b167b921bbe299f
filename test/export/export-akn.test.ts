// draftdiff export --format akn: schema-valid Akoma Ntoso 3.0, unique eIds, wIds along lineage, references that resolve.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {traceLineage} from '../../src/diff/lineage.js'
import {aknDocuments, type AknDocument} from '../../src/export/akn.js'
import {parseXml, type XmlElement} from '../../src/import/xml.js'
import type {Draft} from '../../src/model/types.js'
import {parseDraft} from '../../src/parse/draft.js'
import {loadSessions, type Session} from '../../src/versions/sessions.js'
import {validateAkn} from '../support/akn-validate.js'

const root = path.resolve(import.meta.dirname, '..', '..')
let sessions: Session[] = []
let documents: AknDocument[] = []
let work = ''

beforeAll(async () => {
  sessions = await loadSessions(path.join(root, 'drafts'))
  documents = aknDocuments(sessions.map((s) => ({label: s.id, draft: s.draft, date: typeof s.draft.meta.date === 'string' ? s.draft.meta.date : null, author: s.id})))
  work = mkdtempSync(path.join(os.tmpdir(), 'draftdiff-akn-'))
})
afterAll(() => rmSync(work, {recursive: true, force: true}))

const parse = (text: string) => parseDraft([{path: 'draft.md', contents: text}]).draft

function elements(node: XmlElement): XmlElement[] {
  return [node, ...node.children.flatMap((c) => (typeof c === 'string' ? [] : elements(c)))]
}

function textOf(node: XmlElement): string {
  return node.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('')
}

const tree = (xml: string) => parseXml(xml, 'akn.xml', 'akn')
const attr = (e: XmlElement, name: string) => e.attributes.get(`|${name}`)

function write(docs: AknDocument[]): string[] {
  return docs.map((d, i) => {
    const file = path.join(work, `${i}-${d.label.replace(/[^a-z0-9-]/gi, '_')}.xml`)
    writeFileSync(file, d.xml)
    return file
  })
}

describe('export --format akn', () => {
  it('every shipped session validates against the OASIS schema (xmllint, and xmllint-wasm as without apt)', async () => {
    expect(documents.length).toBe(7)
    const files = write(documents)
    expect(await validateAkn(files)).toEqual([])
    expect(await validateAkn(files.slice(-1), 'wasm')).toEqual([])
  }, 120_000)

  it('eIds are unique and follow the naming convention; every reference resolves to one', () => {
    let refs = 0
    for (const doc of documents) {
      const all = elements(tree(doc.xml))
      const eIds = all.map((e) => attr(e, 'eId')).filter((v): v is string => v !== undefined)
      expect(new Set(eIds).size, doc.label).toBe(eIds.length)
      const known = new Set(eIds)
      for (const ref of all.filter((e) => e.local === 'ref')) {
        refs++
        expect(known.has((attr(ref, 'href') ?? '').slice(1)), `${doc.label}: ${attr(ref, 'href')}`).toBe(true)
      }
      expect(eIds).toContain('chp_2')
      expect(eIds.filter((id) => /^art_\d+[a-z]*__para_\d+__list_1__point_[a-z]+$/.test(id)).length).toBeGreaterThan(10)
      expect(eIds.filter((id) => /^preamble__recital_\d+$/.test(id)).length).toBeGreaterThan(5)
    }
    expect(refs).toBeGreaterThan(100)
  })

  it('wIds follow lineage: one wId per lineage across the versions, different lineages never share one', () => {
    const keys = traceLineage(sessions.map((s) => ({label: s.id, draft: s.draft})))
    const wIdsOfKey = new Map<string, Set<string>>()
    documents.forEach((doc, i) => {
      const articles = elements(tree(doc.xml)).filter((e) => e.local === 'article')
      const draft = sessions[i]!.draft
      expect(articles.length).toBe(draft.articles.length)
      articles.forEach((element, k) => {
        const key = keys[i]!.get(draft.articles[k]!.id)!
        if (!wIdsOfKey.has(key)) wIdsOfKey.set(key, new Set())
        wIdsOfKey.get(key)!.add(attr(element, 'wId')!)
      })
    })
    for (const [key, ids] of wIdsOfKey) expect([...ids], key).toHaveLength(1)
    const all = [...wIdsOfKey.values()].map((ids) => [...ids][0])
    expect(new Set(all).size).toBe(all.length)
    // Article 16 of 03 is article 15 in 04: a new eId, the same wId.
    const art = (doc: number, eId: string) => elements(tree(documents[doc]!.xml)).find((e) => e.local === 'article' && attr(e, 'eId') === eId)
    expect(attr(art(3, 'art_15')!, 'wId')).toBe(attr(art(2, 'art_16')!, 'wId'))
    expect(attr(art(3, 'art_15')!, 'wId')).not.toBe('art_15')
  })

  it('chapter wIds follow chapter lineage: a chapter renumbered by an inserted one keeps its wId, the new one gets its own', () => {
    const chapter = (numeral: string, title: string, articles: Array<[string, string]>) => `# Chapter ${numeral}. ${title}\n\n${articles.map(([n, text]) => `## Article ${n}. Heading ${n}\n\n1. ${text}\n`).join('\n')}`
    const general = (first: string) => chapter('I', 'General provisions', [[first, 'Each State Party shall keep the registers described in this article.']])
    const measures = (numeral: string, n: string) => chapter(numeral, 'Preventive measures', [[n, 'Each State Party shall train its officials in the handling of seized electronic records.']])
    const before = `${general('1')}\n${measures('II', '2')}`
    const after = `${general('1')}\n${chapter('II', 'Cooperation with the private sector', [['2', 'States Parties shall consult service providers before adopting rules under this chapter.']])}\n${measures('III', '3')}`
    const docs = aknDocuments([before, after].map((text, i) => ({label: `s${i + 1}`, draft: parse(text), date: null, author: 'secretariat'})))
    const chapters = docs.map((d) => elements(tree(d.xml)).filter((e) => e.local === 'chapter').map((e) => [attr(e, 'eId'), attr(e, 'wId')]))
    expect(chapters).toEqual([
      [['chp_1', 'chp_1'], ['chp_2', 'chp_2']],
      [['chp_1', 'chp_1'], ['chp_2', 'chp_2_v2'], ['chp_3', 'chp_2']]
    ])
  })

  it('brackets and status markers are inline elements, footnotes authorial notes; the text is the draft text', () => {
    const doc = tree(documents[3]!.xml)
    const all = elements(doc)
    expect(all.filter((e) => e.local === 'inline' && attr(e, 'name') === 'bracket').length).toBeGreaterThan(50)
    expect(all.some((e) => e.local === 'inline' && attr(e, 'name') === 'statusMarker' && textOf(e) === '[pending]')).toBe(true)
    const notes = sessions[3]!.draft.articles.flatMap((a) => a.paragraphs.flatMap((p) => [p, ...p.subparagraphs])).reduce((n, u) => n + u.footnoteRefs.length, 0)
    expect(notes).toBeGreaterThan(0)
    expect(all.filter((e) => e.local === 'authorialNote').length).toBeGreaterThanOrEqual(notes)
    const first = sessions[3]!.draft.articles[1]!
    const article = all.find((e) => e.local === 'article' && attr(e, 'eId') === 'art_2')!
    expect(textOf(elements(article).find((e) => e.local === 'heading')!)).toBe(`${first.title}${first.status.map((m) => ` [${m.name}]`).join('')}`)
    const para = first.paragraphs[0]!
    expect(textOf(elements(article).find((e) => attr(e, 'eId') === 'art_2__para_1__list_1')!.children.find((c) => typeof c !== 'string' && c.local === 'intro') as XmlElement)).toBe(para.text.replace(/\s*\n\s*/g, ' '))
  })

  it('footnotes: the reference becomes an authorialNote holding the note', async () => {
    const draft = parse('## Article 1. A\n\n1. Text[^n1] [with brackets] and article 1, paragraph 2.\n\n2. Second.\n\n[^n1]: The note.\n')
    const [doc] = aknDocuments([{label: 'x', draft, date: '2024-01-02', author: 'x'}])
    const all = elements(tree(doc!.xml))
    const note = all.find((e) => e.local === 'authorialNote')!
    expect([attr(note, 'marker'), attr(note, 'eId'), textOf(note)]).toEqual(['n1', 'art_1__para_1__authorialNote_1', 'The note.'])
    expect(all.find((e) => e.local === 'ref')?.attributes.get('|href')).toBe('#art_1__para_2')
    expect(await validateAkn(write([doc!]))).toEqual([])
  })

  it('hostile text (markup, ampersands, CDATA ends, control characters) is text; the file stays valid', async () => {
    const hostile = 'A <b>&amp; ]]> "q" \u0001\u0007 end'
    const draft = parse(`---\nsession: s\ntitle: "T <x> & ]]>"\nsymbol: "S/<1>&"\n---\n\n## Article 1. Title <i>&</i> ]]>\n\n1. ${hostile} [in ]]> brackets].\n`)
    const [doc] = aknDocuments([{label: 's', draft, date: null, author: 'A <b> & "c"'}])
    expect(doc!.xml).not.toMatch(/]]>/)
    expect(doc!.xml).not.toMatch(/[\u0001\u0007]/)
    const all = elements(tree(doc!.xml))
    const p = all.find((e) => e.local === 'p' && textOf(e).startsWith('A <b>'))!
    expect(textOf(p)).toBe('A <b>&amp; ]]> "q" \uFFFD\uFFFD end [in ]]> brackets].')
    expect(textOf(all.find((e) => e.local === 'heading')!)).toBe('Title <i>&</i> ]]>')
    expect(await validateAkn(write([doc!]))).toEqual([])
  })

  it('sections and titles (Draft.divisions) nest inside their chapter', async () => {
    const draft: Draft = parse('# Chapter II. Two\n\n## Article 5. A\n\n1. One.\n\n## Article 6. B\n\n1. Two.\n')
    const range = draft.articles[0]!.range
    draft.divisions = [
      {id: 'ch-II/sec-1', kind: 'section', number: '1', title: 'First', chapter: 'II', parent: null, range, articles: ['art-5', 'art-6']},
      {id: 'ch-II/sec-1/title-1', kind: 'title', number: '1', title: null, chapter: 'II', parent: 'ch-II/sec-1', range, articles: ['art-6']}
    ]
    draft.articles[0]!.division = 'ch-II/sec-1'
    draft.articles[1]!.division = 'ch-II/sec-1/title-1'
    const [doc] = aknDocuments([{label: 'd', draft, date: '2024-01-01', author: 'd'}])
    const ids = elements(tree(doc!.xml)).map((e) => `${e.local}:${attr(e, 'eId') ?? ''}`).filter((s) => /^(chapter|section|title|article):/.test(s))
    expect(ids).toEqual(['chapter:chp_2', 'section:chp_2__sec_1', 'article:art_5', 'title:chp_2__sec_1__title_1', 'article:art_6'])
    expect(await validateAkn(write([doc!]))).toEqual([])
  })
})
