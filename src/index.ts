/** draftdiff's public API: parse, check and format drafts; read sessions. */
export type * from './model/types.js'
export {checkDraft, defaultStatusMarkers, draftStats, maxFileBytes, maxNesting, parseDraft, rules} from './parse/index.js'
export type {DraftInput, DraftStats, Options, ParseResult, RuleId, Severity} from './parse/index.js'
export {formatDraft, type FormatOptions} from './fmt/index.js'
export {InputError, loadSessions, readSources, type DraftSource, type Session} from './versions/index.js'
export type * from './model/diff.js'
