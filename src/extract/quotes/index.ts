/**
 * Quotes and their speakers (issue 4). `extractQuotes` pairs the quote marks of the article's own paragraphs,
 * keeps the spans that are quotes and finds who said each one, in this order:
 *   1. the attribution after the quote (`"…," said X`, `"…," X told BBC Sport`, `"…" – X`), or the clause or
 *      paragraph introducing it (`X added: "…"`); a naming introduction beats a trailing pronoun;
 *   2. the attribution of the next quote in the same sentence ("…” but “…," Kerr said);
 *   3. the sentence right before it, when it reports what X said ("X said the public would back her.");
 *   4. the speaker of the previous quote, when nobody else (or that speaker again) is mentioned in between;
 *   5. the most recent person mentioned before the quote (not one the quote itself names).
 * Pronouns and descriptors resolve through `persons.refs`, else by recency (gender-checked).
 * Pure: text and persons in, mentions out. Linear in the text (the mark scan is one pass; every window
 * looked at is bounded).
 */
import type { Doc, PersonsResult, QuoteMention, Span } from '../../types.js';
import type { DecisionLog } from '../../rules/log.js';
import type { RuleSpec } from '../../rules/catalogue.js';
import { blockIndexAt, leadingAttribution, previousSentence, trailingAttribution, type Attribution, type AttributionContext } from './attribution/index.js';
import { rejectQuote } from './filter.js';
import { scanQuotes, type RawQuote } from './marks.js';
import { loadQuoteLexicon, type QuoteLexicon } from './model/lexicon.js';
import { RULES } from './rules.js';
import { indexSpeakers, mentionedBetween, namedInside, personMentionedBetween, recentPerson } from './speaker.js';
import { spanIndexAt } from '../../util/spans.js';

export { loadQuoteLexicon, QuoteLexiconDataSchema, QuoteWordRuleSchema } from './model/lexicon.js';
export type { QuoteLexicon, QuoteLexiconData, QuoteWordRule, QuoteWordKind } from './model/lexicon.js';
export { scanQuotes } from './marks.js';
export type { RawQuote } from './marks.js';
export { RULES } from './rules.js';

/** Every rule of the stage by id, for the reasons the decision log prints. */
const BY_ID: ReadonlyMap<string, RuleSpec> = new Map(Object.values(RULES).map((r) => [r.id, r]));

/** The built-in lexicon, built once on import and frozen. */
const DEFAULT_LEXICON: QuoteLexicon = loadQuoteLexicon();

interface Candidate {
  raw: RawQuote;
  text: string;
  own: Attribution | null;
  attr: Attribution | null;
  prevEnd: number;
  /** Persons named inside the quote. */
  avoid: Set<number>;
}

