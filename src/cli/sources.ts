/** `draftdiff sources <draft> --reference …`: agreed language — where each paragraph of a draft comes from. */
import {renderPageText} from '../report/brackets-text.js'
import {sourcesPage} from '../report/sources-page.js'
import {safeJson, visibleData} from '../report/visible.js'
import {findSources} from '../sources/match.js'
import {readReferences} from '../sources/read.js'
import {parseSource} from '../versions/sessions.js'
import {resolveVersion} from '../versions/spec.js'
import {exitCodes} from './io.js'

/** The options of `draftdiff sources`, as the command line gives them. */
export interface SourcesOptions {
  reference: string[]
  min: number
  format: 'text' | 'md' | 'html' | 'json'
  drafts: string
  repo?: string
}

/** Run `sources`; return the exit code. */
export async function runSources(spec: string, options: SourcesOptions): Promise<number> {
  const version = await resolveVersion(spec, {drafts: options.drafts, repo: options.repo})
  const draft = parseSource(version).draft
  const references = await readReferences(options.reference)
  const result = findSources(draft, references, {min: options.min})
  if (options.format === 'json') {
    const units = result.units.map((u) => ({unit: u.unit, sources: u.sources.map((s) => ({reference: s.reference, unit: s.unit, similarity: s.similarity}))}))
    process.stdout.write(safeJson({schemaVersion: 1, draft: version.label, references: references.map((r) => r.name), min: options.min, units, articles: result.articles}))
    return exitCodes.ok
  }
  // Draft and reference text: control characters shown visibly (docs/security.md).
  const page = visibleData(sourcesPage(version.label, draft, result, references.map((r) => r.name)))
  // The Markdown and HTML renderers are loaded only when asked for.
  const render = options.format === 'text' ? renderPageText : options.format === 'md' ? (await import('../report/brackets-render.js')).renderPageMarkdown : (await import('../report/brackets-render.js')).renderPageHtml
  process.stdout.write(render(page))
  return exitCodes.ok
}
