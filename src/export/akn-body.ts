/** The preamble and body of a draft as Akoma Ntoso elements: recitals, chapters, sections, articles, paragraphs, points. */
import type {Element, ElementContent} from 'xast'
import {x} from './xast.js'
import type {Article, Draft, Paragraph, Subparagraph, TextUnit} from '../model/types.js'
import {inlineContent, paragraphOf, type InlineContext} from './akn-inline.js'
import {articleEId, chapterEId, divisionEId, idPart} from './akn-ids.js'
import {xmlSafe} from './lines.js'

/** What building a document needs besides the draft: the article wIds and the version's index (for chapter wIds). */
export interface BodyOptions {
  /** Article id → wId (lineage across the versions exported). */
  wIds: Map<string, string>
  /** Chapter id → wId (chapter lineage). */
  chapterWIds: Map<string, string>
}

/** Every unit id of the draft mapped to its eId, so references can point at it; eIds unique in the document. */
export class EIds {
  private readonly byUnit = new Map<string, string>()
  private readonly used = new Set<string>()

  /** Give `unitId` the eId `wanted`, or `wanted_2`, `wanted_3` … when it is taken. */
  assign(unitId: string, wanted: string): string {
    let eId = wanted
    for (let n = 2; this.used.has(eId); n++) eId = `${wanted}_${n}`
    this.used.add(eId)
    this.byUnit.set(unitId, eId)
    return eId
  }

  /** The eId given to a unit id. */
  of(unitId: string): string | undefined {
    return this.byUnit.get(unitId)
  }
}

const text = (value: string): ElementContent => ({type: 'text', value: xmlSafe(value.replace(/\s*\n\s*/g, ' '))})

