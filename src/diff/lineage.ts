/** Lineage keys across many versions, kept importable from here; the one implementation is src/engine/chain.ts. */
export {traceLineage} from '../engine/chain.js'
