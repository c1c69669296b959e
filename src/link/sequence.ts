/**
 * Places read from a run of results written as prose: "Arop finished second in 1:41.72 ahead of Tual (1:42.30),
 * Hoppel (1:42.63) and Sisk (1:43.48)" gives 3, 4 and 5; "Watson (10.04), Goldson (10.07) and Nkrumie (10.09)
 * completed the top seven" gives 5, 6 and 7; "Musau (29:11) and Messaoudi (29:13.3) were eighth and 10th,
 * respectively". A run is a chain of times in one sentence, each after the previous runner's time by a list
 * word (a comma, "and", "ahead of", "from", "followed by") and a name, and its times must not get faster: a
 * list that is not in finishing order is left alone.
 */
import type { Doc, PerformanceMention } from '../types.js';
import { sentenceAt } from './spans.js';
import { ordinalValue } from './model.js';

export interface SequenceRule {
  id: string;
  reason: string;
  pattern: RegExp;
}

/** From the end of one time to the next time: a list word, a name (with its epithet or country) and a bracket or "in". */
const LINK_NEXT = /^(?:\s?(?:seconds?|secs?))?\)?(?:\s?\([^()]{1,20}\))?(?:,\s{1,3}(?:and\s{1,3})?|,?\s{1,3}and\s{1,3}|,?\s{1,3}(?:just\s{1,3}|narrowly\s{1,3}|well\s{1,3})?(?:ahead of|in front of|followed by|from|beating|with)\s{1,3})[^,;.()\d]{2,80}?(?:\(|\s(?:in|with|clocking)\s)$/;

const ORD = String.raw`(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,2}(?:st|nd|rd|th))`;

/** "She was closely followed by X, who clocked …": the text before a time that opens with a follower. */
const FOLLOWED_BY = /\b(?:was|were|is|are)\s(?:(?:closely|narrowly|then)\s)?followed\s(?:home\s)?by\s[^.;!?]{2,120}$/i;

/** After a run's last time. */
export const SEQUENCE_RULES = {
  top: { id: 'place/completed-the-top', reason: '"… completed the top seven", "rounded out the top five": the last of the run has that place', pattern: /^(?:\s?(?:seconds?|secs?))?\)?,?\s{1,3}(?:completed|rounded out|filled out|made up|rounded off)\s{1,3}the\s{1,3}top\s{1,3}(\w+)/i },
  medals: { id: 'place/missed-the-medals', reason: '"… just missed out on the medals", "finished outside the medals": the first of the run is fourth', pattern: /^(?:\s?(?:seconds?|secs?))?\)?,?\s{1,3}(?:\w+\s{1,3}){0,2}(?:missed out on|missed|outside)\s{1,3}(?:the\s{1,3})?(?:medals|podium)\b/i },
  respectively: { id: 'place/respectively', reason: '"A (29:11) and B (29:13) were eighth and 10th, respectively": places given in the order of the runners', pattern: new RegExp(String.raw`^(?:\s?(?:seconds?|secs?))?\)?,?\s{1,3}(?:were|finished|came|placed|took)\s{1,3}${ORD}((?:,\s{1,3}${ORD})*),?\s{1,3}and\s{1,3}${ORD},?\s{1,3}respectively`, 'i') },
  followed: { id: 'place/followed-by', reason: '"She was closely followed by X, who clocked …": one place behind the winner or runner-up of the sentence before', pattern: FOLLOWED_BY },
  after: { id: 'place/after-in-run', reason: 'each runner listed after a placed runner\'s time, in finishing order, is one place further back', pattern: LINK_NEXT },
} as const satisfies Record<string, SequenceRule>;

const TOP_WORDS: Record<string, number> = { three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12 };

/** The runs of a sentence: performances in order of their times, one per time (relay teams left out). */
function runsOf(doc: Doc, perfs: readonly PerformanceMention[]): PerformanceMention[][] {
  const runs: PerformanceMention[][] = [];
  let run: PerformanceMention[] = [];
  let sentence = -1;
  for (const p of perfs) {
    if (p.event?.discipline === 'relay' || p.person === null) continue;
    const prev = run[run.length - 1];
    if (prev && prev.start === p.start) continue; // one time, several runners: not a run of results
    const s = sentenceAt(doc.sentences, p.start);
    const chained = prev && s === sentence && LINK_NEXT.test(doc.text.slice(prev.end, p.start)) && p.reading.seconds >= prev.reading.seconds;
    if (!chained) {
      if (run.length) runs.push(run);
      run = [];
    }
    run.push(p);
    sentence = s;
  }
  if (run.length) runs.push(run);
  return runs;
}

