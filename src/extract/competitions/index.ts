/**
 * Competitions stage: every named meeting, championship or race of an article, resolved to its canonical
 * series name and edition (year, host city, indoor). Gazetteer series come from `model/series.ts` plus
 * `lexicons.competitions` in the config; other meetings, races and trials from the patterns in
 * `generic.ts`. Later short mentions ("the Worlds", "the Games") take the edition named earlier. Pure.
 */
import type { CompetitionMention, Doc } from '../../types.js';
import { identityKey } from '../../util/text.js';
import { tokenize } from './tokens.js';
import { matchGazetteer, walkCity } from './match.js';
import { matchGeneric, matchLeading, matchTrials } from './generic.js';
import { cityNear, placeAfter, timeCues, yearAfter, yearsBefore, type TimeCue } from './cues.js';
import type { CompetitionLexicon } from './lexicon.js';
import { cueFor, mergeGenericNames, nearestEdition, pickRule, referenceYear, sentenceRanges, yearFromSeasons, type Cand } from './resolve.js';

export { CompetitionRuleSchema, type CompetitionRule, type CompetitionRuleInput } from './schema.js';
export { loadCompetitionLexicon, type CompetitionLexicon } from './lexicon.js';
export { SERIES } from './model/series.js';
export { GENERIC_HEADS } from './generic.js';

