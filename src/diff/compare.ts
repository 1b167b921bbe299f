/** Comparing two drafts: article alignment, unit alignment, redlines, change classes and events, as one plain object. */
import type {ArticleLink, Options as AlignOptions} from '../align/articles.js'
import {editorialKey, foldUnit, maskReferences, type MarkedUnit} from '../align/text.js'
import type {ArticleChange, ArticleSide, ChangeClass, DraftDiff, Relation, UnitChange, VersionInfo} from '../model/diff.js'
import {divisionLabel} from '../model/cite.js'
import type {Article, Draft, TextUnit} from '../model/types.js'
import {articleOpenBrackets, draftStats} from '../parse/stats.js'
import {linkFlags, pairVersions, type Pair} from '../engine/pair.js'
import type {Version} from '../engine/version.js'
import {classifyUnits, referencesFollow, type Renumbering} from './classify.js'
import {compareStructure} from './chapters.js'
import {articleEvents} from './events.js'
import {linkUnits, preambleLinks} from './unit-links.js'
import {wordDiff, type Options as WordOptions} from './words.js'

/** A version to compare (defined in src/engine/version.ts). */
export type {Version} from '../engine/version.js'

/** Options for `compareDrafts`. */
export interface Options extends AlignOptions {
  words?: WordOptions
}

/** Compare two versions of a draft; see docs/diff-json.md for the shape of the result. */
export function compareDrafts(before: Version, after: Version, options: Options = {}): DraftDiff {
  return diffPair(pairVersions(before, after, options), options)
}

/** The diff of a pair already aligned (by `pairVersions` or a chain): change classes computed once per link. */
export function diffPair(pair: Pair, options: Options = {}): DraftDiff {
  const {before, after, renumbering, removed} = pair
  const structure = compareStructure(before, after, pair.links)
  // `moved` follows chapter lineage (src/diff/chapters.ts), not numerals: an inserted chapter moves nothing.
  const articles = pair.links.map((link) => ({...articleChange(link, before, after, renumbering, removed, options), moved: structure.moved(link)}))
  const preamble = preambleChanges(before.draft, after.draft, renumbering, options)
  return {
    schemaVersion: 1,
    old: versionInfo(before),
    new: versionInfo(after),
    articles,
    chapters: structure.chapters,
    divisions: structure.divisions,
    preamble,
    summary: summarise(articles, preamble)
  }
}

/** The change of one link: unit alignment, redlines, change class, events and the link's flags. */
export function articleChange(link: ArticleLink, before: Version, after: Version, renumbering: Renumbering, removed: ReadonlySet<string>, options: Options): ArticleChange {
  // Identical bodies (markers and folded text): every unit stays where it was.
  const {olds, news, oldUnits, newUnits, identical, unitLinks} = linkUnits(link, before.draft, after.draft)
  const first = olds[0]
  const firstNew = news[0]
  const units = unitLinks.map((u) => unitChange(u.old === null ? null : oldUnits[u.old], u.new === null ? null : newUnits[u.new], u.similarity, u.reordered, renumbering, options))
  const pairs = unitLinks.filter((u) => u.old !== null && u.new !== null).map((u): [MarkedUnit, MarkedUnit] => [oldUnits[u.old ?? 0] as MarkedUnit, newUnits[u.new ?? 0] as MarkedUnit])
  const {events, opened, closed} = articleEvents({
    before: oldUnits.map((m) => m.unit),
    after: newUnits.map((m) => m.unit),
    statusBefore: olds.flatMap((a) => a.status),
    statusAfter: news.flatMap((a) => a.status),
    pairs: pairs.map(([a, b]) => [a.unit, b.unit]),
    removedArticles: removed,
    renumbering
  })
  let change: ChangeClass = 'substantive'
  if (link.relation === 'matched' && first && firstNew) {
    if (identical) change = 'none'
    else if (units.every((u) => u.relation === 'matched' && !u.reordered)) change = classifyUnits(pairs.map(([a, b]) => [withMarker(a), withMarker(b)]), renumbering)
    // Layout alone (spacing, emphasis, `(i)The` read as text rather than a subparagraph) can change the units: at most editorial.
    if (change === 'substantive' && sameLayoutKey(oldUnits, newUnits, renumbering)) change = 'editorial'
  }
  const label = first ? `${before.label}:${first.id}` : `${after.label}:${firstNew?.id ?? ''}`
  return {
    relation: link.relation,
    old: olds.map((a) => a.number),
    new: news.map((a) => a.number),
    oldArticles: olds.map((article) => side(article, before.draft)),
    newArticles: news.map((article) => side(article, after.draft)),
    ...linkFlags(first, firstNew),
    change,
    matchedBy: link.matchedBy,
    similarity: link.similarity,
    lineage: label,
    units,
    events,
    wordsAdded: units.reduce((sum, u) => sum + u.redline.wordsAdded, 0),
    wordsRemoved: units.reduce((sum, u) => sum + u.redline.wordsRemoved, 0),
    bracketsOpened: opened,
    bracketsClosed: closed
  }
}

