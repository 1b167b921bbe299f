// The engine's pair of indexed versions: identical bodies matched before aligning, the rest aligned once.
// Properties over generated drafts (with sections inserted at random): its links are exactly
// `alignArticles` on the whole drafts, its `moved` is `compareDrafts`'s, and it never reads a matched article.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {alignArticles} from '../../src/align/articles.js'
import {compareDrafts} from '../../src/diff/compare.js'
import {IndexedPair, identicalBodies} from '../../src/engine/indexed-pair.js'
import {pairVersions} from '../../src/engine/pair.js'
import {indexVersion, type VersionIndex} from '../../src/engine/version.js'
import type {Draft} from '../../src/model/types.js'
import {parseDraft} from '../../src/parse/index.js'
import {editKinds, generateDraft, mutate, Pool, renderDraft, Rng, structuralKinds, type Mutation} from '../support/generate-drafts.js'

const parse = (text: string, path: string): Draft => parseDraft([{path, contents: text}]).draft

/** Section headings before some article headings (each chapter's first article always opens one when any does). */
function withSections(markdown: string, rng: Rng): string {
  let section = 0
  return markdown.replace(/^(# Chapter .*\n\n)?(## Article )/gm, (whole, chapter: string | undefined, article: string) => {
    if (chapter) section = 0
    if (rng.next() >= 0.35 && !(chapter && section === 0 && rng.next() < 0.5)) return whole
    section++
    return `${chapter ?? ''}# Section ${section}. Part ${section}\n\n${article}`
  })
}

const mutationArb = fc.record({kind: fc.constantFrom(...structuralKinds, ...editKinds), pick: fc.nat({max: 9999}), where: fc.nat({max: 9999}), variant: fc.nat({max: 9999})})
const caseArb = fc.record({
  seed: fc.integer({min: 1, max: 0x7fffffff}),
  chapters: fc.array(fc.integer({min: 2, max: 7}), {minLength: 2, maxLength: 5}),
  mutations: fc.array(mutationArb, {minLength: 0, maxLength: 5}),
  sections: fc.boolean()
})

/** A pair of generated versions: the old draft, and the new one with the mutations applied. */
function versions({seed, chapters, mutations, sections}: {seed: number; chapters: number[]; mutations: Mutation[]; sections: boolean}): [Draft, Draft] {
  const pool = new Pool(new Rng(seed))
  const old = generateDraft(pool, {chapters, preamble: 1})
  const {draft} = mutate(old, pool.fork(seed ^ 0x2545f491), mutations, {numbering: 'consecutive'})
  const place = (text: string, salt: number) => (sections ? withSections(text, new Rng(seed ^ salt)) : text)
  return [parse(place(renderDraft(old), 0x51), 'old.md'), parse(place(renderDraft(draft), 0x77), 'new.md')]
}

/** An index that counts which articles were read. */
function counted(index: VersionIndex): {index: VersionIndex; read: Set<number>} {
  const read = new Set<number>()
  return {
    read,
    index: {
      ...index,
      article: (k) => {
        read.add(k)
        return index.article(k)
      }
    }
  }
}

describe('IndexedPair over generated drafts', () => {
  it('links equal alignArticles on the whole drafts, moved equals compareDrafts, and matched bodies are never read', {timeout: 120_000}, () => {
    let aligned = 0
    let sectioned = 0
    fc.assert(
      fc.property(caseArb, (input) => {
        const [a, b] = versions(input)
        const before = counted(indexVersion('old', a))
        const after = counted(indexVersion('new', b))
        const pair = new IndexedPair(before.index, after.index)
        expect(pair.links()).toEqual(alignArticles(a, b))
        const pins = identicalBodies(before.index, after.index)
        for (const [i] of pins) expect(before.read.has(i), `old article ${a.articles[i]?.number} was read`).toBe(false)
        for (const [, j] of pins) expect(after.read.has(j), `new article ${b.articles[j]?.number} was read`).toBe(false)
        const diff = compareDrafts({label: 'old', draft: a}, {label: 'new', draft: b})
        for (const change of diff.articles) {
          const [i, j] = [a.articles.findIndex((x) => x.id === change.oldArticles[0]?.id), b.articles.findIndex((x) => x.id === change.newArticles[0]?.id)]
          if (i < 0 || j < 0) continue
          expect(pair.moved(i, j), `moved ${change.old.join('+')} > ${change.new.join('+')}`).toBe(change.moved)
        }
        if (pair.alignedRest) aligned++
        if (a.divisions.length > 0) sectioned++
      }),
      {numRuns: 150}
    )
    expect(aligned).toBeGreaterThan(50)
    expect(sectioned).toBeGreaterThan(30)
  })

  it('pairs a version with itself without reading or aligning any article', () => {
    const [a] = versions({seed: 7, chapters: [4, 5, 3], mutations: [], sections: true})
    const {index, read} = counted(indexVersion('v', a))
    const pair = new IndexedPair(index, index)
    expect(pair.links().map((link) => [link.relation, link.old, link.new])).toEqual(a.articles.map((_, k) => ['matched', [k], [k]]))
    expect(a.articles.every((_, k) => !pair.moved(k, k))).toBe(true)
    expect([read.size, pair.alignedRest]).toEqual([0, false])
  })

  it('leaves articles the concordance names to the concordance, identical bodies or not', () => {
    const [a] = versions({seed: 11, chapters: [3, 3], mutations: [], sections: false})
    const b = parse(renderDraft(generateDraft(new Pool(new Rng(11)), {chapters: [3, 3], preamble: 1})), 'new.md')
    // Articles 1 and 2 keep their bodies; the concordance says 1 became 2, and 2 was deleted.
    const options = {forced: [{old: ['1'], new: ['2']}], forbiddenOld: ['2']}
    const pair = pairVersions({label: 'old', draft: a}, {label: 'new', draft: b}, options)
    expect(pair.links).toEqual(alignArticles(a, b, options))
    const link = pair.links.find((l) => l.old.includes(0))
    expect([link?.relation, link?.new, link?.matchedBy]).toEqual(['matched', [1], 'concordance'])
    expect(pair.links.find((l) => l.old.includes(1))?.relation).toBe('deleted')
  })
})
