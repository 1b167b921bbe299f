/** The on-disk parse cache: parsed article chunks by content hash, kept between runs of the CLI. */
import {mkdirSync, readFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {exportParseCache, importParseCache} from '../parse/blocks.js'
import {writeAtomic} from './io.js'

/** Where the cache lives: `$DRAFTDIFF_CACHE_DIR`, else `$XDG_CACHE_HOME/draftdiff`, else `~/.cache/draftdiff`; `DRAFTDIFF_CACHE=0` turns it off. */
export function cacheFile(): string | null {
  if (process.env.DRAFTDIFF_CACHE === '0') return null
  const dir = process.env.DRAFTDIFF_CACHE_DIR ?? path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'draftdiff')
  return path.join(dir, 'parse-v1.json')
}

/** Load the cache if there is one; a missing or corrupt file is ignored. */
export function loadParseCache(): void {
  const file = cacheFile()
  if (!file) return
  try {
    importParseCache(JSON.parse(readFileSync(file, 'utf8')))
  } catch {
    // no cache yet, or an unreadable one: parse from scratch
  }
}

/** Save the cache when this run parsed anything new; failures (read-only home) are ignored. */
export async function saveParseCache(): Promise<void> {
  const file = cacheFile()
  if (!file || exportParseCache(true).length === 0) return
  try {
    mkdirSync(path.dirname(file), {recursive: true})
    await writeAtomic(file, JSON.stringify(exportParseCache()))
  } catch {
    // the cache is an optimisation only
  }
}
