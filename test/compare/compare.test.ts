import {describe, expect, it} from 'vitest'
import {concordanceOptions, parseConcordance} from '../../src/align/concordance.js'
import {compareDrafts, type Options} from '../../src/diff/compare.js'
import {parseDraft} from '../../src/parse/draft.js'

function diff(before: string, after: string, options: Options = {}) {
  const parse = (text: string, label: string) => ({label, draft: parseDraft([{path: `${label}.md`, contents: text}]).draft})
  return compareDrafts(parse(before, 'old'), parse(after, 'new'), options)
}

const scope = '## Article 1. Scope\n\n1. This Convention covers preventing, investigating and prosecuting the offences it sets out.\n\n2. It also covers gathering electronic evidence of any serious crime.\n'
const access = '## Article 2. Illegal access\n\nEach State Party shall treat as a crime the intentional entry into an information system without permission, as referred to in article 3.\n'
const interception = '## Article 3. Illegal interception\n\nEach State Party shall treat as a crime the capture without permission of private streams of electronic data.\n'

describe('compareDrafts', () => {
  it('an article inserted early renumbers the rest without marking them changed', () => {
    const inserted = '## Article 2. Use of terms\n\nFor the purposes of this Convention, "data" means any representation of facts suitable for processing by an information system.\n'
    const result = diff(`# Chapter I. General\n\n${scope}\n${access}\n${interception}`, `# Chapter I. General\n\n${scope}\n${inserted}\n${access.replace('Article 2', 'Article 3').replace('article 3', 'article 4')}\n${interception.replace('Article 3', 'Article 4')}`)
    expect(result.articles.map((a) => [a.relation, a.old, a.new, a.change, a.renumbered, a.matchedBy])).toEqual([
      ['matched', ['1'], ['1'], 'none', false, 'identical'],
      ['added', [], ['2'], 'substantive', false, null],
      ['matched', ['2'], ['3'], 'references-only', true, 'title'],
      ['matched', ['3'], ['4'], 'none', true, 'identical']
    ])
    expect(result.articles[2]?.events).toEqual([{kind: 'reference-renumbered', unit: 'art-3/p-1', text: 'article 4', from: 'article 3', to: 'article 4'}])
  })

  it('a reference number that does not follow the renumbering is substantive', () => {
    const result = diff(`${access}\n${interception}`, `${access.replace('article 3', 'article 7')}\n${interception}`)
    expect(result.articles[0]?.change).toBe('substantive')
  })

  it('case and punctuation edits are editorial; a moved article is flagged', () => {
    const result = diff(`# Chapter I. A\n\n${scope}\n# Chapter II. B\n\n${access}`, `# Chapter I. A\n\n# Chapter II. B\n\n${scope.replace('offences it sets out.', 'Offences it sets out;')}\n${access}`)
    expect(result.articles[0]).toMatchObject({relation: 'matched', change: 'editorial', moved: true, renumbered: false})
  })

  it('recognises a split and a merge when the pieces account for the whole', () => {
    const split = diff(scope, '## Article 1. Scope\n\nThis Convention covers preventing, investigating and prosecuting the offences it sets out.\n\n## Article 2. Evidence\n\nIt also covers gathering electronic evidence of any serious crime.\n')
    expect(split.articles.map((a) => [a.relation, a.old, a.new, a.matchedBy])).toEqual([['split', ['1'], ['1', '2'], 'split']])
    const merged = diff(`${access}\n${interception}`, '## Article 2. Illegal access and interception\n\n1. Each State Party shall treat as a crime the intentional entry into an information system without permission, as referred to in article 2.\n\n2. Each State Party shall treat as a crime the capture without permission of private streams of electronic data.\n')
    expect(merged.articles.map((a) => [a.relation, a.old, a.new, a.matchedBy])).toEqual([['merged', ['2', '3'], ['2'], 'merge']])
  })

  it('prefers a missed match to a wrong one: unrelated text is deleted and added', () => {
    const result = diff(access, '## Article 2. Final clauses\n\nThis Convention takes effect three months after the fortieth State has ratified it.\n')
    expect(result.articles.map((a) => a.relation)).toEqual(['deleted', 'added'])
  })

  it('reports bracket, option and marker events', () => {
    const before = '## Article 4. Measures\n\n1. Each State Party shall [adopt] measures [Option 1: promptly] [Option 2: without delay] [and in good faith].\n'
    const after = '## Article 4. Measures [agreed ad referendum]\n\n1. Each State Party shall adopt measures without delay [as appropriate].\n'
    const result = diff(before, after)
    expect(result.articles[0]?.events).toEqual([
      {kind: 'bracket-agreed', unit: 'art-4/para-1', text: 'adopt'},
      {kind: 'bracket-dropped', unit: 'art-4/para-1', text: 'and in good faith'},
      {kind: 'options-resolved', unit: 'art-4/para-1', text: 'Option 2 kept, Option 1 dropped', to: 'without delay'},
      {kind: 'bracket-opened', unit: 'art-4/para-1', text: 'as appropriate'},
      {kind: 'marker-gained', unit: null, text: 'agreed ad referendum'}
    ])
    expect([result.articles[0]?.bracketsOpened, result.articles[0]?.bracketsClosed]).toEqual([1, 4])
  })

  it('aligns paragraphs: inserted, deleted, reordered and renumbered', () => {
    const before = '## Article 5. Cooperation\n\n1. States Parties shall cooperate with one another to the widest extent possible.\n\n2. Requests shall be made in writing through the central authority.\n\n3. The requested State may refuse a request contrary to its essential interests.\n'
    const after = '## Article 5. Cooperation\n\n1. Requests shall be made in writing through the central authority.\n\n2. States Parties shall cooperate with one another to the widest extent possible.\n\n3. Urgent requests may be made orally and confirmed in writing within three days.\n'
    const units = diff(before, after).articles[0]?.units.map((u) => [u.relation, u.old?.marker ?? null, u.new?.marker ?? null, u.reordered])
    // Of two paragraphs that swapped places, the one the longest stable run leaves out is marked reordered.
    expect(units).toEqual([
      ['matched', '2.', '1.', true],
      ['matched', '1.', '2.', false],
      ['deleted', '3.', null, false],
      ['inserted', null, '3.', false]
    ])
  })

  it('a concordance forces a match the text alone would not make, and forbids one it would', () => {
    const before = access
    const after = '## Article 9. Entry into force\n\nThis Convention takes effect three months after the fortieth ratification.\n'
    const forced = concordanceOptions(parseConcordance('{"articles": [{"old": ["2"], "new": ["9"], "relation": "matched"}]}'))
    expect(diff(before, after, forced).articles.map((a) => [a.relation, a.matchedBy])).toEqual([['matched', 'concordance']])
    const forbid = concordanceOptions(parseConcordance('{"articles": [{"old": ["2"], "new": [], "relation": "deleted"}, {"old": [], "new": ["2"], "relation": "added"}]}'))
    expect(diff(access, access, forbid).articles.map((a) => a.relation)).toEqual(['deleted', 'added'])
  })

  it('explains a malformed concordance', () => {
    expect(() => parseConcordance('{"articles": [{"old": "2", "new": []}]}', 'table.json')).toThrow('`table.json`, articles[0]: `old` and `new` must be arrays of article numbers as written, e.g. ["12 bis"]')
    expect(() => parseConcordance('nope', 'table.json')).toThrow(/^`table.json` is not valid JSON/)
  })

  it('aligns the preamble by content while numbers come and go', () => {
    const before = '# Preamble\n\nThe States Parties,\n\n(1) Recalling the Charter,\n\n(2) Noting the growth of offences,\n\nHave agreed as follows:\n\n' + access
    const after = '# Preamble\n\nThe States Parties,\n\nNoting the growth of offences,\n\nHave agreed as follows:\n\n' + access
    // A paragraph that only lost its number is unchanged and renumbered, like any unit (it used to be called editorial).
    expect(diff(before, after).preamble.map((u) => [u.relation, u.change, u.renumbered])).toEqual([
      ['matched', 'none', false],
      ['deleted', 'substantive', false],
      ['matched', 'none', true],
      ['matched', 'none', false]
    ])
  })
})

