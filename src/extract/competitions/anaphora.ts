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

export const RACE_IN_MEETING_ID = 'competition/race-in-meeting';

/** Heads of a named race that a meeting may hold ("the Wanamaker Mile at the Millrose Games"). */
const RACE_HEADS: ReadonlySet<string> = new Set(['Mile', 'Dash', 'Chase', 'Relay']);
/** Words between "at" and the meeting: "at the 2023 Millrose Games", "at Saturday's Millrose Games". */
const AT_FILLER = /^(?:the|s|(?:19|20)\d\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|this|next|last|year|week)$/;

/** The meeting a race mention is said to be held at: "<race> at [the] [2023] <meeting>", among the kept mentions after it. */
function meetingAt(tokens: readonly Token[], kept: readonly Cand[], k: number): Cand | null {
  const c = kept[k]!;
  if (tokens[c.b]?.lower !== 'at') return null;
  let j = c.b + 1;
  while (j < tokens.length && j - c.b <= 4 && AT_FILLER.test(tokens[j]!.lower)) j++;
  const m = kept[k + 1];
  return m && m.a === j && isNamed(m) && m.name !== c.name ? m : null;
}

/**
 * "the Wanamaker Mile at the 2023 Millrose Games": a named race held at a meeting is a race of that meeting,
 * not a competition of its own; every mention of the race's name takes the meeting. `kept` is sorted by
 * position and already dated.
 */
export function racesInMeetings(tokens: readonly Token[], kept: Cand[]): void {
  const meetingOf = new Map<string, Cand>();
  for (let k = 0; k + 1 < kept.length; k++) {
    const c = kept[k]!;
    if (c.strength !== 'generic' || !RACE_HEADS.has(c.head ?? '')) continue;
    const m = meetingAt(tokens, kept, k);
    if (m && !meetingOf.has(c.name)) meetingOf.set(c.name, m);
  }
  if (!meetingOf.size) return;
  for (const c of kept) {
    const m = c.strength === 'generic' ? meetingOf.get(c.name) : undefined;
    if (!m) continue;
    Object.assign(c, { rules: m.rules, rule: m.rule, strength: m.strength, name: m.name, city: m.city, years: m.years, year: m.year, indoor: m.indoor, place: m.place, ruleId: RACE_IN_MEETING_ID });
  }
}
