/** The review report: a run's facts, article texts and rule traces as one static HTML folder (see README). */
export { writeReport, writeReportFromDir, readRunOutputs, ReportInputError, REPORT_DIR } from './write.js';
export type { WrittenReport } from './write.js';
export { buildReportData, linkPerformances, CHUNK_ARTICLES } from './model.js';
export type { ReportData, ReportIndex, ChunkRow, LinkRow, ArticleRow } from './model.js';
export { renderPage } from './page.js';
export { explanationsFromLog, rulesFromDebugTraces } from './rules.js';
export type { RuleLookup, DebugTraces, DropLookup, DropRow } from './rules.js';
export { assignLevels, splitAtBoundaries, paragraphRanges } from './client/spans.js';
export { escHtml, renderParagraph, renderBody } from './client/render.js';
export { jsonForScript } from './escape.js';
export { MARK_KINDS, contrast } from './kinds.js';
