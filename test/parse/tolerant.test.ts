// The tolerant parser, rule by rule, on hand-written texts in the project's own words.
import {describe, expect, it} from 'vitest'
import {checkDraft, compareDrafts, formatDraft, importDocument, parseDraft, type Draft} from '../../src/index.js'

function parse(text: string, options: {until?: string} = {}) {
  const {draft, files} = parseDraft([{path: 'd.md', contents: text}], options)
  checkDraft(draft, files)
  const messages = files.flatMap((file) => file.messages).map((m) => `${m.line ?? '-'}:${m.column ?? '-'} ${m.ruleId}`)
  return {draft, messages: messages.filter((m) => !m.endsWith('missing-metadata'))}
}

/** Paragraphs of an article as `number: text` and `  (a) text` lines. */
function outlineOf(draft: Draft, number: string): string[] {
  const article = draft.articles.find((a) => a.number === number)
  const lines: string[] = []
  for (const paragraph of article?.paragraphs ?? []) {
    lines.push(`${paragraph.number ?? '-'}: ${paragraph.text}`)
    for (const sub of paragraph.subparagraphs) {
      lines.push(`  (${sub.number}) ${sub.text}`)
      for (const child of sub.children) lines.push(`    (${child.number}) ${child.text}`)
    }
    if (paragraph.closing) lines.push(`  closing: ${paragraph.closing.text}`)
  }
  return lines
}

describe('headings in foreign dialects', () => {
  const text = [
    '##Draft instrument on shared river basins',
    '',
    '### CHAPTER  I  ',
    '',
    '####GENERAL MATTERS',
    '',
    '### Article  1  ',
    '',
    '####Purpose',
    '',
    'The Parties share data.',
    '',
    '###Article 2. Scope',
    '',
    'It applies to rivers.',
    ''
  ].join('\n')

  it('reads headings without a space after the marks, extra spaces, and titles on the next heading', () => {
    const {draft, messages} = parse(text)
    expect(draft.chapters.map((c) => [c.id, c.title])).toEqual([['ch-I', 'GENERAL MATTERS']])
    expect(draft.articles.map((a) => [a.id, a.title, a.chapter])).toEqual([['art-1', 'Purpose', 'I'], ['art-2', 'Scope', 'I']])
    // The heading before the first provision names the document: not malformed, not stray text.
    expect(messages).toEqual([])
  })

  it('fmt writes them canonically', () => {
    expect(formatDraft(text)).toBe('##Draft instrument on shared river basins\n\n# Chapter I. GENERAL MATTERS\n\n## Article 1. Purpose\n\nThe Parties share data.\n\n## Article 2. Scope\n\nIt applies to rivers.\n')
  })

  it('one # followed by a digit is not a heading', () => {
    const {draft} = parse('## Article 1. Scope\n\n#12 is the count.\n')
    expect(draft.articles[0]?.paragraphs.map((p) => p.text)).toEqual(['#12 is the count.'])
  })
})

