/**
 * Competitions stage: every named meeting, championship or race of an article, resolved to its canonical
 * series name and edition (year, host city, indoor). Gazetteer series come from `model/series.ts` plus
 * `lexicons.competitions` in the config; other meetings, races and trials from the patterns in
 * `generic.ts`. Later short mentions ("the Worlds", "the Games") take the edition named earlier. Pure.
 */
import type { CompetitionMention, Doc } from '../../types.js';
import { tokenize, type Token } from './tokens.js';
import { matchGazetteer } from './match.js';
import { matchGeneric, matchLeading, matchTrials, type GenericHit } from './generic.js';
import { BARE_CITY } from './after.js';
import { racesInMeetings, yearAnaphora } from './anaphora.js';
import { identityKey } from '../../util/text.js';
import { cityNear, placeAfter, timeCues, yearAfter, yearsBefore, type TimeCue } from './cues.js';
import type { CompetitionLexicon } from './lexicon.js';
import { cueFor, mergeGenericNames, pickRule, referenceYear, yearFromSeasons, type Cand } from './resolve.js';
import { dateFromMentions, dateFromSeries, isKept, namedEditions, yearFromCues } from './dating.js';
import type { DecisionLog } from '../../rules/log.js';
import { rejected } from '../../rules/reject.js';
import { MEETING_CITY_ID, TITLE_AFTER_NAME, unkept } from './explain.js';

export { CompetitionRuleSchema, type CompetitionRule, type CompetitionRuleInput } from './schema.js';
export { loadCompetitionLexicon, type CompetitionLexicon } from './lexicon.js';
export { SERIES } from './model/series.js';
export { GENERIC_HEADS } from './generic.js';

export function extractCompetitions(doc: Doc, lexicon: CompetitionLexicon): CompetitionMention[] {
  const text = doc.text;
  if (!text) return [];
  const lex = lexicon;
  const tokens = tokenize(text, doc.sentences);
  const cands = collectCandidates(text, tokens, lex, doc.log);
  if (!cands.length) return [];

  // which series the article names outright, and which it at least refers to
  const named = new Set<number>();
  const referred = new Set<number>();
  for (const c of cands) {
    if (c.strength === 'full' || c.strength === 'city') for (const r of c.rules) named.add(r);
    if (c.strength !== 'short' && c.strength !== 'bare' && c.strength !== 'bare-event') for (const r of c.rules) referred.add(r);
  }
  placeCandidates(text, tokens, cands, lex);
  let ref = referenceYear(doc, tokens, cands, lex);
  for (const c of cands) {
    if (c.strength === 'generic' || c.strength === 'absorbed') continue;
    c.rule = pickRule(c, lex, named, referred, ref);
    const rule = lex.rules[c.rule]!;
    c.name = rule.name;
    c.indoor = rule.indoor;
  }

  meetingCities(cands, lex, named);
  const live = cands.filter(isLive);
  attachCues(tokens, live, monthOf(doc.publishedAt));
  if (doc.year === null) {
    ref = yearFromCues(live, lex, ref);
    if (ref === null) ref = yearFromSeasons(live, lex);
  }

  const namedYears = namedEditions(cands, lex);
  const kept: Cand[] = [];
  for (const c of cands) if (isKept(c, lex, named, referred, namedYears, ref)) kept.push(c);
  if (doc.log.enabled) for (const c of cands) if (!isKept(c, lex, named, referred, namedYears, ref)) rejected(doc.log, 'competitions', unkept(c, lex).rule, tokens[c.a]!.start, tokens[c.b - 1]!.end, unkept(c, lex).reason);
  mergeGenericNames(kept);
  dateFromMentions(kept, lex, namedYears, ref);
  dateFromSeries(kept, lex, ref);
  racesInMeetings(tokens, kept);
  // "the 2016 championships", "the 2023 race": a past edition of one named before, kept apart from today's
  const past = yearAnaphora(tokens, kept);
  return mentionsOf(text, tokens, past.length ? [...kept, ...past].sort(byStart) : kept, lex);
}

const isLive = (c: Cand) => c.strength !== 'absorbed';

/**
 * "the Meeting de Paris" … "he clocked 46.98 in Paris in 2018": an edition city alone is the one-day meeting
 * the article names in that city, not an edition of a championship there (its own year from its cue).
 */
