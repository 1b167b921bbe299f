// Bracket lineage (src/tracker): identities through renumbering, a split, options narrowed then resolved, a bracket
// reworded; the open list equals the open-bracket count of `sessions` and `diff` on every shipped session.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseDraft} from '../../src/parse/draft.js'
import {findTracks, unitOfCitation} from '../../src/tracker/query.js'
import {labelOf, openBrackets} from '../../src/tracker/spans.js'
import {outstanding} from '../../src/tracker/summary.js'
import {trackBrackets} from '../../src/tracker/track.js'
import type {BracketLineage} from '../../src/tracker/types.js'
import {loadSessions} from '../../src/versions/sessions.js'
import {compareDrafts} from '../../src/diff/compare.js'
import {pairVersions} from '../../src/engine/pair.js'
import {unitRelations} from '../../src/tracker/units.js'

const root = path.resolve(import.meta.dirname, '..', '..')

function fixtureChain(): BracketLineage {
  const versions = ['s1', 's2', 's3', 's4'].map((label) => ({label, commit: null, draft: parseDraft([{path: `${label}.md`, contents: readFileSync(path.join(root, 'test/fixtures/tracker', `${label}.md`), 'utf8')}]).draft}))
  return trackBrackets(versions, 'sessions')
}

/** Each track as one line: id, status, where, and its events. */
function lines(lineage: BracketLineage): string[] {
  return lineage.tracks.map((t) => `${t.id} ${t.status} at ${t.citation} (age ${t.age}): ${t.events.map((e) => `${e.version} ${e.kind}${e.from ? ` ${e.from}` : ''}${e.to ? ` → ${e.to}` : ''}${e.note ? ` (${e.note})` : ''}`).join('; ')}`)
}