describe('sections and titles between chapters and articles', () => {
  const text = [
    '# Chapter II. Measures',
    '## Article 1. Definitions',
    'Text one.',
    '###SECTION 1 ',
    '####Substantive rules',
    '###TITLE 1 ',
    '####Offences against data',
    '## Article 2. Access',
    'Text two.',
    '###TITLE 2 ',
    '####Other offences',
    '## Article 3. Forgery',
    'Text three.',
    '# Section 2. Procedure',
    '## Article 4. Scope',
    'Text four.',
    '# Chapter III. Cooperation',
    '## Article 5. Principles',
    'Text five.',
    ''
  ].join('\n\n')

  it('are divisions with ids, parents, titles and articles; each article names its innermost one', () => {
    const {draft, messages} = parse(text)
    // Chapter II with no chapter I before it: the only finding.
    expect(messages).toEqual(['1:1 numbering-gap'])
    expect(draft.divisions.map((d) => [d.id, d.kind, d.number, d.title, d.chapter, d.parent, d.articles])).toEqual([
      ['ch-II/sec-1', 'section', '1', 'Substantive rules', 'II', null, ['art-2', 'art-3']],
      ['ch-II/sec-1/title-1', 'title', '1', 'Offences against data', 'II', 'ch-II/sec-1', ['art-2']],
      ['ch-II/sec-1/title-2', 'title', '2', 'Other offences', 'II', 'ch-II/sec-1', ['art-3']],
      ['ch-II/sec-2', 'section', '2', 'Procedure', 'II', null, ['art-4']]
    ])
    expect(draft.articles.map((a) => [a.id, a.division])).toEqual([['art-1', null], ['art-2', 'ch-II/sec-1/title-1'], ['art-3', 'ch-II/sec-1/title-2'], ['art-4', 'ch-II/sec-2'], ['art-5', null]])
  })

  it('fmt writes them as # Section N. Title and # Title N. Title', () => {
    expect(formatDraft(text)).toBe(
      '# Chapter II. Measures\n\n## Article 1. Definitions\n\nText one.\n\n# Section 1. Substantive rules\n\n# Title 1. Offences against data\n\n## Article 2. Access\n\nText two.\n\n# Title 2. Other offences\n\n## Article 3. Forgery\n\nText three.\n\n# Section 2. Procedure\n\n## Article 4. Scope\n\nText four.\n\n# Chapter III. Cooperation\n\n## Article 5. Principles\n\nText five.\n'
    )
  })

  it('before any chapter a section is sec-N; Roman numbers are upper-cased', () => {
    const {draft} = parse('# Section iv. Alone\n\n## Article 1. A\n\nText.\n')
    expect(draft.divisions.map((d) => [d.id, d.number])).toEqual([['sec-IV', 'IV']])
  })
})

describe('paragraphs and subparagraphs whatever the blank lines, spaces and indentation', () => {
  it('a numbered paragraph right after a subparagraph, with no blank line, is a new paragraph', () => {
    const {draft} = parse('## Article 1. A\n\n1. Each Party shall:\na) keep records;\nb) report them.\n2. The records are kept for five years.\n3. \na)Each Party may extend that period.\n')
    expect(outlineOf(draft, '1')).toEqual(['1: Each Party shall:', '  (a) keep records;', '  (b) report them.', '2: The records are kept for five years.', '3: ', '  (a) Each Party may extend that period.'])
  })

  it('a wrapped line starting with a number after a word is not a paragraph', () => {
    const {draft} = parse('## Article 1. A\n\nAs set out in article\n2. of the annex, the Parties act.\n')
    expect(outlineOf(draft, '1')).toEqual(['-: As set out in article\n2. of the annex, the Parties act.'])
  })

  it('markers without a space, and (i) indented by a tab or 4+ spaces, are subparagraphs, never code', () => {
    const {draft} = parse('## Article 1. A\n\n1. Each Party shall:\n\n(a)Keep the following:\n\n\t(i)The dates;\n\n        (ii) The places;\n\n(b) Report.\n')
    expect(outlineOf(draft, '1')).toEqual(['1: Each Party shall:', '  (a) Keep the following:', '    (i) The dates;', '    (ii) The places;', '  (b) Report.'])
    expect(formatDraft('## Article 1. A\n\n1. Each Party shall:\n\n(a)Keep the following:\n\n\t(i)The dates;\n')).toBe('## Article 1. A\n\n1. Each Party shall:\n\n   (a) Keep the following:\n\n      (i) The dates;\n')
  })

  it('a marker alone on its line keeps its sub-subparagraphs through fmt (regression: fmt wrote `(a)` that read back as text)', () => {
    const text = '## Article 1. A\n\n1. Each Party shall act:\n\na) \n\n(i)The first;\n\n(ii) The second.\n'
    const formatted = formatDraft(text)
    expect(formatted).toBe('## Article 1. A\n\n1. Each Party shall act:\n\n   (a)\n\n      (i) The first;\n\n      (ii) The second.\n')
    expect(outlineOf(parse(formatted).draft, '1')).toEqual(outlineOf(parse(text).draft, '1'))
    expect(formatDraft(formatted)).toBe(formatted)
  })

  it('(i) after (h) is the letter; after a colon-ended (f) or with (ii) after it, a sub-subparagraph', () => {
    const letters = (last: string) => ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((l) => `(${l}) item ${l}${l === 'h' ? last : ';'}`).join('\n\n')
    expect(outlineOf(parse(`## Article 1. A\n\n1. Lists:\n\n${letters(';')}\n\n(i) item i;\n\n(j) item j.\n`).draft, '1').slice(-2)).toEqual(['  (i) item i;', '  (j) item j.'])
    expect(outlineOf(parse(`## Article 1. A\n\n1. Lists:\n\n${letters(':')}\n\n(i) one;\n\n(ii) two.\n`).draft, '1').slice(-2)).toEqual(['    (i) one;', '    (ii) two.'])
    expect(outlineOf(parse('## Article 1. A\n\n1. Lists:\n\n(a) first;\n\n(f) the following:\n\n(i) one.\n').draft, '1').slice(-1)).toEqual(['    (i) one.'])
  })

  it('warns when nothing settles (i) after a colon-ended (h)', () => {
    const body = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((l) => `(${l}) item ${l};`).join('\n\n')
    const {draft, messages} = parse(`## Article 4. A\n\n1. Lists:\n\n${body}\n\n(h) the following:\n\n(i) one.\n`)
    expect(outlineOf(draft, '4').slice(-1)).toEqual(['    (i) one.'])
    expect(messages).toEqual(['21:1 ambiguous-subparagraph'])
    const {files} = parseDraft([{path: 'd.md', contents: `## Article 4. A\n\n1. Lists:\n\n${body}\n\n(h) the following:\n\n(i) one.\n`}])
    expect(files[0]?.messages[0]?.reason).toBe('In article 4, paragraph 1: (i) after (h), which ends with a colon, is read as the first item (i) of a list under (h), but no (ii) follows; if it is the letter (i), end (h) with a semicolon')
  })
})

