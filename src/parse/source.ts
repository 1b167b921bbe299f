/** Reading draft text: decoding bytes, limits, and the length-preserving normalisations. */

/** Largest file parsed, in bytes (10 MiB). */
export const maxFileBytes = 10 * 1024 * 1024

/** The message for a file over `maxFileBytes`; `detail` gives its size and the limit. */
export function tooLargeReason(path: string, detail: string): string {
  return `\`${path}\` is too large to parse (${detail}); split the draft into one file per chapter`
}

/** Decoded text, or why the bytes are not a draft. */
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
 * Normalise text as it is read: drop the byte-order marks that open the file, turn CRLF and CR into
 * LF, and replace typographic quotes and non-breaking spaces one character for one, so lines and
 * columns stay those of the original file. A byte-order mark opening a later line (files pasted
 * together) becomes a space, so a heading after it is still a heading.
 */
export function normaliseSource(text: string): string {
  return normaliseWithMarks(text).text
}

/** `normaliseSource`, with the offsets (in the normalised text) of the byte-order marks it turned into spaces. */
export function normaliseWithMarks(text: string): {text: string; marks: number[]} {
  let out = text.replace(/^\uFEFF+/, '')
  out = out.replace(/\r\n?/g, '\n')
  const marks: number[] = []
  if (out.includes('\uFEFF')) {
    out = out.replace(/(?<=\n\uFEFF*)\uFEFF/g, (_, offset: number) => {
      marks.push(offset)
      return ' '
    })
  }
  return {text: out.replace(/[\u201C\u201D\u201E\u2033\u2018\u2019\u201A\u2032\u00A0\u202F\u2007]/g, (c) => quoteMap[c] ?? c), marks}
}
