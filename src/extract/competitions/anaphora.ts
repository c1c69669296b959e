/**
 * A past edition named by a year and a common noun: "the 2016 championships", "the 2023 race", "the 2017
 * edition". It is an edition of a competition the article names before it: for "championships", the
 * nearest championships named earlier; for "race", "edition", "meeting", the article's own (its first).
 */
import type { Token } from './tokens.js';
import { isYear } from './match.js';
import type { Cand } from './resolve.js';

export const YEAR_ANAPHOR_ID = 'competition/year-anaphor';

const NOUNS: ReadonlySet<string> = new Set(['championships', 'championship', 'edition', 'race', 'meeting', 'meet', 'event']);
const CHAMPIONSHIP = /\bChampionships?\b/;

/** Whether a kept mention names a meeting (not a title someone holds, nor a race of a series). */
const isNamed = (c: Cand) => c.strength === 'full' || c.strength === 'city' || c.strength === 'generic';

/** The competition that "the <year> <noun>" at token `j` refers to, among the mentions before it. */
function referent(kept: readonly Cand[], j: number, noun: string): Cand | null {
  if (noun !== 'championships' && noun !== 'championship') {
    for (const c of kept) if (isNamed(c) && c.b <= j) return c;
    return null;
  }
  let found: Cand | null = null;
  for (const c of kept) if (isNamed(c) && c.b <= j && CHAMPIONSHIP.test(c.name)) found = c;
  return found;
}

/** New mentions for "the <year> <noun>" of a competition named earlier; `kept` is sorted by position. */
export function yearAnaphora(tokens: readonly Token[], kept: readonly Cand[]): Cand[] {
  const out: Cand[] = [];
  if (!kept.length) return out;
  for (let j = 1; j + 1 < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.text.length !== 4 || !isYear(t) || tokens[j - 1]!.lower !== 'the') continue;
    const n = tokens[j + 1]!;
    // "the 2004 edition of the Olympics": the name follows, and is matched there
    if (n.cap || !n.soft || !NOUNS.has(n.lower) || tokens[j + 2]?.lower === 'of') continue;
    const c = referent(kept, j, n.lower);
    if (!c) continue;
    out.push({ ...c, a: j, b: j + 2, years: [Number(t.text)], cue: null, year: null, ruleId: YEAR_ANAPHOR_ID, city: null, place: null });
  }
  return out;
}
