/**
 * Attribution of one quote from the words around it, in one sentence:
 *  - after it: `"…," said Claxton`, `"…," Chepkemei said`, `"…," the 25-year-old added`, `"…," he emulated`;
 *  - before it: `Ioannidis, who is a law lecturer, added: "…"`, `told BBC Sport: "…"`, a paragraph ending
 *    in a colon before a paragraph that opens with the quote.
 * Windows are bounded (a few hundred characters), so the cost per quote is constant.
 */
import type { Block } from '../../types.js';
import type { QuoteLexicon } from './model/lexicon.js';
import type { RawQuote } from './marks.js';
import { findOutlet } from './outlet.js';
import { resolvePhrase, type Speaker, type SpeakerIndex } from './speaker.js';
import { identityKey } from '../../util/text.js';
import { isNameWord, isPossessive, tokenize, type Token } from './tokens.js';
import { spanIndexAt } from '../../util/spans.js';

export interface Attribution {
  speaker: Speaker;
  outlet: string | null;
  /** Offset just after the attribution's words (for a trailing one) or the quote's start (leading). */
  end: number;
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
}

export const ATTRIBUTION_RULES = {
  verbFirst: { id: 'attr/verb-first', reason: '"…," said X: the phrase after the verb names the speaker' },
  verbAfter: { id: 'attr/verb-after', reason: '"…," X said: the phrase before the verb names the speaker' },
  source: { id: 'attr/source', reason: '"According to X, …", "In X\'s words: …": X is the source of the quote' },
  dash: { id: 'attr/dash', reason: '"…" – Josh Kerr: a name after a dash signs the quote' },
  commaSubject: { id: 'attr/comma-subject', reason: '"…," he <verb>: a subject right after a comma-closed quote speaks' },
  intro: { id: 'attr/intro', reason: 'X said: "…" / X told BBC Sport, "…": the subject of the introducing clause speaks' },
  introParagraph: { id: 'attr/intro-paragraph', reason: 'a paragraph ending in a colon introduces the quote that opens the next one' },
  previousSentence: { id: 'attr/previous-sentence', reason: 'a sentence that reports what X said, right before an unattributed quote: X speaks' },
} as const;

/** Particles of phrasal verbs of saying: "points out", "chipped in", "went on". */
const PARTICLES: ReadonlySet<string> = new Set(['out', 'in', 'on', 'up']);
const TRAIL_WINDOW = 200;
const INTRO_WINDOW = 400;
const MAX_PHRASE = 9;
/** Words that open a new clause: the subject of a verb of saying starts after them ("…, but he insisted"). */
const SUBJECT_BREAK: ReadonlySet<string> = new Set(['but', 'and', 'while', 'whilst', 'as', 'because', 'although', 'though', 'when', 'after', 'before', 'since', 'if', 'that', 'so', 'where', 'whereas']);
/** Tokens that end the attribution after a quote (a set, not a regex: it is asked of every token). */
const STOP: ReadonlySet<string> = new Set(['.', '!', '?', ';', '"', '“', '”', '(', '‘']);
const isSpace = (c: string | undefined) => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0';
const isVerb = (t: Token | undefined, lex: QuoteLexicon) => !!t && lex.speechVerbs.has(t.lower);

