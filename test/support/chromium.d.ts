// Types of chromium.js (plain JavaScript, shared with bench/).
import type {Browser} from 'playwright-core'

/** A browser to launch: its executable, its flags, and where it came from (for messages). */
export interface BrowserChoice {
  executablePath: string
  args: string[]
  source: string
}

/** Flags every launch passes. */
export declare const commonArgs: string[]
/** Unpack @sparticuz/chromium into `<tmp>/draftdiff-chromium-<version>` (atomically). */
export declare function packagedChromium(): Promise<BrowserChoice>
/** Which Chromium to use: CHROMIUM_PATH, Debian's, or the packaged one. */
export declare function chooseBrowser(): Promise<BrowserChoice>
/** Launch headless Chromium, or fail saying what was tried and how to fix it. */
export declare function launchBrowser(): Promise<Browser>
