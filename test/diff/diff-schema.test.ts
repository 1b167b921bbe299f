// The JSON contract of `draftdiff diff --format json` (docs/diff-json.md): every DraftDiff that
// compareDrafts and the CLI produce validates against docs/diff.schema.json, the schema lists
// exactly the fields and values of src/model/diff.ts, and the invariants a schema cannot express
// (every article in exactly one entry, redlines rebuilding both texts, summary totals) hold.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import ajv2020 from 'ajv/dist/2020.js'
import {beforeAll, describe, expect, it} from 'vitest'
import {concordanceOptions, parseConcordance} from '../../src/align/concordance.js'
import {compareDrafts, type Options} from '../../src/diff/compare.js'
import type {ArticleChange, ArticleSide, ChangeClass, ChapterChange, ChapterInfo, ChapterSide, DiffSummary, DraftDiff, EventKind, MatchPass, NegotiationEvent, Piece, Redline, Relation, UnitChange, UnitRelation, VersionInfo} from '../../src/model/diff.js'
import type {Draft} from '../../src/model/types.js'
import {parseDraft} from '../../src/parse/draft.js'
import {loadSessions, type Session} from '../../src/versions/sessions.js'
import {runIn} from '../support/cli-run.js'

const root = path.resolve(import.meta.dirname, '..', '..')
const drafts = path.join(root, 'drafts')
const schema = JSON.parse(readFileSync(path.join(root, 'docs', 'diff.schema.json'), 'utf8')) as {$defs: Record<string, SchemaNode>} & SchemaNode

interface SchemaNode {
  type?: string | string[]
  enum?: string[]
  required?: string[]
  properties?: Record<string, SchemaNode>
  additionalProperties?: boolean
  $ref?: string
}

// ajv is CommonJS: under NodeNext its default import is `module.exports` (typed as the module), and
// ajv sets `module.exports.default` to the class, so `.default` is the class at compile and run time.
const Ajv = ajv2020.default
const ajv = new Ajv({allErrors: true, strict: true})
const validate = ajv.compile<DraftDiff>(schema)

/** The diff as a consumer sees it (through JSON), checked against the schema and the invariants. */
function expectValid(diff: DraftDiff, before: Draft, after: Draft): DraftDiff {
  const json = JSON.parse(JSON.stringify(diff)) as DraftDiff
  const valid = validate(json)
  expect(valid ? [] : ajv.errorsText(validate.errors, {separator: '\n'}).split('\n').slice(0, 10), `${diff.old.label} → ${diff.new.label} against docs/diff.schema.json`).toEqual([])
  expectInvariants(json, before, after)
  return json
}

const fold = (text: string) => text.replace(/\s+/g, ' ').trim()
const wordCount = (text: string) => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0
const rebuilt = (pieces: Piece[], side: 'old' | 'new') => pieces.filter((p) => p.type !== (side === 'old' ? 'insert' : 'delete')).map((p) => p.text).join('')
const sum = <T>(list: T[], value: (item: T) => number) => list.reduce((total, item) => total + value(item), 0)

