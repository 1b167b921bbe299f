/** Canonical formatting and writing of drafts. */

/** Rewriting a draft in canonical form. */
export {formatDraft, type Options as FormatOptions} from './format.js'
/** Writing a draft from plain data in that form. */
export {defaultWidth, writeDraft, type ArticleDescription, type ChapterDescription, type DraftDescription, type FootnoteDescription, type ParagraphDescription, type PreambleDescription, type SubparagraphDescription, type WriteOptions} from './write.js'
