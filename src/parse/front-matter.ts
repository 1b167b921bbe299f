/**
 * Reading front matter: plain `key: value` lines directly, anything else through the `yaml`
 * package, loaded on first use (~40 ms of start-up that most drafts never need).
 * test/parse/front-matter.test.ts pins that both readings agree.
 */
import {createRequire} from 'node:module'

const keyLine = /^([A-Za-z][\w-]*): (.*)$/
/** A plain scalar that needs no quoting: a letter or digit first; no colon, hash, brackets, control characters or trailing space. */
const plainValue = /^[\p{L}\p{N}][^\p{C}:#{}[\]]*(?<! )$/u
/** A whole number as YAML's core schema reads it, without a leading zero or sign. */
const wholeNumber = /^(0|[1-9]\d{0,14})$/
/** Other scalars YAML's core schema reads as something other than a string. */
const coreScalar = /^(~|null|Null|NULL|true|True|TRUE|false|False|FALSE)$|^[-+]?\d+$|^0o[0-7]+$|^0x[\da-fA-F]+$|^[-+]?(\.\d+|\d+(\.\d*)?)([eE][-+]?\d+)?$/

type Parse = (text: string) => unknown
let yamlParse: Parse | null = null

/** The front matter's value: as YAML's core schema reads it; throws on invalid YAML, as `yaml` does. */
export function readFrontMatter(text: string): unknown {
  return plainMapping(text) ?? yaml()(text)
}

/** `key: value` lines only (strings and whole numbers), or null when the text holds anything else. */
export function plainMapping(text: string): Record<string, string | number> | null {
  const out: Record<string, string | number> = {}
  let keys = 0
  for (const line of text.split('\n')) {
    if (line === '') continue
    const match = keyLine.exec(line)
    if (!match) return null
    const [, key = '', value = ''] = match
    if (Object.hasOwn(out, key)) return null
    if (wholeNumber.test(value)) out[key] = Number(value)
    else if (plainValue.test(value) && !coreScalar.test(value)) out[key] = value
    else return null
    keys++
  }
  return keys > 0 ? out : null
}

function yaml(): Parse {
  yamlParse ??= (createRequire(import.meta.url)('yaml') as typeof import('yaml')).parse as Parse
  return yamlParse
}