describe('bracket lineage through four hand-written sessions', () => {
  const lineage = fixtureChain()

  it('counts the open brackets of every session', () => {
    expect(lineage.versions.map((v) => v.openBrackets)).toEqual([6, 5, 2, 0])
  })

  it('follows each bracket through renumbering, a split, options narrowed then resolved, and a rewording', () => {
    expect(lines(lineage)).toEqual([
      's1:art-1/para-1#1 dropped at article 1, paragraph 1 (age 3): s1 opened → among States Parties; s4 dropped',
      's1:art-2/para-1/sub-a#1 resolved at article 3, paragraph 1 (a) (age 2): s1 opened → any stored information; s2 reworded any stored information → any information stored in any form; s3 resolved → any information stored in any form',
      's1:art-3/para-1#1 resolved at article 4, paragraph 1 (age 2): s1 opened → Option 1 (EU, US): require holders to keep records for one year; s2 renumbered article 3, paragraph 1 → article 4, paragraph 1; s2 narrowed (Option 2); s3 resolved → require holders to keep records for one year',
      's1:art-3/para-1#2 dropped at article 3, paragraph 1 (age 1): s1 opened → Option 2: encourage holders to keep records; s2 dropped (options narrowed)',
      's1:art-3/para-1#3 dropped at article 4, paragraph 1 (age 2): s1 opened → Option 3: leave the keeping of records to holders; s2 renumbered article 3, paragraph 1 → article 4, paragraph 1; s2 narrowed (Option 2); s3 dropped (Option 1 kept)',
      's1:art-3/para-2#1 resolved at article 5, paragraph 1 (age 3): s1 opened → in a secure manner; s2 renumbered article 3, paragraph 2 → article 4, paragraph 2; s3 renumbered article 4, paragraph 2 → article 5, paragraph 1; s4 resolved → in a secure manner'
    ])
  })

  it('names options, their group and proponents from the label and from a "Proposed by" footnote', () => {
    const [, , first, , third, footnoted] = lineage.tracks
    expect([first?.option, first?.proponents, first?.group]).toEqual(['Option 1', ['EU', 'US'], 's1:art-3/para-1#1'])
    expect(third?.group).toBe('s1:art-3/para-1#1')
    expect(footnoted?.proponents).toEqual(['Norway', 'Chile'])
    expect(labelOf('Alternative B (Group of States): text')).toEqual({option: 'Alternative B', proponents: ['Group of States']})
  })

  it('keeps delegation names that contain "and" whole, and reads a "Proposed by" footnote inside the bracket', () => {
    expect(labelOf('Alt. A (Group of 77 and China, Mexico): keep records').proponents).toEqual(['Group of 77 and China', 'Mexico'])
    expect(labelOf('Option 2 (Norway, Chile, and Trinidad and Tobago): keep records').proponents).toEqual(['Norway', 'Chile', 'Trinidad and Tobago'])
    const text = ['## Article 1. Records', '', '1. Holders shall keep records [for five years[^a]] and [in a ledger] [^b].', '', '[^a]: Proposed by Antigua and Barbuda.', '', '[^b]: Proposed by Peru, Ghana and Fiji; supported by others.', '']
    const draft = parseDraft([{path: 'draft.md', contents: text.join('\n')}]).draft
    expect(openBrackets(draft).map((b) => [b.key, b.proponents])).toEqual([
      ['for five years[^a]', ['Antigua and Barbuda']],
      ['in a ledger', ['Peru', 'Ghana', 'Fiji']]
    ])
  })

  it('cites a preambular paragraph by its number as written, also when the numbers skip', () => {
    const draft = (numbers: number[]) =>
      parseDraft([{path: 'd.md', contents: `# Preamble\n\nThe Parties,\n\n${numbers.map((n, k) => `(${n}) ${k === 2 ? 'Noting [the growing] threats to networks,' : `Recalling instrument number ${k + 1} of the region,`}`).join('\n\n')}\n\nHave agreed as follows:\n\n## Article 1. Scope\n\nThis Convention applies.\n`}]).draft
    const result = trackBrackets([{label: 'a', commit: null, draft: draft([1, 2, 4])}, {label: 'b', commit: null, draft: draft([1, 2, 3])}], 'sessions')
    const [track] = result.tracks
    expect([result.tracks.length, track?.citation, track?.unit]).toEqual([1, 'preambular paragraph 3', 'preamble/pp-3'])
    expect(track?.events.map((e) => [e.version, e.kind, e.citation, e.from ?? '', e.to ?? ''])).toEqual([
      ['a', 'opened', 'preambular paragraph 4', '', 'the growing'],
      ['b', 'renumbered', 'preambular paragraph 3', 'preambular paragraph 4', 'preambular paragraph 3']
    ])
  })

  it('finds brackets by citation (now or where they were) and by id; refuses what is neither', () => {
    expect(unitOfCitation('article 14, paragraph 2 (b)')).toBe('art-14/para-2/sub-b')
    expect(unitOfCitation('Art. 24 bis(3)(a)')).toBe('art-24-bis/para-3/sub-a')
    expect(unitOfCitation('preambular paragraph 3')).toBe('preamble/pp-3')
    expect(findTracks(lineage, 'article 5, paragraph 1').map((t) => t.id)).toEqual(['s1:art-3/para-2#1'])
    expect(findTracks(lineage, 'article 4').map((t) => t.id)).toEqual(['s1:art-3/para-1#1', 's1:art-3/para-1#3'])
    expect(findTracks(lineage, 's1:art-1/para-1#1').map((t) => t.citation)).toEqual(['article 1, paragraph 1'])
    expect(() => findTracks(lineage, 'the purpose')).toThrow(/neither a citation/)
    expect(() => findTracks(lineage, 'article 9')).toThrow(/no bracket was ever at article 9/)
  })

  it('lists what is outstanding per chapter at the second session', () => {
    const versions = ['s1', 's2'].map((label) => ({label, commit: null, draft: parseDraft([{path: `${label}.md`, contents: readFileSync(path.join(root, 'test/fixtures/tracker', `${label}.md`), 'utf8')}]).draft}))
    const list = outstanding(trackBrackets(versions, 'sessions'), versions[1]?.draft ?? versions[0]!.draft)
    expect(list.chapters.map((c) => [c.chapter, c.notAgreed, c.openBrackets, c.oldest?.citation ?? null])).toEqual([['I', ['1', '2', '3', '4'], 5, 'article 1, paragraph 1']])
  })
})

