/** draftdiff's public API: parse, check and format drafts; read sessions. */
export type * from './model/types.js'
export {checkDraft, defaultStatusMarkers, draftStats, maxFileBytes, maxNesting, parseDraft, rules} from './parse/index.js'
export type {DraftInput, DraftStats, Options, ParseResult, RuleId, Severity} from './parse/index.js'
export {formatDraft, type FormatOptions} from './fmt/index.js'
/**
 * Import a .md (any accepted dialect), .txt (text of a PDF) or .docx document from its bytes as canonical
 * draft Markdown, with notes on what it could not place; throws `ImportError` on a file it cannot read.
 */
export {importDocument, ImportError, type ImportOptions, type ImportResult, type ImportNote, type Revision} from './import/index.js'
export {InputError, loadSessions, readSources, type DraftSource, type Session} from './versions/index.js'
export type * from './model/diff.js'
export {traceLineage} from './diff/lineage.js'
export {compareDrafts, type Version, type Options as CompareOptions} from './diff/compare.js'
export {alignArticles} from './align/articles.js'
export {concordanceOptions, parseConcordance, type Concordance, type ConcordanceEntry} from './align/concordance.js'
export {wordDiff} from './diff/words.js'
export {renderText} from './report/text.js'
