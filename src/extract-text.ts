/**
 * The shortest path from text to facts: one article given as a string, its facts file out. For library
 * users and tests; batch runs go through the runner.
 */
import type { Config } from './config/schema.js';
import { defaultConfig } from './config/schema.js';
import { ingestFile } from './ingest/index.js';
import { createPipeline } from './pipeline.js';
import { addArticle, createMergeState, finalizeFacts } from './merge/index.js';
import type { FactsFile } from './schema/facts.js';
import type { Problem } from './types.js';

export interface ExtractTextResult {
  facts: FactsFile;
  problems: Problem[];
}

/** Extracts the facts of `text` as if it were the file `source` (the extension picks the format). */
export function extractText(text: string, source = 'article.txt', config: Config = defaultConfig): ExtractTextResult {
  const pipeline = createPipeline(config);
  const ingested = ingestFile(new TextEncoder().encode(text), source, config.ingest);
  const state = createMergeState();
  const problems = [...ingested.problems];
  for (const raw of ingested.articles) {
    const r = pipeline.extract(raw);
    problems.push(...r.problems);
    addArticle(state, r.facts);
  }
  return { facts: finalizeFacts(state), problems };
}
