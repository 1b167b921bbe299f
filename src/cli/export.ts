/** `draftdiff export`: a Word redline with tracked changes (docx), or one Akoma Ntoso file per version (akn). */
import path from 'node:path'
import {compareDrafts} from '../diff/compare.js'
import {redlineDocx} from '../export/docx.js'
import {InputError} from '../versions/files.js'
import type {ResolvedVersion} from '../versions/spec.js'
import type {Session} from '../versions/sessions.js'
import {visible} from '../report/visible.js'
import {exitCodes, outputFolder, safeFileName, writeAtomic, writeOutputFile} from './io.js'
import {loadResolved} from './versions.js'

/** The options of `draftdiff export`, as the command line gives them. */
export interface ExportOptions {
  format: 'docx' | 'akn'
  out?: string
  drafts: string
  repo?: string
}

/** A version with who and when its text is attributed to. */
interface Attributed {
  session: Session
  author: string
  /** ISO 8601, or null when neither the front matter nor a commit gives one. */
  date: string | null
}

/** Run `export`; return the exit code. */
export async function runExport(specs: string[], options: ExportOptions): Promise<number> {
  if (!options.out) throw new InputError(`export needs --out: a .docx file for --format docx, a folder for --format akn`)
  const versions: Attributed[] = []
  for (const spec of specs) versions.push(await attributed(spec, options))
  if (options.format === 'docx') await exportDocx(versions, options.out)
  else await exportAkn(versions, options.out)
  return exitCodes.ok
}

async function exportDocx(versions: Attributed[], out: string): Promise<void> {
  const [before, after] = versions
  if (versions.length !== 2 || !before || !after) throw new InputError(`export --format docx needs exactly two versions, <old> and <new>, got ${versions.length}; e.g. \`draftdiff export 03 04 --format docx --out 04.docx\``)
  if (!out.toLowerCase().endsWith('.docx')) throw new InputError(`--out \`${out}\` should name a .docx file for --format docx; e.g. --out redline.docx`)
  if (after.date === null) throw new InputError(`${after.session.id} has no date for its tracked changes: add \`date: YYYY-MM-DD\` to its front matter, or give it as a commit`)
  const diff = compareDrafts({label: before.session.id, draft: before.session.draft}, {label: after.session.id, draft: after.session.draft})
  const title = `${after.session.id} compared with ${before.session.id}`
  const bytes = await redlineDocx({before: before.session.draft, after: after.session.draft, diff, author: after.author, date: after.date, title})
  await writeOutputFile(out, bytes)
  process.stdout.write(`wrote ${visible(out)}\n`)
}

async function exportAkn(versions: Attributed[], out: string): Promise<void> {
  if (versions.length < 1) throw new InputError('export --format akn needs at least one version')
  const {aknDocuments} = await import('../export/akn.js')
  await outputFolder(out, true)
  const documents = aknDocuments(versions.map((v) => ({label: v.session.id, draft: v.session.draft, date: v.date?.slice(0, 10) ?? null, author: v.author})))
  const used = new Set<string>()
  for (const document of documents) {
    let name = safeFileName(document.label)
    while (used.has(name)) name += '_'
    used.add(name)
    const file = path.join(out, `${name}.xml`)
    await writeAtomic(file, document.xml)
    process.stdout.write(`wrote ${visible(file)}\n`)
  }
}

async function attributed(spec: string, options: ExportOptions): Promise<Attributed> {
  const {session, version} = await loadResolved(spec, options.drafts, options.repo)
  const frontMatter = typeof session.draft.meta.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(session.draft.meta.date) ? `${session.draft.meta.date}T00:00:00Z` : null
  if (version.commit === null) return {session, author: session.id, date: frontMatter}
  const commit = await lastCommit(version, options)
  if (!commit) return {session, author: session.id, date: frontMatter}
  const author = commit.proposedBy.length > 0 ? commit.proposedBy.join(', ') : commit.author
  return {session, author, date: new Date(commit.date).toISOString().replace(/\.\d{3}Z$/, 'Z')}
}

/** The last commit (at the version's commit) that changed the version's files: its date and proposers. */
async function lastCommit(version: ResolvedVersion, options: ExportOptions) {
  const {commitsTouching, openRepository} = await import('../git/repo.js')
  const repo = await openRepository(options.repo ?? '.')
  const commits = await commitsTouching(repo, version.commit ?? '', [version.path], 1)
  return commits.at(-1) ?? null
}
