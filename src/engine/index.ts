/** The comparison engine: versions, pairs (one alignment each) and chains (one lineage). */
export type {Version} from './version.js'
export {linkFlags, pairFromLinks, pairVersions, removedNumbers, renumberingOf, type Pair, type Renumbering} from './pair.js'
export {chainVersions, lineageKeys, traceLineage, type Chain} from './chain.js'
