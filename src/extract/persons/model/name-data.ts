/**
 * Word classes from compromise's English lexicon (its public `nlp.model()`): given names with their gender,
 * places, organisations and closed-class words. This is general knowledge of English, not a list of
 * athletes; compromise's parser itself is never run here.
 *
 * `nameDataFromModel` reads them from the model. Importing compromise unpacks its whole lexicon (about
 * 0.4 s of CPU per worker thread), so `npm run gen:name-data` snapshots the result into
 * `name-data.json`; `readNameData` reads that snapshot, and a test checks it against compromise.
 */
import snapshot from './name-data.json' with { type: 'json' };

export type Gender = 'm' | 'f';

export interface NameData {
  /** Given names → gender (null when the name is used by both). */
  given: Map<string, Gender | null>;
  /** Known surnames (only used to accept a name, never to reject one). */
  surnames: Set<string>;
  /** Place and organisation words (folded), single and multi-word. */
  places: Set<string>;
  /** Words that are ordinary English words in compromise's lexicon (folded): determiners, verbs, adverbs… */
  common: Set<string>;
  /** Closed-class words (determiners, prepositions, pronouns, conjunctions): never part of a name. */
  closed: Set<string>;
}

const CLOSED_TAGS = new Set(['Determiner', 'Preposition', 'Pronoun', 'Conjunction', 'QuestionWord', 'Copula', 'Negative', 'Possessive', 'Reflexive']);
const PLACE_TAGS = new Set(['Country', 'City', 'Place', 'Region', 'Organization', 'SportsTeam', 'Month', 'WeekDay', 'Demonym', 'Currency']);
const NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName', 'Person', 'LastName', 'Honorific']);

/** The shape of name-data.json: sorted arrays, so the file is stable and diffable. */
export interface NameDataSnapshot {
  given: [string, Gender | null][];
  surnames: string[];
  places: string[];
  common: string[];
  closed: string[];
}

export type CompromiseModel = { one?: { lexicon?: Record<string, string | string[]> }; two?: { orgWords?: Record<string, unknown>; placeWords?: Record<string, unknown> } };

/** The word classes of the snapshot, as looked up at run time. */
export function readNameData(): NameData {
  const s = snapshot as NameDataSnapshot;
  return { given: new Map(s.given), surnames: new Set(s.surnames), places: new Set(s.places), common: new Set(s.common), closed: new Set(s.closed) };
}

/** The snapshot written to name-data.json. */
export function toSnapshot(d: NameData): NameDataSnapshot {
  const sorted = (xs: Iterable<string>) => [...xs].sort();
  return {
    given: [...d.given].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)),
    surnames: sorted(d.surnames),
    places: sorted(d.places),
    common: sorted(d.common),
    closed: sorted(d.closed),
  };
}

/** Reads the word classes from compromise's model (`nlp.model()`). */
export function nameDataFromModel(model: CompromiseModel): NameData {
  const given = new Map<string, Gender | null>();
  const surnames = new Set<string>();
  const places = new Set<string>();
  const common = new Set<string>();
  const closed = new Set<string>();
  const lexicon = model.one?.lexicon ?? {};
  for (const [word, raw] of Object.entries(lexicon)) {
    const tags = Array.isArray(raw) ? raw : [raw];
    const single = !word.includes(' ');
    for (const tag of tags) {
      if (tag === 'MaleName' && single) given.set(word, given.has(word) && given.get(word) !== 'm' ? null : 'm');
      else if (tag === 'FemaleName' && single) given.set(word, given.has(word) && given.get(word) !== 'f' ? null : 'f');
      else if ((tag === 'FirstName' || tag === 'Person') && single) given.set(word, given.get(word) ?? null);
      else if (tag === 'LastName' && single) surnames.add(word);
      else if (PLACE_TAGS.has(tag)) places.add(word);
      if (CLOSED_TAGS.has(tag) && single) closed.add(word);
    }
    if (single && !tags.some((t) => NAME_TAGS.has(t) || PLACE_TAGS.has(t))) common.add(word);
  }
  for (const w of Object.keys(model.two?.orgWords ?? {})) places.add(w);
  for (const w of Object.keys(model.two?.placeWords ?? {})) places.add(w);
  return { given, surnames, places, common, closed };
}
