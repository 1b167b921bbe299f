/** The renderers of a comparison and the helpers they share. */
/** The terminal report. */
export {renderText, type Options as TextOptions} from './text.js'
/** The HTML report. */
export {renderHtml, contentSecurityPolicy, type Options as HtmlOptions} from './html.js'
/** The progress chart. */
export {progressFromVersions, type Progress} from './html-chart.js'
/** Summary helpers shared by the reports. */
export {badges, chapterTable, concordance, describeEvent, isChanged, markersGained, plainLine, type ChapterRow} from './summary.js'
/** The chapter-level summary line: chapters added, deleted, split, merged, renamed and renumbered. */
export {chapterSummary} from './chapters.js'
