// Generates a synthetic convention draft of about `scale` × 30,000 words, deterministically, and a
// revised version of it with known truth (which old articles became which new ones). Needs dist/
// (`npm run build`): the Markdown is written by `writeDraft`, the writer the tests and scripts/drafts share.
import {writeDraft} from '../dist/fmt/index.js'

const words = ['State', 'Party', 'shall', 'adopt', 'such', 'legislative', 'measures', 'as', 'may', 'be', 'necessary', 'to', 'establish', 'offence', 'information', 'system', 'data', 'cooperation', 'request', 'competent', 'authority', 'in', 'accordance', 'with', 'its', 'domestic', 'law', 'the', 'of', 'and']

// Kept as it is so that `generateDraft`'s default output never changes; note that the product
// overflows 2^53 and loses bits, so the sequence falls into a cycle of only 10,466 values: the
// default draft repeats one ~10k-word stream (3 times at 1×, ~270 times at 100×).
function rng(seed) {
  let x = seed
  return () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648)
}

/** mulberry32: a full-period 32-bit generator, for the rich vocabulary and for revisions. */
export function mulberry32(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * A draft of `scale` × (9 chapters, 65 articles, ≈ 30k words), written by `writeDraft` (src/fmt/write.ts)
 * with each unit on one line. The default (`vocabulary: 'convention'`, used by the parse bench, words
 * unchanged) draws from 30 equally likely words with the short-cycle generator above. `vocabulary:
 * 'rich'` draws from a Zipf-distributed vocabulary of 3,000 words (see `richWord`) with a full-period
 * generator, so that articles are as distinct as real ones: the diff bench needs that, the parser does
 * not care.
 */
export function generateDraft(scale, seed = 1, options = {}) {
  return write(describeDraft(scale, seed, options))
}

/** One unit a line, as the bench has always written them (wrapping would change what the parser measures). */
export const write = (description) => writeDraft(description, {width: Infinity})

/** The plain description `generateDraft` writes: front matter, preamble, chapters of articles of paragraphs. */
export function describeDraft(scale, seed = 1, {vocabulary = 'convention'} = {}) {
  const random = vocabulary === 'rich' ? mulberry32(seed) : rng(seed)
  const word = vocabulary === 'rich' ? () => richWord(random) : () => words[Math.floor(random() * words.length)]
  const sentence = (n) => Array.from({length: n}, word).join(' ')
  const articles = 65 * scale
  const recitals = Array.from({length: 12}, () => `Noting ${sentence(25)},`)
  const chapters = []
  for (let a = 1; a <= articles; a++) {
    if ((a - 1) % Math.ceil(articles / 9) === 0) chapters.push({numeral: chapters.length + 1, title: sentence(3), articles: []})
    const title = sentence(3)
    const paragraphs = []
    for (let p = 1; p <= 4; p++) {
      const ref = a > 3 ? ` as provided in article ${a - 2}, paragraph 1` : ''
      paragraphs.push({text: `${sentence(80)}${ref} [${sentence(4)}]:`, subparagraphs: p === 2 ? ['a', 'b', 'c'].map(() => ({text: `${sentence(20)};`})) : []})
    }
    chapters.at(-1).articles.push({number: a, title, paragraphs})
  }
  const preamble = {opening: 'The States Parties to this Convention,', recitals, numbered: true, closing: 'Have agreed as follows:'}
  return {frontMatter: {title: `Generated draft ×${scale}`, ordinal: 1}, preamble, chapters}
}

// A richer vocabulary: the 30 words above as the most frequent ones, then ~3,000 pseudo-words made
// of syllables, drawn with Zipf–Mandelbrot frequencies (rank r has weight 1 / (r + 2.7)), as words
// are in real text. With 30 equally likely words every pair of articles shares a third of its word
// bigrams, which no real draft does; with this vocabulary two unrelated articles share about 10%.
const syllables = ['ac', 'al', 'an', 'ar', 'at', 'co', 'de', 'di', 'en', 'er', 'es', 'in', 'is', 'la', 'li', 'ma', 'mi', 'na', 'no', 'or', 'pa', 'pe', 'ra', 're', 'ri', 'sa', 'se', 'si', 'ta', 'te', 'ti', 'to', 'ul', 'un', 've', 'vi']
let rich = null

function richVocabulary() {
  if (rich) return rich
  const random = mulberry32(7)
  const list = [...words]
  const seen = new Set(list.map((w) => w.toLowerCase()))
  while (list.length < 3000) {
    const length = 2 + Math.floor(random() * 3)
    const candidate = Array.from({length}, () => syllables[Math.floor(random() * syllables.length)]).join('')
    if (seen.has(candidate) || /^(article|chapter|paragraph|subparagraph)s?$/.test(candidate)) continue
    seen.add(candidate)
    list.push(candidate)
  }
  const cumulative = []
  let total = 0
  for (let r = 0; r < list.length; r++) cumulative.push((total += 1 / (r + 2.7)))
  rich = {list, cumulative, total}
  return rich
}

/** One word of the rich vocabulary. */
export function richWord(random) {
  const {list, cumulative, total} = richVocabulary()
  const target = random() * total
  let low = 0
  let high = cumulative.length - 1
  while (low < high) {
    const mid = (low + high) >> 1
    if (cumulative[mid] < target) low = mid + 1
    else high = mid
  }
  return list[low]
}

/** The articles of a description as the mutations below edit them: `old` number, title, paragraphs of text and subparagraph texts. */
function editable(description) {
  const chapters = description.chapters.map((chapter) => ({
    numeral: chapter.numeral,
    title: chapter.title,
    items: chapter.articles.map((article) => ({old: String(article.number), title: article.title, paragraphs: article.paragraphs.map((p) => ({text: p.text, subs: p.subparagraphs.map((sub) => sub.text)}))}))
  }))
  return {frontMatter: description.frontMatter, preamble: description.preamble, chapters}
}

/** The edited model as a description again, each "article N" in a paragraph following `reference`. */
function described({frontMatter, preamble, chapters}, reference = (n) => n) {
  const articles = (items) =>
    items.map((article) => ({
      number: article.number ?? article.old,
      title: article.title,
      paragraphs: article.paragraphs.map((paragraph) => ({text: paragraph.text.replace(/\barticle (\d+)\b/g, (_, n) => `article ${reference(n)}`), subparagraphs: paragraph.subs.map((text) => ({text}))}))
    }))
  return {frontMatter, preamble, chapters: chapters.map((chapter) => ({numeral: chapter.numeral, title: chapter.title, articles: articles(chapter.items)}))}
}

/**
 * A generated draft (`generateDraft(scale, seed, options)`) and a revised version of it, with the
 * truth: `{oldText, newText, truth, counts}`. Mutations scale with the draft: per 1× (65 articles)
 * 3 articles inserted (at least 2 of them in chapter I, so every later article is renumbered and
 * every "article N" reference follows), 2 deleted, 1 moved to another chapter, 1 split in two,
 * 2 merged into one, and 10% of the remaining articles word-edited (words replaced or inserted,
 * a bracket agreed; a fifth of them also retitled). `truth` lists one relation per article, in
 * the shape of `compareDrafts`' articles: `{relation, old: [numbers], new: [numbers]}`, plus
 * `edited`, `moved` and `retitled` flags.
 */
export function generatePair(scale, seed = 1, options = {}) {
  const description = describeDraft(scale, seed, options)
  const oldText = write(description)
  const model = editable(description)
  const random = mulberry32(seed * 7919 + 17)
  const word = options.vocabulary === 'rich' ? () => richWord(random) : () => words[Math.floor(random() * words.length)]
  const sentence = (n) => Array.from({length: n}, word).join(' ')
  const pick = (n) => Math.floor(random() * n)
  const all = model.chapters.flatMap((chapter, c) => chapter.items.map((article, k) => ({article, c, k})))
  const count = all.length
  const per = count / 65
  const counts = {inserted: Math.max(1, Math.round(3 * per)), deleted: Math.max(1, Math.round(2 * per)), moved: Math.max(1, Math.round(per)), split: Math.max(1, Math.round(per)), merged: Math.max(1, Math.round(per)), edited: Math.round(0.1 * count)}

  // Choose disjoint victims from a shuffled order (never the first article, which anchors chapter I).
  const order = all.slice(1)
  for (let i = order.length - 1; i > 0; i--) {
    const j = pick(i + 1)
    ;[order[i], order[j]] = [order[j], order[i]]
  }
  const used = new Set()
  const take = (n, ok = () => true) => {
    const out = []
    for (const entry of order) {
      if (out.length === n) break
      if (used.has(entry.article) || !ok(entry)) continue
      used.add(entry.article)
      out.push(entry)
    }
    return out
  }
  const mergePairs = []
  for (const entry of order) {
    if (mergePairs.length === counts.merged) break
    const next = model.chapters[entry.c].items[entry.k + 1]
    if (!next || used.has(entry.article) || used.has(next)) continue
    used.add(entry.article)
    used.add(next)
    mergePairs.push([entry.article, next])
  }
  const deleted = take(counts.deleted).map((e) => e.article)
  const splits = take(counts.split).map((e) => e.article)
  const moves = take(counts.moved)
  const edits = take(counts.edited).map((e) => e.article)
  // Moved articles may also be edited, as happens in negotiation: every other one is.
  moves.forEach((m, i) => i % 2 === 0 && edits.push(m.article))

  const truth = []
  const flags = new Map()
  for (const article of edits) {
    flags.set(article, {edited: true, retitled: false})
    const units = article.paragraphs.flatMap((p) => [p, ...p.subs.map((_, s) => ({sub: s, of: p}))])
    for (let n = 1 + pick(3); n > 0; n--) {
      const unit = units[pick(units.length)]
      const text = unit.of ? unit.of.subs[unit.sub] : unit.text
      const tokens = text.split(' ')
      const safe = unit.of ? tokens.length - 2 : Math.min(70, tokens.length - 8)
      const at = pick(Math.max(1, safe - 8))
      const kind = pick(3)
      if (kind === 0) tokens.splice(at, 2 + pick(5), ...sentence(2 + pick(5)).split(' '))
      else if (kind === 1) tokens.splice(at, 0, ...sentence(3 + pick(6)).split(' '))
      else tokens.splice(at, 0, `[${sentence(2 + pick(4))}]`)
      let edited = tokens.join(' ')
      if (!unit.of && kind === 2 && pick(2) === 0) edited = edited.replace(/ \[([^\]]*)\]:$/, ' $1:')
      if (unit.of) unit.of.subs[unit.sub] = edited
      else unit.text = edited
    }
    if (pick(5) === 0) {
      article.title = sentence(3)
      flags.get(article).retitled = true
    }
  }

  // Structural changes, applied to the chapters' item lists.
  const remove = (article) => {
    for (const chapter of model.chapters) {
      const k = chapter.items.indexOf(article)
      if (k !== -1) return chapter.items.splice(k, 1)
    }
  }
  for (const article of deleted) remove(article)
  for (const article of splits) {
    const chapter = model.chapters.find((c) => c.items.includes(article))
    const k = chapter.items.indexOf(article)
    const half = Math.ceil(article.paragraphs.length / 2)
    const first = {split: article, title: article.title, paragraphs: article.paragraphs.slice(0, half)}
    const second = {split: article, title: sentence(3), paragraphs: article.paragraphs.slice(half)}
    chapter.items.splice(k, 1, first, second)
  }
  for (const [a, b] of mergePairs) {
    const chapter = model.chapters.find((c) => c.items.includes(a))
    const k = chapter.items.indexOf(a)
    chapter.items.splice(k, 2, {merge: [a, b], title: a.title, paragraphs: [...a.paragraphs, ...b.paragraphs]})
  }
  for (const {article, c} of moves) {
    remove(article)
    let target = pick(model.chapters.length - 1)
    if (target >= c) target++
    const items = model.chapters[target].items
    items.splice(pick(items.length + 1), 0, article)
    flags.set(article, {...(flags.get(article) ?? {edited: false, retitled: false}), moved: true})
  }
  const early = Math.min(counts.inserted, Math.max(2, Math.ceil(counts.inserted / 3)))
  for (let n = 0; n < counts.inserted; n++) {
    const chapter = n < early ? model.chapters[0] : model.chapters[pick(model.chapters.length)]
    const k = n < early ? 1 + pick(Math.min(4, chapter.items.length)) : pick(chapter.items.length + 1)
    const cited = chapter.items[Math.max(0, k - 2)]?.old ?? '1'
    const paragraphs = [1, 2, 3, 4].map((p) => ({text: `${sentence(80)} as provided in article ${cited}, paragraph 1 [${sentence(4)}]:`, subs: p === 2 ? [1, 2, 3].map(() => `${sentence(20)};`) : []}))
    chapter.items.splice(k, 0, {inserted: true, title: sentence(3), paragraphs})
  }

  // Number the new version, then map every old number to its new number(s).
  let number = 0
  const newNumbers = new Map()
  for (const chapter of model.chapters) {
    for (const item of chapter.items) {
      item.number = String(++number)
      for (const source of item.merge ?? [item.split ?? item]) if (source.old) newNumbers.set(source.old, [...(newNumbers.get(source.old) ?? []), item.number])
    }
  }
  model.frontMatter = {...model.frontMatter, title: `${model.frontMatter.title} (revised)`, ordinal: 2}
  // A reference to a deleted article keeps its old number: a dangling reference a drafter would fix later.
  const newText = write(described(model, (n) => newNumbers.get(n)?.[0] ?? n))

  const seen = new Set()
  for (const chapter of model.chapters) {
    for (const item of chapter.items) {
      if (item.inserted) truth.push({relation: 'added', old: [], new: [item.number]})
      else if (item.merge) truth.push({relation: 'merged', old: item.merge.map((a) => a.old), new: [item.number]})
      else if (item.split) {
        if (seen.has(item.split)) continue
        seen.add(item.split)
        truth.push({relation: 'split', old: [item.split.old], new: newNumbers.get(item.split.old)})
      } else {
        const f = flags.get(item) ?? {}
        truth.push({relation: 'matched', old: [item.old], new: [item.number], edited: Boolean(f.edited), retitled: Boolean(f.retitled), moved: Boolean(f.moved), renumbered: item.old !== item.number})
      }
    }
  }
  for (const article of deleted) truth.push({relation: 'deleted', old: [article.old], new: []})
  return {oldText, newText, truth, counts}
}

/**
 * A generated draft as parser inputs, one per chapter (as a session folder holds it): the parser refuses a single text
 * over 10 MiB, and a 100× draft is about 19 MB.
 */
export function chapterInputs(text, name = 'generated') {
  return text.split(/\n(?=# Chapter )/).map((part, k) => ({path: `${name}-${String(k).padStart(2, '0')}.md`, contents: part.endsWith('\n') ? part : `${part}\n`}))
}
