/** Redline pieces as hast: `<del>`/`<ins>` with the screen-reader text "deleted:"/"inserted:", for every HTML page. */
import type {Element, ElementContent} from 'hast'
import type {Piece} from '../model/diff.js'
import {phrasePieces} from '../model/phrases.js'
import {h} from './hast.js'

/** Pieces as phrases (`phrasePieces`), as text nodes and `<del>`/`<ins>` elements; `old` keeps equal and deleted pieces, `new` equal and inserted ones. */
export function redlineNodes(pieces: Piece[], side: 'both' | 'old' | 'new'): ElementContent[] {
  const out: ElementContent[] = []
  for (const piece of phrasePieces(pieces)) {
    if (piece.type === 'equal') out.push({type: 'text', value: piece.text})
    else if (piece.type === 'delete' && side !== 'new') out.push(redlineMark('delete', piece.text))
    else if (piece.type === 'insert' && side !== 'old') out.push(redlineMark('insert', piece.text))
  }
  return out
}

/** One deleted or inserted run, with the words a screen reader speaks around it (`deleted: … (end deleted)`). */
export function redlineMark(type: 'delete' | 'insert', text: string): Element {
  const word = type === 'delete' ? 'deleted' : 'inserted'
  return h(type === 'delete' ? 'del' : 'ins', [h('span.vh', `${word}: `), text, h('span.vh', ` (end ${word})`)])
}
