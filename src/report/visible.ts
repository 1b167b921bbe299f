/**
 * Control characters from drafts and git made visible, so that no output (terminal, Markdown, HTML,
 * text files) passes a terminal escape through: `ESC[2J`, OSC 52 (clipboard), OSC 8 (links), a
 * carriage return that overwrites a line. draftdiff's own colour codes are added after this, by the
 * renderers, and are not touched.
 */

/** C0 controls but tab and newline, DEL, and the C1 controls (U+0080–U+009F, which some terminals obey). */
// Matched as code units, without the `u` flag: all are in the BMP, and the flag makes scanning a megabyte of JSON several times slower.
const controls = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g

/** One control character as text a reader can see: `␛` for ESC (U+241B), `␡` for DEL, `\x9B` for a C1 control. */
function show(char: string): string {
  const code = char.charCodeAt(0)
  if (code < 0x20) return String.fromCharCode(0x2400 + code)
  if (code === 0x7f) return '\u2421'
  return `\\x${code.toString(16).toUpperCase()}`
}

/** `text` with every control character but tab and newline shown visibly (`␛[2J`); other text unchanged. */
export function visible(text: string): string {
  return text.replace(controls, show)
}

/** Whether `text` holds a control character `visible` would replace. */
export function hasControls(text: string): boolean {
  controls.lastIndex = 0
  const found = controls.test(text)
  controls.lastIndex = 0
  return found
}

/**
 * A copy of plain data (objects, arrays, maps, sets) with `visible` applied to every string; objects
 * shared in the input stay shared in the copy. Other objects (class instances) are kept as they are.
 */
export function visibleData<T>(value: T): T {
  const copies = new Map<object, unknown>()
  const walk = (item: unknown): unknown => {
    if (typeof item === 'string') return hasControls(item) ? visible(item) : item
    if (item === null || typeof item !== 'object') return item
    const done = copies.get(item)
    if (done !== undefined) return done
    if (Array.isArray(item)) {
      const copy: unknown[] = []
      copies.set(item, copy)
      for (const element of item) copy.push(walk(element))
      return copy
    }
    if (item instanceof Map) {
      const copy = new Map<unknown, unknown>()
      copies.set(item, copy)
      for (const [key, element] of item) copy.set(walk(key), walk(element))
      return copy
    }
    if (item instanceof Set) {
      const copy = new Set<unknown>()
      copies.set(item, copy)
      for (const element of item) copy.add(walk(element))
      return copy
    }
    const proto = Object.getPrototypeOf(item) as unknown
    if (proto !== Object.prototype && proto !== null) return item
    const copy: Record<string, unknown> = {}
    copies.set(item, copy)
    for (const [key, element] of Object.entries(item)) copy[visible(key)] = walk(element)
    return copy
  }
  return walk(value) as T
}

/**
 * JSON text with DEL and the C1 controls written as `\u` escapes too (JSON.stringify escapes only
 * U+0000–U+001F): the same data, safe to print on a terminal.
 */
export function safeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[\u007F-\u009F]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`) + '\n'
}
