/** The version model every comparison takes: a parsed draft and the label it is known by. */
import type {Draft} from '../model/types.js'

/** A version to compare: its parsed draft and a label (session id, file, ref). */
export interface Version {
  label: string
  draft: Draft
}