/** Tokens of a noun phrase from `i` on, up to a comma, a clause word or MAX_PHRASE words. */
function phraseFrom(toks: readonly Token[], i: number, lex: QuoteLexicon): Token[] {
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

/** "Kerr said." / "Kerr told BBC Sport." / "Kerr said afterwards.": a short sentence that only attributes
 *  (never "Kerr said she was shocked.", which reports something else). */
function bareAttribution(toks: readonly Token[], lex: QuoteLexicon, endsSentence: boolean): boolean {
  if (!endsSentence) return false;
  const v = toks.findIndex((t, k) => k > 0 && k <= 4 && isVerb(t, lex));
  if (v < 0 || toks.slice(0, v).some((t) => t.punct || lex.auxiliaries.has(t.lower))) return false;
  const rest = toks.slice(v + 1);
  if (rest.some((t) => t.punct)) return false; // "Moorcroft added:" introduces the next quote
  return rest.length <= 4 && !rest.some((t) => /^(?:he|she|they|it|we|i|that|the|a|an|his|her|their|its|this|to)$/.test(t.lower) && !(t.lower === 'to' && /^\p{Lu}/u.test(rest[rest.indexOf(t) + 1]?.text ?? '')));
}

/** The attribution after the quote, up to the end of its sentence (and before `nextStart`). */
export function trailingAttribution(q: RawQuote, nextStart: number, ctx: AttributionContext, avoid?: ReadonlySet<number>): Attribution | null {
  const { text, lex, idx } = ctx;
  const bi = blockIndexAt(ctx.blocks, q.end - 1);
  const b = ctx.blocks[bi];
  if (!b) return null;
  const limit = Math.min(b.end, q.end + TRAIL_WINDOW, nextStart);
  if (limit <= q.end) return null;
  const all = tokenize(text, q.end, limit);
  let cut = all.findIndex((t) => STOP.has(t.text));
  if (cut < 0) cut = all.length;
  const toks = all.slice(0, cut);
  // "…," he said (via Citius Mag).
  const via = all[cut]?.text === '(' && all[cut + 1]?.lower === 'via' ? all.slice(cut + 1, cut + 8) : [];
  const last = q.parts[q.parts.length - 1]!;
  const lastChar = text[last.end - 1] ?? '';
  const open = /[,?!\-–—…:]/.test(lastChar) || toks[0]?.text === ',';
  if (toks[0]?.text === ',') toks.shift();
  // "…" – Josh Kerr: a dash and a name alone
  const dash = /^[ \t]*[-–—][ \t]*$/.test(text.slice(q.end, toks[0]?.start ?? q.end)) || /^[–—]$/.test(toks[0]?.text ?? '');
  if (dash) {
    const np = toks.slice(/^[–—]$/.test(toks[0]?.text ?? '') ? 1 : 0);
    const words = np.filter((t) => !t.punct);
    if (words.length >= 1 && words.length <= 4 && words.length === np.length && words.every((t) => isNameWord(t))) {
      const sp = resolvePhrase(words, idx, lex, text, avoid);
      if (sp) return { speaker: sp, outlet: null, end: words[words.length - 1]!.end, rule: ATTRIBUTION_RULES.dash.id };
    }
  }
  const first = toks[0];
  if (!first || first.punct) return null;
  // "…." New sentence: an attribution only when it is a bare "Kerr said." / "Kerr told BBC Sport."
  if (!open && !/^\p{Ll}/u.test(first.text) && !bareAttribution(toks, lex, all[cut]?.text === '.' || (cut === all.length && limit === b.end))) return null;
  const end = toks[toks.length - 1]!.end;

  const according = first.lower === 'according' && toks[1]?.lower === 'to'; // "…," according to X
  if (isVerb(first, lex) || according) {
    // "points out X", "chipped in X": a particle after the verb
    const at = according ? 2 : PARTICLES.has(toks[1]?.lower ?? '') ? 2 : 1;
    const np = phraseFrom(toks, at, lex);
    let sp = resolvePhrase(np, idx, lex, text, avoid);
    // "says former Olympian and TV pundit Ed Hale": the name comes after the roles joined by "and"
    if ((!sp || (sp.speaker === null && !sp.speakerName)) && toks[at + np.length]?.lower === 'and') {
      const more = phraseFrom(toks, at + np.length + 1, lex);
      if (more.length) sp = resolvePhrase(more, idx, lex, text, avoid) ?? sp;
    }
    if ((!sp || (sp.speaker === null && !sp.speakerName)) && toks[(according ? 2 : 1) + np.length]?.text === ',') {
      // "said one of their lawyers, Michalis Dimitrakopoulos"
      const app = phraseFrom(toks, (according ? 3 : 2) + np.length, lex);
      if (app.length && app.every((t) => isNameWord(t))) sp = resolvePhrase(app, idx, lex, text, avoid) ?? sp;
    }
    if (sp) return { speaker: sp, outlet: findOutlet([...toks, ...via], text, lex, idx.byKey), end, rule: ATTRIBUTION_RULES.verbFirst.id };
  }
  let subjectEnd = -1; // "…," Kerr, who won in 2023, said: the subject ends at the first comma
  for (let v = 1; v < toks.length && v <= MAX_PHRASE + 12; v++) {
    const t = toks[v]!;
    if (t.punct) {
      if (t.text !== ',' || subjectEnd >= 0 || !/^(?:who|which|whose|the|a|an)$/.test(toks[v + 1]?.lower ?? '')) break;
      subjectEnd = v;
      const close = toks.findIndex((x, k) => k > v && x.punct);
      if (close < 0 || toks[close]!.text !== ',') break;
      v = close;
      continue;
    }
    if (subjectEnd < 0 && v > MAX_PHRASE) break;
    if (!isVerb(t, lex)) continue;
    let np = toks.slice(0, subjectEnd >= 0 ? subjectEnd : v);
    while (np.length && lex.auxiliaries.has(np[np.length - 1]!.lower)) np = np.slice(0, -1);
    const sp = resolvePhrase(np, idx, lex, text, avoid);
    if (sp) return { speaker: sp, outlet: findOutlet([...toks.slice(v), ...via], text, lex, idx.byKey), end, rule: ATTRIBUTION_RULES.verbAfter.id };
    break;
  }
  if (open && (lex.pronouns.has(first.lower) || isNameWord(first)) && /^\p{Ll}/u.test(toks[1]?.text ?? '')) {
    const sp = resolvePhrase([first], idx, lex, text, avoid);
    if (sp) return { speaker: sp, outlet: findOutlet([...toks, ...via], text, lex, idx.byKey), end, rule: ATTRIBUTION_RULES.commaSubject.id };
  }
  return null;
}

/** Start of the sentence that ends at `end`, not before `from`. */
function sentenceStart(text: string, from: number, end: number): number {
  for (let p = end - 1; p > from; p--) {
    const c = text[p - 1]!;
    if ((c === '.' || c === '!' || c === '?') && isSpace(text[p])) return p;
    if (c === '"' || c === '”' || c === '“' || c === '\n') return p;
  }
  return from;
}

/** The subject phrase before the verb at `v`: back to a comma, skipping a relative clause (", who …,"). */
function subjectBefore(toks: readonly Token[], v: number, lex: QuoteLexicon): Token[] {
  let end = v;
  while (end > 0 && lex.auxiliaries.has(toks[end - 1]!.lower)) end--;
  for (let guard = 0; guard < 4; guard++) {
    let start = end;
    while (start > 0 && !toks[start - 1]!.punct && !SUBJECT_BREAK.has(toks[start - 1]!.lower)) start--;
    const np = toks.slice(start, end);
    const rel = np[0] && (/^(?:who|which|whose|whom|where)$/.test(np[0].lower) || /^\p{Ll}+ing$/u.test(np[0].text)); // ", who …," / ", speaking on …,"
    // "Josh Kerr, the Scot, said": an appositive descriptor after a name; the name is the subject
    const appositive = np[0] && /^(?:the|a|an)$/.test(np[0].lower) && start >= 2 && toks[start - 1]!.text === ',' && isNameWord(toks[start - 2]!);
    if (appositive) {
      end = start - 1;
      continue;
    }
    // "Ruiz, fourth behind Holt last year, told reporters": an aside between commas after a name; the name speaks
    const head = np.length && !isNameWord(np[0]!) ? nameBeforeAside(toks, start, lex) : null;
    if (head) return head;
    if (np.length && !rel) return np.slice(-MAX_PHRASE);
    if (start === 0) return [];
    end = start - 1; // step over the comma
    while (end > 0 && toks[end - 1]!.punct) end--;
  }
  return [];
}

/** The name alone before the comma at `start - 1`, opening its clause ("Ruiz" of "Ruiz, fourth behind Holt last year,"), or null. */
function nameBeforeAside(toks: readonly Token[], start: number, lex: QuoteLexicon): Token[] | null {
  if (start < 2 || toks[start - 1]!.text !== ',') return null;
  let s = start - 1;
  while (s > 0 && !toks[s - 1]!.punct && !SUBJECT_BREAK.has(toks[s - 1]!.lower)) s--;
  const head = toks.slice(s, start - 1);
  if (!head.length || head.length > 4) return null;
  for (const t of head) if (!isNameWord(t) || lex.notNames.has(t.lower) || lex.titleSmallWords.has(t.lower) || lex.anonymous.has(t.lower)) return null;
  return head;
}

interface Before {
  toks: Token[];
  rule: string;
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
  let rule: string = ATTRIBUTION_RULES.intro.id;
  if (j < Math.max(b.start, prevEnd)) {
    const pb = blocks[bi - 1];
    if (j >= b.start || !pb || prevEnd > pb.end - 1) return null;
    to = pb.end;
    from = sentenceStart(text, Math.max(pb.start, to - INTRO_WINDOW, prevEnd), to - 1);
    rule = text[pb.end - 1] === ':' ? ATTRIBUTION_RULES.introParagraph.id : ATTRIBUTION_RULES.previousSentence.id;
  } else {
    const c = text[j]!;
    if (c === '"' || c === '”' || c === '“') return null;
    to = j + 1;
    const sentenceEnd = c === '.' || c === '!' || c === '?';
    from = sentenceStart(text, Math.max(b.start, to - INTRO_WINDOW, prevEnd), sentenceEnd ? j : to);
    if (sentenceEnd) rule = ATTRIBUTION_RULES.previousSentence.id;
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
      return hit !== undefined ? { speaker: hit, speakerName: null, rule: 'speaker/name-match' } : { speaker: null, speakerName: name, rule: 'speaker/name' };
    }
  }
  return null;
}

