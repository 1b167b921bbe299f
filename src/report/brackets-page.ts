/**
 * What `brackets` shows, as a small page model (headings, paragraphs, tables, the chart) that the text, Markdown
 * and HTML renderers of brackets-render.ts serialise the same way: the open list, a bracket's life, the chair's list.
 */
import type {Piece} from '../model/diff.js'
import type {BracketEvent, BracketLineage, BracketTrack, Outstanding} from '../model/brackets.js'
import {citeArticles} from '../model/cite.js'
import {phrasePieces} from '../model/phrases.js'
import type {Progress} from './html-chart.js'

/** A table cell or piece of a paragraph: text, or a redline. */
export type Cell = string | {pieces: Piece[]}

/** A block of a page. */
export type Block =
  | {kind: 'heading'; level: 1 | 2 | 3; text: string; id?: string}
  | {kind: 'paragraph'; content: Cell[]}
  | {kind: 'table'; caption: string; head: string[]; rows: Cell[][]; ids?: string[]}
  | {kind: 'chart'; progress: Progress}

/** A page: its title and blocks. */
export interface Page {
  title: string
  blocks: Block[]
}

/** "3 sessions", "1 commit". */
function age(track: BracketTrack, lineage: BracketLineage): string {
  const unit = lineage.mode === 'commits' ? 'commit' : 'session'
  return `${track.age} ${unit}${track.age === 1 ? '' : 's'}`
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

/** Who proposed it: "Option 1 (EU, US)", "proposed by Norway", or empty. */
function proposal(track: BracketTrack): string {
  const who = track.proponents.join(', ')
  if (track.option) return who ? `${track.option} (${who})` : track.option
  return who ? `proposed by ${who}` : ''
}

/** The text's changes since it opened, as a redline in phrases (`phrasePieces`, as every report shows redlines); the text alone when unchanged. */
function changes(track: BracketTrack): Cell {
  return track.sinceOpened === null ? 'unchanged' : {pieces: phrasePieces(track.sinceOpened)}
}

/** The list of brackets at the lineage's last version: the open ones, then (unless `openOnly`) those closed on the way. */
export function bracketListPage(lineage: BracketLineage, openOnly: boolean): Page {
  const open = lineage.tracks.filter((t) => t.status === 'open')
  const closed = lineage.tracks.filter((t) => t.status !== 'open')
  const first = lineage.versions[0]?.label ?? ''
  const versions = lineage.mode === 'commits' ? plural(lineage.versions.length, 'commit') : plural(lineage.versions.length, 'session')
  const blocks: Block[] = [{kind: 'paragraph', content: [`${plural(open.length, 'open bracket')} in ${lineage.at}; followed through ${versions} from ${first}.`]}]
  const head = ['Where', 'Text', 'Option, proposed by', 'Open since', 'Changed since it opened']
  if (open.length > 0) blocks.push({kind: 'table', caption: 'Open brackets', head, ids: open.map((t) => t.id), rows: open.map((t) => [t.citation, t.text, proposal(t), `${t.openedIn} (${age(t, lineage)})`, changes(t)])})
  if (!openOnly && closed.length > 0) {
    blocks.push({
      kind: 'table',
      caption: 'Closed brackets',
      head: ['Where', 'Text', 'Option, proposed by', 'Opened', 'Closed'],
      ids: closed.map((t) => t.id),
      rows: closed.map((t) => [t.citation, t.openedText, proposal(t), t.openedIn, closing(t)])
    })
  }
  return {title: `Brackets in ${lineage.at}`, blocks}
}

/** "resolved as “…” in 04-revised", "dropped in 05-further-revised (Option 2 kept)". */
function closing(track: BracketTrack): string {
  const last = track.events.at(-1)
  if (!last) return ''
  return `${describe(last)} in ${last.version}`
}

/** One event in words, without where and when. */
export function describe(event: BracketEvent): string {
  switch (event.kind) {
    case 'opened':
      return `opened: “${event.to ?? ''}”`
    case 'reworded':
      return `reworded: “${event.from ?? ''}” → “${event.to ?? ''}”`
    case 'narrowed':
      return `options narrowed: ${event.note ?? ''} dropped`
    case 'renumbered':
      return `renumbered: ${event.from ?? ''} → ${event.to ?? ''}`
    case 'moved':
      return `moved: ${event.from ?? ''} → ${event.to ?? ''}`
    case 'resolved':
      return `resolved as “${event.to ?? ''}”`
    case 'dropped':
      return event.note ? `dropped (${event.note})` : 'dropped'
  }
}

/** Who proposed the commit that opened a bracket (commits mode): " (Proposed-by: Delegation of Chile)", or empty. */
function openedBy(track: BracketTrack): string {
  const names = track.events[0]?.commit?.proposedBy ?? []
  return names.length > 0 ? ` (Proposed-by: ${names.join(', ')})` : ''
}

/** The life of the tracks a `--history` query found. */
export function bracketHistoryPage(lineage: BracketLineage, tracks: BracketTrack[]): Page {
  const commits = lineage.mode === 'commits'
  const blocks: Block[] = []
  for (const track of tracks) {
    const state = track.status === 'open' ? `open for ${age(track, lineage)}` : `${track.status} in ${track.closedIn ?? ''}`
    blocks.push({kind: 'heading', level: 2, text: `${track.citation}: “${track.text}”`, id: track.id})
    blocks.push({kind: 'paragraph', content: [[`opened in ${track.openedIn}${openedBy(track)}`, state, proposal(track)].filter(Boolean).join(' · ')]})
    const head = commits ? ['Commit', 'Date', 'Author', 'Proposed by', 'Where', 'What happened'] : ['Session', 'Where', 'What happened']
    const rows = track.events.map((e): Cell[] => {
      const where = e.citation
      const c = e.commit
      return commits ? [`${c?.short ?? e.version} ${c?.subject ?? ''}`.trim(), c?.date.slice(0, 10) ?? '', c?.author ?? '', c?.proposedBy.join(', ') ?? '', where, describe(e)] : [e.version, where, describe(e)]
    })
    blocks.push({kind: 'table', caption: `Life of the bracket at ${track.citation}`, head, rows})
  }
  const title = tracks.length === 1 ? `The bracket at ${tracks[0]?.citation ?? ''}` : `${plural(tracks.length, 'bracket')} at ${tracks[0]?.citation ?? ''}`
  return {title, blocks}
}

/** The chair's list: per chapter, articles not yet agreed, open brackets and the oldest; then the chart. */
export function outstandingPage(list: Outstanding, lineage: BracketLineage, progress: Progress): Page {
  const blocks: Block[] = [{kind: 'paragraph', content: [`${plural(list.openBrackets, 'open bracket')} and ${plural(list.notAgreed, 'article')} not yet agreed in ${list.at}.`]}]
  const rows = list.chapters.map((c): Cell[] => {
    const name = c.chapter === null ? 'Preamble and outside chapters' : `Chapter ${c.chapter}${c.title ? `. ${c.title}` : ''}`
    const oldest = c.oldest ? `${c.oldest.citation}: “${c.oldest.text}”, open since ${c.oldest.openedIn} (${age(c.oldest, lineage)})` : '—'
    return [name, c.chapter === null && c.articles === 0 ? '—' : `${c.notAgreed.length} of ${c.articles}: ${citeArticles(c.notAgreed)}`, String(c.openBrackets), oldest]
  })
  blocks.push({kind: 'table', caption: 'Outstanding issues by chapter', head: ['Chapter', 'Articles not yet agreed', 'Open brackets', 'Oldest open bracket'], rows})
  blocks.push({kind: 'heading', level: 2, text: 'Open brackets per session'})
  blocks.push({kind: 'chart', progress})
  return {title: `Outstanding issues in ${list.at}`, blocks}
}
