/** The parser's entry points: parsing, checking and counting drafts. */

/** Parse a draft from one or more files into its model: preamble, chapters, articles, paragraphs. */
export {parseDraft, type DraftInput, type Options, type ParseResult} from './draft.js'
/** The status markers known by default (`[agreed ad referendum]`, `[pending]` …). */
export {defaultStatusMarkers} from './inline.js'
/** The check rules with their severities (one page each in docs/rules/); `report` attaches a finding to a file. */
export {rules, report, type RuleId, type Severity} from './rules.js'
/** Every text unit of a draft, preamble first. */
export {allUnits} from './resolve.js'
/** Every text unit of an article, in reading order. */
export {articleUnits} from './spanning.js'
/** Largest draft file read, in bytes. */
export {maxFileBytes} from './source.js'
/** Deepest nesting handed to remark. */
export {maxNesting} from './blocks.js'
/** Counts of a draft: articles, paragraphs, words, open brackets. */
export {draftStats, type DraftStats} from './stats.js'
/** Checking a draft: the findings of every rule. */
export {checkDraft} from './check.js'
