export {formatDraft, type Options as FormatOptions} from './format.js'
