/** Reading a concordance table (old → new article numbers) to force or forbid matches. */
import type {Relation} from '../model/diff.js'
import type {Options} from './articles.js'

/** One row of a concordance file: see docs/alignment.md, "Forcing the alignment". */
export interface ConcordanceEntry {
  old: string[]
  new: string[]
  relation: Relation
  renumbered?: boolean
  moved?: boolean
  titleChanged?: boolean
  change?: string
}

/** A concordance file: the two versions it relates and its rows. */
export interface Concordance {
  from?: string
  to?: string
  articles: ConcordanceEntry[]
}

const relations = new Set(['matched', 'split', 'merged', 'added', 'deleted'])

/** Parse and validate a concordance file's text; throws an Error naming what is wrong and how to fix it. */
export function parseConcordance(text: string, name = 'concordance'): Concordance {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new Error(`\`${name}\` is not valid JSON (${(error as Error).message}); expected {"articles": [{"old": ["12"], "new": ["13"], "relation": "matched"}]}`)
  }
  const articles = (data as {articles?: unknown})?.articles
  if (!Array.isArray(articles)) throw new Error(`\`${name}\` has no \`articles\` array; expected {"articles": [{"old": ["12"], "new": ["13"], "relation": "matched"}]}`)
  articles.forEach((entry: Record<string, unknown>, index) => {
    const where = `\`${name}\`, articles[${index}]`
    const isList = (value: unknown) => Array.isArray(value) && value.every((item) => typeof item === 'string')
    if (!entry || !isList(entry.old) || !isList(entry.new)) throw new Error(`${where}: \`old\` and \`new\` must be arrays of article numbers as written, e.g. ["12 bis"]`)
    if (typeof entry.relation !== 'string' || !relations.has(entry.relation)) throw new Error(`${where}: \`relation\` must be one of matched, split, merged, added, deleted; got ${JSON.stringify(entry.relation)}`)
    const [olds, news] = [(entry.old as string[]).length, (entry.new as string[]).length]
    const fits = {matched: olds === 1 && news === 1, split: olds === 1 && news >= 2, merged: olds >= 2 && news === 1, added: olds === 0 && news === 1, deleted: olds === 1 && news === 0}[entry.relation as Relation]
    if (!fits) throw new Error(`${where}: a \`${entry.relation}\` row has ${olds} old and ${news} new article(s); matched is 1→1, split 1→2+, merged 2+→1, added 0→1, deleted 1→0`)
  })
  const seen = {old: new Map<string, number>(), new: new Map<string, number>()}
  articles.forEach((entry: ConcordanceEntry, index) => {
    for (const side of ['old', 'new'] as const) {
      for (const number of entry[side]) {
        const first = seen[side].get(number)
        if (first !== undefined) throw new Error(`\`${name}\`, articles[${index}]: ${side} article ${number} is already in articles[${first}]; each article may appear in one row only`)
        seen[side].set(number, index)
      }
    }
  })
  return data as Concordance
}

/** Alignment options from a concordance: relations with both sides are forced, added and deleted articles stay unmatched. */
export function concordanceOptions(concordance: Concordance): Pick<Options, 'forced' | 'forbiddenOld' | 'forbiddenNew'> {
  return {
    forced: concordance.articles.filter((e) => e.old.length > 0 && e.new.length > 0).map((e) => ({old: e.old, new: e.new})),
    forbiddenOld: concordance.articles.filter((e) => e.relation === 'deleted').flatMap((e) => e.old),
    forbiddenNew: concordance.articles.filter((e) => e.relation === 'added').flatMap((e) => e.new)
  }
}