/** The invariants of docs/diff-json.md that JSON Schema cannot state. */
function expectInvariants(diff: DraftDiff, before: Draft, after: Draft): void {
  const where = `${diff.old.label} → ${diff.new.label}`
  // Every article of each version is in exactly one entry, and nothing else is.
  const occurrences = (pick: (a: ArticleChange) => ArticleSide[]) => {
    const seen = new Map<string, number>()
    for (const article of diff.articles) for (const side of pick(article)) seen.set(side.id, (seen.get(side.id) ?? 0) + 1)
    return seen
  }
  const once = (ids: string[]) => new Map(ids.map((id) => [id, 1]))
  expect(occurrences((a) => a.oldArticles), `${where}: old articles, each in exactly one entry`).toEqual(once(before.articles.map((a) => a.id)))
  expect(occurrences((a) => a.newArticles), `${where}: new articles, each in exactly one entry`).toEqual(once(after.articles.map((a) => a.id)))
  expect(diff.old.counts.articles).toBe(before.articles.length)
  expect(diff.new.counts.articles).toBe(after.articles.length)
  expectChapters(diff.old, diff.articles.flatMap((a) => a.oldArticles), `${where}: old`)
  expectChapters(diff.new, diff.articles.flatMap((a) => a.newArticles), `${where}: new`)

  for (const article of diff.articles) {
    const label = `${where}: ${article.lineage}`
    expect(article.old, label).toEqual(article.oldArticles.map((a) => a.number))
    expect(article.new, label).toEqual(article.newArticles.map((a) => a.number))
    const first = article.oldArticles[0]
    const firstNew = article.newArticles[0]
    expect(article.lineage, label).toBe(first ? `${diff.old.label}:${first.id}` : `${diff.new.label}:${firstNew?.id}`)
    // Split and merge flags compare the first old with the first new article.
    expect(article.renumbered, label).toBe(Boolean(first && firstNew && first.number !== firstNew.number))
    const unique = (chapters: ChapterInfo[]) => new Set(chapters.map((c) => c.number)).size === chapters.length
    if (diff.divisions.length === 0 && unique(diff.old.chapters) && unique(diff.new.chapters)) expect(article.moved, label).toBe(movedByLineage(diff, first, firstNew))
    expect(article.titleChanged, label).toBe(Boolean(first && firstNew && fold(first.title ?? '') !== fold(firstNew.title ?? '')))
    expect(article.wordsAdded, label).toBe(sum(article.units, (u) => u.redline.wordsAdded))
    expect(article.wordsRemoved, label).toBe(sum(article.units, (u) => u.redline.wordsRemoved))
    expect(article.bracketsOpened, label).toBe(article.events.filter((e) => e.kind === 'bracket-opened').length)
    if (article.change === 'none') expect(article.units.every((u) => u.change === 'none'), label).toBe(true)
    expectUnits(article.units, label)
    const unitIds = new Set(article.units.flatMap((u) => [u.old?.id, u.new?.id]).filter((id): id is string => id !== undefined))
    for (const event of article.events) if (event.unit !== null) expect(unitIds.has(event.unit), `${label}: event ${event.kind} in ${event.unit}`).toBe(true)
  }
  expectUnits(diff.preamble, `${where}: preamble`)
  expectChapterEntries(diff, before, after, where)

  const relations = Object.fromEntries(relationValues.map((r) => [r, diff.articles.filter((a) => a.relation === r).length]))
  const changes = Object.fromEntries(changeValues.map((c) => [c, diff.articles.filter((a) => a.change === c).length]))
  expect(diff.summary, `${where}: summary`).toEqual({
    relations,
    changes,
    bracketsOpened: sum(diff.articles, (a) => a.bracketsOpened),
    bracketsClosed: sum(diff.articles, (a) => a.bracketsClosed),
    wordsAdded: sum(diff.articles, (a) => a.wordsAdded) + sum(diff.preamble, (u) => u.redline.wordsAdded),
    wordsRemoved: sum(diff.articles, (a) => a.wordsRemoved) + sum(diff.preamble, (u) => u.redline.wordsRemoved)
  })
}

/** Moved when the first old and new articles' chapters are in different `chapters` entries (sections and titles aside). */
function movedByLineage(diff: DraftDiff, first: ArticleSide | undefined, firstNew: ArticleSide | undefined): boolean {
  if (!first || !firstNew) return false
  if (first.chapter === null || firstNew.chapter === null) return first.chapter !== firstNew.chapter && diff.old.chapters.length > 0 && diff.new.chapters.length > 0
  const before = diff.chapters.findIndex((c) => c.oldChapters.some((side) => side.number === first.chapter))
  const after = diff.chapters.findIndex((c) => c.newChapters.some((side) => side.number === firstNew.chapter))
  return before !== after
}

/** Every chapter of each version in exactly one `chapters` entry, numerals and flags as the sides say. */
function expectChapterEntries(diff: DraftDiff, before: Draft, after: Draft, where: string): void {
  expect(diff.chapters.flatMap((c) => c.oldChapters.map((side) => side.id)).sort(), `${where}: old chapters once`).toEqual(before.chapters.map((c) => c.id).sort())
  expect(diff.chapters.flatMap((c) => c.newChapters.map((side) => side.id)).sort(), `${where}: new chapters once`).toEqual(after.chapters.map((c) => c.id).sort())
  for (const change of [...diff.chapters, ...diff.divisions]) {
    const [first, firstNew] = [change.oldChapters[0], change.newChapters[0]]
    expect(change.old).toEqual(change.oldChapters.map((side) => side.number))
    expect(change.new).toEqual(change.newChapters.map((side) => side.number))
    expect(change.lineage).toBe(first ? `${diff.old.label}:${first.id}` : `${diff.new.label}:${firstNew?.id}`)
    expect(change.renumbered).toBe(Boolean(first && firstNew && first.number !== firstNew.number))
    expect(change.titleChanged).toBe(Boolean(first && firstNew && fold(first.title ?? '') !== fold(firstNew.title ?? '')))
  }
}

