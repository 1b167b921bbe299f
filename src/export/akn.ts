/** Akoma Ntoso 3.0 documents of draft versions: one `<akomaNtoso><bill>` per version, wIds following article lineage. */
import type {Element, Root} from 'xast'
import {toXml} from 'xast-util-to-xml'
import {x} from './xast.js'
import type {Draft} from '../model/types.js'
import {lineageWIds} from './akn-ids.js'
import {assignEIds, bodyElement, EIds, preambleElement} from './akn-body.js'
import {xmlSafe} from './lines.js'

/** The Akoma Ntoso 3.0 namespace. */
export const aknNamespace = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0'

/** A version to export: its label, draft, date (`YYYY-MM-DD`, or null) and author (session or proposer). */
export interface AknVersion {
  label: string
  draft: Draft
  date: string | null
  author: string
}

/** One exported document. */
export interface AknDocument {
  label: string
  xml: string
}

/** The date FRBR elements carry when a version has none (the schema requires one). */
const undated = '1970-01-01'

function frbr(version: AknVersion): Element {
  const date = version.date ?? undated
  const name = version.date === null ? 'undated' : 'version'
  // One work (the convention) for every version; each version an expression, named by its session and symbol.
  const work = '/akn/un/bill/convention'
  const expression = `${work}/eng@${date}`
  const symbol = typeof version.draft.meta.symbol === 'string' ? [x('FRBRalias', {value: xmlSafe(version.draft.meta.symbol), name: 'symbol'})] : []
  return x('identification', {source: '#draftdiff'}, [
    x('FRBRWork', [x('FRBRthis', {value: `${work}/!main`}), x('FRBRuri', {value: work}), x('FRBRdate', {date, name}), x('FRBRauthor', {href: '#committee'}), x('FRBRcountry', {value: 'un'})]),
    x('FRBRExpression', [x('FRBRthis', {value: `${expression}/!main`}), x('FRBRuri', {value: expression}), x('FRBRalias', {value: xmlSafe(version.label), name: 'session'}), ...symbol, x('FRBRdate', {date, name}), x('FRBRauthor', {href: '#author'}), x('FRBRlanguage', {language: 'eng'})]),
    x('FRBRManifestation', [x('FRBRthis', {value: `${expression}/!main.xml`}), x('FRBRuri', {value: `${expression}.akn`}), x('FRBRdate', {date, name: 'export'}), x('FRBRauthor', {href: '#draftdiff'})])
  ])
}

/** A label as one part of an FRBR URI: lower case letters, digits and hyphens. */
function pathPart(label: string): string {
  return label.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'draft'
}

function statusNames(draft: Draft): string[] {
  const names = new Set<string>()
  for (const article of draft.articles) for (const m of article.status) names.add(m.name)
  const units = [...(draft.preamble?.paragraphs ?? []), ...draft.articles.flatMap((a) => a.paragraphs.flatMap((p) => [p, ...p.subparagraphs.flatMap((s) => [s, ...s.children]), ...(p.closing ? [p.closing] : [])]))]
  for (const unit of units) for (const m of unit.markers) names.add(m.name)
  return [...names].sort()
}

function references(version: AknVersion): Element {
  const concepts = statusNames(version.draft).map((name) => {
    const id = name.replace(/[^a-z0-9]+/g, '_')
    return x('TLCConcept', {eId: `status_${id}`, href: `/akn/ontology/concepts/draftdiff/status/${id}`, showAs: xmlSafe(name)})
  })
  return x('references', {source: '#draftdiff'}, [
    x('TLCOrganization', {eId: 'committee', href: '/akn/ontology/organizations/un/committee', showAs: 'the negotiating committee'}),
    x('TLCPerson', {eId: 'author', href: `/akn/ontology/persons/draftdiff/${pathPart(version.author)}`, showAs: xmlSafe(version.author)}),
    x('TLCOrganization', {eId: 'draftdiff', href: '/akn/ontology/organizations/draftdiff', showAs: 'draftdiff'}),
    ...concepts
  ])
}

function preface(draft: Draft): Element[] {
  const lines = [draft.meta.symbol, draft.meta.title].filter((v): v is string => typeof v === 'string' && v.trim() !== '')
  if (lines.length === 0) return []
  const [first, ...rest] = lines
  const symbol = typeof draft.meta.symbol === 'string' && draft.meta.symbol.trim() !== ''
  const head = symbol ? x('p', {}, x('docNumber', {}, xmlSafe(first ?? ''))) : x('longTitle', {}, x('p', {}, xmlSafe(first ?? '')))
  return [x('preface', [head, ...rest.map((line) => x('longTitle', {}, x('p', {}, xmlSafe(line))))])]
}

/** One version as an Akoma Ntoso tree. */
export function aknTree(version: AknVersion, wIds: Map<string, string>, chapterWIds: Map<string, string> = new Map()): Root {
  const eIds = new EIds()
  assignEIds(version.draft, eIds)
  const preamble = preambleElement(version.draft, eIds)
  const bill = x('bill', {name: 'convention'}, [
    x('meta', [frbr(version), references(version)]),
    ...preface(version.draft),
    ...(preamble ? [preamble] : []),
    bodyElement(version.draft, eIds, {wIds, chapterWIds})
  ])
  return {type: 'root', children: [{type: 'instruction', name: 'xml', value: 'version="1.0" encoding="UTF-8"'}, {type: 'text', value: '\n'}, x('akomaNtoso', {xmlns: aknNamespace}, bill), {type: 'text', value: '\n'}]}
}

/**
 * Serialize a tree. xast-util-to-xml escapes `&` and `<` in text; `]]>` may not appear in XML text either, and
 * the tree holds no comments, CDATA or instructions besides the declaration, so every `]]>` in the output is in
 * text or an attribute value, where `]]&gt;` means the same.
 */
export function serialize(tree: Root): string {
  return toXml(tree).replaceAll(']]>', ']]&gt;')
}

/** The Akoma Ntoso documents of the versions given, in order; articles keep one wId along their lineage. */
export function aknDocuments(versions: AknVersion[]): AknDocument[] {
  const wIds = lineageWIds(versions.map((v) => ({label: v.label, draft: v.draft})))
  return versions.map((version, index) => ({label: version.label, xml: serialize(aknTree(version, wIds.articles[index] ?? new Map(), wIds.chapters[index] ?? new Map()))}))
}
