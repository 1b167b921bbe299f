/** Reading the parts of a .docx (a zip archive) with limits checked before anything is inflated. */
import {unzipSync} from 'fflate'
import {ImportError} from './types.js'

/** Largest part read from a .docx once inflated (32 MiB). */
export const maxPartBytes = 32 * 1024 * 1024
/** Largest total of the parts read, inflated (64 MiB). */
export const maxTotalBytes = 64 * 1024 * 1024

/** The parts of a Word document the import reads. */
export const wordParts = ['word/document.xml', 'word/numbering.xml', 'word/styles.xml', 'word/footnotes.xml', 'word/comments.xml'] as const

/** Inflate the parts of `bytes` named in `wanted`, refusing archives whose declared sizes break the limits. */
export function readZipParts(bytes: Uint8Array, wanted: readonly string[], file: string): Map<string, string> {
  if (bytes.byteLength < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new ImportError(`${file}: not a .docx (not a zip archive); save it from Word as "Word Document (.docx)"`)
  let total = 0
  let inflated: Record<string, Uint8Array>
  try {
    inflated = unzipSync(bytes, {
      filter: (entry) => {
        if (!wanted.includes(entry.name)) return false
        if (entry.originalSize > maxPartBytes) throw new ImportError(`${file}: ${entry.name} would inflate to ${entry.originalSize} bytes, over the limit of ${maxPartBytes}; the archive is damaged or hostile`)
        total += entry.originalSize
        if (total > maxTotalBytes) throw new ImportError(`${file}: the parts read would inflate to more than ${maxTotalBytes} bytes; the archive is damaged or hostile`)
        return true
      },
    })
  } catch (error) {
    if (error instanceof ImportError) throw error
    throw new ImportError(`${file}: not a readable .docx (${(error as Error).message}); open and save it again in Word or LibreOffice`)
  }
  const parts = new Map<string, string>()
  const decoder = new TextDecoder('utf-8', {fatal: true})
  for (const [name, data] of Object.entries(inflated)) {
    try {
      parts.set(name, decoder.decode(data))
    } catch {
      throw new ImportError(`${file}: ${name} is not UTF-8 XML`)
    }
  }
  return parts
}
