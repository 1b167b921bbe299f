/** Paragraph styles of a .docx (styles.xml): which are headings, bold, centred or numbered. */
import type {XmlElement as Element} from './xml.js'
import {isOn, kid, kids, wAttr} from './xml.js'

/** What a paragraph inherits from its style. */
export interface StyleInfo {
  heading: boolean
  bold: boolean
  centred: boolean
  numId: string | null
  ilvl: number
}

interface RawStyle {
  basedOn: string | null
  heading: boolean
  bold: boolean | null
  centred: boolean | null
  numId: string | null
  ilvl: number | null
}

const plain: StyleInfo = {heading: false, bold: false, centred: false, numId: null, ilvl: 0}

/** The paragraph styles of a document, resolved through `basedOn`. */
export class Styles {
  private readonly raw = new Map<string, RawStyle>()
  private readonly resolved = new Map<string, StyleInfo>()

  /** Read `styles.xml` (its root element), or start empty. */
  constructor(root: Element | null) {
    if (!root) return
    for (const style of kids(root, 'style')) {
      if (wAttr(style, 'type') !== 'paragraph') continue
      const name = (wAttr(kid(style, 'name'), 'val') ?? '').toLowerCase()
      const pPr = kid(style, 'pPr')
      const rPr = kid(style, 'rPr')
      const numPr = kid(pPr, 'numPr')
      const jc = wAttr(kid(pPr, 'jc'), 'val')
      this.raw.set(wAttr(style, 'styleId') ?? '', {
        basedOn: wAttr(kid(style, 'basedOn'), 'val'),
        heading: /^(heading \d|title)$/.test(name) || kid(pPr, 'outlineLvl') !== null,
        bold: kid(rPr, 'b') ? isOn(kid(rPr, 'b')) : null,
        centred: jc === null ? null : jc === 'center',
        numId: wAttr(kid(numPr, 'numId'), 'val'),
        ilvl: numPr ? Number(wAttr(kid(numPr, 'ilvl'), 'val') ?? 0) : null,
      })
    }
  }

  /** The resolved style `id` (plain when unknown). */
  get(id: string | null): StyleInfo {
    if (id === null) return plain
    const cached = this.resolved.get(id)
    if (cached) return cached
    const chain: RawStyle[] = []
    for (let at: string | null = id; at !== null && chain.length < 16; ) {
      const style = this.raw.get(at)
      if (!style) break
      chain.push(style)
      at = style.basedOn
    }
    const pick = <K extends keyof RawStyle>(key: K): RawStyle[K] | null => chain.find((s) => s[key] !== null)?.[key] ?? null
    const info: StyleInfo = {
      heading: chain.some((s) => s.heading),
      bold: pick('bold') === true,
      centred: pick('centred') === true,
      numId: pick('numId') as string | null,
      ilvl: (pick('ilvl') as number | null) ?? 0,
    }
    this.resolved.set(id, info)
    return info
  }
}
