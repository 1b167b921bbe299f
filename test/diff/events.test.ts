import {cpuMs} from '../support/cpu-time.js'
import {describe, expect, it} from 'vitest'
import {compareDrafts} from '../../src/diff/compare.js'
import {fates} from '../../src/diff/fates.js'
import {parseDraft} from '../../src/parse/draft.js'

/** The events of a one-article draft whose only paragraph reads `before`, then `after`. */
function events(before: string, after: string) {
  const draft = (text: string, label: string) => ({label, draft: parseDraft([{path: `${label}.md`, contents: `## Article 7. Cooperation\n\n1. ${text}\n`}]).draft})
  const article = compareDrafts(draft(before, 'old'), draft(after, 'new')).articles[0]
  return {events: article?.events, opened: article?.bracketsOpened, closed: article?.bracketsClosed}
}

const unit = 'art-7/para-1'

describe('bracket fates come from the redline', () => {
  it('two alternatives, the second kept: options resolved, not two agreed texts', () => {
    expect(events('States Parties [shall] [may] exchange information.', 'States Parties may exchange information.')).toEqual({
      events: [{kind: 'options-resolved', unit, text: '[may] kept, [shall] dropped', to: 'may'}],
      opened: 0,
      closed: 2
    })
  })

  it('three alternatives, the middle one kept', () => {
    expect(events('It enters into force after the [tenth] [twentieth] [fiftieth] instrument.', 'It enters into force after the twentieth instrument.').events).toEqual([
      {kind: 'options-resolved', unit, text: '[twentieth] kept, [tenth], [fiftieth] dropped', to: 'twentieth'}
    ])
  })

  it('alternatives of several words, one sharing a word with the other', () => {
    expect(events('Within [one month] [two months] of the request.', 'Within two months of the request.').events).toEqual([
      {kind: 'options-resolved', unit, text: '[two months] kept, [one month] dropped', to: 'two months'}
    ])
  })

  it('alternatives separated by "or" and by a slash', () => {
    expect(events('The Party [must] or [should] act.', 'The Party should act.').events).toEqual([{kind: 'options-resolved', unit, text: '[should] kept, [must] dropped', to: 'should'}])
    expect(events('The Party [must] / [should] act.', 'The Party must act.').events).toEqual([{kind: 'options-resolved', unit, text: '[must] kept, [should] dropped', to: 'must'}])
  })

  it('labelled options: the kept one by its words, the dropped ones named', () => {
    expect(events('Each Party shall act [Option 1: promptly] [Option 2: without undue delay].', 'Each Party shall act without undue delay.').events).toEqual([
      {kind: 'options-resolved', unit, text: 'Option 2 kept, Option 1 dropped', to: 'without undue delay'}
    ])
    expect(events('Each Party shall act [Option 1: promptly] [Option 2: without undue delay].', 'Each Party shall act.').events).toEqual([
      {kind: 'options-resolved', unit, text: 'no option kept, Option 1, Option 2 dropped'}
    ])
  })

  it('a bracket agreed while its words also occur elsewhere in the paragraph', () => {
    expect(events('The requesting Party shall notify the [requested Party] in writing.', 'The requesting Party shall notify the requested Party in writing.').events).toEqual([
      {kind: 'bracket-agreed', unit, text: 'requested Party'}
    ])
  })

  it('a bracket dropped although its words occur elsewhere in the paragraph', () => {
    expect(events('The competent authority [of the requested State] shall inform the authority of the requested State.', 'The competent authority shall inform the authority of the requested State.').events).toEqual([
      {kind: 'bracket-dropped', unit, text: 'of the requested State'}
    ])
    expect(events('Each Party [may] refuse, and no Party may insist.', 'Each Party refuses, and no Party may insist.').events).toEqual([{kind: 'bracket-dropped', unit, text: 'may'}])
  })

  it('a bracket agreed and reworded: the text as it now reads in `to`', () => {
    expect(events('Parties shall [take appropriate measures to] protect witnesses.', 'Parties shall take all necessary measures to protect witnesses.').events).toEqual([
      {kind: 'bracket-agreed', unit, text: 'take appropriate measures to', to: 'take all necessary measures to'}
    ])
  })

  it('a bracket whose text moved within the paragraph is agreed, its alternative dropped', () => {
    expect(events('Disputes shall[, at the request of a party,] go to [a panel] [the registry].', 'Disputes shall go to a panel at the request of a party.').events).toEqual([
      {kind: 'bracket-agreed', unit, text: ', at the request of a party,'},
      {kind: 'options-resolved', unit, text: '[a panel] kept, [the registry] dropped', to: 'a panel'}
    ])
  })

  it('adjacent brackets both agreed are two agreements, not alternatives', () => {
    expect(events('Parties shall [promptly] [and fully] cooperate.', 'Parties shall promptly and fully cooperate.').events).toEqual([
      {kind: 'bracket-agreed', unit, text: 'promptly'},
      {kind: 'bracket-agreed', unit, text: 'and fully'}
    ])
  })

  it('a bracket in a deleted paragraph is dropped even when its words survive in another', () => {
    const draft = (text: string, label: string) => ({label, draft: parseDraft([{path: `${label}.md`, contents: `## Article 7. Cooperation\n\n${text}`}]).draft})
    const before = '1. Parties shall share data on request and keep records of every request.\n\n2. Each Party may keep records [of every request] for five years at most.\n'
    const after = '1. Parties shall share data on request and keep records of every request.\n'
    expect(compareDrafts(draft(before, 'old'), draft(after, 'new')).articles[0]?.events).toEqual([{kind: 'bracket-dropped', unit: 'art-7/para-2', text: 'of every request'}])
  })

  it('brackets still open stay open; a new one is opened', () => {
    expect(events('Parties [shall] cooperate.', 'Parties [shall] cooperate [fully].')).toEqual({events: [{kind: 'bracket-opened', unit, text: 'fully'}], opened: 1, closed: 0})
  })
})

