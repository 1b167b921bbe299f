/** Reading drafts from files and folders. */
export {InputError, isDraftFile, maxSessionBytes, maxSessionFiles, readSources, type DraftSource} from './files.js'
/** Sessions: reading, ordering and parsing. */
export {loadSessions, orderSessions, parseSource, type Session} from './sessions.js'
