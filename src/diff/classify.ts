/** Change classes: none, references-only (numbers follow the renumbering), editorial, substantive. */
import type {ChangeClass} from '../model/diff.js'
import type {CrossReference, TextUnit} from '../model/types.js'
import {editorialKey, foldUnit, maskReferences} from '../align/text.js'
import type {Renumbering} from '../engine/renumbering.js'

/** Maps an old article number to its new number(s), from the article alignment (the engine's type). */
export type {Renumbering}

/** The class of change from `before` to `after` units (paired in order); markers are part of the text. */
export function classifyUnits(pairs: Array<[TextUnit & {marker?: string}, TextUnit & {marker?: string}]>, renumbering: Renumbering): ChangeClass {
  let result: ChangeClass = 'none'
  for (const [a, b] of pairs) {
    const value = classifyPair(a, b, renumbering)
    if (rank[value] > rank[result]) result = value
  }
  return result
}

const rank: Record<ChangeClass, number> = {none: 0, 'references-only': 1, editorial: 2, substantive: 3}

function classifyPair(a: TextUnit & {marker?: string}, b: TextUnit & {marker?: string}, renumbering: Renumbering): ChangeClass {
  const markerA = a.marker ?? ''
  const markerB = b.marker ?? ''
  if (markerA === markerB && foldUnit(a) === foldUnit(b)) return 'none'
  const maskedA = maskReferences(a)
  const maskedB = maskReferences(b)
  if (markerA === markerB && maskedA === maskedB && referencesFollow(a.references, b.references, renumbering)) return 'references-only'
  if (editorialKey(`${markerA} ${maskedA}`) === editorialKey(`${markerB} ${maskedB}`) && referencesFollow(a.references, b.references, renumbering)) return 'editorial'
  return 'substantive'
}

/** Whether every article number in `after` is what the renumbering made of the one in `before`. */
export function referencesFollow(before: CrossReference[], after: CrossReference[], renumbering: Renumbering): boolean {
  if (before.length !== after.length) return false
  for (let k = 0; k < before.length; k++) {
    const a = before[k]
    const b = after[k]
    if (!a || !b || a.targets.length !== b.targets.length) return false
    for (let t = 0; t < a.targets.length; t++) {
      const from = a.targets[t]
      const to = b.targets[t]
      if (!from || !to) return false
      if (from.article !== to.article) {
        if (a.external || from.article === null || to.article === null) return false
        if (!(renumbering.get(from.article) ?? []).includes(to.article)) return false
      }
      if (from.chapter !== to.chapter) return false
    }
  }
  return true
}
