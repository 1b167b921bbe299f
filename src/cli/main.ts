/** The `draftdiff` command line: wires commands to the library, maps failures to exit codes. */
import {readFileSync} from 'node:fs'
import {Command, CommanderError, InvalidArgumentError, Option} from 'commander'
import {InputError} from '../model/errors.js'
import {visible} from '../report/visible.js'
import {endQuietlyOnClosedPipe, exitCodes} from './io.js'

const version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string}).version

function format(...allowed: string[]) {
  return new Option('--format <format>', `output format: ${allowed.join(', ')}`).choices(allowed).default(allowed[0])
}

function positiveInteger(value: string): number {
  const number = Number(value)
  if (!Number.isInteger(number) || number <= 0) throw new InvalidArgumentError(`expected a positive whole number, got \`${value}\``)
  return number
}

function similarity(value: string): number {
  const number = Number(value)
  if (value.trim() === '' || !Number.isFinite(number) || number < 0 || number > 1) throw new InvalidArgumentError(`expected a similarity between 0 and 1 (such as 0.6), got \`${value}\``)
  return number
}

/** The smallest `--max-bytes`: the title, summary and trimming note of a Markdown report or comment need about this much. */
export const minMaxBytes = 4096

function maxBytes(value: string): number {
  const number = positiveInteger(value)
  if (number < minMaxBytes) throw new InvalidArgumentError(`--max-bytes must be at least ${minMaxBytes} (the title, summary and trimming note need that much), got ${number}`)
  return number
}

/** Build the program: its commands in the order `--help` lists them; each loads its module only when run and sets `process.exitCode`. */
export function program(): Command {
  const cli = new Command('draftdiff')
    .description('Compare negotiated convention drafts article by article: renumbering, splits, merges, brackets.')
    .version(version)
    .exitOverride()
    .showHelpAfterError('(run `draftdiff --help` for usage)')
  for (const add of [checkCommand, diffCommand, reportCommand, prCommand, fmtCommand, importCommand, compareCommand, exportCommand, sessionsCommand, bracketsCommand, sourcesCommand, historyCommand, blameCommand]) add(cli)
  return cli
}

function checkCommand(cli: Command): void {
  cli
    .command('check')
    .description('report problems in drafts: numbering, brackets, references, footnotes, headings')
    .argument('<paths...>', 'draft files, session folders, or a folder of sessions')
    .addOption(format('text', 'json'))
    .option('--strict', 'treat warnings as errors (exit 1)', false)
    .option('--quiet', 'do not list files without findings', false)
    .option('--until <pattern>', 'stop reading each file at the first line starting with this text, ignoring case (e.g. Annex)')
    .action(async (paths: string[], options) => {
      process.exitCode = await (await import('./check.js')).runCheck(paths, options)
    })
}

function diffCommand(cli: Command): void {
  cli
    .command('diff')
    .description('compare two drafts article by article: renumbering, moves, splits, merges, redlines, brackets')
    .argument('<old>', 'the earlier draft: a file, a session folder, or a session id in the drafts folder')
    .argument('<new>', 'the later draft')
    .addOption(format('text', 'json', 'md', 'html'))
    .option('--max-bytes <n>', 'largest Markdown output (md format), trimming detail to fit; at least 4096', maxBytes, 65_000)
    .option('--exit-code', 'exit 1 when the drafts differ, as `git diff --exit-code`', false)
    .option('--concordance <file>', 'an official concordance table (JSON) that forces or forbids matches')
    .option('--summary', 'print the summary only (text format)', false)
    .option('--until <pattern>', 'stop reading each file at the first line starting with this text, ignoring case (e.g. Annex)')
    .option('--drafts <dir>', 'where session ids are looked up', 'drafts')
    .option('--repo <dir>', 'the git repository for refs (default: the one containing the current directory)')
    .action(async (oldPath: string, newPath: string, options) => {
      process.exitCode = await (await import('./diff.js')).runDiff(oldPath, newPath, options)
    })
}

function reportCommand(cli: Command): void {
  cli
    .command('report')
    .description('write the HTML, Markdown and JSON reports of two versions (default: the two latest sessions) and print a summary')
    .argument('[old]', 'the earlier draft: a file, a session folder, or a session id')
    .argument('[new]', 'the later draft')
    .option('--out <dir>', 'where to write the reports', 'reports')
    .option('--drafts <dir>', 'the drafts folder', 'drafts')
    .option('--concordance <file>', 'an official concordance table (JSON) that forces or forbids matches')
    .option('--max-bytes <n>', 'largest Markdown report, trimming detail to fit; at least 4096', maxBytes, 65_000)
    .option('--repo <dir>', 'the git repository for refs (default: the one containing the current directory)')
    .action(async (oldPath: string | undefined, newPath: string | undefined, options) => {
      process.exitCode = await (await import('./report.js')).runReport(oldPath, newPath, options)
    })
}