/** The attribution before the quote: a clause introducing it (`X said:`, `X told BBC Sport, "`), or a
 *  paragraph ending in ':' right before the paragraph it opens. */
export function leadingAttribution(q: RawQuote, prevEnd: number, ctx: AttributionContext, avoid?: ReadonlySet<number>): Attribution | null {
  const { text, lex, idx } = ctx;
  const before = wordsBefore(q, prevEnd, ctx);
  if (!before || before.rule === ATTRIBUTION_RULES.previousSentence.id) return null;
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
    if (sp) return { speaker: sp, outlet: findOutlet(toks, text, lex, idx.byKey), end: q.start, rule: ATTRIBUTION_RULES.source.id };
  }
  const endsNear = v >= 0 && (v === toks.length - 1 || (v >= toks.length - 3 && /^(?:that|,|:)$/.test(lastTok.lower)));
  if (!colon && !endsNear && !(v >= 0 && lastTok.text === ',')) return null;
  let sp: Speaker | null = null;
  if (v >= 0) sp = resolvePhrase(subjectBefore(toks, v, lex), idx, lex, text, avoid);
  if (!sp && colon) sp = resolvePhrase(toks.filter((t) => !t.punct).slice(-MAX_PHRASE), idx, lex, text, avoid);
  if (!sp) return null;
  return { speaker: sp, outlet: findOutlet(toks, text, lex, idx.byKey), end: q.start, rule };
}

/** The sentence right before an unattributed quote: its outlet ("In a BBC video, …"), and its speaker when it
 *  reports what someone said ("Boyle said the public would back her."): the subject of its first such verb. */
export function previousSentence(q: RawQuote, prevEnd: number, ctx: AttributionContext, avoid?: ReadonlySet<number>): { attr: Attribution | null; outlet: string | null } {
  const { text, lex, idx } = ctx;
  const before = wordsBefore(q, prevEnd, ctx);
  if (!before || before.rule !== ATTRIBUTION_RULES.previousSentence.id) return { attr: null, outlet: null };
  const { toks, rule } = before;
  const outlet = findOutlet(toks, text, lex, idx.byKey);
  for (let k = 0; k < toks.length; k++) {
    if (!isVerb(toks[k], lex)) continue;
    const sp = resolvePhrase(subjectBefore(toks, k, lex), idx, lex, text, avoid);
    if (sp) return { attr: { speaker: sp, outlet, end: q.start, rule }, outlet };
  }
  return { attr: null, outlet };
}
