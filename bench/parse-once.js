// One measurement in a fresh process: parse a generated draft of the given scale, print JSON.
import {chapterInputs, generateDraft} from './generate.js'
import {parseDraft} from '../dist/index.js'

const scale = Number(process.argv[2] ?? 1)
const text = generateDraft(scale)
const inputs = chapterInputs(text)
const start = performance.now()
const {draft} = parseDraft(inputs)
const parseMs = performance.now() - start
const warmStart = performance.now()
parseDraft(inputs)
const warmMs = performance.now() - warmStart
const words = text.split(/\s+/).length
process.stdout.write(JSON.stringify({scale, words, articles: draft.articles.length, parseMs, warmMs, peakRssMb: process.resourceUsage().maxRSS / 1024}) + '\n')