describe('run-in preamble', () => {
  it('splits "Preamble The Parties …, Aware …, Convinced …, Have agreed as follows:" into its parts', () => {
    const {draft, messages} = parse('Preamble The Parties to this Instrument, Aware that rivers cross borders, [Convinced that data help,] Noting the work done; Have agreed as follows:\n\n## Article 1. A\n\nText.\n')
    expect(messages).toEqual([])
    expect(draft.preamble?.opening?.text).toBe('The Parties to this Instrument,')
    expect(draft.preamble?.paragraphs.map((p) => p.text)).toEqual(['Aware that rivers cross borders,', '[Convinced that data help,]', 'Noting the work done;'])
    expect(draft.preamble?.closing?.text).toBe('Have agreed as follows:')
  })

  it('a one-paragraph preamble under # Preamble is split too; a paragraph without a closing formula is not', () => {
    expect(parse('# Preamble\n\nThe Parties, Recalling the past, Have agreed as follows:\n\n## Article 1. A\n\nText.\n').draft.preamble?.paragraphs.map((p) => p.text)).toEqual(['Recalling the past,'])
    expect(parse('# Preamble\n\nThe Parties, Recalling the past, agree.\n\n## Article 1. A\n\nText.\n').draft.preamble?.paragraphs.map((p) => p.text)).toEqual(['The Parties, Recalling the past, agree.'])
  })
})

