/**
 * How a competition mention stands in its sentence, read once per article:
 *   here    a race the article reports ("won at the Jamaica Trials", "the Diamond League meeting in Silesia")
 *   target  a race still to come or aimed at ("secured his place on the team for the World Championships",
 *           "to qualify for the Tokyo Olympic Games", "clinching their Olympic team spots")
 *   past    an earlier edition or a race set in the background ("a World Championships finalist in 2022",
 *           "his first race since the Olympics", "who won at Tokyo 2020" in a 2022 report)
 * and the article's own competition: the first race its headline or lead reports. A time with no race of
 * its own nearby belongs to the article's competition, not to whichever background race was named last.
 */
import type { CompetitionMention, Doc } from '../types.js';
import { blockAt } from '../segment/index.js';
import { sentenceAt } from './spans.js';
import { identityKey } from '../util/text.js';
import { rejected, type DropRule } from '../rules/reject.js';
import { FRAME_PAST, FRAME_TARGET } from './explain.js';

/** One edition of one series: the identity the linker compares competition mentions by. */
export const competitionKey = (c: CompetitionMention) => `${c.name}|${c.year ?? ''}`;

export type Frame = 'here' | 'target' | 'past';

export interface FrameRule {
  id: string;
  reason: string;
  pattern: RegExp;
}