/** One entry per chapter, counting the articles that name it and their open brackets. */
function expectChapters(version: VersionInfo, articles: ArticleSide[], where: string): void {
  expect(version.chapters.length, `${where}: chapters`).toBe(version.counts.chapters)
  expect(sum(articles, (a) => a.openBrackets), `${where}: article brackets within the draft's`).toBeLessThanOrEqual(version.counts.openBrackets)
  const numbers = version.chapters.map((c) => c.number)
  if (new Set(numbers).size !== numbers.length) return // a duplicated chapter number: counts are per numeral
  for (const chapter of version.chapters) {
    const inside = articles.filter((a) => a.chapter === chapter.number)
    expect([chapter.articles, chapter.openBrackets], `${where}: chapter ${chapter.number}`).toEqual([inside.length, sum(inside, (a) => a.openBrackets)])
  }
}

function expectUnits(units: UnitChange[], where: string): void {
  const oldIds = units.flatMap((u) => (u.old ? [u.old.id] : []))
  const newIds = units.flatMap((u) => (u.new ? [u.new.id] : []))
  expect(new Set(oldIds).size, `${where}: each old unit once`).toBe(oldIds.length)
  expect(new Set(newIds).size, `${where}: each new unit once`).toBe(newIds.length)
  for (const unit of units) {
    const label = `${where}: ${unit.old?.id ?? '-'} → ${unit.new?.id ?? '-'}`
    const {pieces} = unit.redline
    // Unit texts are whitespace-folded, and the redline rebuilds both of them.
    for (const side of [unit.old, unit.new]) if (side) expect(side.text, label).toBe(fold(side.text))
    expect(rebuilt(pieces, 'old'), `${label}: equal + delete = old text`).toBe(unit.old?.text ?? '')
    expect(rebuilt(pieces, 'new'), `${label}: equal + insert = new text`).toBe(unit.new?.text ?? '')
    expect(pieces.every((p, k) => k === 0 || pieces[k - 1]?.type !== p.type), `${label}: neighbouring pieces differ in type`).toBe(true)
    expect(pieces.every((p, k) => !(p.type === 'delete' && pieces[k - 1]?.type === 'insert')), `${label}: a delete comes before its insert`).toBe(true)
    expect(unit.redline.wordsAdded, label).toBe(sum(pieces.filter((p) => p.type === 'insert'), (p) => wordCount(p.text)))
    expect(unit.redline.wordsRemoved, label).toBe(sum(pieces.filter((p) => p.type === 'delete'), (p) => wordCount(p.text)))
    if (unit.relation === 'matched') expect(unit.renumbered, label).toBe(unit.old?.marker !== unit.new?.marker)
    if (unit.change === 'none') expect(unit.old?.text, label).toBe(unit.new?.text)
  }
}

/** Every member of a union, listed once: a compile error names what src/model/diff.ts has and the list lacks. */
function every<U extends string>() {
  return <const K extends readonly U[]>(list: K & ([Exclude<U, K[number]>] extends [never] ? unknown : {missing: Exclude<U, K[number]>})): string[] => [...list].sort()
}

const relationValues = every<Relation>()(['matched', 'split', 'merged', 'added', 'deleted'])
const changeValues = every<ChangeClass>()(['none', 'references-only', 'editorial', 'substantive'])

