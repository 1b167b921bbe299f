/** Resolving cross-references against the draft's own articles, paragraphs and chapters. */
import type {Article, CrossReference, Draft, Paragraph, TextUnit} from '../model/types.js'
import {markedUnits, preambleUnits} from './walk.js'

/** Fill in `resolved` on every reference target of the draft (null where the target does not exist). */
export function resolveReferences(draft: Draft): void {
  const articles = new Map<string, Article>()
  for (const article of draft.articles) if (!articles.has(article.number)) articles.set(article.number, article)
  const chapters = new Set(draft.chapters.map((chapter) => chapter.number))
  const paragraphs = new Map<Article, Map<string, Paragraph>>()
  const paragraphOf = (article: Article, number: string): Paragraph | undefined => {
    let byNumber = paragraphs.get(article)
    if (!byNumber) {
      byNumber = new Map()
      for (const paragraph of article.paragraphs) if (paragraph.number !== null && !byNumber.has(paragraph.number)) byNumber.set(paragraph.number, paragraph)
      paragraphs.set(article, byNumber)
    }
    return byNumber.get(number)
  }
  for (const unit of allUnits(draft)) {
    for (const reference of unit.references) resolve(reference, articles, chapters, paragraphOf)
  }
}

/** Every text unit of a draft: preamble, then each article's units. */
export function allUnits(draft: Draft): TextUnit[] {
  return [...preambleUnits(draft), ...draft.articles.flatMap(markedUnits)].map((m) => m.unit)
}

function resolve(reference: CrossReference, articles: Map<string, Article>, chapters: Set<string>, paragraphOf: (article: Article, number: string) => Paragraph | undefined): void {
  if (reference.external) return
  for (const target of reference.targets) {
    if (target.chapter !== null) {
      target.resolved = chapters.has(target.chapter) ? `ch-${target.chapter}` : null
      continue
    }
    const article = target.article === null ? undefined : articles.get(target.article)
    if (!article) continue
    if (target.paragraph === null && target.subparagraph === null) {
      target.resolved = article.id
      continue
    }
    const paragraph: Paragraph | undefined = target.paragraph === null ? undefined : paragraphOf(article, target.paragraph)
    if (!paragraph) continue
    if (target.subparagraph === null) {
      target.resolved = paragraph.id
      continue
    }
    const sub = paragraph.subparagraphs.find((s) => s.number === target.subparagraph)
    target.resolved = sub ? sub.id : null
  }
}