function prCommand(cli: Command): void {
  cli
    .command('pr')
    .description('review a proposal branch: what it changes since its merge base with --base, as a pull-request comment')
    .requiredOption('--base <ref>', 'the branch the proposal targets (e.g. origin/main)')
    .option('--head <ref>', 'the proposal', 'HEAD')
    .option('--against <refs...>', 'other open proposals: report the articles and paragraphs several change', [])
    .option('--out <file>', 'also write the full HTML report (an artifact to upload)')
    .option('--max-bytes <n>', 'largest comment, trimming the least important detail first; at least 4096', maxBytes, 65_000)
    .option('--drafts <dir>', 'the drafts folder', 'drafts')
    .option('--repo <dir>', 'the git repository (default: the one containing the current directory)')
    .action(async (options) => {
      process.exitCode = await (await import('./pr.js')).runPr(options)
    })
}

function fmtCommand(cli: Command): void {
  cli
    .command('fmt')
    .description('rewrite drafts in canonical form (docs/draft-format.md), atomically')
    .argument('<paths...>', 'draft files, session folders, or a folder of sessions')
    .option('--check', 'only report files not in canonical form (exit 1)', false)
    .option('--stdout', 'print the formatted text instead of writing files', false)
    .option('--until <pattern>', 'stop reading each file at the first line starting with this text, ignoring case (e.g. Annex)')
    .action(async (paths: string[], options) => {
      process.exitCode = await (await import('./fmt.js')).runFmt(paths, options)
    })
}

function importCommand(cli: Command): void {
  cli
    .command('import')
    .description('read a .md, .txt (text of a PDF) or .docx draft into canonical Markdown, reporting what could not be placed')
    .argument('<file>', 'the document: .md, .txt (from `pdftotext -layout`) or .docx')
    .option('--out <file>', 'write the result to this file (atomically) instead of stdout')
    .option('--session <id>', 'the session id written to the front matter')
    .option('--until <pattern>', 'stop at the first paragraph starting with this text, ignoring case (e.g. Annex)')
    .addOption(format('md', 'json'))
    .option('--revisions', 'list the tracked changes of a .docx on stderr', false)
    .action(async (file: string, options) => {
      process.exitCode = await (await import('./import.js')).runImport(file, options)
    })
}

function compareCommand(cli: Command): void {
  cli
    .command('compare')
    .description('the N-way table: a row per paragraph under a row per article, one column per version, changes against the previous column or --baseline, a status, and notes')
    .argument('<specs...>', 'two or more versions, in order: files, session folders, session ids, <ref>:<path>, <ref> or WORKTREE')
    .option('--baseline <version>', 'compare every column against this one (one of the versions given)')
    .option('--notes <file>', 'a "compromise / comments" column from this YAML or JSON file, keyed by article and paragraph (docs/compare.md)')
    .addOption(format('md', 'html', 'json', 'docx'))
    .option('--drafts <dir>', 'where session ids are looked up', 'drafts')
    .option('--repo <dir>', 'the git repository for refs (default: the one containing the current directory)')
    .option('--out <file>', 'write to this file (atomically) instead of stdout')
    .action(async (versions: string[], options) => {
      process.exitCode = await (await import('./compare.js')).runCompare(versions, options)
    })
}

function exportCommand(cli: Command): void {
  cli
    .command('export')
    .description('write the new draft as a Word document with tracked changes from the old (docx), or each version as Akoma Ntoso 3.0 XML (akn)')
    .argument('<specs...>', 'docx: <old> <new>; akn: one or more versions, in order (files, session folders, session ids, <ref>:<path>, <ref> or WORKTREE)')
    .addOption(format('docx', 'akn'))
    .requiredOption('--out <path>', 'docx: the .docx file to write; akn: the folder to write one .xml per version in')
    .option('--drafts <dir>', 'where session ids are looked up', 'drafts')
    .option('--repo <dir>', 'the git repository for refs (default: the one containing the current directory)')
    .action(async (versions: string[], options) => {
      process.exitCode = await (await import('./export.js')).runExport(versions, options)
    })
}

function sessionsCommand(cli: Command): void {
  cli
    .command('sessions')
    .description('list the sessions under the drafts folder, in order')
    .option('--drafts <dir>', 'the drafts folder', 'drafts')
    .addOption(format('text', 'json'))
    .action(async (options) => {
      process.exitCode = await (await import('./sessions.js')).runSessions(options)
    })
}