describe('docs/diff.schema.json describes src/model/diff.ts', () => {
  const defs = schema.$defs
  const props = (node: SchemaNode | undefined) => Object.keys(node?.properties ?? {}).sort()
  const required = (node: SchemaNode | undefined) => [...(node?.required ?? [])].sort()
  const objects: Array<[string, SchemaNode | undefined, string[], string[]?]> = [
    ['DraftDiff', schema, every<keyof DraftDiff>()(['schemaVersion', 'old', 'new', 'articles', 'chapters', 'divisions', 'preamble', 'summary'])],
    ['ChapterChange', defs.ChapterChange, every<keyof ChapterChange>()(['kind', 'relation', 'old', 'new', 'oldChapters', 'newChapters', 'renumbered', 'titleChanged', 'lineage'])],
    ['ChapterSide', defs.ChapterSide, every<keyof ChapterSide>()(['id', 'number', 'title', 'articles'])],
    ['VersionInfo', defs.VersionInfo, every<keyof VersionInfo>()(['label', 'meta', 'counts', 'chapters'])],
    ['VersionInfo.counts', defs.VersionInfo?.properties?.counts, every<keyof VersionInfo['counts']>()(['chapters', 'articles', 'words', 'openBrackets'])],
    ['ChapterInfo', defs.ChapterInfo, every<keyof ChapterInfo>()(['number', 'title', 'articles', 'openBrackets'])],
    ['ArticleSide', defs.ArticleSide, every<keyof ArticleSide>()(['number', 'id', 'title', 'chapter', 'division', 'openBrackets'])],
    [
      'ArticleChange',
      defs.ArticleChange,
      every<keyof ArticleChange>()(['relation', 'old', 'new', 'oldArticles', 'newArticles', 'renumbered', 'moved', 'titleChanged', 'change', 'matchedBy', 'similarity', 'lineage', 'units', 'events', 'wordsAdded', 'wordsRemoved', 'bracketsOpened', 'bracketsClosed'])
    ],
    ['UnitChange', defs.UnitChange, every<keyof UnitChange>()(['relation', 'old', 'new', 'renumbered', 'reordered', 'change', 'similarity', 'redline'])],
    ['UnitSide', defs.UnitSide, every<keyof NonNullable<UnitChange['old']>>()(['id', 'marker', 'text'])],
    ['Redline', defs.Redline, every<keyof Redline>()(['pieces', 'coarse', 'wordsAdded', 'wordsRemoved'])],
    ['Piece', defs.Piece, every<keyof Piece>()(['type', 'text'])],
    ['NegotiationEvent', defs.NegotiationEvent, every<keyof NegotiationEvent>()(['kind', 'unit', 'text', 'from', 'to']), ['from', 'to']],
    ['DiffSummary', defs.DiffSummary, every<keyof DiffSummary>()(['relations', 'changes', 'bracketsOpened', 'bracketsClosed', 'wordsAdded', 'wordsRemoved'])],
    ['DiffSummary.relations', defs.DiffSummary?.properties?.relations, relationValues],
    ['DiffSummary.changes', defs.DiffSummary?.properties?.changes, changeValues]
  ]
  for (const [name, node, fields, optional = []] of objects) {
    it(`${name}: exactly the fields of the type, no others`, () => {
      expect(node, name).toBeDefined()
      expect(props(node)).toEqual(fields)
      expect(required(node)).toEqual(fields.filter((f) => !optional.includes(f)))
      expect(node?.additionalProperties).toBe(false)
    })
  }

  const enums: Array<[string, SchemaNode | undefined, string[]]> = [
    ['Relation', defs.Relation, relationValues],
    ['ChangeClass', defs.ChangeClass, changeValues],
    ['MatchPass', defs.MatchPass, every<MatchPass>()(['concordance', 'identical', 'number-title', 'title', 'content', 'number', 'split', 'merge'])],
    ['UnitRelation', defs.UnitRelation, every<UnitRelation>()(['matched', 'inserted', 'deleted'])],
    ['EventKind', defs.EventKind, every<EventKind>()(['bracket-opened', 'bracket-agreed', 'bracket-dropped', 'options-narrowed', 'options-resolved', 'marker-gained', 'marker-lost', 'reference-renumbered', 'reference-removed'])],
    ['Piece.type', defs.Piece?.properties?.type, every<Piece['type']>()(['equal', 'insert', 'delete'])]
  ]
  for (const [name, node, values] of enums) {
    it(`${name}: exactly the values of the type`, () => {
      expect([...(node?.enum ?? [])].sort()).toEqual(values)
    })
  }

  it('is strict: it rejects output that breaks the contract', () => {
    const before = draft('t', `## Article 1. Scope\n\n1. ${text.scope}\n`)
    const good = JSON.parse(JSON.stringify(compareDrafts({label: 'a', draft: before}, {label: 'b', draft: draft('t', `## Article 1. Scope\n\n1. ${text.scope} [Yes.]\n`)}))) as DraftDiff
    expect(validate(good)).toBe(true)
    // Each break, the place the schema reports it, and how to make it.
    const broken: Array<[string, string, (d: Record<string, unknown> & DraftDiff) => void]> = [
      ['a newer schemaVersion', '/schemaVersion', (d) => Object.assign(d, {schemaVersion: 2})],
      ['an unknown top-level field', '', (d) => Object.assign(d, {extra: true})],
      ['an unknown article field', '/articles/0', (d) => Object.assign(d.articles[0] ?? {}, {extra: true})],
      ['an unknown relation', '/articles/0/relation', (d) => Object.assign(d.articles[0] ?? {}, {relation: 'moved'})],
      ['a matched entry with two new articles', '/articles/0/new', (d) => d.articles[0]?.new.push('2')],
      ['an added entry with an old article', '/articles/0/old', (d) => Object.assign(d.articles[0] ?? {}, {relation: 'added', matchedBy: null, similarity: null})],
      ['a split classed as editorial', '/articles/0/change', (d) => Object.assign(d.articles[0] ?? {}, {relation: 'split', change: 'editorial', matchedBy: 'split', similarity: null, new: ['1', '2'], newArticles: [...(d.articles[0]?.newArticles ?? []), {number: '2', id: 'art-2', title: null, chapter: null, openBrackets: 0}]})],
      ['a similarity above 1', '/articles/0/similarity', (d) => Object.assign(d.articles[0] ?? {}, {similarity: 1.5})],
      ['a negative word count', '/summary/wordsAdded', (d) => Object.assign(d.summary, {wordsAdded: -1})],
      ['a fractional bracket count', '/summary/bracketsClosed', (d) => Object.assign(d.summary, {bracketsClosed: 0.5})],
      ['a missing change class in the summary', '/summary/changes', (d) => delete (d.summary.changes as Partial<DiffSummary['changes']>).editorial],
      ['an empty redline piece', '/articles/0/units/0/redline/pieces/2/text', (d) => d.articles[0]?.units[0]?.redline.pieces.push({type: 'insert', text: ''})],
      ['an inserted unit with an old side', '/articles/0/units/0/old', (d) => Object.assign(d.articles[0]?.units[0] ?? {}, {relation: 'inserted'})],
      ['a renumbered reference without from and to', '/articles/0/events/1', (d) => d.articles[0]?.events.push({kind: 'reference-renumbered', unit: null, text: 'article 2'})],
      ['an unknown event kind', '/articles/0/events/1/kind', (d) => d.articles[0]?.events.push({kind: 'bracket-moved' as EventKind, unit: null, text: 'x'})]
    ]
    for (const [name, at, breakIt] of broken) {
      const copy = JSON.parse(JSON.stringify(good)) as Record<string, unknown> & DraftDiff
      breakIt(copy)
      expect(validate(copy), name).toBe(false)
      expect(validate.errors?.map((e) => e.instancePath), name).toContain(at)
    }
    // `meta` is free-form: any front matter keys are allowed.
    const meta = JSON.parse(JSON.stringify(good)) as DraftDiff
    meta.old.meta = {session: 'x', 'status-markers': ['noted'], nested: {a: 1}}
    expect(validate(meta)).toBe(true)
  })
})

