/**
 * Who ran a time: a name or a resolved pronoun/descriptor around it, by rules tried in order.
 */
import type { Doc, Sentence, TimeMention } from '../types.js';
import type { SpanIndex } from './spans.js';
import { firstIn, lastIn } from './spans.js';
import { isSpaceCode } from '../util/chars.js';

export interface Anchor {
  start: number;
  end: number;
  person: number;
  /** A pronoun or descriptor, not a written name. */
  ref: boolean;
}

export interface Found<T> {
  value: T;
  rule: string;
}

/**
 * A name in object position ("followed Paul running …", "to beat the Norwegian", "paced by Chris Hale")
 * did not run the time that follows; a relative clause ("followed by X who …") makes it the subject again.
 */
const OBJECT_BEFORE = /\b(?:(?:followed|follows|beat|beats|beating|ahead of|behind|away from|clear of|passed|passing|overtook|overtaking|overhauled|edged out|edging out|outkicked|outsprinted|pipped|defeated|defeating|denied|upset|upsetting|than|(?:held|holding|holds|fought|fighting|saw|seeing) off|(?:challenge|threat|attentions) (?:of|from)|(?:stole the show|victory|won|wins|win|winning|pulled clear|broke away) from|(?:head-to-head|record|rivalry|battle|duel) with)(?: (?:team-?mate|compatriot|countryman|countrywoman|rival|training partner|pacemaker|fellow [\p{L}-]{2,20}))?(?: (?:[\p{L}\d-]{1,20} ){0,4}(?:champion|medall?ist|winner|record holder|favourite|favorite))?(?: \p{Lu}\p{Ll}{2,20})?|absence of|(?:paced|coached|guided|helped|led|cheered|encouraged)(?: again| home)? by(?: (?:club|his|her|the) [\p{L}-]{1,30})?) {1,3}(?:the {1,3})?$/iu;
/**
 * Between an object and the time, a coordinated predicate of the sentence's subject: "Obiri … overcame a
 * challenge from Sharon Lokedi, and won in 2:22:37"; "Langat clipped a barrier but overtook Rotich to take
 * bronze in 8:14.70" is read by OBJECT_BEFORE.
 */