function bracketsCommand(cli: Command): void {
  cli
    .command('brackets')
    .description("every bracket's life across sessions (or commits): the brackets open at a version, since when, who proposed them, how they changed; one bracket's history; the chair's list of outstanding issues")
    .argument('[version]', 'the session (or, with --commits, the ref) the list is at (default: the latest session; HEAD)')
    .option('--open', 'list only the brackets still open', false)
    .option('--history <citation>', 'the life of the brackets at a citation ("article 14, paragraph 2 (b)") or of one bracket id')
    .option('--summary', "the chair's list: per chapter, articles not yet agreed, open brackets, the oldest; the chart of open brackets per session", false)
    .option('--commits', 'follow the brackets through every commit touching the drafts (Proposed-by trailers)', false)
    .addOption(format('text', 'md', 'html', 'json'))
    .option('--drafts <dir>', 'the drafts folder', 'drafts')
    .option('--repo <dir>', 'the git repository (default: the one containing the current directory)')
    .action(async (version: string | undefined, options) => {
      process.exitCode = await (await import('./brackets.js')).runBrackets(version, options)
    })
}

function sourcesCommand(cli: Command): void {
  cli
    .command('sources')
    .description('agreed language: for every paragraph and subparagraph of a draft, the closest passages in reference instruments, with a redline')
    .argument('<draft>', 'the draft: a file, a session folder, or a session id in the drafts folder')
    .requiredOption('--reference <paths...>', 'reference instruments: files (.md, .txt, .docx) or folders of them')
    .option('--min <similarity>', 'least similarity reported, between 0 and 1', similarity, 0.6)
    .addOption(format('text', 'md', 'html', 'json'))
    .option('--drafts <dir>', 'where session ids are looked up', 'drafts')
    .option('--repo <dir>', 'the git repository for refs (default: the one containing the current directory)')
    .action(async (draft: string, options) => {
      process.exitCode = await (await import('./sources.js')).runSources(draft, options)
    })
}

function historyCommand(cli: Command): void {
  cli
    .command('history')
    .description("an article's timeline through the sessions (or, with --commits, every commit that touched it): numbers, chapters, titles, splits and merges, words, brackets, status markers")
    .argument('<article>', 'its number in the --from version (12, 12 bis) or a lineage key (03-complete:art-12)')
    .option('--from <version>', 'the version the number refers to (default: the latest session; with --commits, the drafts at HEAD)')
    .option('--commits', 'follow it through every commit touching the drafts (author, date, subject, Proposed-by)', false)
    .addOption(format('text', 'json', 'md', 'html'))
    .option('--drafts <dir>', 'the drafts folder', 'drafts')
    .option('--repo <dir>', 'the git repository (default: the one containing the current directory)')
    .option('--stats', 'print timings and cache statistics on stderr (with --commits)', false)
    .action(async (article: string, options) => {
      process.exitCode = await (await import('./history.js')).runHistory(article, options)
    })
}

function blameCommand(cli: Command): void {
  cli
    .command('blame')
    .description('for each paragraph of an article, the commit that last changed it: author, date, subject, Proposed-by')
    .argument('<article>', 'its number in the --at version (12, 12 bis) or a lineage key (03-complete:art-12)')
    .option('--at <version>', 'the version blamed (default: the drafts at HEAD)')
    .addOption(format('text', 'json'))
    .option('--drafts <dir>', 'the drafts folder', 'drafts')
    .option('--repo <dir>', 'the git repository (default: the one containing the current directory)')
    .action(async (article: string, options) => {
      process.exitCode = await (await import('./blame.js')).runBlame(article, options)
    })
}

/** Run the CLI with `argv` (as in `process.argv`). */
export async function main(argv: string[]): Promise<void> {
  endQuietlyOnClosedPipe()
  try {
    const {loadParseCache, saveParseCache} = await import('./cache.js')
    loadParseCache()
    await program().parseAsync(argv)
    await saveParseCache()
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode === 0 ? exitCodes.ok : exitCodes.usage
      return
    }
    process.stderr.write(`draftdiff: ${visible(failureMessage(error))}\n`)
    process.exitCode = exitCodes.usage
  }
}

const errnoWords: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOENT: 'no such file or folder',
  EISDIR: 'is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EEXIST: 'already exists',
  ELOOP: 'too many symbolic links'
}

/** One clean sentence for a failure: our own messages as they are; a system error as `cannot open \`x\`: permission denied (EACCES)`. */
export function failureMessage(error: unknown): string {
  if (error instanceof InputError || error instanceof InvalidArgumentError) return error.message
  const err = error as NodeJS.ErrnoException
  if (!(err instanceof Error)) return String(error)
  if (err.code && err.syscall) {
    const what = errnoWords[err.code] ?? err.message.replace(/^[A-Z]+: /, '').replace(/, \w+ '.*'$/, '')
    const target = err.path ? ` \`${err.path}\`` : ''
    const fix = err.code === 'EACCES' || err.code === 'EPERM' ? '; check its permissions' : ''
    return `cannot ${err.syscall}${target}: ${what} (${err.code})${fix}`
  }
  return err.code && !err.message.startsWith(err.code) ? `${err.code}: ${err.message}` : err.message
}
