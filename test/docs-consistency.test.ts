// Docs match behaviour: for every command, `--help`, the README synopsis and the synopsis of its docs page list the same options.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {root, runIn} from './support/cli-run.js'

const readme = readFileSync(path.join(root, 'README.md'), 'utf8')
const options = (text: string) => [...new Set(text.match(/--[a-z][a-z-]+/g) ?? [])].filter((o) => o !== '--help').sort()
const synopsis = (text: string, command: string) => new RegExp(`^draftdiff ${command} .*$`, 'm').exec(text)?.[0] ?? ''
/** The docs page holding each command's synopsis, where it has one. */
const pages: Record<string, string | null> = {pr: 'pr.md', report: null, diff: null, check: null, fmt: null, import: 'import.md', compare: 'compare.md', sessions: null, history: 'history.md', blame: 'history.md'}

describe('README, --help and docs/ list the same options', () => {
  it.each(Object.entries(pages))('%s', (command, page) => {
    const help = options(runIn(root, command, '--help').stdout)
    expect(help.length, `draftdiff ${command} --help lists options`).toBeGreaterThan(0)
    expect(options(synopsis(readme, command)), `README synopsis of ${command}`).toEqual(help)
    if (page) {
      const line = synopsis(readFileSync(path.join(root, 'docs', page), 'utf8'), command)
      expect(options(line), `docs/${page} synopsis of ${command}`).toEqual(help)
    }
  })

  it('import: the options are exactly these, and README and docs/import.md give the same synopsis', () => {
    expect(options(runIn(root, 'import', '--help').stdout)).toEqual(['--format', '--out', '--revisions', '--session', '--until'])
    expect(synopsis(readme, 'import')).toBe(synopsis(readFileSync(path.join(root, 'docs', 'import.md'), 'utf8'), 'import'))
  })
})
