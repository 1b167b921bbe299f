// The one way browser tests get a headless Chromium (implemented in chromium.js, which bench/ shares). Never skips.
export {chooseBrowser, launchBrowser, packagedChromium, type BrowserChoice} from './chromium.js'
