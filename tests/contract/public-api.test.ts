import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';

describe('public API', () => {
  it('exports exactly these names (a change here is a change for every library user)', () => {
    expect(Object.keys(api).sort()).toEqual([
      'CANONICAL_EVENTS', 'ConfigError', 'ConfigSchema', 'FactsFileSchema', 'INGEST_EXTENSIONS', 'PIPELINE_VERSION',
      'RECORD_CODES', 'RunError', 'SCHEMA_VERSION', 'addArticle', 'articleId', 'createMergeState', 'createPipeline', 'defaultConfig',
      'extractText', 'factsJsonChunks', 'factsJsonSchema', 'factsNdjsonChunks', 'factsToJson', 'finalizeFacts', 'ingestFile',
      'mergeStates', 'parseConfig', 'pipelineFingerprint', 'recoverOutputSet', 'runBatch', 'segmentArticle', 'verifyOutputSet',
    ]);
  });
});
