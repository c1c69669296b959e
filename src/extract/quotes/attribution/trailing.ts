/**
 * The attribution after a quote, up to the end of its sentence: `"…," said Claxton`, `"…," Chepkemei said`,
 * `"…," the 25-year-old added`, `"…," he emulated`, `"…" – Josh Kerr`. The window is read once (`readTrail`);
 * then small rules are tried in order, each with one job, and the first that names a speaker wins.
 */
import type { RuleSpec } from '../../../rules/catalogue.js';
import type { RawQuote } from '../marks.js';
import { findOutlet } from '../outlet.js';
import { RULES } from '../rules.js';
import { resolvePhrase, type Speaker } from '../speaker.js';
import { isNameWord, tokenize, type Token } from '../tokens.js';
import { bareAttribution } from './subject.js';
import { blockIndexAt, isVerb, logTried, MAX_PHRASE, phraseFrom, type Attribution, type AttributionContext } from './context.js';

const TRAIL_WINDOW = 200;
/** Particles of phrasal verbs of saying: "points out", "chipped in", "went on". */
const PARTICLES: ReadonlySet<string> = new Set(RULES.verbParticle.words);
/** Tokens that end the attribution after a quote (a set, not a regex: it is asked of every token). */
const STOP: ReadonlySet<string> = new Set(['.', '!', '?', ';', '"', '“', '”', '(', '‘']);

/** The words after one quote, as the trailing rules read them. */
interface Trail {
  q: RawQuote;
  text: string;
  /** The clause after the quote up to its sentence's end (a leading comma dropped). */
  toks: Token[];
  /** "(via Citius Mag)" right after the clause: read for the outlet only. */
  via: Token[];
  /** The quote ends open (",", "?", "–" …): its sentence goes on. */
  open: boolean;
  /** The clause can attribute: it goes on the quote's sentence, opens in lower case, or is a bare "Kerr said.". */
  clause: boolean;
  avoid?: ReadonlySet<number>;
}

interface TrailRule {
  rule: RuleSpec;
  /** Tried only when the words after the quote form an attributing clause. */
  needsClause: boolean;
  /** The attribution; null when the rule applied and named nobody; undefined when it does not apply. */
  read: (w: Trail, ctx: AttributionContext) => Attribution | null | undefined;
}

/** The trailing rules, in the order they are tried. */
const TRAILING: readonly TrailRule[] = [
  { rule: RULES.dash, needsClause: false, read: dashSigned },
  { rule: RULES.verbFirst, needsClause: true, read: verbFirst },
  { rule: RULES.verbAfter, needsClause: true, read: verbAfter },
  { rule: RULES.commaSubject, needsClause: true, read: commaSubject },
];

/** The attribution after the quote, up to the end of its sentence (and before `nextStart`). */
export function trailingAttribution(q: RawQuote, nextStart: number, ctx: AttributionContext, avoid?: ReadonlySet<number>): Attribution | null {
  const w = readTrail(q, nextStart, ctx, avoid);
  if (!w) return null;
  for (const r of TRAILING) {
    if (r.needsClause && !w.clause) return null;
    const a = r.read(w, ctx);
    if (a) return a;
    if (a === null) logTried(ctx, r.rule, q, 'after the quote');
  }
  return null;
}

/** Reads the window after the quote: its clause, the "(via …)" after it, and whether the clause can attribute. */
function readTrail(q: RawQuote, nextStart: number, ctx: AttributionContext, avoid?: ReadonlySet<number>): Trail | null {
  const { text, lex } = ctx;
  const b = ctx.blocks[blockIndexAt(ctx.blocks, q.end - 1)];
  if (!b) return null;
  const limit = Math.min(b.end, q.end + TRAIL_WINDOW, nextStart);
  if (limit <= q.end) return null;
  const all = tokenize(text, q.end, limit);
  let cut = all.findIndex((t) => STOP.has(t.text));
  if (cut < 0) cut = all.length;
  const toks = all.slice(0, cut);
  // "…," he said (via Citius Mag).
  const via = all[cut]?.text === '(' && all[cut + 1]?.lower === 'via' ? all.slice(cut + 1, cut + 8) : [];
  const lastChar = text[q.parts[q.parts.length - 1]!.end - 1] ?? '';
  const open = /[,?!\-–—…:]/.test(lastChar) || toks[0]?.text === ',';
  if (toks[0]?.text === ',') toks.shift();
  const first = toks[0];
  // "…." New sentence: an attribution only when it is a bare "Kerr said." / "Kerr told BBC Sport."
  const endsSentence = all[cut]?.text === '.' || (cut === all.length && limit === b.end);
  const clause = !!first && !first.punct && (open || /^\p{Ll}/u.test(first.text) || bareAttribution(toks, lex, endsSentence));
  return { q, text, toks, via, open, clause, avoid };
}

const attribution = (w: Trail, ctx: AttributionContext, speaker: Speaker, outletToks: readonly Token[], rule: RuleSpec): Attribution => ({
  speaker,
  outlet: findOutlet([...outletToks, ...w.via], w.text, ctx.lex, ctx.idx.byKey),
  end: w.toks[w.toks.length - 1]!.end,
  rule: rule.id,
});

