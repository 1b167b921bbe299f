/** What `sources` shows, as a page of brackets-page.ts (rendered as text, Markdown or HTML by brackets-render.ts). */
import {citeUnit} from '../model/cite.js'
import type {Draft} from '../model/types.js'
import type {ArticleSource, Source, UnitSources} from '../model/sources.js'
import type {Block, Cell, Page} from './brackets-page.js'

/** "Model Law, article 46, paragraph 9 (b)". */
export function citeSource(source: {reference: string; citation: string}): string {
  return `${source.reference}, ${source.citation}`
}

/** "identical", "2 words changed". */
export function changeWords(source: Source): string {
  const changed = Math.max(source.redline.wordsAdded, source.redline.wordsRemoved)
  return changed === 0 ? 'identical' : `${changed} word${changed === 1 ? '' : 's'} changed`
}

/** The sources of a draft: per article, where most of it comes from, then each unit's closest passage with a redline. */
export function sourcesPage(label: string, draft: Draft, result: {units: UnitSources[]; articles: ArticleSource[]}, references: string[]): Page {
  const found = result.units.filter((u) => u.sources.length > 0)
  const blocks: Block[] = [{kind: 'paragraph', content: [`${found.length} of ${result.units.length} paragraphs and subparagraphs of ${label} have a source in ${references.join(', ') || 'no reference'}.`]}]
  const preamble = found.filter((u) => u.unit.startsWith('preamble/'))
  if (preamble.length > 0) blocks.push(unitTable('Preamble', preamble))
  for (const article of draft.articles) {
    const units = found.filter((u) => u.unit.split('/')[0] === article.id)
    if (units.length === 0) continue
    const most = result.articles.find((a) => a.article === article.id)
    const heading = `Article ${article.number}${article.title ? `. ${article.title}` : ''}`
    blocks.push({kind: 'heading', level: 2, text: heading, id: article.id})
    if (most) blocks.push({kind: 'paragraph', content: [`${most.units} of ${most.of} ${most.of === 1 ? 'paragraph' : 'paragraphs'} with a source ${most.units === 1 ? 'comes' : 'come'} from ${citeSource({reference: most.reference, citation: citeUnit(most.from, {article: true})})}.`]})
    blocks.push(unitTable(`Sources of ${heading}`, units))
  }
  return {title: `Sources of ${label}`, blocks}
}

function unitTable(caption: string, units: UnitSources[]): Block {
  const rows = units.map((u): Cell[] => {
    const best = u.sources[0] as Source
    const others = u.sources.slice(1).map(citeSource)
    return [u.citation, `from ${citeSource(best)}, ${changeWords(best)}${others.length ? `; also ${others.join('; ')}` : ''}`, best.redline.wordsAdded + best.redline.wordsRemoved === 0 ? '' : {pieces: best.redline.pieces}]
  })
  return {kind: 'table', caption, head: ['Paragraph', 'Source', 'Against the source'], rows, ids: units.map((u) => u.unit)}
}
