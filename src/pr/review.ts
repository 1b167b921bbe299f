/** A proposal review: the proposal analysed, attributed, checked for broken references and collisions. */
import type {Repository} from '../git/repo.js'
import {commitsByArticle, namesOf, proposers} from './attribution.js'
import {collisions, touched} from './collisions.js'
import {analyseProposal} from './proposal.js'
import {brokenReferences} from './references.js'
import type {Review, ReviewedSession} from '../model/review.js'

/** The review types (defined in src/model/review.ts). */
export type {Review, ReviewedSession} from '../model/review.js'

/** What `review` reads: the repository, base, head, other proposals and the drafts folder. */
export interface ReviewInput {
  repo: Repository
  /** Resolved commit ids and the labels they were given as. */
  base: {sha: string; label: string}
  head: {sha: string; label: string}
  against: Array<{sha: string; label: string}>
  drafts: string
}

/** Review what `head` changes relative to its merge base with `base`. */
export async function review(input: ReviewInput): Promise<Review> {
  const {repo, drafts} = input
  const proposal = await analyseProposal(repo, input.base.sha, input.head.sha, drafts, {base: input.base.label, head: input.head.label})
  const sessions: ReviewedSession[] = []
  for (const session of proposal.sessions) {
    const commits = proposal.commits
    const byArticle = await commitsByArticle(repo, proposal.mergeBase, commits, session.folder, session.after)
    const attribution = new Map([...byArticle].map(([number, list]) => [number, namesOf(list)]))
    sessions.push({...session, attribution, commitsByArticle: byArticle, broken: brokenReferences(session.before, session.after, session.diff)})
  }
  const mine = touched(input.head.label, sessions)
  const others = []
  for (const other of input.against) {
    const theirs = await analyseProposal(repo, input.base.sha, other.sha, drafts, {base: input.base.label, head: other.label})
    others.push(touched(other.label, theirs.sessions))
  }
  const names: string[] = []
  for (const commit of proposal.commits) for (const name of proposers(commit)) if (!names.includes(name)) names.push(name)
  return {base: input.base.label, head: input.head.label, mergeBase: proposal.mergeBase, commits: proposal.commits, proposers: names, sessions, collisions: collisions(mine, others)}
}

/** Whether the head introduces `check` errors (the merge gate). */
export function introducesErrors(result: Review): boolean {
  return result.sessions.some((session) => session.introduced.some((finding) => finding.severity === 'error'))
}
