// History internals against the reference implementation, and the sessions history of the shipped drafts (golden).
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {bodyText} from '../../src/align/text.js'
import {progressBar} from '../../src/cli/progress.js'
import {compareDrafts} from '../../src/diff/compare.js'
import {traceLineage} from '../../src/diff/lineage.js'
import {indexVersion, type VersionIndex} from '../../src/engine/version.js'
import {ArticleCache} from '../../src/history/documents.js'
import {Pair, Pairs} from '../../src/history/pairs.js'
import {historyOverSessions} from '../../src/history/run.js'
import {lineageKeys} from '../../src/history/timeline.js'
import type {History} from '../../src/model/history.js'
import type {Draft} from '../../src/model/types.js'
import {parseDraft} from '../../src/parse/index.js'
import {renderHistoryHtml} from '../../src/report/history-html.js'
import {renderHistoryMarkdown} from '../../src/report/history-md.js'
import {renderHistoryText} from '../../src/report/history-text.js'
import {readSources} from '../../src/versions/files.js'
import {loadSessions, parseSource, type Session} from '../../src/versions/sessions.js'
import {runWith} from '../support/cli-run.js'
import {matchGolden} from '../support/golden.js'

const root = path.resolve(import.meta.dirname, '..', '..')
let sessions: Session[] = []

beforeAll(async () => {
  // Relative to the working directory, as the command line reads them (session paths appear in the output).
  sessions = await loadSessions(path.relative(process.cwd(), path.join(root, 'drafts')) || 'drafts')
})

/** Every article's change between two versions, through `Pair`, keyed as `compareDrafts` lists them. */
function changesThroughPair(before: VersionIndex, after: VersionIndex, labels: {before: string; after: string}, reference: ReturnType<typeof compareDrafts>) {
  const pair = new Pair(before, after, labels)
  return reference.articles.map((change) => {
    const link = change.oldArticles[0] ? pair.linkOfOld(before.ids.indexOf(change.oldArticles[0].id)) : pair.linkOfNew(after.ids.indexOf(change.newArticles[0]?.id ?? ''))
    return pair.change(link)
  })
}

describe('Pair: only changed articles aligned, same result as compareDrafts', () => {
  it('gives every article of every consecutive pair of shipped sessions exactly the change compareDrafts gives', () => {
    let compared = 0
    for (let k = 1; k < sessions.length; k++) {
      const [a, b] = [sessions[k - 1] as Session, sessions[k] as Session]
      const reference = compareDrafts({label: a.id, draft: a.draft}, {label: b.id, draft: b.draft})
      const mine = changesThroughPair(indexVersion(a.id, a.draft), indexVersion(b.id, b.draft), {before: a.id, after: b.id}, reference)
      expect(mine).toEqual(reference.articles)
      compared += mine.length
    }
    expect(compared).toBeGreaterThan(400)
  })

  it('derives the lineage keys traceLineage gives', () => {
    const pairs = new Pairs()
    const nodes = sessions.map((s, k) => ({key: String(k), label: s.id, parents: k > 0 ? [String(k - 1)] : [], doc: indexVersion(String(k), s.draft)}))
    const mine = lineageKeys(nodes, pairs)
    const reference = traceLineage(sessions.map((s) => ({label: s.id, draft: s.draft})))
    nodes.forEach((node, k) => expect(Object.fromEntries(mine.get(node.key) ?? [])).toEqual(Object.fromEntries(reference[k] ?? [])))
  })
})

