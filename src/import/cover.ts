/** The cover page of a UN document (symbol, distribution, date, languages, session, agenda item, title) as front matter. */
import type {Block, ImportNote} from './types.js'

const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']

/** Front matter read from the cover, and the cover's paragraphs it could not place (as notes). */
export interface Cover {
  meta: Record<string, string>
  notes: ImportNote[]
}

/** Read the blocks before the draft's body as a cover page. */
export function readCover(blocks: Block[]): Cover {
  const meta: Record<string, string> = {}
  const notes: ImportNote[] = []
  let afterAgenda = false
  for (const b of blocks) {
    const text = b.text.replace(/\s+/g, ' ').trim()
    let match: RegExpExecArray | null
    if (text === meta.symbol) continue
    if (!meta.symbol && /^[A-Z]{1,8}(?:\/[A-Za-z0-9.()-]+){2,}$/.test(text)) meta.symbol = text
    else if ((match = /^Distr\.?:?\s*(.+)$/i.exec(text))) meta.distribution = match[1]!
    else if ((match = /^Original:\s*(.+)$/i.exec(text))) meta.original = match[1]!
    else if (!meta.date && (match = /^(\d{1,2}) ([A-Za-z]+) (\d{4})$/.exec(text)) && months.includes(match[2]!.toLowerCase())) {
      meta.date = `${match[3]!}-${String(months.indexOf(match[2]!.toLowerCase()) + 1).padStart(2, '0')}-${match[1]!.padStart(2, '0')}`
    } else if (!meta.meeting && /^[A-Z][a-z-]+(?: [a-z-]+)? session$/.test(text)) meta.meeting = text
    else if (!meta.venue && (match = /^([A-Z][\p{L} .'-]{1,40}), \d{1,2}\b.*\d{4}$/u.exec(text))) {
      meta.venue = match[1]!
      meta.dates = text.slice(match[1]!.length + 2)
    } else if (!meta['agenda-item'] && (match = /^(?:provisional )?(?:agenda )?item (\d+)(?: of the (?:provisional )?agenda)?\*?$/i.exec(text))) {
      meta['agenda-item'] = match[1]!
      afterAgenda = true
      continue
    } else if (afterAgenda && !meta['agenda-title']) meta['agenda-title'] = text
    else if (!meta.committee && /\bcommittee\b/i.test(text) && text.split(' ').length <= 20) meta.committee = text
    else if (!meta.title && text.split(' ').length <= 20 && !/[.;:,]$/.test(text)) meta.title = text
    else notes.push({rule: 'cover-text-not-placed', where: b.where, message: `text before the draft's body that is not part of a cover page, left out: "${text}"`})
    afterAgenda = false
  }
  return {meta, notes}
}
