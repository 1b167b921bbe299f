/** XML of WordprocessingML read with a real parser (saxes, namespace-aware) into a small element tree, and helpers over it. */
import {SaxesParser} from 'saxes'
import {ImportError} from './types.js'

/** The WordprocessingML main namespace. */
export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

/** Deepest element nesting read; Word documents stay far below it. */
export const maxDepth = 200

/** An element: namespace, local name, attributes by `uri|local`, children in order (text as strings). */
export interface XmlElement {
  uri: string
  local: string
  attributes: Map<string, string>
  children: Array<XmlElement | string>
}

/** Parse one part; malformed or too deeply nested XML is an ImportError naming it. */
export function parseXml(text: string, file: string, part: string): XmlElement {
  const parser = new SaxesParser({xmlns: true, position: false})
  const root: XmlElement = {uri: '', local: '#document', attributes: new Map(), children: []}
  const stack: XmlElement[] = [root]
  parser.on('opentag', (tag) => {
    if (stack.length > maxDepth) throw new ImportError(`${file}: ${part} nests elements more than ${maxDepth} deep; the file is damaged or hostile`)
    const attributes = new Map<string, string>()
    for (const attribute of Object.values(tag.attributes)) attributes.set(`${attribute.uri}|${attribute.local}`, attribute.value)
    const element: XmlElement = {uri: tag.uri, local: tag.local, attributes, children: []}
    stack.at(-1)!.children.push(element)
    stack.push(element)
  })
  parser.on('closetag', () => {
    stack.pop()
  })
  const onText = (value: string) => {
    if (stack.length > 1) stack.at(-1)!.children.push(value)
  }
  parser.on('text', onText)
  parser.on('cdata', onText)
  try {
    parser.write(text).close()
  } catch (error) {
    if (error instanceof ImportError) throw error
    throw new ImportError(`${file}: ${part} is not well-formed XML (${(error as Error).message.split('\n')[0]})`)
  }
  const element = root.children.find((child): child is XmlElement => typeof child !== 'string')
  if (!element) throw new ImportError(`${file}: ${part} has no root element`)
  return element
}

/** Child elements in the Word namespace, optionally only those named `local`. */
export function kids(element: XmlElement, local?: string): XmlElement[] {
  return element.children.filter((child): child is XmlElement => typeof child !== 'string' && child.uri === W && (local === undefined || child.local === local))
}

/** The first Word child named `local`, or null. */
export function kid(element: XmlElement | null | undefined, local: string): XmlElement | null {
  if (!element) return null
  for (const child of element.children) if (typeof child !== 'string' && child.uri === W && child.local === local) return child
  return null
}

/** A `w:` attribute's value, or null. */
export function wAttr(element: XmlElement | null | undefined, local: string): string | null {
  return element?.attributes.get(`${W}|${local}`) ?? null
}

/** An on/off property such as `<w:b/>` or `<w:b w:val="0"/>`. */
export function isOn(element: XmlElement | null): boolean {
  if (!element) return false
  const value = wAttr(element, 'val')
  return value === null || !['0', 'false', 'off'].includes(value)
}

/** The text directly inside an element. */
export function textOf(element: XmlElement): string {
  return element.children.filter((child): child is string => typeof child === 'string').join('')
}

/** Every Word element below `element`, in document order. */
export function* descendants(element: XmlElement): Generator<XmlElement> {
  for (const child of element.children) {
    if (typeof child === 'string') continue
    if (child.uri === W) yield child
    yield* descendants(child)
  }
}