describe('ArticleCache: versions composed from articles parsed one by one', () => {
  it('composes each shipped session (one file or several) as parseDraft reads it', async () => {
    const cache = new ArticleCache()
    const docs: Array<[string, VersionIndex, Session]> = []
    for (const [k, source] of (await readSources(path.join(root, 'drafts'))).entries()) {
      const files = source.inputs.map((input, n) => {
        const id = `${k}-${n}`
        cache.addFile(id, input.contents as Uint8Array)
        return {path: input.path, id}
      })
      const doc = cache.compose(files)
      const parsed = parseSource(source)
      expect(doc.numbers).toEqual(parsed.draft.articles.map((a) => a.number))
      expect(doc.ids).toEqual(parsed.draft.articles.map((a) => a.id))
      expect(doc.chapters).toEqual(parsed.draft.articles.map((a) => a.chapter))
      expect([doc.groups, doc.divisions.map((d) => d.id)]).toEqual([indexVersion('x', parsed.draft).groups, parsed.draft.divisions.map((d) => d.id)])
      parsed.draft.articles.forEach((article, i) => {
        const mine = doc.article(i)
        expect([mine.title, mine.status, bodyText(mine)]).toEqual([article.title, article.status.map((m) => ({...m, start: expect.any(Number), end: expect.any(Number)})), bodyText(article)])
      })
      docs.push([source.id, doc, parsed])
    }
    for (let k = 1; k < docs.length; k++) {
      const [[la, da, a], [lb, db, b]] = [docs[k - 1], docs[k]] as [[string, VersionIndex, Session], [string, VersionIndex, Session]]
      const reference = compareDrafts({label: la, draft: a.draft}, {label: lb, draft: b.draft})
      expect(changesThroughPair(da, db, {before: la, after: lb}, reference)).toEqual(reference.articles)
    }
  })

  it('composes chapters, sections and titles as parseDraft reads them, and gives compareDrafts\' changes with their division labels', () => {
    const article = (n: number, words: string) => `## Article ${n}. Provision ${n}\n\n1. The parties ${words} under article ${n}.\n\n`
    const old = `# Chapter I. General\n\n${article(1, 'agree')}# Section 1. Scope\n\n${article(2, 'apply the rules')}# Title 1. Terms\n\n${article(3, 'use the terms defined')}${article(4, 'keep records')}# Section 2. Measures\n\n${article(5, 'adopt measures')}# Chapter II. Cooperation\n\n# Section 1. Requests\n\n${article(6, 'send requests')}${article(7, 'answer requests')}`
    // Article 4 moves from section 1, title 1 to section 2; article 5 is edited; a section opens before article 7.
    const now = `# Chapter I. General\n\n${article(1, 'agree')}# Section 1. Scope\n\n${article(2, 'apply the rules')}# Title 1. Terms\n\n${article(3, 'use the terms defined')}# Section 2. Measures\n\n${article(4, 'keep records')}${article(5, 'adopt such measures')}# Chapter II. Cooperation\n\n# Section 1. Requests\n\n${article(6, 'send requests')}# Section 2. Answers\n\n${article(7, 'answer requests')}`
    const cache = new ArticleCache()
    const [a, b] = [old, now].map((text, k) => {
      cache.addFile(`f${k}`, Buffer.from(text))
      return {doc: cache.compose([{path: 'draft.md', id: `f${k}`}]), draft: parseDraft([{path: 'draft.md', contents: text}]).draft}
    }) as [{doc: VersionIndex; draft: Draft}, {doc: VersionIndex; draft: Draft}]
    for (const {doc, draft} of [a, b]) {
      const reference = indexVersion('x', draft)
      expect([doc.ids, doc.groups, doc.divisions.map((d) => [d.id, d.kind, d.number, d.parent, d.articles])]).toEqual([reference.ids, reference.groups, reference.divisions.map((d) => [d.id, d.kind, d.number, d.parent, d.articles])])
      draft.articles.forEach((article, i) => expect(doc.article(i).division).toBe(article.division))
    }
    const reference = compareDrafts({label: 'v0', draft: a.draft}, {label: 'v1', draft: b.draft})
    expect(reference.articles.filter((c) => c.moved).map((c) => [c.new, c.newArticles[0]?.division])).toEqual([[['4'], 'Section 2']])
    expect(changesThroughPair(a.doc, b.doc, {before: 'v0', after: 'v1'}, reference)).toEqual(reference.articles)
  })

  it('re-splitting only around an edit gives what splitting the whole file gives', () => {
    const text = readFileSync(path.join(root, 'drafts', '03-complete', 'draft.md'), 'utf8')
    let state = 12345
    const random = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648)
    const inserts = ['\n\n## Article 99. Inserted\n\n1. New text.\n', '\n', ' [bracket] ', 'word ', '\n# Chapter X. New chapter\n', '\n```\ncode\n```\n', 'Article 7\n\n', '\u201Cquoted\u201D ', '\u00E9']
    let previous = text
    const incremental = new ArticleCache()
    incremental.addFile('v0', Buffer.from(previous))
    for (let k = 1; k <= 150; k++) {
      const at = Math.floor(random() * previous.length)
      const cut = random() < 0.4 ? Math.floor(random() * 400) : 0
      const next = previous.slice(0, at) + (random() < 0.6 ? (inserts[Math.floor(random() * inserts.length)] ?? '') : '') + previous.slice(at + cut)
      incremental.addFile(`v${k}`, Buffer.from(next), `v${k - 1}`)
      const fresh = new ArticleCache()
      fresh.addFile('x', Buffer.from(next))
      const [mine, whole] = [incremental.compose([{path: 'd.md', id: `v${k}`}]), fresh.compose([{path: 'd.md', id: 'x'}])]
      expect([mine.numbers, mine.chapters, mine.bodies, mine.looks]).toEqual([whole.numbers, whole.chapters, whole.bodies, whole.looks])
      previous = next
    }
    expect(incremental.fullSplits).toBeLessThan(60)
  })
})

