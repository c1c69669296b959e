/**
 * The pipeline: stages in order, built once from the config and then frozen. `extract` is the map step:
 * one article in, its keyed facts out, depending on that article and the lexicons alone.
 *
 *   ingest (src/ingest, before this) → segment → extract → link → normalise → (merge, write: after this)
 */
import type { ArticleResult, Extraction, Problem, RawArticle } from './types.js';
import type { Config } from './config/schema.js';
import { segmentArticle } from './segment/index.js';
import { extractEvents, loadEventLexicon } from './extract/events/index.js';
import { extractTimes } from './extract/times/index.js';
import { extractPersons, loadPersonLexicon } from './extract/persons/index.js';
import { extractCompetitions, loadCompetitionLexicon } from './extract/competitions/index.js';
import { extractQuotes, loadQuoteLexicon } from './extract/quotes/index.js';
import { linkPerformances } from './link/index.js';
import { normaliseArticle } from './normalise/index.js';
import { stableId } from './util/hash.js';
import { PIPELINE_VERSION, pipelineFingerprint } from './fingerprint.js';
import { createDecisionLog, NO_LOG } from './rules/log.js';
import { explainDecisions, explains } from './rules/explain.js';

export { PIPELINE_VERSION, pipelineFingerprint } from './fingerprint.js';

export interface PipelineOptions {
  /** A clock for the per-stage timings of the run report; without one, timings are empty (the core has no clock). */
  now?: () => number;
}

export interface Pipeline {
  readonly version: string;
  /** Hash of the pipeline version and the effective config that affects extraction: the cache key's second half. */
  readonly fingerprint: string;
  extract(raw: RawArticle): ArticleResult;
}

export const articleId = (source: string) => stableId('a_', source);

export function createPipeline(config: Config, options: PipelineOptions = {}): Pipeline {
  const lexicons = {
    events: loadEventLexicon(config.lexicons.events),
    persons: loadPersonLexicon(config.lexicons.persons),
    competitions: loadCompetitionLexicon(config.lexicons.competitions),
    quotes: loadQuoteLexicon(config.lexicons.quotes),
  };
  const fingerprint = pipelineFingerprint(config);
  const now = options.now;
  // the decision log costs only when asked for: otherwise every stage writes to NO_LOG, which does nothing
  const explain = explains(config.output);

  function extract(raw: RawArticle): ArticleResult {
    const timings: Record<string, number> = {};
    const problems: Problem[] = [];
    let t0 = now?.() ?? 0;
    const lap = (stage: string) => {
      if (!now) return;
      const t = now();
      timings[stage] = (timings[stage] ?? 0) + (t - t0);
      t0 = t;
    };
    const doc = segmentArticle(raw, articleId(raw.source), explain ? createDecisionLog() : NO_LOG);
    lap('segment');
    const events = extractEvents(doc, lexicons.events);
    lap('extract.events');
    const times = extractTimes(doc);
    lap('extract.times');
    const persons = extractPersons(doc, lexicons.persons);
    lap('extract.persons');
    const competitions = extractCompetitions(doc, lexicons.competitions);
    lap('extract.competitions');
    const quotes = extractQuotes(doc, persons, lexicons.quotes);
    lap('extract.quotes');
    const extraction: Extraction = { events, times, persons, competitions, quotes };
    const performances = linkPerformances(doc, extraction);
    lap('link');
    const { facts, trace } = normaliseArticle({ doc, sha256: raw.sha256, extraction, performances, includeText: config.output.includeText, withTrace: explain });
    lap('normalise');
    return { facts, problems, timings, trace, decisions: explain ? explainDecisions(doc.text, doc.log) : null };
  }

  return Object.freeze({ version: PIPELINE_VERSION, fingerprint, extract });
}