describe('links, second language versions, until', () => {
  it('links and images are neither brackets nor lost: fmt keeps their text; a reference inside one still counts', () => {
    const text = '## Article 1. A\n\n1. As [article 2](https://example.org/a2) and ![the map](map.png) say.\n\n## Article 2. B\n\nText.\n'
    const {draft, messages} = parse(text)
    expect(messages).toEqual([])
    expect(draft.articles[0]?.paragraphs[0]?.brackets).toEqual([])
    expect(draft.articles[0]?.paragraphs[0]?.references.map((r) => r.targets[0]?.resolved)).toEqual(['art-2'])
    expect(formatDraft(text)).toBe('## Article 1. A\n\n1. As article 2 and the map say.\n\n## Article 2. B\n\nText.\n')
  })

  const twoLanguages = '## Article 1. A\n\nText.\n\nIN WITNESS WHEREOF the undersigned have signed.\n\n# Instrument sur les bassins\n\n## Article premier. Objet\n\nTexte.\n'

  it('leaves a second language version out with a warning naming its line, fmt keeps it as it is', () => {
    const {draft, messages} = parse(twoLanguages)
    expect(draft.articles.map((a) => a.id)).toEqual(['art-1'])
    expect(messages).toEqual(['7:1 second-language-version'])
    expect(formatDraft(twoLanguages)).toBe(twoLanguages)
  })

  it('Article 1 again after the testimonium is a second version too; without a testimonium nothing is cut', () => {
    expect(parse('## Article 1. A\n\nText.\n\nIN WITNESS WHEREOF.\n\n## Article 1. A\n\nText.\n').draft.articles.length).toBe(1)
    expect(parse('## Article 1. A\n\nText.\n\n## Article 1. A\n\nText.\n').draft.articles.length).toBe(2)
  })

  it('until stops reading at the line that starts with it, as draftdiff import --until does', () => {
    const {draft, messages} = parse('## Article 1. A\n\nText.\n\n# Annex\n\nNot part of it.\n', {until: 'annex'})
    expect(draft.articles[0]?.paragraphs.map((p) => p.text)).toEqual(['Text.'])
    expect(messages).toEqual([])
  })

  it('import of .md leaves the second version out with a note; importDocument is public', () => {
    const result = importDocument('d.md', new TextEncoder().encode(twoLanguages))
    expect(result.markdown).toBe('## Article 1. A\n\nText.\n\nIN WITNESS WHEREOF the undersigned have signed.\n')
    expect(result.notes).toEqual([{rule: 'second-language-version', where: 'line 7', message: '6 lines from here on left out: the same instrument in another language (its articles start again on line 9)'}])
  })
})

describe('references', () => {
  it('"articles 2, paragraph 1, and 3" has two targets', () => {
    const {draft, messages} = parse('## Article 1. A\n\nAs in articles 2, paragraph 1, and 3.\n\n## Article 2. B\n\n1. Text.\n\n## Article 3. C\n\nText.\n')
    const reference = draft.articles[0]?.paragraphs[0]?.references[0]
    expect(reference?.text).toBe('articles 2, paragraph 1, and 3')
    expect(reference?.targets.map((t) => [t.article, t.paragraph, t.resolved])).toEqual([['2', '1', 'art-2/para-1'], ['3', null, 'art-3']])
    expect(messages).toEqual([])
  })

  it('an article of another instrument is external, never dangling', () => {
    const {draft, messages} = parse('## Article 1. A\n\nArticle 6 of the Convention on rivers, and the treaty (ETS No. 999), Article 7, apply.\n')
    expect(draft.articles[0]?.paragraphs[0]?.references.map((r) => [r.text, r.external])).toEqual([['Article 6', true], ['Article 7', true]])
    expect(messages).toEqual([])
  })
})

describe('links in comparisons', () => {
  const draftOf = (body: string) => parse(`## Article 1. Scope\n\n1. ${body}\n\n## Article 2. Terms\n\n1. Text of the second article.\n`).draft
  const diffOf = (a: string, b: string) => compareDrafts({label: 'a', draft: draftOf(a)}, {label: 'b', draft: draftOf(b)})

  it('a link or image is compared and shown by its text: a changed destination is no change, a changed text is', () => {
    const linked = 'See [the register](https://example.org/a) and ![the seal](seal.png) under article 2.'
    expect(diffOf(linked, linked.replace('/a)', '/b)')).articles[0]?.change).toBe('none')
    expect(diffOf(linked, 'See the register and the seal under article 2.').articles[0]?.change).toBe('none')
    const edited = diffOf(linked, linked.replace('[the register]', '[the public register]')).articles[0]
    expect(edited?.units[0]?.new?.text).toBe('See the public register and the seal under article 2.')
    expect(edited?.units[0]?.redline.pieces.filter((p) => p.type !== 'equal').map((p) => `${p.type}:${p.text}`)).toEqual(['insert:public '])
  })
})
