/** Redline marks in GitHub Markdown, shared by every Markdown renderer. */
import type {PhrasingContent} from 'mdast'

/**
 * A deletion or insertion as `<del>`/`<ins>` around its text. GitHub shows both marks without colour, so a change with no
 * letter or digit (a lone bracket or comma) is set as code inside the mark: a struck-through `[` alone cannot be seen.
 */
export function markdownMark(type: 'delete' | 'insert', text: string, toText: (value: string) => PhrasingContent): PhrasingContent[] {
  const tag = type === 'delete' ? 'del' : 'ins'
  const lone = !/[\p{L}\p{N}]/u.test(text) && text.trim() !== ''
  return [{type: 'html', value: `<${tag}>`}, lone ? {type: 'inlineCode', value: text} : toText(text), {type: 'html', value: `</${tag}>`}]
}
