/** Content-Security-Policy sources for the inline assets of the HTML pages. */
import {createHash} from 'node:crypto'

/** The CSP source that allows exactly this inline text: `'sha256-…'`. */
export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
}
