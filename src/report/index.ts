/** The renderers of a comparison and the helpers they share. */
export {renderText, type Options as TextOptions} from './text.js'
export {renderHtml, contentSecurityPolicy, type Options as HtmlOptions} from './html.js'
export {progressFromVersions, type Progress} from './html-chart.js'
export {badges, chapterTable, concordance, describeEvent, isChanged, markersGained, plainLine, type ChapterRow} from './summary.js'
export {chapterSummary} from './chapters.js'