/** Assign the eIds of every unit first (references may point forward). */
export function assignEIds(draft: Draft, eIds: EIds): void {
  draft.preamble?.paragraphs.forEach((p, i) => eIds.assign(p.id, `preamble__recital_${p.number ?? i + 1}`))
  for (const article of draft.articles) {
    const art = eIds.assign(article.id, articleEId(article))
    let unnumbered = 0
    for (const paragraph of article.paragraphs) {
      const para = eIds.assign(paragraph.id, `${art}__para_${paragraph.number === null ? `u${++unnumbered}` : idPart(paragraph.number)}`)
      const points = (list: Subparagraph[], parent: string) => {
        if (list.length === 0) return
        eIds.assign(`${parent}#list`, `${eIds.of(parent) ?? parent}__list_1`)
        for (const sub of list) {
          eIds.assign(sub.id, `${eIds.of(`${parent}#list`) ?? ''}__point_${idPart(sub.number)}`)
          points(sub.children, sub.id)
        }
      }
      points(paragraph.subparagraphs, paragraph.id)
      if (paragraph.closing) eIds.assign(paragraph.closing.id, `${para}__wrapUp`)
    }
  }
}

function context(draft: Draft, eIds: EIds, owner: string): InlineContext {
  return {eIdOf: (id) => eIds.of(id), footnote: (label) => draft.footnotes.find((f) => f.label === label)?.text, owner}
}

function pointsOf(list: Subparagraph[], parentId: string, closing: TextUnit | null, intro: Element | null, draft: Draft, eIds: EIds, wPrefix: (eId: string) => string): Element {
  const listEId = eIds.of(`${parentId}#list`) ?? `${parentId}__list_1`
  const points = list.map((sub) => {
    const eId = eIds.of(sub.id) ?? ''
    const num = x('num', {}, text(`(${sub.number})`))
    const p = paragraphOf(sub, context(draft, eIds, eId))
    const body = sub.children.length > 0 ? [pointsOf(sub.children, sub.id, null, x('p', {}, inlineContent(sub, context(draft, eIds, eId))), draft, eIds, wPrefix)] : [x('content', {}, p)]
    return x('point', {eId, wId: wPrefix(eId)}, [num, ...body])
  })
  const wrapUp = closing ? [x('wrapUp', {}, paragraphOf(closing, context(draft, eIds, `${listEId}__wrapUp`)))] : []
  return x('list', {eId: listEId, wId: wPrefix(listEId)}, [...(intro ? [x('intro', {}, intro)] : []), ...points, ...wrapUp])
}

function paragraphElement(paragraph: Paragraph, draft: Draft, eIds: EIds, wPrefix: (eId: string) => string): Element {
  const eId = eIds.of(paragraph.id) ?? ''
  const num = paragraph.number === null ? [] : [x('num', {}, text(`${paragraph.number}.`))]
  const own = paragraphOf(paragraph, context(draft, eIds, eId))
  if (paragraph.subparagraphs.length === 0) {
    const closing = paragraph.closing ? [x('p', {}, inlineContent(paragraph.closing, context(draft, eIds, `${eId}__wrapUp`)))] : []
    return x('paragraph', {eId, wId: wPrefix(eId)}, [...num, x('content', [own, ...closing])])
  }
  return x('paragraph', {eId, wId: wPrefix(eId)}, [...num, pointsOf(paragraph.subparagraphs, paragraph.id, paragraph.closing, own, draft, eIds, wPrefix)])
}

function statusInline(article: Article): ElementContent[] {
  return article.status.flatMap((m) => [text(' '), x('inline', {name: 'statusMarker', refersTo: `#status_${m.name.replace(/[^a-z0-9]+/g, '_')}`}, text(`[${m.name}]`))])
}

function articleElement(article: Article, draft: Draft, eIds: EIds, options: BodyOptions): Element {
  const eId = eIds.of(article.id) ?? articleEId(article)
  const wId = options.wIds.get(article.id) ?? eId
  const wPrefix = (inner: string) => (inner.startsWith(`${eId}__`) ? `${wId}${inner.slice(eId.length)}` : inner)
  const heading = article.title !== null || article.status.length > 0 ? [x('heading', [...(article.title ? [text(article.title)] : []), ...statusInline(article)])] : []
  const paragraphs = article.paragraphs.map((p) => paragraphElement(p, draft, eIds, wPrefix))
  const body = paragraphs.length > 0 ? paragraphs : [x('paragraph', {eId: `${eId}__para_u1`, wId: `${wId}__para_u1`}, x('content', {}, x('p')))]
  return x('article', {eId, wId}, [x('num', {}, text(`Article ${article.number}`)), ...heading, ...body])
}

/** The `<preamble>`: opening words and closing formula as formulas, preambular paragraphs as recitals; null without a preamble. */
export function preambleElement(draft: Draft, eIds: EIds): Element | null {
  const preamble = draft.preamble
  if (!preamble) return null
  const recitals = preamble.paragraphs.map((p) => {
    const eId = eIds.of(p.id) ?? ''
    return x('recital', {eId, wId: eId}, [...(p.number ? [x('num', {}, text(`(${p.number})`))] : []), paragraphOf(p, context(draft, eIds, eId))])
  })
  const opening = preamble.opening ? [x('formula', {name: 'opening', eId: 'preamble__formula_1'}, paragraphOf(preamble.opening, context(draft, eIds, 'preamble__formula_1')))] : []
  const closing = preamble.closing ? [x('formula', {name: 'enactingFormula', eId: 'preamble__formula_2'}, paragraphOf(preamble.closing, context(draft, eIds, 'preamble__formula_2')))] : []
  const middle = recitals.length > 0 ? [x('recitals', {eId: 'preamble__recitals'}, recitals)] : []
  if (opening.length + middle.length + closing.length === 0) return null
  return x('preamble', {eId: 'preamble'}, [...opening, ...middle, ...closing])
}

/** The `<body>`: chapters holding sections and titles (Draft.divisions) holding articles, in reading order. */
export function bodyElement(draft: Draft, eIds: EIds, options: BodyOptions): Element {
  const top: ElementContent[] = []
  const containers = new Map<string, Element>()
  const containerOf = (key: string, make: () => {element: Element; parent: ElementContent[]}): Element => {
    const existing = containers.get(key)
    if (existing) return existing
    const {element, parent} = make()
    parent.push(element)
    containers.set(key, element)
    return element
  }
  const chapterFor = (article: Article): Element | null => {
    const chapter = draft.chapters.find((c) => c.number === article.chapter)
    if (!chapter) return null
    return containerOf(chapter.id, () => {
      const eId = eIds.assign(chapter.id, chapterEId(chapter))
      const heading = chapter.title ? [x('heading', {}, text(chapter.title))] : []
      return {element: x('chapter', {eId, wId: options.chapterWIds.get(chapter.id) ?? eId}, [x('num', {}, text(`Chapter ${chapter.number}`)), ...heading]), parent: top}
    })
  }
  const divisionFor = (id: string | null, article: Article): Element | null => {
    const division = id === null ? undefined : draft.divisions.find((d) => d.id === id)
    if (!division) return chapterFor(article)
    return containerOf(division.id, () => {
      const parent = division.parent === null ? chapterFor(article) : divisionFor(division.parent, article)
      const parentEId = parent ? String(parent.attributes.eId ?? '') : null
      const eId = eIds.assign(division.id, divisionEId(division, parentEId))
      const heading = division.title ? [x('heading', {}, text(division.title))] : []
      const kindWord = division.kind === 'section' ? 'Section' : 'Title'
      return {element: x(division.kind === 'section' ? 'section' : 'title', {eId, wId: eId}, [x('num', {}, text(`${kindWord} ${division.number}`)), ...heading]), parent: parent ? parent.children : top}
    })
  }
  for (const article of draft.articles) {
    const container = divisionFor(article.division, article)
    ;(container ? container.children : top).push(articleElement(article, draft, eIds, options))
  }
  if (top.length === 0) top.push(x('hcontainer', {name: 'noArticles', eId: 'hcontainer_1'}, x('content', {}, x('p'))))
  return x('body', {}, top)
}