function meetingCities(cands: Cand[], lex: CompetitionLexicon, named: ReadonlySet<number>): void {
  for (const c of cands) {
    if (c.strength !== 'bare' || !c.city) continue;
    for (const r of named) {
      const rule = lex.rules[r]!;
      if (rule.kind !== 'meeting' || !rule.annual || !rule.location || rule.location !== c.city) continue;
      Object.assign(c, { rules: [r], rule: r, name: rule.name, indoor: rule.indoor, strength: 'short', city: null, ruleId: MEETING_CITY_ID });
      break;
    }
  }
}

/** The article's month (1–12) from its date, when known. */
function monthOf(publishedAt: string | null): number | null {
  return publishedAt && /^\d{4}-\d\d/.test(publishedAt) ? Number(publishedAt.slice(5, 7)) : null;
}

/**
 * Every mention, sorted by position: gazetteer hits first, then generic names, leading heads and trials,
 * each kind only where the earlier ones left the tokens free.
 */
function collectCandidates(text: string, tokens: readonly Token[], lex: CompetitionLexicon, log: DecisionLog): Cand[] {
  const cands: Cand[] = [];
  const covered = new Uint8Array(tokens.length);
  for (const h of matchGazetteer(tokens, lex)) {
    // an edition city alone ("in Seville") may still be the city of a name after its head ("the Marathon of Seville")
    covered.fill(h.strength === 'bare' ? BARE_CITY : 1, h.a, h.b);
    cands.push({ a: h.a, b: h.b, rules: h.rules, rule: null, strength: h.strength, name: '', city: h.city, years: h.year ? [h.year] : [], cue: null, ruleId: h.ruleId, indoor: null, place: null, head: null, year: null });
  }
  const generic = matchGeneric(text, tokens, covered);
  for (const g of generic) covered.fill(1, g.a, g.b);
  const leading = matchLeading(text, tokens, covered);
  for (const g of leading) covered.fill(1, g.a, g.b);
  const trials = matchTrials(tokens, covered);
  if (generic.length) dropTaken(cands, generic);
  for (const hits of [generic, leading, trials]) {
    for (const g of hits) {
      // "Africa Cross Country champion", "UK 10km record": a title or record named after a meeting, not the meeting
      if (TITLE_AFTER.has(tokens[g.b]?.lower ?? '') && tokens[g.b]!.soft && rejected(log, 'competitions', TITLE_AFTER_NAME, tokens[g.a]!.start, tokens[g.b]!.end)) continue;
      // "the Monaco Diamond League", "the Diamond League meeting in Lausanne": the meeting the gazetteer knows in that city
      const known = meetingOf(g, lex);
      if (known !== null) {
        cands.push({ a: g.a, b: g.b, rules: [known], rule: null, strength: 'full', name: '', city: null, years: [], cue: null, ruleId: lex.rules[known]!.id, indoor: null, place: null, head: null, year: null });
        continue;
      }
      cands.push({ a: g.a, b: g.b, rules: [], rule: null, strength: 'generic', name: g.name, city: null, years: [], cue: null, ruleId: g.ruleId, indoor: g.indoor, place: placeAfter(tokens, g.b), head: g.head, year: null });
    }
  }
  cands.sort(byStart);
  return cands;
}

const byStart = (x: Cand, y: Cand) => x.a - y.a;

/** Drops the gazetteer's edition cities alone that a generic name took as its city ("the Marathon of Seville"). */
function dropTaken(cands: Cand[], generic: readonly GenericHit[]): void {
  for (let k = cands.length - 1; k >= 0; k--) {
    const c = cands[k]!;
    if (c.strength === 'bare' && generic.some((g) => g.a <= c.a && c.b <= g.b)) cands.splice(k, 1);
  }
}

/** Series words that name a meeting by its city ("Monaco Diamond League"): the gazetteer's meeting in that city is meant. */
const CITY_SERIES: ReadonlySet<string> = new Set(['Diamond League']);

/** The gazetteer's meeting held in the city a series name gives ("Lausanne Diamond League" → Athletissima), or null. */
function meetingOf(g: { name: string; head: string }, lex: CompetitionLexicon): number | null {
  if (!CITY_SERIES.has(g.head)) return null;
  const city = identityKey(g.name.slice(0, g.name.length - g.head.length).trim());
  if (!city) return null;
  const found = lex.rules.findIndex((r) => r.kind === 'meeting' && r.location !== null && r.location !== undefined && identityKey(r.location) === city);
  return found >= 0 ? found : null;
}