const COORDINATED = /^[,;]? (?:and|but) (?:then |eventually |later |finally |still )?(?:won|went on to win|clocked|ran|finished|crossed|took|stopped|broke|set|claimed|secured|came home)\b/i;
/** A possessive name is a modifier ("broke Kosgei's record by clocking 3:31.20") unless it owns the time ("Leonard's record of 27:38"). */
const POSSESSIVE_OWNS = /^['’]s? (?:[\p{L}\d-]+ ){0,4}?(?:record|best|mark|time|PB|SB|winning time|clocking)s? (?:of|at|was|is|stood at) $/u;

const SUBJECT_AFTER = /^['’]?s? ?,? ?(?:who|which)\b/i;
/** Between a name and its time: nothing, a possessive, or a bracket ("Name (1.53.4)", "Name's 8:03.40"). */
const ADJACENT = /^(?:['’]s?)? ?[(:,–-]? ?$/;
/** After a time: "set by", "held by", "run by" and an optional descriptor before the holder's name. */
const SET_BY = /^(?:secs?|seconds?|s)?,? (?:(?:which|that) (?:was|had been|has been|is) )?(?:(?:previously|formerly|originally|jointly) )?(?:set|held|run|clocked|achieved|recorded|owned|established)(?: [\p{L}\d-]{1,20}){0,3}? by /iu;
/** "the 44.52 by Michael Norman in 2018": a time followed by "by" and a name (the name must come right after). */
const BY_NAME = /^(?:secs?|seconds?|s)? by $/i;

/** "<name> of Ireland's <time>", "<name> of the USA's <time>". */
const OF_PLACE_POSSESSIVE = /^ of (?:the )?\p{Lu}[\p{L}.]{1,20}(?: \p{Lu}[\p{L}.]{1,20}){0,2}['’]s? $/u;

/** The time follows someone's possessive ("to beat the great Brit's 8:03:40"). */
const POSSESSIVE_BEFORE = /\w['’]s? ?$/;

/** A title right before a name ("defending Olympic champion X"), which may hide the verb before it from a 40-character look. */
const TITLE_BEFORE = /(?:champion|medall?ist|winner|record holder|favourite|favorite) $/i;

export function isObject(doc: Doc, a: Anchor, sentenceStart: number): boolean {
  // OBJECT_BEFORE ends in a space: a name that opens its sentence or follows a mark is never in object position
  if (a.start <= sentenceStart || !isSpaceCode(doc.text.charCodeAt(a.start - 1))) return false;
  const near = doc.text.slice(Math.max(sentenceStart, a.start - 40), a.start).replace(/\s+/g, ' ');
  // wider only behind a title ("stole the show from two-time defending Olympic champion X"): the test runs per name
  const object = OBJECT_BEFORE.test(near) || (TITLE_BEFORE.test(near) && OBJECT_BEFORE.test(doc.text.slice(Math.max(sentenceStart, a.start - 80), a.start).replace(/\s+/g, ' ')));
  return object && !SUBJECT_AFTER.test(doc.text.slice(a.end, a.end + 12).replace(/\s+/g, ' '));
}

function respectively(doc: Doc, t: TimeMention, s: Sentence, anchors: SpanIndex<Anchor>, times: SpanIndex<TimeMention>): Found<Anchor> | null | undefined {
  if (!/\brespectively\b/i.test(doc.text.slice(t.end, Math.min(s.end, t.end + 200)))) return undefined;
  const timesIn = firstIn(times, s.start, s.end);
  const k = timesIn.indexOf(t);
  let people = [...new Map(lastIn(anchors, s.start, timesIn[0]?.start ?? t.start).map((a) => [a.person, a])).values()];
  // "Behind her, A and B ran 52.64 and 52.77 respectively": the names listed last before the times pair with them
  if (people.length > timesIn.length) people = people.slice(-timesIn.length);
  if (k >= 0 && people.length === timesIn.length && people[k]) return { value: people[k]!, rule: 'link/athlete-respectively' };
  if (timesIn.length > 1) return null; // the pairing is unknown: better no athlete than the wrong one
  return undefined;
}

/**
 * The athlete of a time, or null when the text does not tie one to it. `objects` remembers, per article, which
 * anchors stand in object position (an anchor lies in one sentence, so the answer never changes; a sentence
 * listing many times asks it of the same names again and again).
 */
export function findAthlete(doc: Doc, t: TimeMention, sIdx: number, anchors: SpanIndex<Anchor>, times: SpanIndex<TimeMention>, objects: Map<Anchor, boolean> = new Map()): Found<Anchor> | null {
  const s = doc.sentences[sIdx]!;
  const all = lastIn(anchors, s.start, t.start);
  // "to beat the great Brit's 8:03:40": a possessive owner is the time's athlete, object position or not
  const owner = all[all.length - 1];
  if (owner && t.start - owner.end <= 4 && /^['’]s? ?$/.test(doc.text.slice(owner.end, t.start).replace(/\s+/g, ' '))) return { value: owner, rule: 'link/athlete-possessive' };
  const before = all.filter((a) => {
    let object = objects.get(a);
    if (object === undefined) objects.set(a, (object = isObject(doc, a, s.start)));
    return !object;
  });
  let last = before[before.length - 1];
  // a possessive modifier is not the runner: the subject before it is
  if (last && !last.ref && /^['’]s?\s/.test(doc.text.slice(last.end, last.end + 3)) && before.length > 1 && t.start - last.end > 4) {
    if (!POSSESSIVE_OWNS.test(doc.text.slice(last.end, t.start).replace(/\s+/g, ' '))) last = before[before.length - 2];
  }
  // "… a challenge from Sharon Lokedi, and won in 2:22:37": the coordinated verb's subject opens the sentence
  if (last && before.length > 1 && before[0]!.person !== last.person && COORDINATED.test(doc.text.slice(last.end, t.start).replace(/\s+/g, ' ')) && !firstIn(times, last.end, t.start, 1).length)
    return { value: before[0]!, rule: 'link/athlete-coordinated-subject' };
  const gap = last ? t.start - last.end : Infinity;
  if (last && gap <= 6 && ADJACENT.test(doc.text.slice(last.end, t.start).replace(/\s+/g, ' '))) return { value: last, rule: 'link/athlete-adjacent' };
  // "Grant Fisher of the United States (12:49.32)": a bracketed time after a name phrase is that name's
  if (doc.text[t.start - 1] === '(') {
    const owner = lastIn(anchors, Math.max(s.start, t.start - 40), t.start, 1)[0];
    if (owner && !/[\d,;()]/.test(doc.text.slice(owner.end, t.start - 1))) return { value: owner, rule: 'link/athlete-bracketed' };
  }
  // "the previous mark of 14:39.29 set by another Ethiopian, Berhane Adera": the record holder named after it
  const holder = holderAfter(doc, t, s, anchors, times);
  if (holder !== undefined) return holder;
  const paired = respectively(doc, t, s, anchors, times);
  if (paired !== undefined) return paired;
  if (POSSESSIVE_BEFORE.test(doc.text.slice(Math.max(s.start, t.start - 8), t.start).replace(/\s+/g, ' '))) {
    // "Eamonn Coghlan of Ireland's 3:49.78": the name before "of <place>'s" owns the time
    if (last && gap <= 40 && OF_PLACE_POSSESSIVE.test(doc.text.slice(last.end, t.start).replace(/\s+/g, ' '))) return { value: last, rule: 'link/athlete-of-place' };
    return null;
  }
  if (last?.ref) {
    // "Emma Abbey completed the strider contingent running … 6.21.8": a descriptor after a name in the same
    // clause (no time between them) is more likely an object than a new subject
    const named = [...before].reverse().find((a) => !a.ref);
    const timeBetween = named && firstIn(times, named.end, last.start, 1).length > 0;
    if (named && !timeBetween) return { value: named, rule: 'link/athlete-named-subject' };
  }
  if (last) return { value: last, rule: 'link/athlete-before-in-sentence' };
  return outsideClause(doc, t, sIdx, anchors);
}

/**
 * A record's holder named after its time: "set by his compatriot David Rudisha" (a descriptor may stand before
 * the name; not past the next time; a name before a pronoun), "the 44.52 by Michael Norman". Null when "set by"
 * names someone the persons stage did not find (the time is theirs, not the subject's); undefined when no rule
 * applies.
 */
function holderAfter(doc: Doc, t: TimeMention, s: Sentence, anchors: SpanIndex<Anchor>, times: SpanIndex<TimeMention>): Found<Anchor> | null | undefined {
  const setBy = SET_BY.exec(doc.text.slice(t.end, Math.min(s.end, t.end + 40)).replace(/\s+/g, ' '));
  if (setBy) {
    const nextTime = firstIn(times, t.end, s.end, 1)[0];
    const near = firstIn(anchors, t.end + setBy[0].length - 1, Math.min(nextTime?.start ?? s.end, t.end + setBy[0].length + 60), 4);
    const holder = near.find((a) => !a.ref) ?? near[0];
    return holder ? { value: holder, rule: 'link/athlete-set-by' } : null;
  }
  const byName = firstIn(anchors, t.end, Math.min(s.end, t.end + 16), 1)[0];
  if (byName && !byName.ref && BY_NAME.test(doc.text.slice(t.end, byName.start).replace(/\s+/g, ' '))) return { value: byName, rule: 'link/athlete-set-by' };
  return undefined;
}

/** No name before the time in its clause: the previous sentence's subject (same block), or a name right after a time that opens its sentence ("In 32:17.8, Ferguson won"). */
function outsideClause(doc: Doc, t: TimeMention, sIdx: number, anchors: SpanIndex<Anchor>): Found<Anchor> | null {
  const s = doc.sentences[sIdx]!;
  const prev = doc.sentences[sIdx - 1];
  if (prev && prev.block === s.block) {
    const first = firstIn(anchors, prev.start, prev.end, 1)[0];
    if (first) return { value: first, rule: 'link/athlete-previous-subject' };
  }
  const next = firstIn(anchors, t.end, s.end, 1)[0];
  const lead = doc.text.slice(Math.max(s.start, t.start - 40), t.start).trim().split(/\s+/).filter(Boolean).length;
  if (next && lead <= 3 && t.start - s.start < 40) return { value: next, rule: 'link/athlete-after-in-sentence' };
  return null;
}
