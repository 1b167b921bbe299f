/** Reading drafts from files and folders. */
/** Draft files: which files are drafts, their size limits, reading them; `InputError` for bad input. */
export {InputError, isDraftFile, maxSessionBytes, maxSessionFiles, readSources, type DraftSource} from './files.js'
/** Sessions: reading, ordering and parsing. */
export {loadSessions, orderSessions, parseSource, type Session} from './sessions.js'
