/**
 * The attribution before a quote: a clause introducing it (`Ioannidis, who is a law lecturer, added: "…"`,
 * `told BBC Sport: "…"`, `According to X, "…"`), a paragraph ending in a colon before the paragraph that opens
 * with the quote, or the sentence right before an unattributed quote when it reports what X said.
 * Windows are bounded (a few hundred characters), so the cost per quote is constant.
 */
import type { RawQuote } from '../marks.js';
import { findOutlet } from '../outlet.js';
import { RULES } from '../rules.js';
import { resolvePhrase, type Speaker } from '../speaker.js';
import { identityKey } from '../../../util/text.js';
import { isPossessive, tokenize, type Token } from '../tokens.js';
import { subjectBefore } from './subject.js';
import { blockIndexAt, isSpace, isVerb, logTried, MAX_PHRASE, phraseFrom, type Attribution, type AttributionContext, type Before } from './context.js';

const INTRO_WINDOW = 400;

/** Start of the sentence that ends at `end`, not before `from`. */
function sentenceStart(text: string, from: number, end: number): number {
  for (let p = end - 1; p > from; p--) {
    const c = text[p - 1]!;
    if ((c === '.' || c === '!' || c === '?') && isSpace(text[p])) return p;
    if (c === '"' || c === '”' || c === '“' || c === '\n') return p;
  }
  return from;
}

/** The words right before the quote: its introducing clause, or the sentence before it (in the same or the
 *  previous paragraph), never reaching back past the previous quote. */
function wordsBefore(q: RawQuote, prevEnd: number, ctx: AttributionContext): Before | null {
  const known = ctx.before.get(q);
  if (known && known.prevEnd === prevEnd) return known.before;
  const before = readWordsBefore(q, prevEnd, ctx);
  if (!known) ctx.before.set(q, { prevEnd, before });
  return before;
}

function readWordsBefore(q: RawQuote, prevEnd: number, ctx: AttributionContext): Before | null {
  const { text, blocks } = ctx;
  const bi = blockIndexAt(blocks, q.start);
  const b = blocks[bi];
  if (!b) return null;
  let j = q.start - 1;
  while (j >= b.start && isSpace(text[j])) j--;
  let from: number;
  let to: number;
  let rule: string = RULES.intro.id;
  if (j < Math.max(b.start, prevEnd)) {
    const pb = blocks[bi - 1];
    if (j >= b.start || !pb || prevEnd > pb.end - 1) return null;
    to = pb.end;
    from = sentenceStart(text, Math.max(pb.start, to - INTRO_WINDOW, prevEnd), to - 1);
    rule = text[pb.end - 1] === ':' ? RULES.introParagraph.id : RULES.previousSentence.id;
  } else {
    const c = text[j]!;
    if (c === '"' || c === '”' || c === '“') return null;
    to = j + 1;
    const sentenceEnd = c === '.' || c === '!' || c === '?';
    from = sentenceStart(text, Math.max(b.start, to - INTRO_WINDOW, prevEnd), sentenceEnd ? j : to);
    if (sentenceEnd) rule = RULES.previousSentence.id;
  }
  const toks = tokenize(text, from, to);
  return toks.length ? { toks, rule } : null;
}

/** The speaker named by "according to X", "as per X" or "in X's words" in `toks`. */
function sourcePhrase(toks: readonly Token[], ctx: AttributionContext, avoid?: ReadonlySet<number>): Speaker | null {
  const { text, lex, idx } = ctx;
  for (let k = 0; k < toks.length - 1; k++) {
    const a = toks[k]!.lower;
    const b = toks[k + 1]!;
    if ((a === 'according' && b.lower === 'to') || (a === 'as' && b.lower === 'per')) return resolvePhrase(phraseFrom(toks, k + 2, lex), idx, lex, text, avoid);
    if (a === 'in' && isPossessive(b) && /^words?$/.test(toks[k + 2]?.lower ?? '')) {
      const name = b.text.replace(/['’]s?$/, '');
      const hit = idx.byKey.get(identityKey(name));
      return hit !== undefined ? { speaker: hit, speakerName: null, rule: RULES.nameMatch.id } : { speaker: null, speakerName: name, rule: RULES.name.id };
    }
  }
  return null;
}

/** The attribution before the quote: a clause introducing it (`X said:`, `X told BBC Sport, "`), or a
 *  paragraph ending in ':' right before the paragraph it opens. */
export function leadingAttribution(q: RawQuote, prevEnd: number, ctx: AttributionContext, avoid?: ReadonlySet<number>): Attribution | null {
  const { text, lex, idx } = ctx;
  const before = wordsBefore(q, prevEnd, ctx);
  if (!before || before.rule === RULES.previousSentence.id) return null;
  const { toks, rule } = before;
  const lastTok = toks[toks.length - 1]!;
  let v = -1;
  for (let k = toks.length - 1; k >= 0; k--) if (isVerb(toks[k], lex)) {
    v = k;
    break;
  }
  const colon = lastTok.text === ':';
  // "According to Kerr, "…"", "As per Kerr: "…"", "In Kerr's words: "…""
  if (v < 0 && (colon || lastTok.text === ',')) {
    const sp = sourcePhrase(toks, ctx, avoid);
    if (sp) return { speaker: sp, outlet: findOutlet(toks, text, lex, idx.byKey), end: q.start, rule: RULES.source.id };
  }
  const endsNear = v >= 0 && (v === toks.length - 1 || (v >= toks.length - 3 && /^(?:that|,|:)$/.test(lastTok.lower)));
  if (!colon && !endsNear && !(v >= 0 && lastTok.text === ',')) return null;
  let sp: Speaker | null = null;
  if (v >= 0) sp = resolvePhrase(subjectBefore(toks, v, lex), idx, lex, text, avoid);
  if (!sp && colon) sp = resolvePhrase(toks.filter((t) => !t.punct).slice(-MAX_PHRASE), idx, lex, text, avoid);
  if (!sp) {
    logTried(ctx, rule === RULES.introParagraph.id ? RULES.introParagraph : RULES.intro, q, 'before the quote');
    return null;
  }
  return { speaker: sp, outlet: findOutlet(toks, text, lex, idx.byKey), end: q.start, rule };
}

/** The sentence right before an unattributed quote: its outlet ("In a BBC video, …"), and its speaker when it
 *  reports what someone said ("Boyle said the public would back her."): the subject of its first such verb. */
export function previousSentence(q: RawQuote, prevEnd: number, ctx: AttributionContext, avoid?: ReadonlySet<number>): { attr: Attribution | null; outlet: string | null } {
  const { text, lex, idx } = ctx;
  const before = wordsBefore(q, prevEnd, ctx);
  if (!before || before.rule !== RULES.previousSentence.id) return { attr: null, outlet: null };
  const { toks, rule } = before;
  const outlet = findOutlet(toks, text, lex, idx.byKey);
  for (let k = 0; k < toks.length; k++) {
    if (!isVerb(toks[k], lex)) continue;
    const sp = resolvePhrase(subjectBefore(toks, k, lex), idx, lex, text, avoid);
    if (sp) return { attr: { speaker: sp, outlet, end: q.start, rule }, outlet };
  }
  return { attr: null, outlet };
}
