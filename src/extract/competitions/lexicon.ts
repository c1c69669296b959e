/**
 * The loaded gazetteer: a token trie of every form, the host cities, and a deletion index for the
 * tolerant match ("Milrose" ~ "Millrose": edit distance 1 on words of six letters or more). Built once,
 * from the built-in gazetteer (model/series.ts) merged with `lexicons.competitions` by id.
 */
import { CompetitionRuleSchema, type CompetitionRule } from './schema.js';
import { SERIES } from './model/series.js';
import { startMask, type StartMask } from './tokens.js';
import { mergeLexicon, type LexiconOverride, type LexiconSpec } from '../../rules/overrides.js';

export type FormKind = 'full' | 'short' | 'adj' | 'head';

export interface FormEnd {
  rule: number;
  kind: FormKind;
  /** Per token: the text must be capitalised there. */
  cased: boolean[];
}

export interface TrieNode {
  next: Map<string, TrieNode>;
  ends: FormEnd[];
}

export interface CityEnd {
  /** The city as written in the rules' `editions`. */
  city: string;
  cased: boolean[];
}

export interface CityNode {
  next: Map<string, CityNode>;
  ends: CityEnd[];
}

export interface CompetitionLexicon {
  readonly rules: readonly CompetitionRule[];
  readonly trie: TrieNode;
  readonly cities: CityNode;
  /** Per rule: host city → edition years, ascending. */
  readonly editionsByCity: readonly ReadonlyMap<string, number[]>[];
  /** Per rule: edition year → host city. */
  readonly cityByYear: readonly ReadonlyMap<number, string>[];
  /** Host city → the rules that held an edition there, ascending. */
  readonly hostsByCity: ReadonlyMap<string, readonly number[]>;
  /** Known words of six letters or more, and their one-deletion variants → the known word. */
  readonly fuzzy: ReadonlyMap<string, string>;
  readonly known: ReadonlySet<string>;
  /** First letter + second or third letter of the known long words (`pairKey`): a cheap test before the tolerant match. */
  readonly fuzzyPrefix: ReadonlySet<number>;
  /** The known long words by first letter and length (`lengthKey`), as `letterSet`s: the test before the tolerant match. */
  readonly fuzzyLetters: ReadonlyMap<number, readonly number[]>;
  /** First letters and lengths of the words that start a form (± 1: a misspelling of one) and a city. */
  readonly trieStarts: StartMask;
  readonly cityStarts: StartMask;
}

// numbers, not two-letter strings: no string to build and hash for every capitalised word of the text
const pairKey = (w: string, k: number) => w.charCodeAt(0) * 65536 + w.charCodeAt(k);
const lengthKey = (first: number, length: number) => first * 64 + length;

/**
 * The letters of a word as a 32-bit set (a bit per char code & 31). Two words one letter apart (one
 * missing, extra or replaced) differ by at most one letter each way in these sets.
 */
function letterSet(w: string): number {
  let m = 0;
  for (let i = 0; i < w.length; i++) m |= 1 << (w.charCodeAt(i) & 31);
  return m;
}

/** At most one bit set. */
const atMostOne = (m: number) => (m & (m - 1)) === 0;

const splitForm = (f: string) => f.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
const isCap = (w: string) => w.charAt(0) !== w.charAt(0).toLowerCase();

function addForm<T>(root: { next: Map<string, T>; ends: unknown[] }, words: string[], end: unknown, make: () => T): void {
  let node = root as { next: Map<string, T>; ends: unknown[] };
  for (const w of words) {
    const k = w.toLowerCase();
    let child = node.next.get(k);
    if (!child) {
      child = make();
      node.next.set(k, child);
    }
    node = child as unknown as { next: Map<string, T>; ends: unknown[] };
  }
  node.ends.push(end);
}

function deletions(w: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1));
  return out;
}

/** The built-in gazetteer and its schema, for the merge with `lexicons.competitions`. */
export const COMPETITION_LEXICON: LexiconSpec<typeof CompetitionRuleSchema> = { key: 'competitions', schema: CompetitionRuleSchema, builtin: SERIES };

interface FormIndex {
  trie: TrieNode;
  cities: CityNode;
  known: Set<string>;
  editionsByCity: Map<string, number[]>[];
  cityByYear: Map<number, string>[];
}

