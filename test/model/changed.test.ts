// One meaning of "this article changed" (src/model/changed.ts): its text changed by someone's hand; references-only is not.
import {describe, expect, it} from 'vitest'
import {collisions, touched} from '../../src/pr/collisions.js'
import {compareDrafts} from '../../src/diff/compare.js'
import {articleTextChanged, unitTextChanged} from '../../src/model/changed.js'
import {parseDraft} from '../../src/parse/draft.js'

const parse = (text: string, label: string) => ({label, draft: parseDraft([{path: `${label}.md`, contents: text}]).draft})
const scope = '## Article 1. Scope\n\n1. This Convention covers preventing, investigating and prosecuting the offences it sets out.\n\n2. It also covers gathering electronic evidence of any serious crime.\n'
const access = '## Article 2. Illegal access\n\nEach State Party shall treat as a crime the intentional entry into an information system without permission, as referred to in article 3.\n'
const interception = '## Article 3. Illegal interception\n\nEach State Party shall treat as a crime the capture without permission of private streams of electronic data.\n'
const terms = '## Article 2. Use of terms\n\nFor the purposes of this Convention, "data" means any representation of facts suitable for processing by an information system.\n'
const base = `# Chapter I. General\n\n${scope}\n${access}\n${interception}`
// Inserting article 2 renumbers the rest; the reference in old article 2 follows (references-only).
const renumbering = `# Chapter I. General\n\n${scope}\n${terms}\n${access.replace('Article 2', 'Article 3').replace('article 3', 'article 4')}\n${interception.replace('Article 3', 'Article 4')}`
// Another proposal edits the words of article 2.
const editing = `# Chapter I. General\n\n${scope}\n${access.replace('intentional entry', 'deliberate entry')}\n${interception}`

describe('articleTextChanged and unitTextChanged', () => {
  it('counts edits, additions, deletions, splits, merges and retitling; not none or references-only', () => {
    expect(articleTextChanged({relation: 'matched', change: 'none', titleChanged: false})).toBe(false)
    expect(articleTextChanged({relation: 'matched', change: 'references-only', titleChanged: false})).toBe(false)
    expect(articleTextChanged({relation: 'matched', change: 'references-only', titleChanged: true})).toBe(true)
    expect(articleTextChanged({relation: 'matched', change: 'editorial', titleChanged: false})).toBe(true)
    expect(articleTextChanged({relation: 'matched', change: 'substantive', titleChanged: false})).toBe(true)
    for (const relation of ['added', 'deleted', 'split', 'merged'] as const) expect(articleTextChanged({relation, change: 'none', titleChanged: false})).toBe(true)
    expect(unitTextChanged({relation: 'matched', change: 'references-only'})).toBe(false)
    expect(unitTextChanged({relation: 'matched', change: 'editorial'})).toBe(true)
    expect(unitTextChanged({relation: 'inserted', change: 'substantive'})).toBe(true)
  })

  it('a references-only article is not touched by a proposal, so it collides with nobody (regression: collisions counted it, attribution did not)', () => {
    const mine = compareDrafts(parse(base, 'base'), parse(renumbering, 'mine'))
    expect(mine.articles.map((a) => [a.old, a.new, a.change])).toEqual([
      [['1'], ['1'], 'none'],
      [[], ['2'], 'substantive'],
      [['2'], ['3'], 'references-only'],
      [['3'], ['4'], 'none']
    ])
    const theirs = compareDrafts(parse(base, 'base'), parse(editing, 'theirs'))
    const a = touched('mine', [{folder: 'drafts/01', diff: mine}])
    const b = touched('theirs', [{folder: 'drafts/01', diff: theirs}])
    expect([...a.articles.keys()]).toEqual([])
    expect([...b.articles.keys()]).toEqual(['drafts/01#2'])
    expect(collisions(a, [b])).toEqual([])
    expect(collisions(b, [a])).toEqual([])
  })

})
