/** Character tests on UTF-16 code units, for loops that would otherwise cut strings to test them. */

/** Whether the code unit is whitespace as a regular expression's `\s` reads it. */
export function isWhitespace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || (code > 127 && /\s/.test(String.fromCharCode(code)))
}

/**
 * Every run of whitespace as one space. Only runs that are not already a single space are
 * replaced: `replace(/\s+/g, ' ')` rewrites each of a long text's million single spaces (seconds on 9 MB).
 */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s{2,}|[^\S ]/g, ' ')
}
