/**
 * Synthetic convention drafts and a mutation engine with known truth, for the alignment property
 * tests (test/align/align-properties.test.ts).
 *
 * A draft is generated as a small model (chapters → articles → paragraphs → subparagraphs, whose
 * text is a list of tokens), rendered as Markdown in the canonical draft format and parsed by the
 * real parser. Cross-references are tokens naming an article by its *key* (its identity), so the
 * rendered number always follows renumbering. The mutation engine edits a copy of the model and
 * records, for every article of the new version, where it came from; the true relation list and
 * the expected change classes are derived from that record, never from the algorithm under test.
 *
 * Constraints that keep the truth unambiguous (a careful human reading both versions would agree
 * with it); each is enforced where the mutation is chosen:
 *  - Articles are clearly different from one another: every article's word-bigram set has a Dice
 *    similarity below `maxCrossSimilarity` with every other article generated so far (old ones and
 *    added ones alike), and each article draws most nouns and adjectives from its own topic words.
 *  - Titles are unique across both versions (compared as the aligner does: case and punctuation
 *    ignored), except that an article keeps its own title unless it is retitled.
 *  - A split divides an article of ≥ 2 paragraphs at a paragraph boundary, and each piece keeps at
 *    least `minPieceShare` of the words and `minPieceWords` words (a one-line remnant is
 *    legitimately either a split or an edit plus an addition), and at least half of each piece's
 *    word pairs, and at least ten, are its own, not shared with the other piece (a piece made
 *    mostly of the same boilerplate as the other — "The Conference of the States Parties shall …
 *    in conformity with article N" around three words of its own — says too little about where it
 *    came from).
 *  - A merge joins two articles adjacent in the same chapter, under the same conditions on the two
 *    parts (absorbing a very short article is legitimately either a merge or a deletion plus an
 *    edit).
 *  - Each article takes part in at most one structural mutation (add, delete, move, reorder,
 *    split, merge); word edits, retitles and editorial edits apply only to articles that keep
 *    their identity (possibly moved or reordered), never to split or merged pieces.
 *  - Word edits change at most 15 % of the words of one unit (and at least one word), so that the
 *    article stays recognisable; in `heavy` mode (invariant tests only, no truth checked) they go
 *    much further.
 *  - An article is deleted only when no other article refers to it (a reference to a deleted
 *    article has no right "new" number, so the referring article's class would be a judgement).
 *  - References follow a split to its first piece and a merge to the merged article.
 */

import {writeDraft, type DraftDescription} from '../../src/fmt/index.js'