/** Words after a name beyond the gazetteer that make it a title or a record, not a race. */
const TITLE_AFTER: ReadonlySet<string> = new Set(['champion', 'champions', 'championship', 'title', 'titles', 'titleholder', 'medallist', 'medalist', 'medallists', 'crown', 'record', 'records', 'winner', 'winners', 'best']);

/**
 * Years and edition cities next to each mention ("2023 World…", "… Classic 2024", "… Championships in
 * Budapest"); a bare edition city right after a mention is its venue, not a mention of its own.
 */
function placeCandidates(text: string, tokens: readonly Token[], cands: readonly Cand[], lex: CompetitionLexicon): void {
  const byStartAt = new Map<number, Cand>();
  for (const c of cands) byStartAt.set(c.a, c);
  for (const c of cands) {
    if (c.strength === 'absorbed') continue;
    if (!c.years.length) {
      c.years = yearsBefore(tokens, c.a);
      if (!c.years.length) {
        const y = yearAfter(text, tokens, c.b);
        if (y) c.years = [y];
      }
    }
    // a city right after a mention is its venue ("Prefontaine Classic in Eugene"), not an edition of another series
    for (let at = c.b; at <= c.b + 1; at++) {
      const o = byStartAt.get(at);
      if (o && o.strength === 'bare' && (at === c.b ? tokens[at]!.soft : /^(?:in|at)$/.test(tokens[c.b]!.lower))) o.strength = 'absorbed';
    }
    if (c.strength === 'generic' || c.city) continue;
    const city = cityNear(tokens, c.a, c.b, lex);
    if (city && hostedBy(c.rules, city, lex)) c.city = city;
  }
}

/** Whether one of the series held an edition in the city. */
function hostedBy(rules: readonly number[], city: string, lex: CompetitionLexicon): boolean {
  for (const r of rules) if (lex.editionsByCity[r]!.has(city)) return true;
  return false;
}

/**
 * Each live mention's time cue: the nearest in its sentence. Mentions are in text order, so the mentions of
 * one sentence come together and its cues are read once.
 */
function attachCues(tokens: readonly Token[], live: readonly Cand[], month: number | null): void {
  let sentence = -2;
  let cues: TimeCue[] = [];
  for (let k = 0; k < live.length; k++) {
    const c = live[k]!;
    const s = tokens[c.a]!.sentence;
    if (s !== sentence) {
      sentence = s;
      cues = s >= 0 ? timeCues(tokens, sentenceStart(tokens, c.a), sentenceEnd(tokens, c.a), month) : [];
    }
    c.cue = cues.length ? cueFor(k, live, cues) : null;
  }
}

/** The first token of the sentence holding token `i` (a sentence's tokens are contiguous). */
function sentenceStart(tokens: readonly Token[], i: number): number {
  const s = tokens[i]!.sentence;
  while (i > 0 && tokens[i - 1]!.sentence === s) i--;
  return i;
}

/** One past the last token of the sentence holding token `i`. */
function sentenceEnd(tokens: readonly Token[], i: number): number {
  const s = tokens[i]!.sentence;
  while (i < tokens.length && tokens[i]!.sentence === s) i++;
  return i;
}

/** One output mention per year of each kept mention, with the edition's host city when known. */
function mentionsOf(text: string, tokens: readonly Token[], kept: readonly Cand[], lex: CompetitionLexicon): CompetitionMention[] {
  const out: CompetitionMention[] = [];
  for (const c of kept) {
    const start = tokens[c.a]!.start;
    const end = tokens[c.b - 1]!.end;
    const rule = c.rule === null ? null : lex.rules[c.rule]!;
    const years = c.years.length ? c.years : [c.year];
    for (const year of years) {
      const host = c.rule !== null && year !== null ? (lex.cityByYear[c.rule]!.get(year) ?? null) : null;
      const location = host ?? c.city ?? rule?.location ?? c.place ?? null;
      out.push({ start, end, text: text.slice(start, end), name: c.name, year, location, indoor: c.indoor, event: rule?.event ?? null, rule: c.ruleId });
    }
  }
  return out;
}