function place(p: PerformanceMention, value: number, rule: string, force = false): void {
  if (p.place !== null && !force) return;
  p.place = value;
  p.rules.push(rule);
}

/** "Samba followed in 47.09": the runner of the time follows the runner placed before. */
const FOLLOWED_IN = /\bfollowed\s(?:(?:him|her|them|closely|home)\s){0,2}(?:in|with|at|clocking)\s$/i;
/** "Behind her, A (2:22:42) and B (2:25:31) booked the other two spots": the runners of the sentence follow the winner. */
const BEHIND = /^\s*Behind\s(?:her|him|them|the\swinner)\b/i;

/** The last placed performance before `i` in the same event, of another runner, at most `reach` sentences back, in the first two places. */
function leaderOf(doc: Doc, perfs: readonly PerformanceMention[], i: number, s: number, reach: number): PerformanceMention | null {
  const p = perfs[i]!;
  for (let j = i - 1; j >= 0; j--) {
    const l = perfs[j]!;
    if (s - sentenceAt(doc.sentences, l.start) > reach) return null;
    if (l.place !== null && l.person !== p.person && l.event?.name === p.event?.name) return l.place <= 2 ? l : null;
  }
  return null;
}

/**
 * "Moraa won in 2:00.27. She was closely followed by Odira, who clocked 2:00.36", "Samba followed in 47.09":
 * one place behind a winner or runner-up said just before, in the same event; "Behind her, A (2:22:42) and B
 * (2:25:31) …": the runners of the sentence in order. Only behind the first two: in club reports "followed by"
 * names the club's next runner, not the next place. Run after the places said elsewhere are carried (a winner's
 * place is often said apart from the time).
 */
export function followers(doc: Doc, perfs: readonly PerformanceMention[]): void {
  let behind: { sentence: number; next: number } | null = null;
  for (let i = 1; i < perfs.length; i++) {
    const p = perfs[i]!;
    if (p.place !== null || p.person === null) continue;
    const s = sentenceAt(doc.sentences, p.start);
    const sentence = doc.sentences[s]!;
    if (behind && behind.sentence === s) {
      place(p, behind.next++, SEQUENCE_RULES.followed.id);
      continue;
    }
    const before = doc.text.slice(Math.max(sentence.start, perfs[i - 1]!.end), p.start);
    const opens = BEHIND.test(doc.text.slice(sentence.start, p.start));
    if (!opens && !FOLLOWED_BY.test(before) && !FOLLOWED_IN.test(before)) continue;
    // ("Behind her" may follow the winner's quotes: it reaches further back, to a winner only)
    const leader = leaderOf(doc, perfs, i, s, opens ? 12 : 2);
    if (!leader || (opens && leader.place !== 1)) continue;
    place(p, leader.place! + 1, SEQUENCE_RULES.followed.id);
    if (opens) behind = { sentence: s, next: leader.place! + 2 };
  }
}

/** Reads places off runs of results; fills places the time's own clause did not give. */
export function placeRuns(doc: Doc, perfs: readonly PerformanceMention[]): void {
  for (const run of runsOf(doc, perfs)) {
    const last = run[run.length - 1]!;
    const tail = doc.text.slice(last.end, last.end + 120);
    const resp = run.length >= 2 ? SEQUENCE_RULES.respectively.pattern.exec(tail) : null;
    if (resp) {
      const places = [resp[1], ...(resp[2] ?? '').split(',').map((x) => x.trim()).filter(Boolean), resp[resp.length - 1]].map((o) => ordinalValue(o ?? ''));
      if (places.length === run.length && places.every((n) => n !== null)) run.forEach((p, i) => place(p, places[i]!, SEQUENCE_RULES.respectively.id, true));
      continue;
    }
    const top = SEQUENCE_RULES.top.pattern.exec(tail);
    const topN = top ? (TOP_WORDS[top[1]!.toLowerCase()] ?? ordinalValue(top[1]!)) : null;
    if (topN !== null && topN >= run.length && run.every((p) => p.place === null)) {
      run.forEach((p, i) => place(p, topN - (run.length - 1 - i), SEQUENCE_RULES.top.id));
      continue;
    }
    if (run.every((p) => p.place === null) && SEQUENCE_RULES.medals.pattern.test(tail)) {
      run.forEach((p, i) => place(p, 4 + i, SEQUENCE_RULES.medals.id));
      continue;
    }
    // "X finished second in 1:41.72 ahead of A (1:42.30), B (1:42.63)": one place further back each
    for (let i = 1; i < run.length; i++) {
      const before = run[i - 1]!.place;
      if (before !== null) place(run[i]!, before + 1, SEQUENCE_RULES.after.id);
    }
  }
}