describe('fates', () => {
  it('counts kept words of each range and leaves brackets out of the diff', () => {
    const text = '[a b] [c d]'
    expect(fates(text, 'a b d', [{from: 1, to: 4}, {from: 7, to: 10}])).toEqual([
      {agreed: true, kept: 2, total: 2, now: null},
      {agreed: true, kept: 1, total: 2, now: 'd'}
    ])
    expect(fates(text, null, [{from: 1, to: 4}])).toEqual([{agreed: false, kept: 0, total: 2, now: null}])
  })
})

describe('events are linear in the number of brackets', () => {
  // A bound against quadratic paths, not a benchmark (a shift() per repeated bracket took 43 s here).
  it('80,000 repeated brackets in one paragraph, kept, agreed or dropped: parsed and compared in under 5 s each', () => {
    const draft = (text: string, label: string) => ({label, draft: parseDraft([{path: `${label}.md`, contents: `## Article 7. Cooperation\n\n1. ${text}\n`}]).draft})
    const bracketed = Array.from({length: 80_000}, () => '[cooperate]').join(' ')
    const plain = Array.from({length: 80_000}, () => 'cooperate').join(' ')
    let started = cpuMs()
    const old = draft(bracketed, 'old')
    expect(cpuMs() - started).toBeLessThan(5000)
    for (const [after, kind] of [
      [bracketed, null],
      [plain, 'bracket-agreed'],
      ['Parties shall act.', 'bracket-dropped']
    ] as const) {
      const now = draft(after, 'new')
      started = cpuMs()
      const article = compareDrafts(old, now).articles[0]
      expect(cpuMs() - started).toBeLessThan(5000)
      expect(article?.bracketsClosed).toBe(kind === null ? 0 : 80_000)
      expect(new Set(article?.events.map((e) => e.kind))).toEqual(new Set(kind === null ? [] : [kind]))
    }
  }, 60_000)
})

describe('reference events', () => {
  it('state a reference that wraps in the draft on one line', () => {
    const draft = (label: string, numbers: [number, number]) => {
      const articles = Array.from({length: 5}, (_, i) => `## Article ${i + numbers[0]}. Topic ${i + 1}\n\n1. Text of topic ${i + 1} in this draft.\n`)
      const citing = `## Article ${numbers[1]}. Citing\n\n1. As provided in article ${numbers[0] + 2},\n   paragraph 1, States Parties shall cooperate.\n`
      return {label, draft: parseDraft([{path: `${label}.md`, contents: `${articles.join('\n')}\n${citing}`}]).draft}
    }
    const diff = compareDrafts(draft('old', [1, 6]), draft('new', [2, 7]))
    const event = diff.articles.flatMap((a) => a.events).find((e) => e.kind === 'reference-renumbered')
    expect(event).toMatchObject({from: 'article 3, paragraph 1', to: 'article 4, paragraph 1'})
  })
})
