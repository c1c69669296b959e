/**
 * trackfacts' public API. The CLI (src/cli) is a thin layer over these; a test pins this list.
 *
 *   const pipeline = createPipeline(parseConfig(json));
 *   const { facts } = pipeline.extract(ingestFile(bytes, 'a.txt', config.ingest).articles[0]);
 *   const state = createMergeState(); addArticle(state, facts); const out = finalizeFacts(state);
 */
export { createPipeline, articleId, PIPELINE_VERSION, pipelineFingerprint } from './pipeline.js';
export type { Pipeline, PipelineOptions } from './pipeline.js';
export { parseConfig, defaultConfig, ConfigSchema, ConfigError } from './config/schema.js';
export type { Config, ConfigInput } from './config/schema.js';
export { ingestFile, INGEST_EXTENSIONS } from './ingest/index.js';
export { segmentArticle } from './segment/index.js';
export { createMergeState, addArticle, mergeStates, finalizeFacts } from './merge/index.js';
export type { MergeState } from './merge/index.js';
export { factsJsonChunks, factsNdjsonChunks, factsToJson } from './write/index.js';
export { FactsFileSchema, factsJsonSchema, SCHEMA_VERSION, CANONICAL_EVENTS, RECORD_CODES } from './schema/facts.js';
export type { FactsFile, Article, Athlete, Event, Competition, Performance, Quote, Mention } from './schema/facts.js';
export { extractText } from './extract-text.js';
export type * from './types.js';
export { runBatch, RunError } from './runner/index.js';
export { verifyOutputSet, recoverOutputSet } from './io/output-set.js';
export type { OutputManifest, SetCheck } from './io/output-set.js';
export type { RunBatchOptions, RunReport } from './runner/index.js';
