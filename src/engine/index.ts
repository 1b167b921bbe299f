/** The comparison engine: versions, pairs (one alignment each) and chains (one lineage). */
/** Versions: a parsed draft and its label, and the index the engine reads before parsing anything. */
export {indexVersion, sparseDraft, type Version, type VersionIndex} from './version.js'
/** Pairs: one alignment of two versions, its renumbering and flags. */
export {linkFlags, pairFromLinks, pairVersions, type Pair} from './pair.js'
/** Renumbering: which numbers each old article's text carries now, and which numbers went. */
export {removedNumbers, renumberingOf, type Renumbering} from './renumbering.js'
/** Pairs of indexed versions, aligned only as far as asked, identical bodies matched first. */
export {IndexedPair, identicalBodies} from './indexed-pair.js'
/** Chapters, sections and titles aligned through the article links, and the one `moved` test. */
export {alignLevels, draftGroups, groupKinds, movedAcross, placesOf, type Groups, type Level} from './structure.js'
/** Chains: N versions paired in order, and lineage keys. */
export {chainVersions, lineageKeys, traceLineage, type Chain} from './chain.js'
