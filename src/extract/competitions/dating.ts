/**
 * Dating the mentions of the competitions stage, once each mention has its series: the reference year of
 * an undated article, which mentions are anchored enough to keep, and the edition year of each kept one
 * (its own year or city, its time cue, the edition named nearest before it, the article's year). Pure.
 * Top-level functions, not closures in the extractor: each is optimised on its own, and one extractor
 * run creates no functions.
 */
import { identityKey } from '../../util/text.js';
import type { TimeCue } from './cues.js';
import type { CompetitionLexicon } from './lexicon.js';
import { nearestEdition, type Cand } from './resolve.js';

/** An edition of a series as one number (a year has four digits): no string to build per lookup. */
export const editionKey = (rule: number, year: number) => rule * 10000 + year;

/**
 * An article without a date: an edition with a known year said to be "this summer" or "last year" fixes
 * it ("in Helsinki this summer" → 2005, "the 2004 Olympics last year" → 2005). Else `ref` unchanged.
 */
export function yearFromCues(live: readonly Cand[], lex: CompetitionLexicon, ref: number | null): number | null {
  for (const c of live) {
    const q = c.cue;
    if (c.rule === null || c.strength === 'bare' || !q || q.offset === null) continue;
    // a season cue anywhere in the sentence of an edition city; a month or week cue, or an explicit year,
    // only right next to the mention ("next month's European Indoor Championships in Madrid")
    const near = (q.at < c.a ? c.a - q.at : q.at - c.b + 1) <= 4;
    if (!q.season && !near) continue;
    const y = c.city && !c.years.length ? nearestEdition(lex.editionsByCity[c.rule]!.get(c.city) ?? [], ref) : c.years.length === 1 && near && q.season ? c.years[0]! : null;
    if (y === null) continue;
    return y - q.offset;
  }
  return ref;
}

/** Editions the article names outright with a year ("2004 Olympic Games", "Athens Olympics"), as `editionKey`s. */
export function namedEditions(cands: readonly Cand[], lex: CompetitionLexicon): Set<number> {
  const named = new Set<number>();
  for (const c of cands) {
    if (c.rule === null || (c.strength !== 'full' && c.strength !== 'city')) continue;
    for (const y of c.years) named.add(editionKey(c.rule, y));
    if (c.city) for (const y of lex.editionsByCity[c.rule]!.get(c.city) ?? []) named.add(editionKey(c.rule, y));
  }
  return named;
}

/** The years among `editions` of series `rule` that the article names (no closure: it would allocate per call). */
function namedOf(editions: readonly number[], rule: number, namedYears: ReadonlySet<number>): number[] {
  const out: number[] = [];
  for (const y of editions) if (namedYears.has(editionKey(rule, y))) out.push(y);
  return out;
}

/** The year a time cue gives. */
function cueYear(q: TimeCue | null, ref: number | null): number | null {
  return q === null ? null : (q.year ?? (ref === null ? null : ref + (q.offset ?? 0)));
}

/** The year a mention's time cue gives, when the series held an edition that year. */
function validCueYear(c: Cand, lex: CompetitionLexicon, ref: number | null): number | null {
  const y = cueYear(c.cue, ref);
  if (y === null || c.rule === null) return y;
  const editions = lex.cityByYear[c.rule]!;
  return editions.size === 0 || lex.rules[c.rule]!.annual || editions.has(y) ? y : null;
}

/** Whether a mention is anchored enough to keep: a name, or a weaker form with its series named or its year known. */
export function isKept(c: Cand, lex: CompetitionLexicon, named: ReadonlySet<number>, referred: ReadonlySet<number>, namedYears: ReadonlySet<number>, ref: number | null): boolean {
  if (c.rule !== null && lex.rules[c.rule]!.ignore) return false;
  if (c.strength === 'generic' || c.strength === 'full' || c.strength === 'city') return true;
  if (c.strength === 'absorbed') return false;
  const r = c.rule!;
  if (c.strength === 'short') return named.has(r);
  if (c.strength === 'bare-event') return named.has(r) || referred.has(r);
  if (c.strength === 'bare') {
    // an edition city alone: the series is named, and the edition is near the article's year
    const editions = lex.editionsByCity[r]!.get(c.city!) ?? [];
    if (namedOf(editions, r, namedYears).length) return true;
    if (ref === null) return false;
    const y = nearestEdition(editions, ref);
    return (named.has(r) || referred.has(r)) && y !== null && Math.abs(y - ref) <= 2;
  }
  const anchored = c.years.length > 0 || !!c.city || validCueYear(c, lex, ref) !== null;
  if (c.strength === 'title') return anchored || named.has(r);
  const rule = lex.rules[r]!;
  return anchored || named.has(r) || (ref !== null && (rule.annual || lex.cityByYear[r]!.has(ref)));
}

/** Years from the mention itself: its edition city (an edition the article names, if any) or its time cue. */
export function dateFromMentions(kept: readonly Cand[], lex: CompetitionLexicon, namedYears: ReadonlySet<number>, ref: number | null): void {
  for (const c of kept) {
    if (c.years.length) continue;
    if (c.city && c.rule !== null) {
      const editions = lex.editionsByCity[c.rule]!.get(c.city) ?? [];
      const namedEdition = c.strength === 'bare' ? namedOf(editions, c.rule, namedYears) : [];
      c.year = nearestEdition(namedEdition.length ? namedEdition : editions, cueYear(c.cue, ref) ?? ref);
      continue;
    }
    const y = validCueYear(c, lex, ref);
    if (y !== null) c.year = y;
  }
}

const isDated = (c: Cand) => c.years.length > 0 || c.year !== null;
const lastYear = (c: Cand) => (c.years.length ? c.years[c.years.length - 1]! : c.year);

/**
 * Later (or earlier) mentions of a series take the edition named nearest before them (else the first one
 * after); the rest the article's year when the series held an edition then.
 */
export function dateFromSeries(kept: readonly Cand[], lex: CompetitionLexicon, ref: number | null): void {
  // one key per mention, read three times: the generic names' identity keys are built once
  const keys: string[] = [];
  for (const c of kept) keys.push(c.rule !== null ? `r${c.rule}` : `g${identityKey(c.name)}`);
  const firstDated = new Map<string, Cand>();
  for (let k = 0; k < kept.length; k++) if (isDated(kept[k]!) && !firstDated.has(keys[k]!)) firstDated.set(keys[k]!, kept[k]!);
  const lastDated = new Map<string, Cand>();
  for (let k = 0; k < kept.length; k++) {
    const c = kept[k]!;
    const key = keys[k]!;
    if (isDated(c)) {
      lastDated.set(key, c);
      continue;
    }
    const rule = c.rule === null ? null : lex.rules[c.rule]!;
    const held = ref !== null && (!rule || rule.annual || rule.kind === 'trials' || lex.cityByYear[c.rule!]!.has(ref));
    // before any dated mention of its series, an undated one is the edition of the article's year when the
    // series held one then ("leaves the Olympics" in a report of 6 August 2021, before "the 2012 Olympics")
    const d = lastDated.get(key) ?? (held ? undefined : firstDated.get(key));
    if (d) {
      c.year = lastYear(d);
      continue;
    }
    if (ref === null) continue;
    if (!rule || rule.annual || rule.kind === 'trials' || lex.cityByYear[c.rule!]!.has(ref)) c.year = ref;
  }
}
