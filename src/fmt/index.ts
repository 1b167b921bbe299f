/** Rewriting a draft in canonical form. */
export {formatDraft, type Options as FormatOptions} from './format.js'
