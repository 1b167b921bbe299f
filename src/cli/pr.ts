/** `draftdiff pr --base <ref> [--head <ref>]`: the pull-request comment for a proposal. */
import path from 'node:path'
import {openRepository, resolveCommit, type Repository} from '../git/repo.js'
import {introducesErrors, review} from '../pr/review.js'
import {renderHtml} from '../report/html.js'
import {renderReview} from '../report/pr-markdown.js'
import {visibleData} from '../report/visible.js'
import {exitCodes, safeFileName, writeOutputFile} from './io.js'

/** Options of `draftdiff pr`. */
export interface PrOptions {
  base: string
  head: string
  against: string[]
  out?: string
  drafts: string
  repo?: string
  maxBytes: number
}

/** Print the review comment; write the full HTML report with `--out`; exit 1 when the head introduces check errors. */
export async function runPr(options: PrOptions): Promise<number> {
  const repo = await openRepository(options.repo ?? '.')
  const resolve = async (label: string) => ({label, sha: await resolveCommit(repo, label)})
  const base = await resolve(options.base)
  const head = {...(await resolve(options.head)), label: await headName(repo, options.head)}
  const against = await Promise.all(options.against.map(resolve))
  const drafts = path.relative(repo.root, path.resolve(options.drafts)) || '.'
  // Control characters from the drafts and commits are shown visibly (docs/security.md).
  const result = visibleData(await review({repo, base, head, against, drafts}))
  // The artifact first: a reader that closes stdout early (`| head`) ends the run at the first write.
  if (options.out) {
    for (const [index, session] of result.sessions.entries()) {
      const file = index === 0 ? options.out : options.out.replace(/(\.html?)?$/, `-${safeFileName(session.folder)}$1`)
      await writeOutputFile(file, renderHtml(session.diff, {title: `Proposal ${head.label}: ${session.folder}`}))
    }
  }
  process.stdout.write(renderReview(result, {maxBytes: options.maxBytes, marker: 'draftdiff-pr-review'}))
  return introducesErrors(result) ? exitCodes.findings : exitCodes.ok
}

/**
 * What the review calls the head: the ref as given, or for `HEAD` the branch checked out, or in a
 * GitHub Actions pull-request run (a detached checkout) the pull request's head branch (GITHUB_HEAD_REF).
 */
async function headName(repo: Repository, given: string): Promise<string> {
  if (given !== 'HEAD') return given
  const branch = await repo.git.raw(['symbolic-ref', '--short', '-q', 'HEAD']).then((out) => out.trim(), () => '')
  return branch || process.env.GITHUB_HEAD_REF?.trim() || given
}
