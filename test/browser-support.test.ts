// The browser helper: CHROMIUM_PATH wins, and a browser that does not launch fails saying what was tried.
import {afterEach, describe, expect, it, vi} from 'vitest'
import {chooseBrowser, launchBrowser} from './support/browser.js'

afterEach(() => vi.unstubAllEnvs())

describe('launchBrowser', () => {
  it('uses CHROMIUM_PATH when set, and fails clearly when it does not launch', async () => {
    vi.stubEnv('CHROMIUM_PATH', '/nonexistent/chromium')
    await expect(chooseBrowser()).resolves.toMatchObject({executablePath: '/nonexistent/chromium', source: 'CHROMIUM_PATH=/nonexistent/chromium'})
    await expect(launchBrowser()).rejects.toThrow(/Cannot launch headless Chromium: tried CHROMIUM_PATH=\/nonexistent\/chromium .*do not skip/)
  })
})
