// Pins the public API: what `draftdiff` exports.
import {expect, it} from 'vitest'
import * as api from '../src/index.js'

it('exports exactly the public surface', () => {
  expect(Object.keys(api).sort()).toEqual(['ImportError', 'InputError', 'aknDocuments', 'alignArticles', 'alignGroups', 'checkDraft', 'compareDrafts', 'concordanceOptions', 'defaultStatusMarkers', 'draftStats', 'formatDraft', 'groupsOf', 'importDocument', 'loadSessions', 'maxFileBytes', 'maxNesting', 'parseConcordance', 'parseDraft', 'phrasePieces', 'readSources', 'redlineDocx', 'renderText', 'rules', 'traceChapterLineage', 'traceLineage', 'wordDiff'])
})

it('documents every rule with a page in docs/rules', async () => {
  const {readdirSync} = await import('node:fs')
  const pages = readdirSync(new URL('../docs/rules/', import.meta.url)).filter((name) => name !== 'README.md').map((name) => name.replace(/\.md$/, ''))
  expect(pages.sort()).toEqual(Object.keys(api.rules).sort())
})
