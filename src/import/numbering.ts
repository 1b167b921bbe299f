/** Word's automatic numbering (numbering.xml): list definitions, counters and the labels they print. */
import type {XmlElement as Element} from './xml.js'
import {kid, kids, wAttr} from './xml.js'

interface Level {
  start: number
  format: string
  text: string
  /** Restart after this (0-based) level advances; -1 never. */
  restart: number
}

interface Num {
  abstract: string
  overrides: Map<number, number>
}

/** The numbering definitions of one document, and the running counters of its lists. */
export class Numbering {
  private readonly abstracts = new Map<string, Map<number, Level>>()
  private readonly nums = new Map<string, Num>()
  private readonly counters = new Map<string, Map<number, number>>()

  /** Read `numbering.xml` (its root element), or start empty. */
  constructor(root: Element | null) {
    if (!root) return
    for (const abstract of kids(root, 'abstractNum')) {
      const levels = new Map<number, Level>()
      for (const lvl of kids(abstract, 'lvl')) levels.set(Number(wAttr(lvl, 'ilvl') ?? 0), readLevel(lvl))
      this.abstracts.set(wAttr(abstract, 'abstractNumId') ?? '', levels)
    }
    for (const num of kids(root, 'num')) {
      const overrides = new Map<number, number>()
      for (const override of kids(num, 'lvlOverride')) {
        const start = wAttr(kid(override, 'startOverride'), 'val')
        if (start !== null) overrides.set(Number(wAttr(override, 'ilvl') ?? 0), Number(start))
      }
      this.nums.set(wAttr(num, 'numId') ?? '', {abstract: wAttr(kid(num, 'abstractNumId'), 'val') ?? '', overrides})
    }
  }

  /** Advance list `numId` at level `ilvl` and return the label printed (`2.`, `(b)`), '' for bullets, null when undefined. */
  next(numId: string, ilvl: number): string | null {
    const num = this.nums.get(numId)
    const levels = num && this.abstracts.get(num.abstract)
    const level = levels?.get(ilvl)
    if (!num || !levels || !level) return null
    // Lists with their own start values count on their own; others continue their abstract list, as Word does.
    const key = num.overrides.size > 0 ? `num:${numId}` : `abs:${num.abstract}`
    let counts = this.counters.get(key)
    if (!counts) {
      counts = new Map()
      this.counters.set(key, counts)
    }
    const startOf = (i: number) => num.overrides.get(i) ?? levels.get(i)?.start ?? 1
    const current = counts.get(ilvl)
    counts.set(ilvl, current === undefined ? startOf(ilvl) : current + 1)
    for (const deeper of [...counts.keys()]) {
      const restart = levels.get(deeper)?.restart ?? deeper - 1
      if (deeper > ilvl && ilvl <= restart) counts.delete(deeper)
    }
    if (level.format === 'bullet' || level.format === 'none') return ''
    return level.text.replace(/%([1-9])/g, (_, n: string) => {
      const i = Number(n) - 1
      const value = counts.get(i) ?? startOf(i)
      return formatNumber(value, levels.get(i)?.format ?? 'decimal')
    })
  }
}

function readLevel(lvl: Element): Level {
  const restart = wAttr(kid(lvl, 'lvlRestart'), 'val')
  const ilvl = Number(wAttr(lvl, 'ilvl') ?? 0)
  return {
    start: Number(wAttr(kid(lvl, 'start'), 'val') ?? 1),
    format: wAttr(kid(lvl, 'numFmt'), 'val') ?? 'decimal',
    text: wAttr(kid(lvl, 'lvlText'), 'val') ?? '',
    // lvlRestart is 1-based ("restart after level N"); 0 means never; absent means after the level above.
    restart: restart === null ? ilvl - 1 : Number(restart) - 1,
  }
}

/** A counter in one of Word's number formats. */
export function formatNumber(value: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return letters(value)
    case 'upperLetter':
      return letters(value).toUpperCase()
    case 'lowerRoman':
      return roman(value).toLowerCase()
    case 'upperRoman':
      return roman(value)
    default:
      return String(value)
  }
}

/** Word's letters: a … z, then aa … zz. */
function letters(value: number): string {
  if (value < 1) return String(value)
  const letter = String.fromCharCode(97 + ((value - 1) % 26))
  return letter.repeat(Math.floor((value - 1) / 26) + 1)
}

function roman(value: number): string {
  if (value < 1 || value > 3999) return String(value)
  const table: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']]
  let out = ''
  let rest = value
  for (const [n, s] of table) {
    while (rest >= n) {
      out += s
      rest -= n
    }
  }
  return out
}
