/**
 * Shared by the Word writers: packing a `docx` Document into bytes that depend on the inputs alone. The package stamps
 * the core properties with the current time and the zip entries with the current date; both are replaced by a date
 * taken from the drafts (or 2000-01-01), so the same drafts always give the same file.
 */
import {Packer, type Document} from 'docx'
import {strFromU8, strToU8, unzipSync, zipSync, type Zippable} from 'fflate'

const fallbackDate = '2000-01-01'

/** The document's bytes, with every timestamp set to `date` (an ISO date from the drafts' front matter) or 2000-01-01. */
export async function packDocx(doc: Document, date: unknown): Promise<Uint8Array> {
  const day = typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(Date.parse(date)) ? date : fallbackDate
  const stamp = `${day}T00:00:00Z`
  const files = unzipSync(new Uint8Array(await Packer.toBuffer(doc)))
  const core = files['docProps/core.xml']
  if (core) files['docProps/core.xml'] = strToU8(strFromU8(core).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g, `$1${stamp}$2`))
  const mtime = new Date(`${day < '1980-01-02' ? '1980-01-02' : day}T12:00:00Z`)
  const zippable: Zippable = {}
  for (const name of Object.keys(files).sort()) zippable[name] = [files[name] as Uint8Array, {mtime}]
  return zipSync(zippable, {level: 6})
}