/** mulberry32: a small, fast, seeded generator (fast-check supplies the seeds). */
export class Rng {
  private state: number
  constructor(seed: number) {
    this.state = seed >>> 0
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0
    let t = this.state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  /** A whole number from `low` to `high`, both included. */
  int(low: number, high: number): number {
    return low + Math.floor(this.next() * (high - low + 1))
  }
  chance(p: number): boolean {
    return this.next() < p
  }
  pick<T>(list: readonly T[]): T {
    if (list.length === 0) throw new Error('pick from an empty list')
    return list[Math.floor(this.next() * list.length)] as T
  }
  /** `count` distinct items of `list`. */
  sample<T>(list: readonly T[], count: number): T[] {
    const copy = [...list]
    const out: T[] = []
    while (out.length < count && copy.length > 0) out.push(copy.splice(Math.floor(this.next() * copy.length), 1)[0] as T)
    return out
  }
}

// ---------------------------------------------------------------------------------------------
// Vocabulary. Only lower-case letters; none of the words that start a cross-reference (article,
// paragraph, subparagraph, chapter), so references are exactly the `ref` tokens.

const verbs = [
  'adopt', 'establish', 'ensure', 'promote', 'facilitate', 'strengthen', 'provide', 'designate', 'maintain', 'consider',
  'review', 'notify', 'inform', 'preserve', 'disclose', 'collect', 'transmit', 'protect', 'assist', 'prevent',
  'investigate', 'prosecute', 'regulate', 'monitor', 'report', 'examine', 'coordinate', 'support', 'encourage', 'implement',
  'develop', 'require', 'permit', 'restrict', 'verify', 'record', 'retain', 'share', 'exchange', 'afford',
  'grant', 'refuse', 'suspend', 'seek', 'undertake', 'enable', 'authorize', 'secure', 'safeguard', 'determine',
  'specify', 'publish', 'submit', 'evaluate', 'identify', 'recognize', 'enforce', 'apply', 'improve', 'expand',
  'limit', 'document', 'analyse', 'assess', 'certify', 'register', 'supervise', 'finance', 'train', 'consult'
]

const nouns = [
  'access', 'data', 'traffic', 'content', 'evidence', 'device', 'system', 'network', 'provider', 'subscriber',
  'witness', 'victim', 'child', 'property', 'proceeds', 'asset', 'assistance', 'extradition', 'jurisdiction', 'offence',
  'sanction', 'penalty', 'liability', 'confiscation', 'seizure', 'preservation', 'disclosure', 'interception', 'training', 'capacity',
  'prevention', 'awareness', 'statistics', 'record', 'request', 'authority', 'court', 'prosecutor', 'agency', 'officer',
  'expert', 'institution', 'programme', 'mechanism', 'secretariat', 'conference', 'dispute', 'reservation', 'amendment', 'ratification',
  'signature', 'accession', 'denunciation', 'depositary', 'language', 'budget', 'fund', 'contribution', 'information', 'intelligence',
  'communication', 'correspondence', 'account', 'password', 'identity', 'payment', 'transaction', 'currency', 'fraud', 'forgery',
  'theft', 'extortion', 'harassment', 'material', 'image', 'recording', 'publication', 'platform', 'registry', 'database',
  'archive', 'infrastructure', 'facility', 'vessel', 'aircraft', 'territory', 'border', 'nationality', 'resident', 'consent',
  'confidentiality', 'privacy', 'procedure', 'warrant', 'order', 'judgment', 'appeal', 'hearing', 'testimony', 'interpreter',
  'counsel', 'compensation', 'restitution', 'rehabilitation', 'reintegration', 'research', 'methodology', 'partnership', 'channel', 'contact',
  'certificate', 'licence', 'permit', 'inspection', 'audit', 'complaint', 'investigation', 'detention', 'custody', 'surrender',
  'transfer', 'transit', 'escort', 'shelter', 'refuge', 'asylum', 'remedy', 'tribunal', 'arbitration', 'mediation',
  'commission', 'committee', 'bureau', 'observatory', 'laboratory', 'forensics', 'encryption', 'software', 'hardware', 'malware',
  'botnet', 'server', 'domain', 'address', 'location', 'metadata', 'backup', 'storage', 'cloud', 'satellite',
  'telephone', 'broadcast', 'newspaper', 'school', 'university', 'hospital', 'bank', 'insurer', 'employer', 'worker',
  'migrant', 'refugee', 'family', 'guardian', 'parent', 'youth', 'elder', 'patient', 'consumer', 'trader',
  'weapon', 'explosive', 'drug', 'precursor', 'chemical', 'toxin', 'wildlife', 'timber', 'fishery', 'mineral',
  'election', 'parliament', 'ministry', 'treasury', 'customs', 'police', 'army', 'coastguard', 'prison', 'probation',
  'journalist', 'advocate', 'defender', 'notary', 'auditor', 'accountant', 'engineer', 'scientist', 'teacher', 'physician'
]

const adjectives = [
  'appropriate', 'effective', 'timely', 'relevant', 'competent', 'electronic', 'judicial', 'administrative', 'criminal', 'civil',
  'domestic', 'international', 'regional', 'bilateral', 'multilateral', 'technical', 'financial', 'confidential', 'personal', 'sensitive',
  'lawful', 'unlawful', 'expedited', 'provisional', 'temporary', 'permanent', 'independent', 'impartial', 'specialized', 'comprehensive',
  'practical', 'reasonable', 'proportionate', 'necessary', 'adequate', 'secure', 'reliable', 'accurate', 'complete', 'public',
  'private', 'commercial', 'voluntary', 'mandatory', 'digital', 'physical', 'remote', 'stored', 'transmitted', 'intercepted',
  'seized', 'frozen', 'prohibited', 'protected', 'vulnerable', 'serious', 'grave', 'organized', 'transnational', 'existing',
  'annual', 'periodic', 'coastal', 'maritime', 'aerial', 'rural', 'urban', 'medical', 'educational', 'cultural',
  'scientific', 'statistical', 'forensic', 'preventive', 'remedial', 'corrective', 'supplementary', 'exceptional', 'urgent', 'ordinary'
]

const openers = [
  'Each State Party shall',
  'States Parties shall',
  'A State Party may',
  'The competent authorities of each State Party shall',
  'States Parties shall endeavour to',
  'Each State Party shall take the laws and other steps it needs to',
  'Subject to its domestic law, each State Party shall',
  'The requested State Party shall',
  'Where appropriate, States Parties shall',
  'In accordance with its domestic law, a State Party may',
  'Each State Party shall, within its means,',
  'The Conference of the States Parties shall'
]

const qualifiers = [
  'in accordance with its domestic law',
  'without undue delay',
  'to the extent possible',
  'on a reciprocal basis',
  'consistent with the fundamental principles of its legal system',
  'subject to the conditions provided for by its domestic law',
  'with due regard for human rights',
  'in cooperation with other States Parties'
]

const refPhrases = [['as', 'provided', 'for', 'in'], ['subject', 'to'], ['in', 'conformity', 'with'], ['without', 'prejudice', 'to'], ['pursuant', 'to']]

const preambleOpeners = ['Recognizing that', 'Concerned that', 'Convinced that', 'Noting that', 'Mindful that', 'Determined that', 'Aware that', 'Emphasizing that']

const chapterTitles = [
  'General provisions', 'Criminalization', 'Jurisdiction', 'Procedural measures and law enforcement', 'International cooperation',
  'Preventive measures', 'Technical assistance and information exchange', 'Mechanism of implementation', 'Final provisions'
]

const connectives = ['of', 'for', 'concerning', 'relating to', 'held by', 'used in']

// ---------------------------------------------------------------------------------------------
// The model.

export interface Word {
  kind: 'word'
  text: string
  /** Characters written before and after the word: brackets and punctuation. */
  pre: string
  post: string
}

/** A cross-reference `article N` to the article with key `target`, rendered with its current number. */
export interface Ref {
  kind: 'ref'
  target: string
  pre: string
  post: string
}

export type Token = Word | Ref
export type Text = Token[]

export interface GenParagraph {
  text: Text
  subs: Text[]
  closing: Text | null
}

export interface GenArticle {
  /** Identity across versions: old articles `A1`…, added `N1`…, split pieces `A7/1`, merges `A3+A4`. */
  key: string
  title: string
  paragraphs: GenParagraph[]
  /** A single paragraph written without `1.`. */
  plain: boolean
  /** Explicit number (used when the new version keeps old numbers and inserts `bis`). */
  number?: string
}

export interface GenChapter {
  title: string
  articles: GenArticle[]
}

export interface GenDraft {
  preamble: Text[]
  chapters: GenChapter[]
  /** `consecutive`: articles numbered 1, 2, 3 … in order; `explicit`: each article's `number`. */
  numbering: 'consecutive' | 'explicit'
  /** Where references to a key that no longer exists go (split → first piece, merge → merged article). */
  aliases: Map<string, string>
}

export function articlesOf(draft: GenDraft): GenArticle[] {
  return draft.chapters.flatMap((chapter) => chapter.articles)
}

export function numbersOf(draft: GenDraft): Map<string, string> {
  const out = new Map<string, string>()
  articlesOf(draft).forEach((article, index) => out.set(article.key, draft.numbering === 'consecutive' ? String(index + 1) : (article.number ?? '?')))
  return out
}

function resolveKey(draft: GenDraft, key: string): string {
  let current = key
  for (let guard = 0; guard < 100 && draft.aliases.has(current); guard++) current = draft.aliases.get(current) ?? current
  return current
}

// ---------------------------------------------------------------------------------------------
// Text generation.

const word = (text: string, post = '', pre = ''): Word => ({kind: 'word', text, pre, post})
const words = (phrase: string): Word[] => phrase.split(' ').map((w) => word(w))

function capitalise(tokens: Text): Text {
  const first = tokens[0]
  if (first?.kind === 'word') tokens[0] = {...first, text: first.text.charAt(0).toUpperCase() + first.text.slice(1)}
  return tokens
}

function end(tokens: Text, mark: string): Text {
  const last = tokens.at(-1)
  if (last) tokens[tokens.length - 1] = {...last, post: last.post.replace(/[.,;:]+$/, '') + mark}
  return tokens
}

/** The topic of one article: the nouns and adjectives most of its sentences are made of. */
interface Topic {
  nouns: string[]
  adjectives: string[]
  verbs: string[]
}

function topic(rng: Rng): Topic {
  return {nouns: rng.sample(nouns, 5), adjectives: rng.sample(adjectives, 4), verbs: rng.sample(verbs, 4)}
}

function noun(rng: Rng, t: Topic): string {
  return rng.chance(0.75) ? rng.pick(t.nouns) : rng.pick(nouns)
}
function adjective(rng: Rng, t: Topic): string {
  return rng.chance(0.7) ? rng.pick(t.adjectives) : rng.pick(adjectives)
}
function verb(rng: Rng, t: Topic): string {
  return rng.chance(0.6) ? rng.pick(t.verbs) : rng.pick(verbs)
}

/** `the timely disclosure of stored metadata` */
function nounPhrase(rng: Rng, t: Topic): Text {
  const out: Text = [word(rng.pick(['the', 'any', 'such', 'all', 'the'])), ...(rng.chance(0.7) ? [word(adjective(rng, t))] : []), word(noun(rng, t))]
  if (rng.chance(0.75)) out.push(...words(rng.pick(connectives)), ...(rng.chance(0.6) ? [word(adjective(rng, t))] : []), word(noun(rng, t)))
  return out
}

interface Context {
  rng: Rng
  topic: Topic
  /** Keys of articles this text may refer to. */
  targets: string[]
}

function reference(c: Context): Text {
  if (c.targets.length === 0 || !c.rng.chance(0.22)) return []
  return [...words(c.rng.pick(refPhrases).join(' ')), {kind: 'ref', target: c.rng.pick(c.targets), pre: '', post: ''}]
}

function qualifier(c: Context): Text {
  const ref = reference(c)
  if (ref.length > 0) return ref
  if (!c.rng.chance(0.45)) return []
  const tokens = words(c.rng.pick(qualifiers))
  if (c.rng.chance(0.25)) {
    // Not yet agreed: `[without undue delay]`.
    tokens[0] = {...(tokens[0] as Word), pre: '['}
    tokens[tokens.length - 1] = {...(tokens.at(-1) as Word), post: ']'}
  }
  return tokens
}

/** A sentence of a paragraph: opener, verb, object, optional second object, qualifier. */
function sentence(c: Context): Text {
  const {rng, topic: t} = c
  const out: Text = [...words(rng.pick(openers)), word(verb(rng, t)), ...nounPhrase(rng, t)]
  if (rng.chance(0.5)) out.push(word(rng.pick(['and', 'or', 'as', 'with'])), ...nounPhrase(rng, t))
  out.push(...qualifier(c))
  return end(out, '.')
}

function chapeau(c: Context): Text {
  const {rng, topic: t} = c
  return end([...words(rng.pick(openers)), word(verb(rng, t)), ...nounPhrase(rng, t), ...words(rng.pick(['including', 'in particular', 'by means of', 'such as']))], ':')
}

function subparagraph(c: Context, last: boolean, conjunction: string): Text {
  const {rng, topic: t} = c
  const out: Text = rng.chance(0.5) ? [word('to'), word(verb(rng, t)), ...nounPhrase(rng, t)] : [...nounPhrase(rng, t), word(rng.pick(['used', 'held', 'kept', 'obtained', 'produced'])), word(rng.pick(['in', 'by', 'for', 'within'])), ...nounPhrase(rng, t).slice(1)]
  out.push(...qualifier(c))
  capitalise(out)
  end(out, last ? '.' : ';')
  if (!last && conjunction) out.push(word(conjunction))
  return out
}

function closingWords(c: Context): Text {
  const {rng, topic: t} = c
  return end([word('provided'), word('that'), ...nounPhrase(rng, t), word('is'), word(adjective(rng, t)), word('and'), word(adjective(rng, t))], '.')
}

function paragraph(c: Context): GenParagraph {
  const {rng} = c
  if (rng.chance(0.22)) {
    const count = rng.int(2, 4)
    const conjunction = rng.pick(['and', 'or', ''])
    const subs = Array.from({length: count}, (_, k) => subparagraph(c, k === count - 1, k === count - 2 ? conjunction : ''))
    return {text: chapeau(c), subs, closing: rng.chance(0.3) ? closingWords(c) : null}
  }
  const text = sentence(c)
  if (rng.chance(0.35)) text.push(...sentence(c))
  return {text, subs: [], closing: null}
}

export function title(rng: Rng, t: Topic): string {
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
  switch (rng.int(0, 3)) {
    case 0:
      return `${cap(rng.pick(t.adjectives))} ${rng.pick(t.nouns)}`
    case 1:
      return `${cap(rng.pick(t.nouns))} of ${rng.pick(t.adjectives)} ${rng.pick(t.nouns)}`
    case 2:
      return `${cap(rng.pick(t.nouns))} and ${rng.pick(t.nouns)}`
    default:
      return `${cap(rng.pick(['protection', 'prevention', 'use', 'review', 'scope', 'registration', 'exchange']))} of ${rng.pick(t.nouns)} ${rng.pick(['data', 'records', 'measures', 'rules', 'information', 'matters'])}`
  }
}

export function titleKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}

