/** `draftdiff compare <v1> <v2> <v3>… [--baseline <v>] [--notes FILE]`: the N-way table, a row per paragraph lineage under a row per article, one column per version. */
import {applyNotes} from '../compare/notes.js'
import {compareTable, type CompareTable} from '../compare/table.js'
import {renderCompareHtml} from '../report/compare-html.js'
import {renderCompareMarkdown} from '../report/compare-md.js'
import {InputError} from '../model/errors.js'
import type {Session} from '../versions/sessions.js'
import {safeJson, visible, visibleData} from '../report/visible.js'
import {exitCodes, writeOutputFile} from './io.js'
import {explain, readNotes} from './compare-notes.js'
import {loadVersion} from './versions.js'

/** Options of `draftdiff compare`. */
export interface CompareOptions {
  format: 'md' | 'html' | 'json' | 'docx'
  baseline?: string
  notes?: string
  drafts: string
  repo?: string
  out?: string
}

/** Run `compare`; return the exit code. */
export async function runCompare(specs: string[], options: CompareOptions): Promise<number> {
  if (specs.length < 2) throw new InputError(`compare needs at least two versions, got ${specs.length}; e.g. \`draftdiff compare 05 06 07\``)
  if (options.format === 'docx' && !options.out) throw new InputError('--format docx writes a Word file: give --out FILE, e.g. `--format docx --out compare.docx`')
  const notes = options.notes === undefined ? null : await readNotes(options.notes)
  const sessions: Session[] = []
  for (const spec of specs) sessions.push(await loadVersion(spec, options.drafts, options.repo))
  const baseline = options.baseline === undefined ? undefined : baselineIndex(options.baseline, specs, sessions)
  let table = compareTable(
    sessions.map((session) => ({label: session.id, draft: session.draft})),
    {baseline}
  )
  if (notes && options.notes !== undefined) {
    try {
      table = applyNotes(table, notes)
    } catch (error) {
      throw explain(options.notes, error)
    }
  }
  const text = options.format === 'docx' ? await (await import('../report/compare-docx.js')).renderCompareDocx(visibleData(table)) : render(table, options.format)
  if (options.out) {
    await writeOutputFile(options.out, text)
    process.stdout.write(`wrote ${visible(options.out)}\n`)
  } else process.stdout.write(text)
  return exitCodes.ok
}

/** The column `--baseline` names: a specifier exactly as given among the versions, or a version's label (`05-further-revised`). */
function baselineIndex(baseline: string, specs: string[], sessions: Session[]): number {
  const bySpec = specs.indexOf(baseline)
  if (bySpec >= 0) return bySpec
  const byLabel = sessions.findIndex((session) => session.id === baseline)
  if (byLabel >= 0) return byLabel
  throw new InputError(`--baseline \`${baseline}\` is not one of the versions given (${specs.join(', ')}); give one of them, e.g. --baseline ${specs[0] ?? ''}`)
}

function render(table: CompareTable, format: Exclude<CompareOptions['format'], 'docx'>): string {
  switch (format) {
    case 'json':
      return safeJson(table)
    case 'html':
      return renderCompareHtml(visibleData(table))
    default:
      return renderCompareMarkdown(visibleData(table))
  }
}
