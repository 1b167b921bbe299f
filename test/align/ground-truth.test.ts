// Scores the alignment against the hand-made concordance of every consecutive pair of shipped sessions.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {compareDrafts} from '../../src/diff/compare.js'
import type {DraftDiff, Relation} from '../../src/model/diff.js'
import {loadSessions, type Session} from '../../src/versions/sessions.js'

const drafts = path.join(import.meta.dirname, '..', '..', 'drafts')
let sessions: Session[] = []

beforeAll(async () => {
  sessions = await loadSessions(drafts)
})

interface Truth {
  relation: Relation
  old: string[]
  new: string[]
  renumbered: boolean
  moved: boolean
  titleChanged: boolean
  change: string
}

const relationKey = (e: {relation: string; old: string[]; new: string[]}) => `${e.relation} ${e.old.join('+')} > ${e.new.join('+')}`
const fullKey = (e: Truth) => `${relationKey(e)} renumbered=${e.renumbered} moved=${e.moved} title=${e.titleChanged} change=${e.change}`

function score(found: Set<string>, truth: Set<string>, relation: Relation) {
  const f = [...found].filter((k) => k.startsWith(relation + ' '))
  const t = [...truth].filter((k) => k.startsWith(relation + ' '))
  const hits = f.filter((k) => truth.has(k)).length
  return {precision: f.length === 0 ? 1 : hits / f.length, recall: t.length === 0 ? 1 : hits / t.length}
}

describe('alignment reproduces the shipped concordances', () => {
  it('ships seven sessions that check without errors', async () => {
    expect(sessions.map((s) => s.id)).toEqual(['01-first-part', '02-second-part', '03-complete', '04-revised', '05-further-revised', '06-updated', '07-final'])
    const {checkDraft} = await import('../../src/parse/check.js')
    for (const session of sessions) {
      checkDraft(session.draft, session.parsed.files)
      const errors = session.parsed.files.flatMap((f) => f.messages.filter((m) => m.fatal)).map((m) => `${m.file}:${m.line}: ${m.reason}`)
      expect(errors, session.id).toEqual([])
    }
  })

  for (let k = 1; k < 7; k++) {
    it(`pair ${k} → ${k + 1}: precision and recall 100% per relation, flags and change classes exact`, () => {
      const before = sessions[k - 1] as Session
      const after = sessions[k] as Session
      const truth = (JSON.parse(readFileSync(path.join(after.path, 'concordance.json'), 'utf8')) as {articles: Truth[]}).articles
      const diff: DraftDiff = compareDrafts({label: before.id, draft: before.draft}, {label: after.id, draft: after.draft})
      const found = new Set(diff.articles.map(relationKey))
      const expected = new Set(truth.map(relationKey))
      for (const relation of ['matched', 'split', 'merged', 'added', 'deleted'] as const) {
        expect(score(found, expected, relation), `${relation} in ${before.id} → ${after.id}`).toEqual({precision: 1, recall: 1})
      }
      expect(diff.articles.map((a) => fullKey(a as unknown as Truth)).sort()).toEqual(truth.map(fullKey).sort())
    })
  }
})