/** Every form of a rule into the trie (its words into `known`), its edition cities and city aliases into `cities`. */
function indexForms(rules: readonly CompetitionRule[]): FormIndex {
  const ix: FormIndex = { trie: { next: new Map(), ends: [] }, cities: { next: new Map(), ends: [] }, known: new Set(), editionsByCity: [], cityByYear: [] };
  const makeT = (): TrieNode => ({ next: new Map(), ends: [] });
  const makeC = (): CityNode => ({ next: new Map(), ends: [] });
  const addCity = (written: string, city: string) => {
    const words = splitForm(written);
    if (words.length) addForm(ix.cities, words, { city, cased: words.map(() => true) } satisfies CityEnd, makeC);
  };
  rules.forEach((r, ri) => {
    const add = (forms: readonly string[] | undefined, kind: FormKind) => {
      for (const f of forms ?? []) {
        const words = splitForm(f);
        if (!words.length) continue;
        for (const w of words) ix.known.add(w.toLowerCase());
        addForm(ix.trie, words, { rule: ri, kind, cased: words.map(isCap) } satisfies FormEnd, makeT);
      }
    };
    add(r.forms, 'full');
    add(r.shortForms, 'short');
    add(r.adjectives, 'adj');
    add(r.cityHeads, 'head');
    const byCity = new Map<string, number[]>();
    const byYear = new Map<number, string>();
    for (const [y, city] of Object.entries(r.editions ?? {})) {
      const year = Number(y);
      byYear.set(year, city);
      byCity.set(city, [...(byCity.get(city) ?? []), year].sort((a, b) => a - b));
      addCity(city, city);
    }
    for (const [alias, city] of Object.entries(r.cities ?? {})) addCity(alias, city);
    ix.editionsByCity.push(byCity);
    ix.cityByYear.push(byYear);
  });
  return ix;
}

/** Host city → the rules that held an edition there, ascending. */
function indexHosts(editionsByCity: readonly ReadonlyMap<string, number[]>[]): Map<string, number[]> {
  const hostsByCity = new Map<string, number[]>();
  editionsByCity.forEach((byCity, ri) => {
    for (const city of byCity.keys()) {
      const hosts = hostsByCity.get(city);
      if (hosts) hosts.push(ri);
      else hostsByCity.set(city, [ri]);
    }
  });
  return hostsByCity;
}

/** The tables of the tolerant match over the known words of six letters or more. */
function indexFuzzy(known: ReadonlySet<string>): Pick<CompetitionLexicon, 'fuzzy' | 'fuzzyPrefix' | 'fuzzyLetters'> {
  const fuzzy = new Map<string, string>();
  const fuzzyPrefix = new Set<number>();
  const fuzzyLetters = new Map<number, number[]>();
  for (const w of known) {
    if (w.length < 6) continue;
    // every known long word, digits too: an extra letter after one ("10000mm") is corrected to it
    const key = lengthKey(w.charCodeAt(0), Math.min(w.length, 63));
    const sets = fuzzyLetters.get(key);
    if (sets) sets.push(letterSet(w));
    else fuzzyLetters.set(key, [letterSet(w)]);
    if (/\d/.test(w)) continue;
    fuzzyPrefix.add(pairKey(w, 1));
    fuzzyPrefix.add(pairKey(w, 2));
    for (const d of deletions(w)) if (!known.has(d) && !fuzzy.has(d)) fuzzy.set(d, w);
  }
  return { fuzzy, fuzzyPrefix, fuzzyLetters };
}

/** Built-in gazetteer merged with config entries by id (src/rules/overrides.ts). Throws on a bad entry, naming its key path. */
export function loadCompetitionLexicon(extra: readonly LexiconOverride[] = []): CompetitionLexicon {
  const rules = mergeLexicon(COMPETITION_LEXICON, extra);
  const { trie, cities, known, editionsByCity, cityByYear } = indexForms(rules);
  const hostsByCity = indexHosts(editionsByCity);
  const { fuzzy, fuzzyPrefix, fuzzyLetters } = indexFuzzy(known);
  return Object.freeze({ rules: Object.freeze(rules), trie, cities, editionsByCity, cityByYear, hostsByCity, fuzzy, known, fuzzyPrefix, fuzzyLetters, trieStarts: startMask(trie.next.keys(), 1), cityStarts: startMask(cities.next.keys()) });
}

/**
 * Whether a known long word with the same first letter, a length within one and letters one apart could
 * be the word misspelt: a test without building a string. Most capitalised words (names, cities) fail it
 * and skip the one-deletion variants, each a string built and hashed twice.
 */
function mayMisspell(lex: CompetitionLexicon, lower: string): boolean {
  const first = lower.charCodeAt(0);
  const m = letterSet(lower);
  for (let len = lower.length - 1; len <= lower.length + 1; len++) {
    const sets = lex.fuzzyLetters.get(lengthKey(first, len));
    if (sets) for (const k of sets) if (atMostOne(m & ~k) && atMostOne(k & ~m)) return true;
  }
  return false;
}

/**
 * The known word a text word is a misspelling of (one letter missing, extra or replaced), or null.
 * Only words of six letters or more, with the same first letter.
 */
export function correctWord(lex: CompetitionLexicon, lower: string): string | null {
  if (lower.length < 6 || lower.length > 30 || !lex.fuzzyPrefix.has(pairKey(lower, 1))) return null;
  if (!mayMisspell(lex, lower) || lex.known.has(lower)) return null;
  const hit = lex.fuzzy.get(lower); // a letter missing from the text word
  if (hit && hit[0] === lower[0]) return hit;
  for (const d of deletions(lower)) {
    if (lex.known.has(d) && d[0] === lower[0] && d.length >= 6) return d; // an extra letter
    const sub = lex.fuzzy.get(d); // a letter replaced
    if (sub && sub.length === lower.length && sub[0] === lower[0]) return sub;
  }
  return null;
}
