/** Reading draft text: decoding bytes, limits, and the length-preserving normalisations. */

/** Largest file parsed, in bytes (10 MiB). */
export const maxFileBytes = 10 * 1024 * 1024

export type DecodeResult =
  | {ok: true; text: string}
  | {ok: false; reason: 'too-large' | 'binary' | 'not-utf8'; detail: string}

/** Decode a file's bytes as UTF-8 text, refusing binary content, invalid UTF-8 and oversized input. */
export function decodeDraft(bytes: Uint8Array): DecodeResult {
  if (bytes.byteLength > maxFileBytes) {
    return {ok: false, reason: 'too-large', detail: `${bytes.byteLength} bytes, limit ${maxFileBytes}`}
  }
  const nul = bytes.indexOf(0)
  if (nul !== -1) return {ok: false, reason: 'binary', detail: `NUL byte at offset ${nul}`}
  try {
    return {ok: true, text: new TextDecoder('utf-8', {fatal: true}).decode(bytes)}
  } catch {
    return {ok: false, reason: 'not-utf8', detail: 'invalid UTF-8 byte sequence'}
  }
}

const quoteMap: Record<string, string> = {
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u2033': '"',
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u2032': "'",
  '\u00A0': ' ', '\u202F': ' ', '\u2007': ' '
}

/**
 * Normalise text as it is read: drop a byte-order mark, turn CRLF and CR into LF, and replace
 * typographic quotes and non-breaking spaces one character for one, so lines and columns stay
 * those of the original file.
 */
export function normaliseSource(text: string): string {
  let out = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  out = out.replace(/\r\n?/g, '\n')
  return out.replace(/[\u201C\u201D\u201E\u2033\u2018\u2019\u201A\u2032\u00A0\u202F\u2007]/g, (c) => quoteMap[c] ?? c)
}