describe('every diff of the shipped sessions validates', () => {
  let sessions: Session[] = []
  beforeAll(async () => {
    sessions = await loadSessions(drafts)
  })
  const compare = (a: Session, b: Session, options: Options = {}) => expectValid(compareDrafts({label: a.id, draft: a.draft}, {label: b.id, draft: b.draft}, options), a.draft, b.draft)

  it('ships seven sessions', () => {
    expect(sessions).toHaveLength(7)
  })

  for (let k = 1; k < 7; k++) {
    it(`session ${k} → ${k + 1}, its reverse, and with the shipped concordance`, () => {
      const before = sessions[k - 1] as Session
      const after = sessions[k] as Session
      compare(before, after)
      compare(after, before)
      const concordance = parseConcordance(readFileSync(path.join(after.path, 'concordance.json'), 'utf8'))
      const forced = compare(before, after, concordanceOptions(concordance))
      expect(forced.articles.some((a) => a.matchedBy === 'concordance')).toBe(true)
    })
  }

  it('a session compared with itself: all matched, nothing changed', () => {
    for (const session of sessions) {
      const diff = compare(session, session)
      expect(diff.articles.every((a) => a.relation === 'matched' && a.change === 'none' && a.events.length === 0 && !a.renumbered && !a.moved && !a.titleChanged)).toBe(true)
      expect(diff.preamble.every((u) => u.relation === 'matched' && u.change === 'none')).toBe(true)
      expect(diff.summary).toMatchObject({bracketsOpened: 0, bracketsClosed: 0, wordsAdded: 0, wordsRemoved: 0})
      expect(diff.summary.relations.matched).toBe(session.draft.articles.length)
    }
  })

  it('the first and the last session, both ways', () => {
    const first = sessions[0] as Session
    const last = sessions[6] as Session
    compare(first, last)
    compare(last, first)
  })

  it('the built CLI prints valid JSON for `diff 03 04 --format json`, the same as compareDrafts', () => {
    const result = runIn(root, 'diff', '03', '04', '--format', 'json')
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const printed = JSON.parse(result.stdout) as DraftDiff
    const before = sessions[2] as Session
    const after = sessions[3] as Session
    expect(validate(printed), ajv.errorsText(validate.errors)).toBe(true)
    expectInvariants(printed, before.draft, after.draft)
    expect(printed).toEqual(JSON.parse(JSON.stringify(compareDrafts({label: before.id, draft: before.draft}, {label: after.id, draft: after.draft}))))
  })
})

