/** The diagnostics draftdiff reports: stable rule ids, their severity, and how messages are attached to files. */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {Range} from '../model/types.js'

/** How serious a finding is: errors fail `check`. */
export type Severity = 'error' | 'warning'

/** Every rule id with its severity; one page per rule in docs/rules/. */
export const rules = {
  'not-text': 'error',
  'file-too-large': 'error',
  'empty-file': 'error',
  'byte-order-mark': 'warning',
  'nesting-too-deep': 'error',
  'invalid-front-matter': 'error',
  'conflicting-metadata': 'warning',
  'missing-metadata': 'warning',
  'malformed-heading': 'error',
  'stray-text': 'error',
  'unbalanced-bracket': 'error',
  'mismatched-bracket': 'error',
  'no-articles': 'error',
  'empty-article': 'error',
  'duplicate-article-number': 'error',
  'extra-suffix': 'warning',
  'numbering-order': 'error',
  'numbering-gap': 'warning',
  'dangling-reference': 'error',
  'unknown-status-marker': 'warning',
  'undefined-footnote': 'error',
  'unused-footnote': 'warning',
  'ambiguous-subparagraph': 'warning',
  'second-language-version': 'warning'
} as const satisfies Record<string, Severity>

/** The id of a rule, also the name of its page in docs/rules/. */
export type RuleId = keyof typeof rules

/** Rule pages live in this repository; the path is relative to its root. */
const docsBase = 'docs/rules/'

/** Attach a finding of `rule` to `file` at `place`; errors are marked `fatal: true` as vfile-reporter expects. */
export function report(file: VFile, rule: RuleId, reason: string, place?: Range | null): VFileMessage {
  const message = file.message(reason, {
    place: place ? {start: toUnist(place.start), end: toUnist(place.end)} : undefined,
    ruleId: rule,
    source: 'draftdiff'
  })
  message.fatal = rules[rule] === 'error'
  message.url = `${docsBase}${rule}.md`
  return message
}

function toUnist(point: Range['start']) {
  return {line: point.line, column: point.column, offset: point.offset}
}
