/** Placing paragraphs read from a foreign document in a draft: headings, numbered paragraphs, subparagraphs. */
import type {Block} from './types.js'

const suffixes = 'bis|ter|quater|quinquies|sexies|septies|octies|novies|decies'
const articleHeading = new RegExp(`^article\\s+(\\d+(?:\\s+(?:${suffixes}))?)\\b\\s*(?:[.:\\-\\u2013\\u2014]\\s*)?(.*)$`, 'is')
const chapterHeading = /^chapter\s+([ivxlc]+)\b\s*(?:[.:\-\u2013\u2014]\s*)?(.*)$/is
const numbered = /^(\d+)\.\s+(.*)$/s
const bracketNumber = /^\((\d+)\)\s+(.*)$/s
const lettered = /^\(?([a-z]{1,5})\)\s+(.*)$/s
/** `a.` printed by automatic numbering (LibreOffice's lettered lists). */
const autoLettered = /^([a-z]{1,5})\.\s+(.*)$/s

/** Whether a block opens the draft's body: `Preamble`, a chapter heading or an article heading. */
export function opensBody(b: Block, next: Block | undefined): boolean {
  return /^preamble$/i.test(b.text) || heading(b, next) !== null
}

interface Heading {
  line: string
  /** The title was the next block. */
  consumesNext: boolean
}

/** The canonical heading a block stands for, or null. */
export function heading(b: Block, next: Block | undefined): Heading | null {
  const article = articleHeading.exec(b.text)
  const chapter = article ? null : chapterHeading.exec(b.text)
  const match = article ?? chapter
  if (!match) return null
  const rest = (match[2] ?? '').trim()
  if (rest !== '' && !(b.heading || b.centred || b.bold || titleLike(rest))) return null
  const nextTitle = rest === '' && next !== undefined && titleLike(next.text) && !articleHeading.test(next.text) && !chapterHeading.test(next.text)
  const title = rest !== '' ? rest : nextTitle && next ? next.text.trim() : ''
  const number = article ? (match[1] ?? '').replace(/\s+/, ' ').toLowerCase() : (match[1] ?? '').toUpperCase()
  const line = article ? `## Article ${number}` : `# Chapter ${number}`
  return {line: title === '' ? line : `${line}. ${title}`, consumesNext: nextTitle}
}

/** A title: at most 15 words, no closing punctuation, no paragraph marker, not a status marker. */
function titleLike(text: string): boolean {
  const t = text.trim()
  return t !== '' && t.split(/\s+/).length <= 15 && !/[.;:,]$/.test(t) && !/^(\d+\.|\(\w+\)|\[)/.test(t)
}

function isRoman(label: string): boolean {
  return /^(?:x{0,3})(?:ix|iv|v?i{0,3})$/.test(label) && label !== ''
}

function nextLetter(label: string): string {
  const code = label.charCodeAt(0)
  return code >= 122 ? 'a'.repeat(label.length + 1) : String.fromCharCode(code + 1).repeat(label.length)
}

/** Escape what would make a plain paragraph something else in Markdown. */
function plain(text: string): string {
  return text.replace(/^([#>+*-]|=+$)/, '\\$1')
}

/** Turns the body's blocks into draft Markdown, one block at a time. */
export class Composer {
  private readonly out: string[] = []
  private preamble = false
  private paragraphIndent = 0
  private letter: string | null = null
  private inSubparagraph = false

  /** Add the blocks of the body; returns the Markdown blocks so far. */
  add(blocks: Block[]): string[] {
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i]!
      const text = b.text.replace(/\t/g, ' ').replace(/ {2,}/g, ' ').trim()
      if (/^preamble$/i.test(text)) {
        this.out.push('# Preamble')
        this.reset(true)
        continue
      }
      const head = heading({...b, text}, blocks[i + 1])
      if (head) {
        this.out.push(head.line)
        this.reset(false)
        if (head.consumesNext) i++
        continue
      }
      this.out.push(this.unit(text, b))
    }
    return this.out
  }

  private reset(preamble: boolean): void {
    this.preamble = preamble
    this.paragraphIndent = 0
    this.letter = null
    this.inSubparagraph = false
  }

  private unit(text: string, b: Block): string {
    let match: RegExpExecArray | null
    if ((match = bracketNumber.exec(text)) && this.preamble) return `(${match[1]}) ${match[2]}`
    if (!this.preamble && ((match = numbered.exec(text)) || (match = bracketNumber.exec(text)))) {
      const marker = `${match[1]}. `
      this.paragraphIndent = marker.length
      this.letter = null
      this.inSubparagraph = false
      return marker + match[2]
    }
    if (!this.preamble && ((match = lettered.exec(text)) || (b.level !== null && (match = autoLettered.exec(text))))) {
      const label = match[1] ?? ''
      const deeper = this.inSubparagraph && isRoman(label) && !(this.letter !== null && label === nextLetter(this.letter))
      if (!deeper) this.letter = label
      this.inSubparagraph = true
      return `${' '.repeat(this.paragraphIndent + (deeper ? 3 : 0))}(${label}) ${match[2]}`
    }
    if (this.inSubparagraph && b.indented) return ' '.repeat(this.paragraphIndent) + plain(text)
    if (!this.preamble) {
      this.paragraphIndent = 0
      this.letter = null
      this.inSubparagraph = false
    }
    return plain(text)
  }
}
