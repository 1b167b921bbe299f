/** `draftdiff check`: diagnostics for drafts and sessions. */
import type {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
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
}

/** Check every path; print findings; return the exit code. */
export async function runCheck(paths: string[], options: CheckOptions): Promise<number> {
  const files: VFile[] = []
  for (const target of paths) {
    for (const source of await readSources(target)) {
      const session = parseSource(source)
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
    const text = reporter(files, {color: useColor(process.stdout), quiet: options.quiet})
    if (text) process.stdout.write(text + '\n')
  }
  return errors > 0 || (options.strict && warnings > 0) ? exitCodes.findings : exitCodes.ok
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
