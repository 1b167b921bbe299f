/** draftdiff's public API: parse, check and format drafts; read sessions. */
/** The draft model: preamble, chapters, articles, paragraphs, subparagraphs and their brackets. */
export type * from './model/types.js'
/** Parsing and checking drafts. */
export {checkDraft, defaultStatusMarkers, draftStats, maxFileBytes, maxNesting, parseDraft, rules} from './parse/index.js'
/** Parser types. */
export type {DraftInput, DraftStats, Options, ParseResult, RuleId, Severity} from './parse/index.js'
/** Canonical formatting. */
export {formatDraft, type FormatOptions} from './fmt/index.js'
/**
 * Import a .md (any accepted dialect), .txt (text of a PDF) or .docx document from its bytes as canonical
 * draft Markdown, with notes on what it could not place; throws `ImportError` on a file it cannot read.
 */
export {importDocument, ImportError, type ImportOptions, type ImportResult, type ImportNote, type Revision} from './import/index.js'
/** Reading drafts and sessions from the file system. */
export {InputError, loadSessions, readSources, type DraftSource, type Session} from './versions/index.js'
/** The diff JSON types (schemaVersion 1, docs/diff-json.md). */
export type * from './model/diff.js'
/** Lineage keys across N versions. */
export {traceLineage} from './diff/lineage.js'
/** Chapter lineage keys across N versions. */
export {traceChapterLineage} from './diff/chapter-lineage.js'
/** Comparing two versions. */
export {compareDrafts, type Version, type Options as CompareOptions} from './diff/compare.js'
/** Article alignment alone. */
export {alignArticles} from './align/articles.js'
/** Chapter, section and title alignment through the articles they hold. */
export {alignGroups, groupsOf, type Group, type GroupKind, type GroupLink} from './align/chapters.js'
/** Concordance files (alignment fixed by hand). */
export {concordanceOptions, parseConcordance, type Concordance, type ConcordanceEntry} from './align/concordance.js'
/** Word-level redlines. */
export {wordDiff} from './diff/words.js'
/** Phrase-level redline pieces for display: short equal islands between changes folded into one deletion and one insertion (docs/redlines.md). */
export {phrasePieces} from './model/phrases.js'
/** The terminal report. */
export {renderText} from './report/text.js'
/** A Word redline (.docx bytes): the new draft with every difference from the old as a tracked change, with footnotes and comments (docs/export.md). */
export {redlineDocx, type RedlineInput} from './export/docx.js'
/** Akoma Ntoso 3.0 XML, one document per version, wIds following article and chapter lineage (docs/export.md). */
export {aknDocuments, type AknDocument, type AknVersion} from './export/akn.js'
