/** The runner: batches over files with workers, a cache and progress; the library API behind the CLI. */
export { runBatch, defaultCacheDir, REPORT_FILE } from './run-batch.js';
export { FACTS_FILE, DEBUG_FILE, writeOutputs } from './outputs.js';
export { runKey, loadRunSnapshot, storeRunSnapshot } from './run-cache.js';
export type { RunBatchOptions } from './run-batch.js';
export type { RunReport, CacheStats } from './report.js';
export { formatProblem } from './report.js';
export { cacheKey, encodeEntry, decodeEntry, readCacheEntry, readCacheEntrySync, writeCacheEntry, cacheEntryPath } from './cache.js';
export { extractFile } from './extract-file.js';
export type { ExtractTask, FileResult } from './task.js';
export { createProgress, formatProgress } from './progress.js';
export { RunError } from './run-error.js';
export type { RunErrorReason } from './run-error.js';
export type { GuardResult } from './guard.js';