/** Whether two bodies read the same once markers and text are joined and reduced to their editorial key. */
function sameLayoutKey(a: MarkedUnit[], b: MarkedUnit[], renumbering: Renumbering): boolean {
  const key = (units: MarkedUnit[]) => editorialKey(units.map((m) => `${m.marker} ${maskReferences(m.unit)}`).join(' '))
  return key(a) === key(b) && referencesFollow(a.flatMap((m) => m.unit.references), b.flatMap((m) => m.unit.references), renumbering)
}

function withMarker(m: MarkedUnit): TextUnit & {marker: string} {
  return {...m.unit, marker: m.marker}
}

function unitChange(a: MarkedUnit | undefined | null, b: MarkedUnit | undefined | null, similarity: number | null, reordered: boolean, renumbering: Renumbering, options: Options): UnitChange {
  const oldText = a ? foldUnit(a.unit) : ''
  const newText = b ? foldUnit(b.unit) : ''
  return {
    relation: a && b ? 'matched' : a ? 'deleted' : 'inserted',
    old: a ? {id: a.unit.id, marker: a.marker, text: oldText} : null,
    new: b ? {id: b.unit.id, marker: b.marker, text: newText} : null,
    renumbered: Boolean(a && b && a.marker !== b.marker),
    reordered,
    // A unit whose text is unchanged is `none` even when renumbered: the number change is the `renumbered` flag.
    change: a && b ? (oldText === newText ? 'none' : classifyUnits([[a.unit, b.unit]], renumbering)) : 'substantive',
    similarity,
    redline: wordDiff(oldText, newText, options.words)
  }
}

function preambleChanges(before: Draft, after: Draft, renumbering: Renumbering, options: Options): UnitChange[] {
  const {oldUnits: a, newUnits: b, unitLinks} = preambleLinks(before, after)
  return unitLinks.map((u) => {
    const change = unitChange(u.old === null ? null : a[u.old], u.new === null ? null : b[u.new], u.similarity, u.reordered, renumbering, options)
    // A preambular paragraph only renumbered is unchanged, like any unit: the number change is the `renumbered` flag.
    if (change.relation === 'matched' && change.old?.text === change.new?.text) change.change = 'none'
    return change
  })
}

function side(article: Article, draft: Draft): ArticleSide {
  return {number: article.number, id: article.id, title: article.title, chapter: article.chapter, division: divisionLabel(draft.divisions, article.division), openBrackets: articleOpenBrackets(article)}
}

/** Label, metadata, counts and chapters of one version, as in `DraftDiff.old` and `.new`. */
export function versionInfo(version: Version): VersionInfo {
  const stats = draftStats(version.draft)
  return {
    label: version.label,
    meta: {...version.draft.meta},
    counts: {chapters: stats.chapters, articles: stats.articles, words: stats.words, openBrackets: stats.openBrackets},
    chapters: version.draft.chapters.map((chapter) => {
      const articles = version.draft.articles.filter((article) => article.chapter === chapter.number)
      return {number: chapter.number, title: chapter.title, articles: articles.length, openBrackets: articles.reduce((sum, article) => sum + articleOpenBrackets(article), 0)}
    })
  }
}

function summarise(articles: ArticleChange[], preamble: UnitChange[]) {
  const relations: Record<Relation, number> = {matched: 0, split: 0, merged: 0, added: 0, deleted: 0}
  const changes: Record<ChangeClass, number> = {none: 0, 'references-only': 0, editorial: 0, substantive: 0}
  for (const article of articles) {
    relations[article.relation]++
    changes[article.change]++
  }
  const words = (key: 'wordsAdded' | 'wordsRemoved') => articles.reduce((sum, a) => sum + a[key], 0) + preamble.reduce((sum, u) => sum + u.redline[key], 0)
  return {
    relations,
    changes,
    bracketsOpened: articles.reduce((sum, a) => sum + a.bracketsOpened, 0),
    bracketsClosed: articles.reduce((sum, a) => sum + a.bracketsClosed, 0),
    wordsAdded: words('wordsAdded'),
    wordsRemoved: words('wordsRemoved')
  }
}
