export {InputError, isDraftFile, maxSessionBytes, maxSessionFiles, readSources, type DraftSource} from './files.js'
export {loadSessions, orderSessions, parseSource, type Session} from './sessions.js'