// Bigram sets as the aligner computes them (lower-case words, reference numbers masked).

export function tokenWords(tokens: Text): string[] {
  return tokens.flatMap((token) => (token.kind === 'ref' ? ['article', '#'] : [token.text.toLowerCase()]))
}

export function articleWords(article: GenArticle): string[] {
  return article.paragraphs.flatMap((p) => [...tokenWords(p.text), ...p.subs.flatMap(tokenWords), ...(p.closing ? tokenWords(p.closing) : [])])
}

export function bigrams(list: string[]): Set<string> {
  const out = new Set<string>()
  for (let i = 0; i + 1 < list.length; i++) out.add(`${list[i]} ${list[i + 1]}`)
  return out
}

export function dice(a: Set<string>, b: Set<string>): number {
  let shared = 0
  for (const item of a) if (b.has(item)) shared++
  return a.size + b.size === 0 ? 1 : (2 * shared) / (a.size + b.size)
}

/** Articles differ at least this much (see the constraints at the top). */
export const maxCrossSimilarity = 0.3
export const minPieceShare = 0.25
export const minPieceWords = 15
export const minDistinctShare = 0.5
export const minDistinctPairs = 10

/** Everything generated so far in one case: titles and bigram sets, to keep new text distinct. */
export class Pool {
  titles = new Set<string>()
  sets: Set<string>[] = []
  nextKey = 1
  constructor(readonly rng: Rng) {}

  /** An independent continuation: same titles and texts to stay away from, its own random stream. */
  fork(seed: number): Pool {
    const pool = new Pool(new Rng(seed))
    pool.titles = new Set(this.titles)
    pool.sets = [...this.sets]
    pool.nextKey = this.nextKey
    return pool
  }

