/** The comparison engine: versions, pairs (one alignment each) and chains (one lineage). */
/** A version: a parsed draft and its label. */
export type {Version} from './version.js'
/** Pairs: one alignment of two versions, its renumbering and flags. */
export {linkFlags, pairFromLinks, pairVersions, removedNumbers, renumberingOf, type Pair, type Renumbering} from './pair.js'
/** Chains: N versions paired in order, and lineage keys. */
export {chainVersions, lineageKeys, traceLineage, type Chain} from './chain.js'