/** "…" – Josh Kerr: a dash and a name alone (one to four name words) sign the quote. */
function dashSigned(w: Trail, ctx: AttributionContext): Attribution | null | undefined {
  const { toks, text } = w;
  const dashTok = /^[–—]$/.test(toks[0]?.text ?? '');
  if (!dashTok && !/^[ \t]*[-–—][ \t]*$/.test(text.slice(w.q.end, toks[0]?.start ?? w.q.end))) return undefined;
  const np = toks.slice(dashTok ? 1 : 0);
  const words = np.filter((t) => !t.punct);
  if (words.length < 1 || words.length > 4 || words.length !== np.length || !words.every((t) => isNameWord(t))) return null;
  const sp = resolvePhrase(words, ctx.idx, ctx.lex, text, w.avoid);
  return sp ? { speaker: sp, outlet: null, end: words[words.length - 1]!.end, rule: RULES.dash.id } : null;
}

/** "…," said X / "…," points out X / "…," according to X: the phrase after the verb. */
function verbFirst(w: Trail, ctx: AttributionContext): Attribution | null | undefined {
  const { toks } = w;
  const according = toks[0]!.lower === 'according' && toks[1]?.lower === 'to';
  if (!according && !isVerb(toks[0], ctx.lex)) return undefined;
  const at = according ? 2 : PARTICLES.has(toks[1]?.lower ?? '') ? 2 : 1;
  const sp = speakerAfterVerb(w, ctx, at, according ? 2 : 1);
  return sp ? attribution(w, ctx, sp, w.toks, RULES.verbFirst) : null;
}

const namesNobody = (sp: Speaker | null) => !sp || (sp.speaker === null && !sp.speakerName);

/** The phrase from `at` on; past roles joined by "and" ("says former Olympian and TV pundit Ed Hale") or to
 *  an appositive name ("said one of their lawyers, Michalis Dimitrakopoulos") when it names nobody. */
function speakerAfterVerb(w: Trail, ctx: AttributionContext, at: number, head: number): Speaker | null {
  const { toks, text, avoid } = w;
  const { idx, lex } = ctx;
  const np = phraseFrom(toks, at, lex);
  let sp = resolvePhrase(np, idx, lex, text, avoid);
  if (namesNobody(sp) && toks[at + np.length]?.lower === 'and') {
    const more = phraseFrom(toks, at + np.length + 1, lex);
    if (more.length) sp = resolvePhrase(more, idx, lex, text, avoid) ?? sp;
  }
  if (namesNobody(sp) && toks[head + np.length]?.text === ',') {
    const app = phraseFrom(toks, head + 1 + np.length, lex);
    if (app.length && app.every((t) => isNameWord(t))) sp = resolvePhrase(app, idx, lex, text, avoid) ?? sp;
  }
  return sp;
}

/** "…," X said / "…," Kerr, who won in 2023, said: the phrase before the first verb (a relative clause skipped). */
function verbAfter(w: Trail, ctx: AttributionContext): Attribution | null | undefined {
  const { toks } = w;
  const { lex } = ctx;
  let subjectEnd = -1; // the subject ends at the first comma before "who", "the" …
  for (let v = 1; v < toks.length && v <= MAX_PHRASE + 12; v++) {
    const t = toks[v]!;
    if (t.punct) {
      if (t.text !== ',' || subjectEnd >= 0 || !/^(?:who|which|whose|the|a|an)$/.test(toks[v + 1]?.lower ?? '')) return undefined;
      subjectEnd = v;
      const close = toks.findIndex((x, k) => k > v && x.punct);
      if (close < 0 || toks[close]!.text !== ',') return undefined;
      v = close;
      continue;
    }
    if (subjectEnd < 0 && v > MAX_PHRASE) return undefined;
    if (!isVerb(t, lex)) continue;
    let np = toks.slice(0, subjectEnd >= 0 ? subjectEnd : v);
    while (np.length && lex.auxiliaries.has(np[np.length - 1]!.lower)) np = np.slice(0, -1);
    const sp = resolvePhrase(np, ctx.idx, lex, w.text, w.avoid);
    return sp ? attribution(w, ctx, sp, toks.slice(v), RULES.verbAfter) : null;
  }
  return undefined;
}

/** "…," he grinned: a pronoun or a name right after a quote that ended open, before a lower-case word. */
function commaSubject(w: Trail, ctx: AttributionContext): Attribution | null | undefined {
  const first = w.toks[0]!;
  if (!w.open || !(ctx.lex.pronouns.has(first.lower) || isNameWord(first)) || !/^\p{Ll}/u.test(w.toks[1]?.text ?? '')) return undefined;
  const sp = resolvePhrase([first], ctx.idx, ctx.lex, w.text, w.avoid);
  return sp ? attribution(w, ctx, sp, w.toks, RULES.commaSubject) : null;
}