  freshTitle(t: Topic): string {
    for (let attempt = 0; ; attempt++) {
      const candidate = attempt < 20 ? title(this.rng, t) : `${title(this.rng, t)} and ${this.rng.pick(nouns)}`
      if (!this.titles.has(titleKey(candidate))) {
        this.titles.add(titleKey(candidate))
        return candidate
      }
    }
  }

  /** A fresh article unlike every article generated before in this case. */
  article(key: string, targets: string[], paragraphs = this.rng.int(1, 4)): GenArticle {
    for (let attempt = 0; attempt < 50; attempt++) {
      const t = topic(this.rng)
      const c: Context = {rng: this.rng, topic: t, targets}
      const list: GenParagraph[] = []
      const seen = new Set<string>()
      for (let k = 0; k < paragraphs; k++) {
        let p = paragraph(c)
        for (let retry = 0; retry < 5 && seen.has(tokenWords(p.text).join(' ')); retry++) p = paragraph(c)
        seen.add(tokenWords(p.text).join(' '))
        list.push(p)
      }
      const candidate: GenArticle = {key, title: '', paragraphs: list, plain: paragraphs === 1 && this.rng.chance(0.4)}
      const set = bigrams(articleWords(candidate))
      if (this.sets.some((other) => dice(set, other) >= maxCrossSimilarity)) continue
      this.sets.push(set)
      candidate.title = this.freshTitle(t)
      return candidate
    }
    throw new Error('could not generate a distinct article')
  }
}

/** Parameters of one generated draft. */
export interface DraftShape {
  /** Articles in each chapter (5–25 each in the tests). */
  chapters: number[]
  preamble: number
}

export function generateDraft(pool: Pool, shape: DraftShape): GenDraft {
  const {rng} = pool
  const total = shape.chapters.reduce((a, b) => a + b, 0)
  const keys = Array.from({length: total}, (_, k) => `A${k + 1}`)
  const articles = keys.map((key) => pool.article(key, rng.sample(keys.filter((k) => k !== key), 3)))
  let at = 0
  const chapters: GenChapter[] = shape.chapters.map((count, k) => {
    const chapter = {title: chapterTitles[k % chapterTitles.length] ?? 'Chapter', articles: articles.slice(at, at + count)}
    at += count
    return chapter
  })
  const preambleTopic = topic(rng)
  const preamble = Array.from({length: shape.preamble}, () => end([...words(rng.pick(preambleOpeners)), ...nounPhrase(rng, preambleTopic), word(rng.pick(['requires', 'deserves', 'calls', 'merits'])), ...nounPhrase(rng, preambleTopic)], ','))
  return {preamble, chapters, numbering: 'consecutive', aliases: new Map()}
}

// ---------------------------------------------------------------------------------------------
// Rendering as canonical Markdown.

const romans = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X']

function renderTokens(draft: GenDraft, numbers: Map<string, string>, tokens: Text): string {
  return tokens
    .map((token) => {
      if (token.kind === 'word') return token.pre + token.text + token.post
      const number = numbers.get(resolveKey(draft, token.target)) ?? '999'
      return `${token.pre}article ${number}${token.post}`
    })
    .join(' ')
}

/** The draft as plain data for `writeDraft`. */
export function describeDraft(draft: GenDraft): DraftDescription {
  const numbers = numbersOf(draft)
  const text = (tokens: Text) => renderTokens(draft, numbers, tokens)
  const preamble = draft.preamble.length > 0 ? {opening: 'The States Parties to this Convention,', recitals: draft.preamble.map(text), numbered: true, closing: 'Have agreed as follows:'} : undefined
  return {
    frontMatter: {title: 'Generated draft of the convention'},
    preamble,
    chapters: draft.chapters.map((chapter, c) => ({
      numeral: c + 1,
      title: chapter.title,
      articles: chapter.articles.map((article) => ({
        number: numbers.get(article.key) ?? '?',
        title: article.title,
        paragraphs: article.paragraphs.map((p) => ({
          text: text(p.text),
          unnumbered: article.plain && article.paragraphs.length === 1,
          subparagraphs: p.subs.map((sub) => ({text: text(sub)})),
          closing: p.closing ? text(p.closing) : undefined
        }))
      }))
    }))
  }
}

/** The draft as canonical Markdown (`writeDraft`, wrapped at 92 columns). */
export function renderDraft(draft: GenDraft): string {
  return writeDraft(describeDraft(draft))
}

// ---------------------------------------------------------------------------------------------
// Mutations and truth.

export const structuralKinds = ['add', 'add-early', 'delete', 'move', 'reorder', 'split', 'merge'] as const
export const editKinds = ['words', 'retitle', 'editorial', 'preamble'] as const
export type MutationKind = (typeof structuralKinds)[number] | (typeof editKinds)[number]

/** One mutation; the numbers choose the target, the place and the variant deterministically. */
export interface Mutation {
  kind: MutationKind
  pick: number
  where: number
  variant: number
}

export type TruthRelation = 'matched' | 'split' | 'merged' | 'added' | 'deleted'
export type TruthClass = 'none' | 'references-only' | 'editorial' | 'substantive'

export interface TruthEntry {
  relation: TruthRelation
  old: string[]
  new: string[]
  renumbered: boolean
  moved: boolean
  titleChanged: boolean
  change: TruthClass
  /** True when a single unit has both an editorial edit and a renumbered reference. */
  mixed: boolean
}

type Origin = {kind: 'kept'; from: string} | {kind: 'split'; from: string; part: number} | {kind: 'merged'; from: string[]} | {kind: 'added'}

interface Tracked {
  article: GenArticle
  origin: Origin
  /** Took part in a structural mutation. */
  structural: boolean
  wordEdited: boolean
  retitled: boolean
}

export interface Mutated {
  draft: GenDraft
  truth: TruthEntry[]
  /** What was actually applied, for failure messages. */
  log: string[]
}

export interface MutateOptions {
  numbering: 'consecutive' | 'explicit'
  /** Heavy word edits and stacked mutations: no truth is promised (invariant tests). */
  heavy?: boolean
}

const suffixes = ['bis', 'ter', 'quater', 'quinquies', 'sexies', 'septies', 'octies', 'novies', 'decies']

function clone<T>(value: T): T {
  return structuredClone(value)
}

function unitsOf(article: GenArticle): Text[] {
  return article.paragraphs.flatMap((p) => [p.text, ...p.subs, ...(p.closing ? [p.closing] : [])])
}

function wordCount(article: GenArticle): number {
  return unitsOf(article).reduce((sum, unit) => sum + unit.filter((t) => t.kind === 'word').length + 2 * unit.filter((t) => t.kind === 'ref').length, 0)
}

