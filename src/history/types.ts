/** The history and blame types, kept importable from their old path; they live in src/model/history.ts. */
export type * from '../model/history.js'
