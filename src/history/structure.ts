/**
 * The chapters, sections and titles of a version composed from file spans, opened and closed by the
 * parser's own rules (src/parse/divisions.ts), so that ids, nesting and groups are what parsing the
 * whole version would give.
 */
import {groupsOf} from '../align/chapters.js'
import type {Groups} from '../engine/structure.js'
import {emptyDraft} from '../model/draft.js'
import type {Division, Range} from '../model/types.js'
import {mintArticleId} from '../parse/article.js'
import {chapterOf, openChapter, openDivision, placeArticle, type DivisionState} from '../parse/divisions.js'

const nowhere: Range = {file: '', start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}}

/** Reads a version's headings in order and says where each article stands. */
export class StructureTracker {
  private readonly state: DivisionState = {draft: emptyDraft(), chapter: null, section: null, title: null, ids: new Map()}
  /** Per article, in order: its id and the id of its innermost division (or null). */
  readonly ids: string[] = []
  readonly divisionIds: Array<string | null> = []

  /** A chapter heading: a new chapter, closing the open section and title. */
  openChapter(numeral: string, title: string | null): void {
    openChapter(this.state, chapterOf({kind: 'chapter', numeral, title, capitals: false}, nowhere))
  }

  /** A section heading closes the open section and title; a title heading the open title. */
  openDivision(level: 'section' | 'title', number: string, title: string | null): void {
    openDivision(this.state, {kind: 'division', level, number, title}, nowhere)
  }

  /** The next article, numbered `number`: its id, placed in the open chapter, section and title. */
  addArticle(number: string): string {
    const id = mintArticleId(this.state.ids, number)
    this.ids.push(id)
    this.divisionIds.push(placeArticle(this.state, id))
    return id
  }

  /** The sections and titles opened so far. */
  divisions(): Division[] {
    return this.state.draft.divisions
  }

  /** The chapters, sections and titles as groups of article indices. */
  groups(): Groups {
    const draft = this.state.draft
    return {chapter: groupsOf(draft, 'chapter', this.ids), section: groupsOf(draft, 'section', this.ids), title: groupsOf(draft, 'title', this.ids)}
  }
}