export function extractCompetitions(doc: Doc, lexicon: CompetitionLexicon): CompetitionMention[] {
  const text = doc.text;
  if (!text) return [];
  const tokens = tokenize(text, doc.sentences);
  const lex = lexicon;
  const walk = (i: number) => (i < tokens.length ? walkCity(tokens, i, lex) : null);
  const month = doc.publishedAt && /^\d{4}-\d\d/.test(doc.publishedAt) ? Number(doc.publishedAt.slice(5, 7)) : null;

  const cands: Cand[] = [];
  const covered = new Uint8Array(tokens.length);
  for (const h of matchGazetteer(tokens, lex)) {
    covered.fill(1, h.a, h.b);
    cands.push({ a: h.a, b: h.b, rules: h.rules, rule: null, strength: h.strength, name: '', city: h.city, years: h.year ? [h.year] : [], cue: null, ruleId: h.ruleId, indoor: null, place: null, head: null, year: null });
  }
  const generic = matchGeneric(text, tokens, covered);
  for (const g of generic) covered.fill(1, g.a, g.b);
  const leading = matchLeading(text, tokens, covered);
  for (const g of leading) covered.fill(1, g.a, g.b);
  generic.push(...leading);
  for (const g of [...generic, ...matchTrials(tokens, covered)]) {
    cands.push({ a: g.a, b: g.b, rules: [], rule: null, strength: 'generic', name: g.name, city: null, years: [], cue: null, ruleId: g.ruleId, indoor: g.indoor, place: placeAfter(tokens, g.b), head: g.head, year: null });
  }
  if (!cands.length) return [];
  cands.sort((x, y) => x.a - y.a);
  const byStart = new Map(cands.map((c) => [c.a, c]));

  const sentences = sentenceRanges(tokens);
  const cueCache = new Map<number, TimeCue[]>();
  const cuesOf = (s: number) => {
    if (!cueCache.has(s)) {
      const r = sentences.get(s);
      cueCache.set(s, r && s >= 0 ? timeCues(tokens, r[0], r[1], month) : []);
    }
    return cueCache.get(s)!;
  };

  // which series the article names outright, and which it at least refers to
  const named = new Set<number>();
  const referred = new Set<number>();
  for (const c of cands) {
    if (c.strength === 'full' || c.strength === 'city') c.rules.forEach((r) => named.add(r));
    if (c.strength !== 'short' && c.strength !== 'bare' && c.strength !== 'bare-event') c.rules.forEach((r) => referred.add(r));
  }

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
    for (const at of [c.b, c.b + 1]) {
      const o = byStart.get(at);
      if (o && o.strength === 'bare' && (at === c.b ? tokens[at]!.soft : /^(?:in|at)$/.test(tokens[c.b]!.lower))) o.strength = 'absorbed';
    }
    if (c.strength === 'generic' || c.city) continue;
    const city = cityNear(tokens, c.a, c.b, walk);
    if (city && c.rules.some((r) => lex.editionsByCity[r]!.has(city))) c.city = city;
  }
  let ref = referenceYear(doc, tokens, cands);
  for (const c of cands) {
    if (c.strength === 'generic' || c.strength === 'absorbed') continue;
    c.rule = pickRule(c, lex, named, referred, ref);
    const rule = lex.rules[c.rule]!;
    c.name = rule.name;
    c.indoor = rule.indoor;
  }

  const live = cands.filter((c) => c.strength !== 'absorbed');
  live.forEach((c, k) => {
    const cues = cuesOf(tokens[c.a]!.sentence);
    c.cue = cues.length ? cueFor(k, live, cues) : null;
  });

  // an article without a date: an edition with a known year said to be "this summer" or "last year" fixes it
  // ("in Helsinki this summer" → 2005, "the 2004 Olympics last year" → 2005)
  if (doc.year === null) {
    for (const c of live) {
      const q = c.cue;
      if (c.rule === null || c.strength === 'bare' || !q || q.offset === null) continue;
      // a season cue anywhere in the sentence of an edition city; a month or week cue, or an explicit year,
      // only right next to the mention ("next month's European Indoor Championships in Madrid")
      const near = (q.at < c.a ? c.a - q.at : q.at - c.b + 1) <= 4;
      if (!q.season && !near) continue;
      const y = c.city && !c.years.length ? nearestEdition(lex.editionsByCity[c.rule]!.get(c.city) ?? [], ref) : c.years.length === 1 && near && q.season ? c.years[0]! : null;
      if (y === null) continue;
      ref = y - q.offset;
      break;
    }
  }
  if (doc.year === null && ref === null) ref = yearFromSeasons(live, lex);

  // editions the article names outright with a year ("2004 Olympic Games", "Athens Olympics")
  const namedYears = new Set<string>();
  for (const c of cands) {
    if (c.rule === null || (c.strength !== 'full' && c.strength !== 'city')) continue;
    for (const y of c.years) namedYears.add(`${c.rule}|${y}`);
    if (c.city) for (const y of lex.editionsByCity[c.rule]!.get(c.city) ?? []) namedYears.add(`${c.rule}|${y}`);
  }

  // the year a time cue gives, when the series held an edition that year
  const cueYear = (q: TimeCue | null) => (q === null ? null : q.year ?? (ref === null ? null : ref + (q.offset ?? 0)));
  const validCueYear = (c: Cand): number | null => {
    const y = cueYear(c.cue);
    if (y === null || c.rule === null) return y;
    const editions = lex.cityByYear[c.rule]!;
    return editions.size === 0 || lex.rules[c.rule]!.annual || editions.has(y) ? y : null;
  };

  // keep what is anchored
  const kept = cands.filter((c) => {
    if (c.rule !== null && lex.rules[c.rule]!.ignore) return false;
    if (c.strength === 'generic' || c.strength === 'full' || c.strength === 'city') return true;
    const r = c.rule!;
    const anchored = c.years.length > 0 || !!c.city || validCueYear(c) !== null;
    if (c.strength === 'absorbed') return false;
    if (c.strength === 'short') return named.has(r);
    if (c.strength === 'bare-event') return named.has(r) || referred.has(r);
    if (c.strength === 'bare') {
      // an edition city alone: the series is named, and the edition is near the article's year
      const editions = lex.editionsByCity[r]!.get(c.city!) ?? [];
      if (editions.some((y) => namedYears.has(`${r}|${y}`))) return true;
      if (ref === null) return false;
      const y = nearestEdition(editions, ref);
      return (named.has(r) || referred.has(r)) && y !== null && Math.abs(y - ref) <= 2;
    }
    if (c.strength === 'title') return anchored || named.has(r);
    const rule = lex.rules[r]!;
    return anchored || named.has(r) || (ref !== null && (rule.annual || lex.cityByYear[r]!.has(ref)));
  });
  mergeGenericNames(kept);

  // years from the mention itself
  for (const c of kept) {
    if (c.years.length) continue;
    if (c.city && c.rule !== null) {
      const editions = lex.editionsByCity[c.rule]!.get(c.city) ?? [];
      const namedEdition = c.strength === 'bare' ? editions.filter((y) => namedYears.has(`${c.rule}|${y}`)) : [];
      c.year = nearestEdition(namedEdition.length ? namedEdition : editions, cueYear(c.cue) ?? ref);
      continue;
    }
    const y = validCueYear(c);
    if (y !== null) c.year = y;
  }
  // later (or earlier) mentions of the same series take the edition named nearest before them
  const keyOf = (c: Cand) => (c.rule !== null ? `r${c.rule}` : `g${identityKey(c.name)}`);
  const isDated = (c: Cand) => c.years.length > 0 || c.year !== null;
  const lastYear = (c: Cand) => (c.years.length ? c.years[c.years.length - 1]! : c.year);
  const firstDated = new Map<string, Cand>();
  for (const c of kept) if (isDated(c) && !firstDated.has(keyOf(c))) firstDated.set(keyOf(c), c);
  const lastDated = new Map<string, Cand>();
  for (const c of kept) {
    const key = keyOf(c);
    if (isDated(c)) {
      lastDated.set(key, c);
      continue;
    }
    const d = lastDated.get(key) ?? firstDated.get(key);
    if (d) {
      c.year = lastYear(d);
      continue;
    }
    if (ref === null) continue;
    const rule = c.rule === null ? null : lex.rules[c.rule]!;
    if (!rule || rule.annual || rule.kind === 'trials' || lex.cityByYear[c.rule!]!.has(ref)) c.year = ref;
  }

  const out: CompetitionMention[] = [];
  for (const c of kept) {
    const start = tokens[c.a]!.start;
    const end = tokens[c.b - 1]!.end;
    const rule = c.rule === null ? null : lex.rules[c.rule]!;
    for (const year of c.years.length ? c.years : [c.year]) {
      const host = c.rule !== null && year !== null ? (lex.cityByYear[c.rule]!.get(year) ?? null) : null;
      const location = host ?? c.city ?? rule?.location ?? c.place ?? null;
      out.push({ start, end, text: text.slice(start, end), name: c.name, year, location, indoor: c.indoor, rule: c.ruleId });
    }
  }
  return out;
}