/** Tested on the sentence's text before the mention (up to 80 characters). */
export const TARGET_BEFORE: readonly FrameRule[] = [
  {
    id: 'frame/target-aim',
    reason: 'qualifying, selection and preparation words aim at a race to come ("team for the", "qualify for the", "heading to the")',
    pattern: /\b(?:qualif\w*|team|squad|spots?|berths?|tickets?|selection|selected|bound|prepar\w*|build-?up|sights|eyes?|eyeing|target\w*|heads?|heading|headed|road|en route)\b[^,;.:]{0,30}?\b(?:for|to)\s{1,3}(?:the\s{1,3})?(?:[\p{L}\d'’]+\s{1,3}){0,2}$/iu,
  },
  { id: 'frame/target-before', reason: '"ahead of the Worlds", "before next month\'s Games": a race still to come', pattern: /\b(?:ahead of|before|prior to|in the run-up to)\s{1,3}(?:the\s{1,3}|this\s{1,3}\w+['’]s\s{1,3}|next\s{1,3}\w+['’]s\s{1,3})?$/i },
  { id: 'frame/target-next', reason: '"next month\'s World Championships", "the upcoming Games"', pattern: /\b(?:next\s{1,3}(?:week|month|year|season|summer|winter)['’]s|upcoming|forthcoming|later this (?:year|month|summer|season))\s{1,3}(?:[\p{L}\d]+\s{1,3})?$/iu },
];

/** Tested on the text right after the mention (up to 30 characters), and the mention's own last word. */
const TARGET_AFTER = /^\s*(?:team|squad|spots?|berths?|places?|tickets?|qualif\w*|standards?|selection|hopefuls?|dreams?|bids?|debut|preparations?)\b/i;
const TARGET_TEXT = /\b(?:team|squad)$/i;

/** Background cues before the mention (up to 60 characters of its sentence) and right after it. */
const PAST_BEFORE = /\b(?:since|last\s{1,3}year['’]?s?|previous|former|earlier\s{1,3}this\s{1,3}(?:year|season|month)|the\s{1,3}(?:19|20)\d\d\s{1,3}edition\s{1,3}of)\s{1,3}(?:the\s{1,3}|his\s{1,3}|her\s{1,3}|their\s{1,3})?(?:[\p{L}\d'’]+\s{1,3}){0,2}$/iu;
/** "improved his PB of 1:41.19 set in the Olympic final", "his previous best, achieved at the Worlds": where a mark was set before. */
const MARK_SET_BEFORE = /\b(?:best|record|PB|PR|mark)(?:\s{1,3}of\s{1,3}[\d:.]{2,10})?,?\s{1,3}(?:set|achieved|clocked|run)\s{1,3}(?:at|in|during)\s{1,3}(?:the\s{1,3})?(?:[\p{L}\d'’]+\s{1,3}){0,2}$/iu;
/** "was racing instead at the World Cross Country Championships": elsewhere than the race reported. */
const ELSEWHERE_BEFORE = /\binstead\b[^,;.:]{0,24}$/i;
/** "Following her fourth place at the Olympics", "after his win at the Worlds": an earlier race. */
const PAST_AFTER_WORD = /\b(?:following|after)\s{1,3}(?:his|her|their)\b[^,;.:]{0,60}$/i;
const PAST_AFTER = /^\s{0,3},?\s{0,3}(?:earlier\s{1,3}this\s{1,3}(?:year|month|season|summer)|last\s{1,3}(?:year|month|season|summer|week)|in\s{1,3}(?:19|20)\d\d\b(?!\s*,?\s*(?:where|when)))/i;

/** Words that put a sentence in the future: a race it names is still to come. */
export const FUTURE = /\b(?:will|shall|(?:can|could) (?:win|claim|take|go|run|make|break|challenge|compete|defend)|this (?:weekend|week)['’]s|tomorrow['’]s|is set to|are set to|is expected to|are expected to|hopes? to|aims? to|plans? to|next (?:week|month|year|season|summer|winter|spring))\b/;

export interface ArticleFrames {
  frame: Map<CompetitionMention, Frame>;
  /** The race the article reports, from its headline or lead; null when they name none. */
  main: CompetitionMention | null;
  /** Bare cities that are the reported race's own venue ("Here in Paris" in a Meeting de Paris report): that race. */
  venueOfMain: Map<CompetitionMention, CompetitionMention>;
}

/** Bare-city mentions that name the main race's own city, each mapped to the main race. */
function venuesOf(doc: Doc, races: readonly CompetitionMention[], main: CompetitionMention | null): Map<CompetitionMention, CompetitionMention> {
  const out = new Map<CompetitionMention, CompetitionMention>();
  if (!main) return out;
  const city = (x: string | null) => (x ? identityKey(x) : '');
  const home = [city(main.location), ...identityKey(main.name).split(' ')].filter((w) => w.length > 2);
  for (const c of races) if (c.rule === 'competition/bare-city' && home.includes(city(doc.text.slice(c.start, c.end)))) out.set(c, main);
  return out;
}

/** Whether a sentence is in the future, read once per sentence of an article. */
type FutureMemo = Map<number, boolean>;

function inFutureSentence(doc: Doc, c: CompetitionMention, memo: FutureMemo): boolean {
  const i = sentenceAt(doc.sentences, c.start);
  let future = memo.get(i);
  if (future === undefined) {
    const s = doc.sentences[i];
    memo.set(i, (future = !!s && FUTURE.test(doc.text.slice(s.start, s.end))));
  }
  return future;
}

/** A mention's frame and the rule that decided it: a target cue of TARGET_BEFORE names itself; the other cues are `frame/target` or `frame/past`. */
interface Framed {
  frame: Frame;
  rule: DropRule | null;
}

function frameOf(doc: Doc, c: CompetitionMention, refYear: number | null, memo: FutureMemo): Framed {
  const sIdx = sentenceAt(doc.sentences, c.start);
  const s = doc.sentences[sIdx];
  const from = s ? Math.max(s.start, c.start - 80) : Math.max(0, c.start - 80);
  const before = doc.text.slice(from, c.start);
  const after = doc.text.slice(c.end, Math.min(s ? s.end : doc.text.length, c.end + 30));
  if (TARGET_TEXT.test(c.text) || TARGET_AFTER.test(after)) return { frame: 'target', rule: FRAME_TARGET };
  if (inFutureSentence(doc, c, memo)) return { frame: 'target', rule: FRAME_TARGET };
  for (const r of TARGET_BEFORE) if (r.pattern.test(before)) return { frame: 'target', rule: r };
  if (PAST_BEFORE.test(before.slice(-60)) || MARK_SET_BEFORE.test(before) || PAST_AFTER_WORD.test(before) || ELSEWHERE_BEFORE.test(before) || PAST_AFTER.test(after)) return { frame: 'past', rule: FRAME_PAST };
  if (c.year !== null && refYear !== null && c.year < refYear && !(c.year === 2020 && refYear === 2021)) return { frame: 'past', rule: FRAME_PAST };
  return { frame: 'here', rule: null };
}

/** Competitions found by a bare city ("in Tokyo") name a race only as a guess: never the article's own. */
const WEAK_RULES: ReadonlySet<string> = new Set(['competition/bare-city']);

/** A paragraph cut short with an ellipsis: a teaser of the next, which the page goes on to print whole. */
const CUT = /(?:…|\.\.\.)\s*$/;

/**
 * The lead: the headline and the first two sentences of the body's first paragraph (of the one after it,
 * when the first is a teaser cut off with an ellipsis).
 */
function leadEnd(doc: Doc): number {
  let first = doc.blocks.find((b) => b.kind === 'paragraph');
  if (!first) return doc.blocks[0]?.end ?? 0;
  if (CUT.test(doc.text.slice(first.start, first.end))) first = doc.blocks.find((b) => b.kind === 'paragraph' && b.index > first!.index) ?? first;
  let n = 0;
  for (const s of doc.sentences) {
    if (s.block !== first.index) continue;
    if (++n === 2) return s.end;
  }
  return first.end;
}

function mostReported(races: readonly CompetitionMention[], frame: ReadonlyMap<CompetitionMention, Frame>): CompetitionMention | null {
  const count = new Map<string, { n: number; first: CompetitionMention }>();
  for (const c of races) {
    if (frame.get(c) !== 'here' || WEAK_RULES.has(c.rule)) continue;
    const k = competitionKey(c);
    const e = count.get(k);
    if (e) e.n++;
    else count.set(k, { n: 1, first: c });
  }
  const ranked = [...count.values()].sort((a, b) => b.n - a.n);
  return ranked[0] && ranked[0].n >= 2 && (ranked.length === 1 || ranked[1]!.n < ranked[0].n) ? ranked[0].first : null;
}

export function readFrames(doc: Doc, races: readonly CompetitionMention[]): ArticleFrames {
  const frame = new Map<CompetitionMention, Frame>();
  const memo: FutureMemo = new Map();
  const lead = leadEnd(doc);
  // the lead's first race, read with the article's year alone; later mentions are read against its year
  let main: CompetitionMention | null = null;
  // a lead that previews a race ("will compete in the London Marathon this year"): its times are from
  // other, earlier races, and no race of the body is the article's own
  let previewed: CompetitionMention | null = null;
  for (const c of races) {
    if (c.start >= lead) break;
    if (WEAK_RULES.has(c.rule)) continue;
    // a caption, list or related-link line is not the lead's own text
    const b = blockAt(doc, c.start);
    if (b && b.kind !== 'headline' && b.kind !== 'paragraph' && b.kind !== 'dateline' && c.end <= b.end) continue;
    const f = frameOf(doc, c, doc.year, memo).frame;
    if (f === 'here') {
      main = c;
      break;
    }
    if (f === 'target' && !previewed && inFutureSentence(doc, c, memo)) previewed = c;
  }
  const refYear = main?.year ?? previewed?.year ?? doc.year;
  for (const c of races) {
    const f = c === main ? { frame: 'here' as const, rule: null } : frameOf(doc, c, refYear, memo);
    frame.set(c, f.frame);
    // the log names the rule that framed the mention (frame/target-aim …), or the cue's kind when no rule of TARGET_BEFORE did
    rejected(doc.log, 'link', f.rule, c.start, c.end);
  }
  // a lead that names no race ("Birthday boy Saruni cruised to win the 800m"): the first race the body reports
  // (named at least twice as a race reported, and more often than any other: one passing mention of the
  // Olympics in a report of an unnamed meeting is not the article's race)
  if (!main && !previewed) main = mostReported(races, frame);
  const venueOfMain = venuesOf(doc, races, main);
  for (const c of venueOfMain.keys()) frame.set(c, 'here');
  return { frame, main, venueOfMain };
}