function referencedKeys(chapters: Tracked[][], draft: GenDraft, except: string): Set<string> {
  const out = new Set<string>()
  for (const tracked of chapters.flat()) {
    if (tracked.article.key === except) continue
    for (const unit of unitsOf(tracked.article)) for (const token of unit) if (token.kind === 'ref') out.add(resolveKey(draft, token.target))
  }
  return out
}

/** Apply `mutations` to a copy of `old`; returns the new version and the true relations. */
export function mutate(old: GenDraft, pool: Pool, mutations: Mutation[], options: MutateOptions): Mutated {
  const rng = pool.rng
  const draft: GenDraft = {preamble: clone(old.preamble), chapters: [], numbering: options.numbering, aliases: new Map(old.aliases)}
  const chapters: Tracked[][] = old.chapters.map((chapter) => chapter.articles.map((article) => ({article: clone(article), origin: {kind: 'kept', from: article.key}, structural: false, wordEdited: false, retitled: false})))
  const deleted: string[] = []
  const log: string[] = []
  const oldNumbers = numbersOf(old)
  const liveKeys = () => chapters.flat().map((t) => t.article.key)
  const choose = <T>(list: T[], n: number): T | undefined => (list.length === 0 ? undefined : list[n % list.length])
  const positions = () => chapters.flatMap((list, c) => list.map((tracked, k) => ({c, k, tracked})))
  const untouched = () => positions().filter((p) => p.tracked.origin.kind === 'kept' && (options.heavy || (!p.tracked.structural && !p.tracked.wordEdited && !p.tracked.retitled)))
  const kept = () => positions().filter((p) => p.tracked.origin.kind === 'kept')

  for (const m of mutations) {
    switch (m.kind) {
      case 'add':
      case 'add-early': {
        const article = pool.article(`N${pool.nextKey++}`, rng.sample(liveKeys(), 2))
        const c = m.kind === 'add-early' ? 0 : m.where % chapters.length
        const list = chapters[c] as Tracked[]
        let k = m.kind === 'add-early' ? m.where % Math.min(3, list.length + 1) : m.where % (list.length + 1)
        if (options.numbering === 'explicit' && c === 0 && k === 0) k = 1 // `bis` needs a predecessor
        k = insertionPoint(list, k)
        list.splice(k, 0, {article, origin: {kind: 'added'}, structural: true, wordEdited: false, retitled: false})
        log.push(`add ${article.key} at chapter ${c + 1} position ${k + 1}`)
        break
      }
      case 'delete': {
        const candidates = untouched().filter((p) => (chapters[p.c]?.length ?? 0) > 2 && !referencedKeys(chapters, draft, p.tracked.article.key).has(p.tracked.article.key))
        const target = choose(candidates, m.pick)
        if (!target) break
        chapters[target.c]?.splice(target.k, 1)
        deleted.push(target.tracked.article.key)
        log.push(`delete ${target.tracked.article.key}`)
        break
      }
      case 'move':
      case 'reorder': {
        const candidates = untouched().filter((p) => (chapters[p.c]?.length ?? 0) > 2)
        const target = choose(candidates, m.pick)
        if (!target) break
        const [tracked] = chapters[target.c]?.splice(target.k, 1) ?? []
        if (!tracked) break
        tracked.structural = true
        const c = m.kind === 'move' ? (target.c + 1 + (m.where % (chapters.length - 1))) % chapters.length : target.c
        const list = chapters[c] as Tracked[]
        let k = m.where % (list.length + 1)
        if (m.kind === 'reorder' && k === target.k) k = (k + 1 + (m.variant % list.length)) % (list.length + 1)
        if (options.numbering === 'explicit' && c === 0 && k === 0) k = 1
        k = insertionPoint(list, k)
        list.splice(k, 0, tracked)
        log.push(`${m.kind} ${tracked.article.key} to chapter ${c + 1} position ${k + 1}`)
        break
      }
      case 'split': {
        const candidates = untouched().filter((p) => p.tracked.article.paragraphs.length >= 2 && cuts(p.tracked.article).length > 0)
        const target = choose(candidates, m.pick)
        if (!target) break
        const article = target.tracked.article
        const cut = choose(cuts(article), m.where) ?? 1
        const keepTitle = m.variant % 3 !== 0
        const first: GenArticle = {key: `${article.key}/1`, title: keepTitle ? article.title : pool.freshTitle(topic(rng)), paragraphs: article.paragraphs.slice(0, cut), plain: false}
        const second: GenArticle = {key: `${article.key}/2`, title: pool.freshTitle(topic(rng)), paragraphs: article.paragraphs.slice(cut), plain: false}
        draft.aliases.set(article.key, first.key)
        chapters[target.c]?.splice(target.k, 1, {article: first, origin: {kind: 'split', from: article.key, part: 1}, structural: true, wordEdited: false, retitled: false}, {article: second, origin: {kind: 'split', from: article.key, part: 2}, structural: true, wordEdited: false, retitled: false})
        log.push(`split ${article.key} after paragraph ${cut}${keepTitle ? '' : ' (new titles)'}`)
        break
      }
      case 'merge': {
        const candidates = untouched().filter((p) => {
          const next = chapters[p.c]?.[p.k + 1]
          if (!next || next.origin.kind !== 'kept' || (!options.heavy && (next.structural || next.wordEdited || next.retitled))) return false
          return options.heavy || distinctParts(p.tracked.article, next.article)
        })
        const target = choose(candidates, m.pick)
        if (!target) break
        const a = target.tracked.article
        const b = chapters[target.c]?.[target.k + 1]?.article as GenArticle
        const keepTitle = m.variant % 3 !== 0
        const merged: GenArticle = {key: `${a.key}+${b.key}`, title: keepTitle ? a.title : pool.freshTitle(topic(rng)), paragraphs: [...a.paragraphs, ...b.paragraphs], plain: false}
        draft.aliases.set(a.key, merged.key)
        draft.aliases.set(b.key, merged.key)
        const from = [a.key, b.key]
        chapters[target.c]?.splice(target.k, 2, {article: merged, origin: {kind: 'merged', from}, structural: true, wordEdited: false, retitled: false})
        log.push(`merge ${a.key} + ${b.key}${keepTitle ? '' : ' (new title)'}`)
        break
      }
      case 'retitle': {
        const target = choose(kept().filter((p) => options.heavy || !p.tracked.retitled), m.pick)
        if (!target) break
        target.tracked.article.title = pool.freshTitle(topic(rng))
        target.tracked.retitled = true
        log.push(`retitle ${target.tracked.article.key}`)
        break
      }
      case 'words': {
        const target = choose(kept().filter((p) => options.heavy || !p.tracked.wordEdited), m.pick)
        if (!target) break
        const units = unitsOf(target.tracked.article).filter((unit) => unit.filter((t) => t.kind === 'word').length >= 7)
        const unit = choose(units, m.where)
        if (!unit) break
        const count = unit.filter((t) => t.kind === 'word').length
        const changes = options.heavy ? 1 + (m.variant % Math.max(1, Math.floor(count * 0.8))) : 1 + (m.variant % Math.max(1, Math.floor(count * 0.15)))
        const before = tokenWords(unit).join(' ')
        for (let k = 0; k < changes; k++) editWord(rng, unit)
        // Two edits can cancel out (a word inserted, then deleted): make sure the words changed.
        for (let retry = 0; retry < 10 && tokenWords(unit).join(' ') === before; retry++) editWord(rng, unit)
        target.tracked.wordEdited = true
        log.push(`edit ${changes} word(s) of ${target.tracked.article.key}`)
        break
      }
      case 'preamble': {
        // Preambular paragraphs come and go and get reworded; no article is affected.
        if (draft.preamble.length === 0) break
        const k = m.pick % draft.preamble.length
        const remove = m.variant % 3 === 0 && draft.preamble.length > 1
        if (remove) draft.preamble.splice(k, 1)
        else editWord(rng, draft.preamble[k] ?? [])
        log.push(`preamble paragraph ${k + 1} ${remove ? 'deleted' : 'edited'}`)
        break
      }
      case 'editorial': {
        const target = choose(kept(), m.pick)
        if (!target) break
        const units = unitsOf(target.tracked.article)
        const changes = 1 + (m.variant % 3)
        for (let k = 0; k < changes; k++) editorialEdit(rng, choose(units, m.where + k) ?? [])
        log.push(`editorial edit of ${target.tracked.article.key}`)
        break
      }
    }
  }

  draft.chapters = old.chapters.map((chapter, c) => ({title: chapter.title, articles: (chapters[c] ?? []).map((t) => t.article)}))
  if (options.numbering === 'explicit') assignExplicitNumbers(draft, chapters.flat(), oldNumbers)
  const newNumbers = numbersOf(draft)
  const truth = computeTruth(old, draft, chapters, deleted, oldNumbers, newNumbers)
  return {draft, truth, log}
}

