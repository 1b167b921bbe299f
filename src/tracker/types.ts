/** The bracket tracker's types (defined in src/model/brackets.ts, which renderers read). */
export type * from '../model/brackets.js'
