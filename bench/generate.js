// Generates a synthetic convention draft of about `scale` × 30,000 words, deterministically.
const words = ['State', 'Party', 'shall', 'adopt', 'such', 'legislative', 'measures', 'as', 'may', 'be', 'necessary', 'to', 'establish', 'offence', 'information', 'system', 'data', 'cooperation', 'request', 'competent', 'authority', 'in', 'accordance', 'with', 'its', 'domestic', 'law', 'the', 'of', 'and']

function rng(seed) {
  let x = seed
  return () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648)
}

/** A draft of `scale` × (9 chapters, 65 articles, ≈ 30k words). */
export function generateDraft(scale, seed = 1) {
  const random = rng(seed)
  const sentence = (n) => Array.from({length: n}, () => words[Math.floor(random() * words.length)]).join(' ')
  const articles = 65 * scale
  const out = ['---', `title: Generated draft ×${scale}`, `ordinal: 1`, '---', '', '# Preamble', '', 'The States Parties to this Convention,', '']
  for (let i = 1; i <= 12; i++) out.push(`(${i}) Noting ${sentence(25)},`, '')
  out.push('Have agreed as follows:', '')
  let chapter = 0
  for (let a = 1; a <= articles; a++) {
    if ((a - 1) % Math.ceil(articles / 9) === 0) out.push(`# Chapter ${['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'][chapter++]}. ${sentence(3)}`, '')
    out.push(`## Article ${a}. ${sentence(3)}`, '')
    for (let p = 1; p <= 4; p++) {
      const ref = a > 3 ? ` as provided in article ${a - 2}, paragraph 1` : ''
      out.push(`${p}. ${sentence(80)}${ref} [${sentence(4)}]:`, '')
      if (p === 2) for (const letter of ['a', 'b', 'c']) out.push(`   (${letter}) ${sentence(20)};`, '')
    }
  }
  return out.join('\n') + '\n'
}