/** `k`, or the place after it when `k` would come between the two pieces of a split (they stay consecutive). */
function insertionPoint(list: Tracked[], k: number): number {
  const before = list[k - 1]?.origin
  const after = list[k]?.origin
  return before?.kind === 'split' && after?.kind === 'split' && before.from === after.from ? k + 1 : k
}

/** Paragraph boundaries where a split leaves two clearly recognisable pieces. */
function cuts(article: GenArticle): number[] {
  const out: number[] = []
  for (let cut = 1; cut < article.paragraphs.length; cut++) {
    if (distinctParts({...article, paragraphs: article.paragraphs.slice(0, cut)}, {...article, paragraphs: article.paragraphs.slice(cut)})) out.push(cut)
  }
  return out
}

/**
 * Whether two parts (the pieces of a split, the articles of a merge) are each substantial and
 * each their own text: at least `minPieceWords` words and `minPieceShare` of the words, and at
 * least `minDistinctShare` of each part's word pairs (and `minDistinctPairs` of them) absent from
 * the other part. A part that is mostly the other's boilerplate ("The Conference of the States
 * Parties shall … in conformity with article N") carries too little of its own to say where it
 * came from.
 */
function distinctParts(a: GenArticle, b: GenArticle): boolean {
  const [x, y] = [wordCount(a), wordCount(b)]
  if (Math.min(x, y) < minPieceWords || Math.min(x, y) < minPieceShare * (x + y)) return false
  const [setA, setB] = [bigrams(articleWords(a)), bigrams(articleWords(b))]
  const own = (set: Set<string>, other: Set<string>) => [...set].filter((pair) => !other.has(pair)).length
  return [own(setA, setB) / Math.max(1, setA.size), own(setB, setA) / Math.max(1, setB.size)].every((share) => share >= minDistinctShare) && Math.min(own(setA, setB), own(setB, setA)) >= minDistinctPairs
}

/** Replace, insert or delete one word (never a reference, never a bracket). */
function editWord(rng: Rng, unit: Text): void {
  const plain = unit.map((t, i) => [t, i] as const).filter(([t]) => t.kind === 'word' && t.pre === '' && !t.post.includes(']')).map(([, i]) => i)
  if (plain.length === 0) return
  const i = rng.pick(plain)
  const token = unit[i] as Word
  const operation = rng.int(0, 2)
  const fresh = () => {
    for (;;) {
      const candidate = rng.pick(rng.chance(0.5) ? nouns : adjectives)
      if (candidate !== token.text.toLowerCase()) return candidate
    }
  }
  if (operation === 0) unit[i] = {...token, text: fresh()}
  else if (operation === 1 && unit[i - 1]?.kind !== 'ref') unit.splice(i, 0, word(fresh()))
  else if (unit.filter((t) => t.kind === 'word').length > 3 && i > 0 && unit[i - 1]?.kind !== 'ref') {
    // Keep the sentence's final punctuation on the word before.
    const previous = unit[i - 1] as Token
    if (token.post !== '') unit[i - 1] = {...previous, post: previous.post + token.post}
    unit.splice(i, 1)
  } else unit[i] = {...token, text: fresh()}
}

/** Change the case of a word, or add or remove a comma: an editorial change only. */
function editorialEdit(rng: Rng, unit: Text): void {
  const indices = unit.map((t, i) => [t, i] as const).filter(([t]) => t.kind === 'word').map(([, i]) => i)
  if (indices.length < 2) return
  const i = rng.pick(indices.slice(0, -1))
  const token = unit[i] as Word
  if (rng.chance(0.5)) {
    const upper = token.text.charAt(0) === token.text.charAt(0).toUpperCase()
    unit[i] = {...token, text: (upper ? token.text.charAt(0).toLowerCase() : token.text.charAt(0).toUpperCase()) + token.text.slice(1)}
  } else if (token.post === ',') unit[i] = {...token, post: ''}
  else if (token.post === '') unit[i] = {...token, post: ','}
  else unit[i] = {...token, text: token.text.charAt(0).toUpperCase() + token.text.slice(1) === token.text ? token.text.toLowerCase() : token.text.toUpperCase()}
}