describe('draftdiff history over the shipped sessions (no git)', () => {
  const drafts = path.relative(process.cwd(), path.join(root, 'drafts')) || 'drafts'
  const history = (query: string, from?: string) => historyOverSessions(sessions, query, {from, drafts})

  it('matches the golden text: a split piece, a deleted article, a merged one, a lineage key', async () => {
    const texts = [await history('21', '04'), await history('15', '03-complete'), await history('68'), await history('04-revised:art-24-bis')].map((h) => renderHistoryText(h))
    matchGolden('history-sessions.txt', texts.join('\n'))
  })

  it('matches the golden JSON of the command, and the golden Markdown', async () => {
    const result = runWith({cwd: root, timeout: 120_000}, 'history', '21', '--from', '04', '--format', 'json')
    expect([result.code, result.stderr]).toEqual([0, ''])
    matchGolden('history-sessions.json', result.stdout)
    const parsed = JSON.parse(result.stdout) as History
    expect(parsed.entries.map((e) => e.relation)).toEqual(['first', 'matched', 'matched', 'split', 'matched', 'matched', 'matched'])
    expect(parsed.lineage).toBe('04-revised:art-21')
    expect(parsed).toEqual(await history('21', '04'))
    matchGolden('history-sessions.md', renderHistoryMarkdown(parsed))
  }, 180_000)

  it('renders well-formed HTML under a strict Content-Security-Policy', async () => {
    const html = renderHistoryHtml(await history('21', '04'))
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1]?.replace(/&#x27;/g, "'")
    expect(html.startsWith('<!doctype html><html lang="en"><head><meta charset="utf-8">')).toBe(true)
    expect(policy).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; img-src data:; base-uri 'none'; form-action 'none'$/)
    for (const tag of ['html', 'body', 'table', 'tr', 'td', 'section', 'del', 'ins']) expect(html.match(new RegExp(`<${tag}[ >]`, 'g'))?.length).toBe(html.match(new RegExp(`</${tag}>`, 'g'))?.length)
    expect(html).not.toMatch(/<script/i)
  })
})

describe('progress bar', () => {
  it('draws on a terminal and erases itself; draws nothing elsewhere', () => {
    const written: string[] = []
    const stream = {isTTY: true, columns: 60, write: (text: string) => written.push(text)} as unknown as NodeJS.WriteStream
    const bar = progressBar(stream)
    bar.update('reading commits', 250, 500)
    bar.update('reading commits', 500, 500)
    bar.end()
    expect(written[1]).toMatch(/^\rreading commits \[#+\] 500\/500\u001B\[K$/)
    expect(written.at(-1)).toBe('\r\u001B[K')
    const silent: string[] = []
    const pipe = progressBar({isTTY: false, write: (text: string) => silent.push(text)} as unknown as NodeJS.WriteStream)
    pipe.update('reading commits', 1, 2)
    pipe.end()
    expect(silent).toEqual([])
  })
})
