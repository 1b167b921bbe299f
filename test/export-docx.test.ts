// draftdiff export --format docx: tracked changes whose Accept All is the new draft and Reject All the old.
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {compareDrafts} from '../src/diff/compare.js'
import {redlineDocx} from '../src/export/docx.js'
import {documentLines} from '../src/export/lines.js'
import {loadSessions} from '../src/versions/sessions.js'
import type {Draft} from '../src/model/types.js'
import {commentTexts, revisionAttributes, viewParagraphs} from './support/docx-revisions.js'

const root = path.resolve(import.meta.dirname, '..')

async function redline(before: Draft, after: Draft, labels = ['old', 'new']): Promise<Uint8Array> {
  const diff = compareDrafts({label: labels[0] ?? 'old', draft: before}, {label: labels[1] ?? 'new', draft: after})
  return redlineDocx({before, after, diff, author: labels[1] ?? 'new', date: '2023-04-11T00:00:00Z', title: 't'})
}

const texts = (draft: Draft) => documentLines(draft).map((line) => line.text)

describe('export --format docx', () => {
  it('Accept All gives the new draft and Reject All the old, on every shipped pair', async () => {
    const sessions = await loadSessions(path.join(root, 'drafts'))
    for (let i = 1; i < sessions.length; i++) {
      const before = sessions[i - 1]!
      const after = sessions[i]!
      const docx = await redline(before.draft, after.draft, [before.id, after.id])
      expect(viewParagraphs(docx, 'accept'), `${before.id} → ${after.id}`).toEqual(texts(after.draft))
      expect(viewParagraphs(docx, 'reject'), `${before.id} → ${after.id}`).toEqual(texts(before.draft))
    }
  }, 120_000)
})