function assignExplicitNumbers(draft: GenDraft, tracked: Tracked[], oldNumbers: Map<string, string>): void {
  const used = new Set<string>()
  for (const t of tracked) {
    const o = t.origin
    const inherited = o.kind === 'kept' ? o.from : o.kind === 'split' && o.part === 1 ? o.from : o.kind === 'merged' ? o.from[0] : undefined
    if (inherited !== undefined) {
      t.article.number = oldNumbers.get(inherited)
      used.add(t.article.number ?? '')
    }
  }
  let previous = '0'
  for (const t of tracked) {
    if (t.article.number === undefined) {
      const base = previous.split(' ')[0] ?? '0'
      const suffix = suffixes.find((s) => !used.has(`${base} ${s}`)) ?? 'decies'
      t.article.number = `${base} ${suffix}`
      used.add(t.article.number)
    }
    previous = t.article.number
  }
}

function computeTruth(old: GenDraft, draft: GenDraft, chapters: Tracked[][], deleted: string[], oldNumbers: Map<string, string>, newNumbers: Map<string, string>): TruthEntry[] {
  const oldChapter = new Map<string, number>()
  const oldArticle = new Map<string, GenArticle>()
  old.chapters.forEach((chapter, c) => chapter.articles.forEach((a) => (oldChapter.set(a.key, c), oldArticle.set(a.key, a))))
  const oldIndex = new Map(articlesOf(old).map((a, i) => [a.key, i]))
  const num = (numbers: Map<string, string>, key: string) => numbers.get(key) ?? '?'
  const entries: TruthEntry[] = []
  const splits = new Map<string, Array<{key: string; c: number}>>()
  chapters.forEach((list, c) =>
    list.forEach((t) => {
      const o = t.origin
      const a = t.article
      const newNumber = num(newNumbers, a.key)
      if (o.kind === 'added') entries.push({relation: 'added', old: [], new: [newNumber], renumbered: false, moved: false, titleChanged: false, change: 'substantive', mixed: false})
      else if (o.kind === 'split') splits.set(o.from, [...(splits.get(o.from) ?? []), {key: a.key, c}])
      else if (o.kind === 'merged') {
        const from = [...o.from].sort((x, y) => (oldIndex.get(x) ?? 0) - (oldIndex.get(y) ?? 0))
        const first = from[0] ?? ''
        entries.push({relation: 'merged', old: from.map((k) => num(oldNumbers, k)), new: [newNumber], renumbered: num(oldNumbers, first) !== newNumber, moved: oldChapter.get(first) !== c, titleChanged: titleKey(oldArticle.get(first)?.title ?? '') !== titleKey(a.title), change: 'substantive', mixed: false})
      } else {
        const before = oldArticle.get(o.from) as GenArticle
        const {change, mixed} = classOf(old, before, draft, a, oldNumbers, newNumbers)
        entries.push({relation: 'matched', old: [num(oldNumbers, o.from)], new: [newNumber], renumbered: num(oldNumbers, o.from) !== newNumber, moved: oldChapter.get(o.from) !== c, titleChanged: before.title.replace(/\s+/g, ' ') !== a.title.replace(/\s+/g, ' '), change, mixed})
      }
    })
  )
  for (const [from, pieces] of splits) {
    const first = pieces[0] as {key: string; c: number}
    entries.push({relation: 'split', old: [num(oldNumbers, from)], new: pieces.map((p) => num(newNumbers, p.key)), renumbered: num(oldNumbers, from) !== num(newNumbers, first.key), moved: oldChapter.get(from) !== first.c, titleChanged: oldArticle.get(from)?.title !== articlesOf(draft).find((a) => a.key === first.key)?.title, change: 'substantive', mixed: false})
  }
  for (const key of deleted) entries.push({relation: 'deleted', old: [num(oldNumbers, key)], new: [], renumbered: false, moved: false, titleChanged: false, change: 'substantive', mixed: false})
  return entries
}

/** The change class of a kept article (same paragraphs and subparagraphs), unit by unit, from the tokens. */
function classOf(old: GenDraft, before: GenArticle, draft: GenDraft, after: GenArticle, oldNumbers: Map<string, string>, newNumbers: Map<string, string>): {change: TruthClass; mixed: boolean} {
  const rank: TruthClass[] = ['none', 'references-only', 'editorial', 'substantive']
  let result = 0
  let mixed = false
  const a = unitsOf(before)
  const b = unitsOf(after)
  // Paragraph markers never change for a kept article (its paragraphs are not renumbered).
  a.forEach((unitA, u) => {
    const unitB = b[u] ?? []
    // Words (case aside) or references added, removed or replaced: substantive.
    if (tokenWords(unitA).join(' ') !== tokenWords(unitB).join(' ') || unitA.some((x, i) => x.kind !== unitB[i]?.kind)) {
      result = 3
      return
    }
    let references = false
    let editorial = false
    unitA.forEach((x, i) => {
      const y = unitB[i] as Token
      if (x.pre !== y.pre || x.post !== y.post) editorial = true
      if (x.kind === 'ref' && y.kind === 'ref') {
        if (oldNumbers.get(resolveKey(old, x.target)) !== newNumbers.get(resolveKey(draft, y.target))) references = true
      } else if (x.kind === 'word' && y.kind === 'word' && x.text !== y.text) editorial = true
    })
    if (editorial && references) mixed = true
    result = Math.max(result, editorial ? 2 : references ? 1 : 0)
  })
  // `mixed` marks the case where the truth is editorial only because such units count as editorial.
  return {change: rank[result] ?? 'substantive', mixed: mixed && result === 2}
}

// ---------------------------------------------------------------------------------------------
// Chapter operations and their truth (test/align/chapter-properties.test.ts).
//
// Articles keep their text, so the article alignment is exact and the truth is about chapters only. Constraints
// that keep the truth unambiguous, enforced where an operation is chosen: each chapter takes part in at most one
// operation; a split leaves at least two articles in each piece; an article moves only between chapters that
// otherwise keep their identity, out of a chapter of at least three articles that has lost none before; an inserted
// chapter holds only new articles; chapter titles are unique.

export const chapterKinds = ['insert', 'delete', 'merge', 'split', 'reorder', 'rename', 'move'] as const
export type ChapterOpKind = (typeof chapterKinds)[number]

/** One chapter operation; the numbers choose the chapter and the place deterministically. */
export interface ChapterOp {
  kind: ChapterOpKind
  pick: number
  where: number
}

export interface ChapterTruth {
  relation: TruthRelation
  /** Roman numerals of the old and new chapters. */
  old: string[]
  new: string[]
  titleChanged: boolean
}

export interface ChapterMutated {
  draft: GenDraft
  truth: ChapterTruth[]
  /** New numbers of the articles that went to another chapter's lineage. */
  moved: string[]
  log: string[]
}

type ChapterOrigin = {kind: 'kept'; from: number} | {kind: 'added'} | {kind: 'split'; from: number} | {kind: 'merged'; from: number[]}

