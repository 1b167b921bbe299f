/** `draftdiff check`: diagnostics for drafts and sessions. */
import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {compareMessage} from 'vfile-sort'
import {statistics} from 'vfile-statistics'
import {checkDraft} from '../parse/check.js'
import {readSources} from '../versions/files.js'
import {parseSource} from '../versions/sessions.js'
import {safeJson, visible} from '../report/visible.js'
import {exitCodes, useColor} from './io.js'

/** Options of `draftdiff check`. */
export interface CheckOptions {
  format: 'text' | 'json'
  strict: boolean
  quiet: boolean
  /** Stop reading each file at the first line starting with this text. */
  until?: string
}

/** Check every path; print findings; return the exit code. */
export async function runCheck(paths: string[], options: CheckOptions): Promise<number> {
  const files: VFile[] = []
  for (const target of paths) {
    for (const source of await readSources(target)) {
      const session = parseSource(source, {until: options.until})
      checkDraft(session.draft, session.parsed.files)
      files.push(...session.parsed.files)
    }
  }
  const messages = files.flatMap((file) => file.messages)
  const errors = messages.filter((message) => message.fatal === true).length
  const warnings = messages.length - errors
  if (options.format === 'json') {
    process.stdout.write(safeJson(files.map(fileReport)))
  } else {
    // Messages quote the drafts and name their files: control characters shown visibly (docs/security.md).
    for (const message of messages) {
      message.reason = visible(message.reason)
      message.message = visible(message.message)
    }
    for (const file of files) if (file.path) file.path = visible(file.path)
    process.stdout.write(listing(files, {color: useColor(process.stdout), quiet: options.quiet}))
  }
  return errors > 0 || (options.strict && warnings > 0) ? exitCodes.findings : exitCodes.ok
}

/** Most findings listed per file in text output: laying out a row costs about 0.1 ms, and no one reads 8,000 rows. */
export const maxListedPerFile = 1000

/**
 * The text listing: vfile-reporter's rows, at most `maxListedPerFile` per file; past that, a line per
 * file names how many more there are by rule, and the summary counts them all.
 */
function listing(files: VFile[], settings: {color: boolean; quiet: boolean}): string {
  const hidden = files.filter((file) => file.messages.length > maxListedPerFile)
  if (hidden.length === 0) {
    const text = reporter(files, settings)
    return text ? text + '\n' : ''
  }
  const shown = files.map((file) => {
    if (file.messages.length <= maxListedPerFile) return file
    const copy = new VFile({path: file.path})
    copy.messages = [...file.messages].sort(compareMessage).slice(0, maxListedPerFile)
    return copy
  })
  const rows = reporter(shown, settings).split('\n')
  // The last row is the reporter's summary of the listed findings; the whole count replaces it.
  rows.pop()
  const notes = hidden.map((file) => `${file.path}: ${notListed([...file.messages].sort(compareMessage).slice(maxListedPerFile))}; \`draftdiff check --format json\` lists them all`)
  return [...rows, ...notes, '', summary(files, settings.color)].join('\n') + '\n'
}

function notListed(messages: VFile['messages']): string {
  const byRule = new Map<string, number>()
  for (const message of messages) byRule.set(message.ruleId ?? 'other', (byRule.get(message.ruleId ?? 'other') ?? 0) + 1)
  const rules = [...byRule].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([rule, count]) => `${rule} ${count.toLocaleString('en')}`)
  return `${messages.length.toLocaleString('en')} more findings not listed (${rules.join(', ')})`
}

/** The reporter's summary line over every finding: `8000 messages (✖ 7999 errors, ⚠ 1 warning)`. */
function summary(files: VFile[], color: boolean): string {
  const stats = statistics(files)
  const paint = (code: number, text: string) => (color ? `\u001B[${code}m${text}\u001B[39m` : text)
  const parts = [stats.fatal ? `${paint(31, '✖')} ${stats.fatal} error${stats.fatal === 1 ? '' : 's'}` : '', stats.warn ? `${paint(33, '⚠')} ${stats.warn} warning${stats.warn === 1 ? '' : 's'}` : ''].filter(Boolean).join(', ')
  return stats.total !== stats.fatal && stats.total !== stats.warn ? `${stats.total} messages (${parts})` : parts
}

function fileReport(file: VFile) {
  return {
    file: file.path,
    messages: file.messages.map((message) => ({
      ruleId: message.ruleId ?? null,
      severity: message.fatal === true ? 'error' : 'warning',
      message: message.reason,
      line: message.place && 'start' in message.place ? message.place.start.line : (message.line ?? null),
      column: message.place && 'start' in message.place ? message.place.start.column : (message.column ?? null),
      endLine: message.place && 'end' in message.place ? message.place.end.line : null,
      endColumn: message.place && 'end' in message.place ? message.place.end.column : null,
      url: message.url ?? null
    }))
  }
}