// Small drafts in the format of docs/draft-format.md, one relation each.
const text = {
  scope: 'This Convention covers preventing, investigating and prosecuting the offences that it defines.',
  access: 'Each State Party shall make it a crime under its law to enter all or part of an information system on purpose and without permission.',
  interception: 'Each State Party shall make it a crime under its law to capture, with technical tools, private streams of electronic data sent to, from or inside an information system.',
  jurisdiction: 'Each State Party shall assert its jurisdiction over the offences this Convention defines where they take place on its soil or aboard a ship that carries its flag.',
  extradition: 'The offences this Convention defines shall count as grounds for surrender under any extradition treaty already in force between States Parties.',
  reservations: 'A State may enter only the reservations that this Convention itself allows, and shall notify them in writing to the depositary when it signs.',
  assistance: 'States Parties shall, as far as they are able, consider giving one another broad technical help, above all to benefit developing countries.'
}

function draft(session: string, body: string): Draft {
  const markdown = `---\nsession: ${session}\ntitle: Draft text of the convention\ndate: 2024-01-01\n---\n\n# Preamble\n\nThe States Parties to this Convention,\n\n(1) Concerned that offences committed through information systems cross borders with ease,\n\nHave agreed as follows:\n\n# Chapter I. General provisions\n\n${body}`
  return parseDraft([{path: `${session}.md`, contents: markdown}]).draft
}

const oldDraft = draft(
  'hand-old',
  `## Article 1. Scope of application [agreed]

1. ${text.scope}

2. This article applies subject to article 2, paragraph 1.

# Chapter II. Criminalization

## Article 2. Offences against information systems

1. ${text.access}

2. ${text.interception}

# Chapter III. Jurisdiction and cooperation

## Article 3. Jurisdiction

${text.jurisdiction}

## Article 4. Extradition

${text.extradition} [pending]

## Article 5. Reservations

${text.reservations}
`
)

const newDraft = draft(
  'hand-new',
  `## Article 1. Scope of application [agreed]

1. ${text.scope}

2. This article applies subject to article 3, paragraph 1.

# Chapter II. Criminalization

## Article 2. Illegal access

${text.access}

## Article 3. Illegal interception

${text.interception} [Option 1: with dishonest intent] [Option 2: without right]

# Chapter III. Jurisdiction and cooperation

## Article 4. Jurisdiction and extradition

1. ${text.jurisdiction}

2. ${text.extradition}

## Article 5. Technical assistance

${text.assistance}
`
)