interface TrackedChapter {
  chapter: GenChapter
  origin: ChapterOrigin
  touched: boolean
  /** Articles moved in or out: no longer a source of moves. */
  moves: boolean
}

/** Apply chapter operations to a copy of `old`; returns the new version, the true chapter relations and the moved articles. */
export function mutateChapters(old: GenDraft, pool: Pool, ops: ChapterOp[]): ChapterMutated {
  const rng = pool.rng
  const list: TrackedChapter[] = old.chapters.map((chapter, c) => ({chapter: clone(chapter), origin: {kind: 'kept', from: c}, touched: false, moves: false}))
  const titles = new Set(old.chapters.map((c) => titleKey(c.title)))
  const freshTitle = () => {
    for (;;) {
      const title = `${rng.pick(adjectives).replace(/^./, (ch) => ch.toUpperCase())} ${rng.pick(nouns)} matters`
      if (!titles.has(titleKey(title))) {
        titles.add(titleKey(title))
        return title
      }
    }
  }
  const deleted: number[] = []
  const renamed = new Set<number>()
  const movedKeys: string[] = []
  const log: string[] = []
  const free = () => list.map((t, k) => ({t, k})).filter(({t}) => t.origin.kind === 'kept' && !t.touched)
  const choose = <T>(items: T[], n: number): T | undefined => (items.length === 0 ? undefined : items[n % items.length])
  for (const op of ops) {
    switch (op.kind) {
      case 'insert': {
        const k = op.where % (list.length + 1)
        const articles = Array.from({length: 1 + (op.pick % 3)}, () => pool.article(`N${pool.nextKey++}`, []))
        list.splice(k, 0, {chapter: {title: freshTitle(), articles}, origin: {kind: 'added'}, touched: true, moves: true})
        log.push(`insert a chapter of ${articles.length} at ${k + 1}`)
        break
      }
      case 'delete': {
        const target = choose(free().filter(({t}) => !t.moves), op.pick)
        if (!target || list.length < 2) break
        list.splice(target.k, 1)
        deleted.push((target.t.origin as {from: number}).from)
        log.push(`delete chapter ${target.k + 1}`)
        break
      }
      case 'merge': {
        const target = choose(free().filter(({t, k}) => !t.moves && list[k + 1]?.origin.kind === 'kept' && !list[k + 1]?.touched && !list[k + 1]?.moves), op.pick)
        const next = target ? list[target.k + 1] : undefined
        if (!target || !next) break
        const from = [(target.t.origin as {from: number}).from, (next.origin as {from: number}).from]
        list.splice(target.k, 2, {chapter: {title: target.t.chapter.title, articles: [...target.t.chapter.articles, ...next.chapter.articles]}, origin: {kind: 'merged', from}, touched: true, moves: true})
        log.push(`merge chapters ${target.k + 1} and ${target.k + 2}`)
        break
      }
      case 'split': {
        const target = choose(free().filter(({t}) => !t.moves && t.chapter.articles.length >= 4), op.pick)
        if (!target) break
        const articles = target.t.chapter.articles
        const cut = 2 + (op.where % (articles.length - 3))
        const from = (target.t.origin as {from: number}).from
        list.splice(target.k, 1, {chapter: {title: target.t.chapter.title, articles: articles.slice(0, cut)}, origin: {kind: 'split', from}, touched: true, moves: true}, {chapter: {title: freshTitle(), articles: articles.slice(cut)}, origin: {kind: 'split', from}, touched: true, moves: true})
        log.push(`split chapter ${target.k + 1} after its article ${cut}`)
        break
      }
      case 'reorder': {
        const target = choose(free().filter(({k}) => list[k + 1]?.origin.kind === 'kept' && !list[k + 1]?.touched), op.pick)
        const next = target ? list[target.k + 1] : undefined
        if (!target || !next) break
        target.t.touched = true
        next.touched = true
        list.splice(target.k, 2, next, target.t)
        log.push(`swap chapters ${target.k + 1} and ${target.k + 2}`)
        break
      }
      case 'rename': {
        const target = choose(free(), op.pick)
        if (!target) break
        target.t.chapter.title = freshTitle()
        target.t.touched = true
        renamed.add((target.t.origin as {from: number}).from)
        log.push(`rename chapter ${target.k + 1}`)
        break
      }
      case 'move': {
        const kept = list.map((t, k) => ({t, k})).filter(({t}) => t.origin.kind === 'kept')
        const source = choose(kept.filter(({t}) => !t.moves && t.chapter.articles.length >= 3), op.pick)
        const targets = kept.filter(({k}) => k !== source?.k)
        const destination = choose(targets, op.where)
        if (!source || !destination) break
        const [article] = source.t.chapter.articles.splice(op.where % source.t.chapter.articles.length, 1)
        if (!article) break
        destination.t.chapter.articles.splice(op.pick % (destination.t.chapter.articles.length + 1), 0, article)
        source.t.moves = true
        destination.t.moves = true
        movedKeys.push(article.key)
        log.push(`move ${article.key} from chapter ${source.k + 1} to ${destination.k + 1}`)
        break
      }
    }
  }
  const draft: GenDraft = {preamble: clone(old.preamble), chapters: list.map((t) => t.chapter), numbering: 'consecutive', aliases: new Map(old.aliases)}
  const numbers = numbersOf(draft)
  return {draft, truth: chapterTruth(old, list, deleted, renamed), moved: movedKeys.map((key) => numbers.get(key) ?? '?'), log}
}

function chapterTruth(old: GenDraft, list: TrackedChapter[], deleted: number[], renamed: Set<number>): ChapterTruth[] {
  const truth: ChapterTruth[] = []
  const splits = new Map<number, string[]>()
  list.forEach((t, k) => {
    const numeral = romans[k] ?? '?'
    const o = t.origin
    if (o.kind === 'added') truth.push({relation: 'added', old: [], new: [numeral], titleChanged: false})
    else if (o.kind === 'kept') truth.push({relation: 'matched', old: [romans[o.from] ?? '?'], new: [numeral], titleChanged: renamed.has(o.from)})
    else if (o.kind === 'merged') truth.push({relation: 'merged', old: o.from.map((c) => romans[c] ?? '?'), new: [numeral], titleChanged: false})
    else splits.set(o.from, [...(splits.get(o.from) ?? []), numeral])
  })
  for (const [from, pieces] of splits) truth.push({relation: 'split', old: [romans[from] ?? '?'], new: pieces, titleChanged: false})
  for (const c of deleted) truth.push({relation: 'deleted', old: [romans[c] ?? '?'], new: [], titleChanged: false})
  return truth
}