describe('traceLineage', () => {
  it('follows an article through renumbering across versions and gives split-off pieces a key of their own', async () => {
    const {traceLineage} = await import('../../src/diff/lineage.js')
    const v1 = {label: 'v1', draft: parseDraft([{path: 'v1.md', contents: `${scope}\n${access}`}]).draft}
    const inserted = '## Article 2. Use of terms\n\nFor the purposes of this Convention, "data" means any representation of facts suitable for processing by an information system.\n'
    const v2 = {label: 'v2', draft: parseDraft([{path: 'v2.md', contents: `${scope}\n${inserted}\n${access.replace('Article 2', 'Article 3')}`}]).draft}
    const v3Text = '## Article 1. Scope\n\nThis Convention covers preventing, investigating and prosecuting the offences it sets out.\n\n## Article 2. Evidence\n\nIt also covers gathering electronic evidence of any serious crime.\n\n' + inserted.replace('Article 2', 'Article 3') + '\n' + access.replace('Article 2', 'Article 4')
    const v3 = {label: 'v3', draft: parseDraft([{path: 'v3.md', contents: v3Text}]).draft}
    const keys = traceLineage([v1, v2, v3])
    expect([...(keys[2]?.entries() ?? [])]).toEqual([
      ['art-1', 'v1:art-1'],
      ['art-2', 'v3:art-2'],
      ['art-3', 'v2:art-2'],
      ['art-4', 'v1:art-2']
    ])
  })
})