describe('hand-written drafts exercising every relation validate', () => {
  const relations = (diff: DraftDiff) => diff.articles.map((a) => [a.relation, a.old, a.new])

  it('split, merge, added, deleted and a renumbered reference, old → new', () => {
    const diff = expectValid(compareDrafts({label: 'hand-old', draft: oldDraft}, {label: 'hand-new', draft: newDraft}), oldDraft, newDraft)
    expect(relations(diff)).toEqual([
      ['matched', ['1'], ['1']],
      ['split', ['2'], ['2', '3']],
      ['merged', ['3', '4'], ['4']],
      ['deleted', ['5'], []],
      ['added', [], ['5']]
    ])
    expect(diff.articles[0]?.events).toContainEqual({kind: 'reference-renumbered', unit: 'art-1/para-2', text: 'article 3, paragraph 1', from: 'article 2, paragraph 1', to: 'article 3, paragraph 1'})
    expect(diff.articles[1]).toMatchObject({lineage: 'hand-old:art-2', renumbered: false, titleChanged: true, change: 'substantive', matchedBy: 'split', bracketsOpened: 2})
    expect(diff.articles[2]).toMatchObject({lineage: 'hand-old:art-3', renumbered: true, moved: false, change: 'substantive', matchedBy: 'merge'})
    expect(diff.articles[2]?.events.map((e) => e.kind)).toContain('marker-lost')
    expect(diff.articles[4]).toMatchObject({lineage: 'hand-new:art-5', matchedBy: null, similarity: null})
  })

  it('the same drafts, new → old (merge becomes split, added becomes deleted)', () => {
    const diff = expectValid(compareDrafts({label: 'hand-new', draft: newDraft}, {label: 'hand-old', draft: oldDraft}), newDraft, oldDraft)
    // Entries follow the new version; a deleted article comes right after the entry holding its old predecessor.
    expect(relations(diff)).toEqual([
      ['matched', ['1'], ['1']],
      ['merged', ['2', '3'], ['2']],
      ['split', ['4'], ['3', '4']],
      ['deleted', ['5'], []],
      ['added', [], ['5']]
    ])
  })

  it('two drafts parsed from the same text', () => {
    const markdown = readFileSync(path.join(drafts, '03-complete', 'draft.md'), 'utf8')
    const copy = parseDraft([{path: 'copy.md', contents: markdown}]).draft
    const same = parseDraft([{path: 'same.md', contents: markdown}]).draft
    const diff = expectValid(compareDrafts({label: 'copy', draft: copy}, {label: 'same', draft: same}), copy, same)
    expect(diff.articles.every((a) => a.relation === 'matched' && a.change === 'none' && a.matchedBy !== null)).toBe(true)
  })

  it('a draft with a preamble and no articles, against one with articles, both ways', () => {
    const empty = draft('empty', '')
    const added = expectValid(compareDrafts({label: 'empty', draft: empty}, {label: 'full', draft: oldDraft}), empty, oldDraft)
    expect(added.articles.every((a) => a.relation === 'added')).toBe(true)
    const deleted = expectValid(compareDrafts({label: 'full', draft: oldDraft}, {label: 'empty', draft: empty}), oldDraft, empty)
    expect(deleted.articles.every((a) => a.relation === 'deleted')).toBe(true)
  })

  it('a concordance forcing a split and a merge', () => {
    const forced = concordanceOptions(parseConcordance(JSON.stringify({articles: [{old: ['2'], new: ['2', '3'], relation: 'split'}, {old: ['3', '4'], new: ['4'], relation: 'merged'}, {old: ['5'], new: [], relation: 'deleted'}]})))
    const diff = expectValid(compareDrafts({label: 'hand-old', draft: oldDraft}, {label: 'hand-new', draft: newDraft}, forced), oldDraft, newDraft)
    expect(diff.articles.filter((a) => a.matchedBy === 'concordance').map((a) => a.relation)).toEqual(['split', 'merged'])
  })

  // Found while writing this test: two old articles that each hand part of their text to the same
  // new article are both reported as split into it, so that new article is in two entries.
  it('a new article taken by two splits is still in exactly one entry', () => {
    const shared = 'Each State Party shall make sure that companies and other legal persons can answer for the offences this Convention defines and face sanctions that deter.'
    const before = draft('overlap-old', `## Article 1. Alpha\n\n1. ${text.access}\n\n2. ${shared}\n\n## Article 2. Beta\n\n1. ${text.jurisdiction}\n\n2. ${shared}\n`)
    const after = draft('overlap-new', `## Article 1. Alpha\n\n1. ${text.access}\n\n## Article 2. Beta\n\n1. ${text.jurisdiction}\n\n## Article 3. Gamma\n\n1. ${shared}\n`)
    expectValid(compareDrafts({label: 'overlap-old', draft: before}, {label: 'overlap-new', draft: after}), before, after)
  })
})