/** Quotes of one article, in text order. */
export function extractQuotes(doc: Doc, persons: PersonsResult, lexicon?: QuoteLexicon): QuoteMention[] {
  const { text } = doc;
  if (!/["“”„«»'‘’]/.test(text)) return [];
  const lex = lexicon ?? DEFAULT_LEXICON;
  const raws = scanQuotes(doc);
  if (!raws.length) return [];

  // spans that cannot be quotes whatever their attribution (titles, scare quotes, markup) are text, not quotes
  const texts = raws.map((r) => quoteText(text, r.parts));
  const maybe = raws.map((r, i) => !rejected(doc.log, r, rejectQuote(texts[i]!, r.single, true, lex)));
  // offsets inside quoted words, for "is this mention inside a quote" (binary search over sorted parts)
  const parts = raws.flatMap((r, i) => (maybe[i] ? r.parts : [])).sort((a, b) => a.start - b.start);
  const idx = indexSpeakers(text, persons, (pos) => spanIndexAt(parts, pos) >= 0);
  const ctx: AttributionContext = { text, lex, idx, blocks: doc.blocks, before: new Map(), log: doc.log };

  const cands = candidates(raws, texts, maybe, ctx);
  shareForward(text, cands);
  const out: QuoteMention[] = [];
  for (let i = 0; i < cands.length; i++) out.push(attributed(doc, cands, i, ctx));
  return out;
}

/** Logs a span the filter drops (the rule and why); true when `rule` drops it. */
function rejected(log: DecisionLog, raw: RawQuote, rule: RuleSpec | null): boolean {
  if (!rule) return false;
  log.reject('quotes', rule.id, raw.start, raw.end, rule.reason);
  return true;
}

/** The words of a quote: its parts joined by one space. */
function quoteText(text: string, parts: readonly Span[]): string {
  if (!parts.length) return '';
  let s = text.slice(parts[0]!.start, parts[0]!.end);
  for (let i = 1; i < parts.length; i++) s += ` ${text.slice(parts[i]!.start, parts[i]!.end)}`;
  return s;
}

/** 1. The spans kept as quotes, each with its own attribution (after it, or the introduction before it). */
function candidates(raws: readonly RawQuote[], texts: readonly string[], maybe: readonly boolean[], ctx: AttributionContext): Candidate[] {
  const { text, lex, idx } = ctx;
  const cands: Candidate[] = [];
  let lastEnd = 0; // end of the previous span that may be a quote
  for (let i = 0; i < raws.length; i++) {
    if (!maybe[i]) continue;
    const raw = raws[i]!;
    const qtext = texts[i]!;
    const prevEnd = lastEnd;
    let n = i + 1;
    while (n < raws.length && !maybe[n]) n++;
    const nextStart = raws[n]?.start ?? text.length;
    lastEnd = raw.end;
    const avoid = namedInside(idx, raw.start, raw.end);
    const own = chooseOwn(trailingAttribution(raw, nextStart, ctx, avoid), leadingAttribution(raw, prevEnd, ctx, avoid));
    if (rejected(ctx.log, raw, rejectQuote(qtext, raw.single, own !== null, lex))) continue;
    cands.push({ raw, text: qtext, own, attr: own, prevEnd, avoid });
  }
  return cands;
}

/** 2. The next quote of the same sentence lends its attribution: only a few lower-case words between them. */
function shareForward(text: string, cands: Candidate[]): void {
  for (let i = cands.length - 2; i >= 0; i--) {
    const c = cands[i]!;
    const n = cands[i + 1]!;
    if (c.attr || !n.attr) continue;
    const between = text.slice(c.raw.end, n.raw.start);
    if (between.length <= 40 && !/[.!?\n]/.test(between) && !/\p{Lu}/u.test(between)) {
      c.attr = { ...n.attr, rule: RULES.forward.id };
    }
  }
}

/** 3. the sentence before reports the speaker; 4. the previous quote's speaker; 5. the most recent person. */
function attributed(doc: Doc, cands: Candidate[], i: number, ctx: AttributionContext): QuoteMention {
  const idx = ctx.idx;
  const c = cands[i]!;
  const prev = cands[i - 1];
  const before = c.attr ? null : previousSentence(c.raw, c.prevEnd, ctx, c.avoid);
  if (!c.attr && before?.attr) c.attr = before.attr;
  if (!c.attr) {
    const since = prev ? Math.max(prev.raw.end, prev.own?.end ?? 0) : 0;
    const prevSpeaker = prev?.attr?.speaker.speaker ?? null;
    const continues = !mentionedBetween(idx, since, c.raw.start) || (prevSpeaker !== null && personMentionedBetween(idx, prevSpeaker, since, c.raw.start));
    if (prev?.attr && continues && sameOrNextBlock(doc, prev.raw.end, c.raw.start)) {
      c.attr = { ...prev.attr, end: c.raw.start, rule: RULES.inherit.id };
    } else {
      const p = recentPerson(idx, c.raw.start, c.avoid) ?? recentPerson(idx, c.raw.start);
      c.attr = { speaker: { speaker: p, speakerName: null, rule: RULES.recent.id }, outlet: null, end: c.raw.start, rule: RULES.recent.id };
    }
  }
  const a = c.attr;
  // the outlet: stated in the attribution, else in the sentence before, else the same speaker's previous one
  let outlet = a.outlet ?? (before ?? previousSentence(c.raw, c.prevEnd, ctx)).outlet;
  if (!outlet && prev?.attr?.outlet && a.speaker.speaker !== null && prev.attr.speaker.speaker === a.speaker.speaker) outlet = prev.attr.outlet;
  if (!a.outlet && outlet) c.attr = { ...a, outlet };
  logKept(doc.log, c, a);
  return {
    start: c.raw.start,
    end: c.raw.end,
    text: c.text,
    parts: c.raw.parts.map((p) => ({ start: p.start, end: p.end })),
    speaker: a.speaker.speaker,
    speakerName: a.speaker.speaker === null ? a.speaker.speakerName : null,
    outlet,
    rule: `${RULES[c.raw.rule].id}+${a.rule}+${a.speaker.rule}`,
  };
}

/** Logs a kept quote: the rule that found its speaker, with the mark and speaker rules in the reason. */
function logKept(log: DecisionLog, c: Candidate, a: Attribution): void {
  if (!log.enabled) return;
  log.accept('quotes', a.rule, c.raw.start, c.raw.end, () => `${BY_ID.get(a.rule)?.reason ?? a.rule} (marks: ${RULES[c.raw.rule].id}; speaker: ${a.speaker.rule}, ${BY_ID.get(a.speaker.rule)?.reason ?? ''})`);
}

/** Speaker rules that only guess (a pronoun or descriptor resolved by recency or a ref). */
const GUESSED: ReadonlySet<string> = new Set([RULES.pronounRecent.id, RULES.descriptorRecent.id, RULES.ref.id]);

/** The trailing attribution, unless it only guesses ("… he added") while an introduction names the speaker
 *  (`Wada chairman Dick Pound said: "…" he added`). */
function chooseOwn(trail: Attribution | null, lead: Attribution | null): Attribution | null {
  if (!trail) return lead;
  if (lead && GUESSED.has(trail.speaker.rule) && !GUESSED.has(lead.speaker.rule) && lead.speaker.rule !== RULES.anonymous.id) {
    return { ...lead, outlet: trail.outlet ?? lead.outlet };
  }
  return trail;
}

/** Whether `b` lies in the block of `a` (an end offset) or in the block right after it. */
function sameOrNextBlock(doc: Doc, a: number, b: number): boolean {
  const ia = blockIndexAt(doc.blocks, a - 1);
  const ib = blockIndexAt(doc.blocks, b);
  return ia >= 0 && ib >= 0 && (ib === ia || ib === ia + 1);
}