describe('a bracket through a merge and a move to another article', () => {
  it('keeps its identity: renumbered into the merged article, moved with its paragraph', () => {
    const draft = (text: string) => parseDraft([{path: 'draft.md', contents: text}]).draft
    const keep = '1. Each State Party shall keep its archives in good order.'
    const open = '2. Archives shall be opened to researchers [after thirty years] unless a law provides otherwise.'
    const inventory = '1. Each State Party shall draw up an inventory of its archives every year.'
    const transfer = 'Records shall be transferred to the archives [within ten years of their creation].'
    const lend = '1. Archives may be lent to another State Party for exhibitions.'
    const before = ['## Article 1. Archives', keep, open, '## Article 2. Inventories', inventory, '## Article 3. Transfers', `1. ${transfer}`, '## Article 4. Loans', lend].join('\n\n')
    const after = ['## Article 1. Archives', keep, '## Article 2. Inventories and transfers', inventory, `2. ${transfer}`, '## Article 3. Loans', lend, open].join('\n\n')
    const lineage = trackBrackets([{label: 'a', draft: draft(before), commit: null}, {label: 'b', draft: draft(after), commit: null}], 'sessions')
    expect(lines(lineage)).toEqual([
      'a:art-1/para-2#1 open at article 3, paragraph 2 (age 1): a opened → after thirty years; b moved article 1, paragraph 2 → article 3, paragraph 2',
      'a:art-3/para-1#1 open at article 2, paragraph 2 (age 1): a opened → within ten years of their creation; b renumbered article 3, paragraph 1 → article 2, paragraph 2'
    ])
  })
})

describe('the shipped sessions', () => {
  it('open brackets listed at every session equal the counts of `sessions` and `diff`', async () => {
    const sessions = await loadSessions(path.join(root, 'drafts'))
    const lineage = trackBrackets(sessions.map((s) => ({label: s.id, draft: s.draft, commit: null})), 'sessions')
    for (const [k, session] of sessions.entries()) {
      const upTo = trackBrackets(sessions.slice(0, k + 1).map((s) => ({label: s.id, draft: s.draft, commit: null})), 'sessions')
      expect(upTo.tracks.filter((t) => t.status === 'open').length, session.id).toBe(session.stats.openBrackets)
      expect(openBrackets(session.draft).length).toBe(session.stats.openBrackets)
      expect(lineage.versions[k]?.openBrackets).toBe(session.stats.openBrackets)
      const previous = sessions[k - 1]
      if (previous) expect(compareDrafts({label: previous.id, draft: previous.draft}, {label: session.id, draft: session.draft}).new.counts.openBrackets).toBe(upTo.versions.at(-1)?.openBrackets)
    }
    // Every bracket closed on the way is resolved or dropped in the session after its last one open.
    for (const track of lineage.tracks) if (track.status !== 'open') expect(track.events.at(-1)?.kind).toBe(track.status)
  }, 120_000)
})

describe('the tracker pairs units as diff does', () => {
  it('on every pair of neighbouring shipped sessions, its unit pairs are those of compareDrafts', async () => {
    const sessions = await loadSessions(path.join(root, 'drafts'))
    for (let k = 1; k < sessions.length; k++) {
      const [before, after] = [sessions[k - 1]!, sessions[k]!].map((s) => ({label: s.id, draft: s.draft}))
      const diff = compareDrafts(before!, after!)
      // An added article has no old side: no bracket can be followed from it, so the tracker leaves it unaligned.
      const expected = [diff.preamble, ...diff.articles.map((a) => (a.old.length === 0 ? [] : a.units))].map((units) => units.map((u) => `${u.old?.id ?? '-'}>${u.new?.id ?? '-'}`))
      const all = {articles: new Set(before!.draft.articles.map((_, i) => i)), preamble: true}
      const relations = unitRelations(pairVersions(before!, after!), all).map((units) => units.map((u) => `${u.old?.id ?? '-'}>${u.new?.id ?? '-'}`))
      expect(relations, after!.label).toEqual(expected)
      // Relations whose old side holds no open bracket are left unaligned (empty).
      const none = unitRelations(pairVersions(before!, after!), {articles: new Set(), preamble: false})
      expect(none.every((units) => units.length === 0)).toBe(true)
    }
  }, 120_000)
})
