/**
 * What the attribution rules share: the attribution they return, the per-article context they read, and the
 * small helpers over tokens (a verb of saying, a noun phrase).
 */
import type { Block } from '../../../types.js';
import type { DecisionLog } from '../../../rules/log.js';
import type { RuleSpec } from '../../../rules/catalogue.js';
import type { QuoteLexicon } from '../model/lexicon.js';
import type { RawQuote } from '../marks.js';
import type { Speaker, SpeakerIndex } from '../speaker.js';
import type { Token } from '../tokens.js';
import { spanIndexAt } from '../../../util/spans.js';

export interface Attribution {
  speaker: Speaker;
  outlet: string | null;
  /** Offset just after the attribution's words (for a trailing one) or the quote's start (leading). */
  end: number;
  rule: string;
}

/** The words right before a quote and the rule that would read them. */
export interface Before {
  toks: Token[];
  rule: string;
}

export interface AttributionContext {
  text: string;
  lex: QuoteLexicon;
  idx: SpeakerIndex;
  blocks: readonly Block[];
  /** The words before each quote, read once per article (the introduction and the previous-sentence rules
   *  both ask for them): quote → the `prevEnd` asked with and the answer. */
  before: Map<RawQuote, { prevEnd: number; before: Before | null }>;
  /** The article's decision log (`NO_LOG` when the run does not explain itself). */
  log: DecisionLog;
}

export const MAX_PHRASE = 9;

export const isSpace = (c: string | undefined) => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0';
export const isVerb = (t: Token | undefined, lex: QuoteLexicon) => !!t && lex.speechVerbs.has(t.lower);

/** Tokens of a noun phrase from `i` on, up to a comma, a clause word or MAX_PHRASE words. */
export function phraseFrom(toks: readonly Token[], i: number, lex: QuoteLexicon): Token[] {
  const out: Token[] = [];
  for (let k = i; k < toks.length && out.length < MAX_PHRASE; k++) {
    const t = toks[k]!;
    if (t.punct || lex.clauseBreaks.has(t.lower)) break;
    out.push(t);
  }
  return out;
}

export function blockIndexAt(blocks: readonly Block[], pos: number): number {
  return spanIndexAt(blocks, pos);
}

/** Logs that `rule` was tried on the quote and named nobody (the reason is built only when the log is on). */
export function logTried(ctx: AttributionContext, rule: RuleSpec, q: RawQuote, where: string): void {
  if (ctx.log.enabled) ctx.log.reject('quotes', rule.id, q.start, q.end, () => `tried ${where}: ${rule.reason}; it named no speaker here`);
}
