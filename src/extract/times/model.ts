/**
 * Time rules as data: the context that makes a written number not a race time, and the plausible range
 * of times per event (world-record pace to a slow club runner or walker). Every rule has an id and a reason.
 */

import { z } from 'zod';

/** Every table below is checked once, when the module loads: a bad rule is a programming error. */
const ContextRuleSchema = z.strictObject({ id: z.string().regex(/^time\//), reason: z.string().min(1), pattern: z.instanceof(RegExp), result: z.instanceof(RegExp).optional() });
export type ContextRule = z.infer<typeof ContextRuleSchema>;
const rules = <T extends ContextRule[]>(list: T): T => z.array(ContextRuleSchema).parse(list) as T;

/** The notations a time can be written in: the rule ids that `extractTimes` gives its mentions. */
const NotationSchema = z.strictObject({ id: z.string().regex(/^time\//), reason: z.string().min(1), examples: z.array(z.string()).min(1) });
const NOTATION_TABLE = [
  { id: 'time/m-ss', reason: 'minutes and seconds; a second reading h:mm for 1 to 7 hours', examples: ['44:43', '3:39'] },
  { id: 'time/m-ss-cc', reason: 'minutes, seconds and fractions (a decimal comma too: "3:29,38")', examples: ['3:29.38', '32:17.8', '3:29,38'] },
  { id: 'time/colons', reason: 'h:mm:ss, or m:ss:cc written with a colon for the decimal point; the event decides', examples: ['2:15:25', '3:29:38', '7:42:98s'] },
  { id: 'time/dots', reason: 'club-report dots: m.ss.t or mm.ss.cc, and h.mm.ss for long races', examples: ['4.18.1', '15.15.09', '1.29.28'] },
  { id: 'time/h-mm-ss-t', reason: 'hours, minutes, seconds and tenths', examples: ['1:00:03.0'] },
  { id: 'time/seconds-unit', reason: 'seconds with a unit word or letter', examples: ['9.58s', '9.58sec', '13.1 seconds', '10.04secs'] },
  { id: 'time/bare-decimal', reason: 'a decimal without unit: weak, kept only where the context links it to a race', examples: ['16.6', '73.20'] },
  { id: 'time/bare-decimal-result', reason: 'a bare decimal right after a result phrase', examples: ['clocked 47.66', 'won in 7.27'] },
  { id: 'time/bare-decimal-wind', reason: 'a bare decimal before a wind reading', examples: ['9.79 (+0.6)'] },
  { id: 'time/unit-words', reason: 'numbers in digits or words with hours, minutes, seconds', examples: ['8 minutes and 0.67 seconds', 'two hours, 23 minutes and 10 seconds', 'one minute 46.68seconds'] },
] as const;
export const NOTATIONS = z.array(NotationSchema).parse(NOTATION_TABLE);
export type NotationId = (typeof NOTATION_TABLE)[number]['id'];

/** Matched on up to 30 characters before a time: the time is approximate, a target or a margin. */
export const DROP_BEFORE: readonly ContextRule[] = rules([
  { id: 'time/not-approximate', reason: 'an approximate or target time: "sub-4", "under 10 seconds", "around 2:10", "just outside 32 minutes"', pattern: /\b(?:sub|under|over|around|about|approximately|approx|roughly|nearly|almost|outside|inside|within|below|above|beyond|than|some|least|between|up to|barrier of|target of|aiming for|close to)(?: (?:just|only|almost|nearly|some|about|around|a|the|mere|over|under))?[ -]?$/i },
  { id: 'time/not-target-before', reason: 'a target, goal or qualifying standard: "his target time of 2:30:00", "the qualifying mark of 9:05.00"', pattern: /\b(?:target|goal|aim|ambition|standard|qualifying (?:mark|time|standard)|qualifier)(?: time)?(?: (?:of|was|is))?\s$|\b(?:hoping|hoped|hopes|aiming|aims|aimed|wanted|wants) (?:for|to run|to break|at)(?: a| the)?\s$/i },
  { id: 'time/not-split', reason: 'a split on the way, not a finishing time: "reaching 40k in 2:21:59", "through halfway in 61:30"', pattern: /\b(?:reaching|reached|went through|going through|through halfway|at halfway|halfway in|halfway split|split of|splits of|split time of)\b[^.;:!?]{0,20}$/i },
  { id: 'time/not-threshold', reason: 'a barrier crossed, not a result: "one of four men to break 3:45", "cracked 13:00"', pattern: /\b(?:break|breaks|broke|breaking|crack|cracks|cracked|cracking|dip under|dipped under|duck under|ducked under)\s$/i },
  { id: 'time/not-margin', reason: 'a margin between two runners: "by 0.19secs", "by almost 10secs"', pattern: /\bby(?: (?:just|only|almost|nearly|some|about|around|a|the|mere|over|under|more than|less than))?\s$/i },
  { id: 'time/not-money-or-sign', reason: 'money ("£1.5m") or a signed value (wind "+1.5", "-0.3")', pattern: /(?:[£$€¥+±−]\s?|(?:^|[\s(])-)$/ },
]);

/** Matched on up to 30 characters after a time. */
/**
 * Matched on up to 60 characters before a time: a leg of the race, not its finish ("covered her first mile
 * in a very fast 4:40", "the opening downhill kilometre in 2:40", "the second lap in 61").
 */
export const [SPLIT_LEG_BEFORE, SPLIT_LEG_AFTER] = rules([
  { id: 'time/not-split-leg', reason: 'a leg of the race with its ordinal: first/second/opening/final mile, km, lap or half (not a place: "fifth in the 100m in 11.06")', pattern: /\b(?:first|second|third|fourth|fifth|opening|final|last|closing|middle|next)\s(?:(?!(?:in|at|on|for|to|the|a|an|and|of)\s)[\p{L}-]{1,20}\s){0,3}(?:mile|miles|km|k|kilometre|kilometer|lap|laps|half|quarter|\d{3,5}\s?m)\s(?:in|of)\s(?:(?:a|an|the|very|fast|quick|slow|swift|rapid|blistering|sizzling|steady|sub)\s){0,3}$/iu },
  { id: 'time/not-split-leg-after', reason: 'a leg named after the time: "dropping to 4:32 in the more uphill second mile"', pattern: /^\s?(?:in|for|over|on)\s(?:the|her|his|their)\s(?:[\p{L}-]{1,20}\s){0,3}(?:first|second|third|fourth|fifth|opening|final|last|closing|middle)\s(?:mile|km|k|kilometre|kilometer|lap|half|quarter)\b/iu },
]);

export const DROP_AFTER: readonly ContextRule[] = rules([
  { id: 'time/not-margin', reason: 'a margin: "0.02 seconds behind", "1.22 seconds faster", "outside the record"', pattern: /^[\s,]{0,2}(?:faster|slower|quicker|adrift|short of|shy of|shy|off (?:the|his|her|their)|outside|inside|better|worse|up on|down on|too slow|too late|margin|gap)\b/i },
  { id: 'time/not-target', reason: 'a target or barrier: "his 2:30:00 target", "the 3:30 barrier"', pattern: /^[\s-]{1,2}(?:target|barrier|goal|cut-?off|qualifying)\b/i },
  { id: 'time/not-threshold-after', reason: 'a bound, not a result: "the whole field running 3:32.25 or faster", "2:10 or better"', pattern: /^\s?(?:s|secs?|seconds?)?\s?or\s(?:faster|better|quicker|under|less|slower|worse|more)\b/i },
  { id: 'time/not-pace', reason: 'a pace or split: "6:19 a mile", "3:45/km", "per lap"', pattern: /^\s?(?:a mile|a km|a kilometre|a lap|per\b|min(?:ute)?s? ?(?:\/|per|miles?\b|km\b)|minute miles?\b|min miles?\b|\/ ?(?:mile|km|k|lap|mi)\b|pace|mile pace|km pace|splits?\b|laps?\b)/i },
  { id: 'time/not-clock', reason: 'a clock time: "7.30pm", "19:30 GMT", "1200 local time"', pattern: /^\s?(?:a\.?m\b|p\.?m\b|am\b|pm\b|(?:gmt|bst|cet|cest|utc|edt|est|pdt|pst|et|pt)\b|local\b|o'clock|in the (?:morning|afternoon|evening))/i },
  { id: 'time/not-measure', reason: 'a length, height, mass, share or count: "17.30m", "4.91m", "2.05 metres", "5.38 miles", "12.5%", "£1.5 million"', pattern: /^\s?(?:m\b|metres|meters|metre|cm\b|mm\b|km\b|k\b|kg\b|kgs\b|kilo|kms\b|kph|mph|ft\b|feet|foot|inch|miles?\b|mi\b|yards?|%|per ?cent|pc\b|points|pts\b|million|mn\b|bn\b|billion|years?\b|yrs?\b|months?\b|weeks?\b|days?\b|x\b|times\b|laps?\b|goals?\b|runs\b)/i },
]);

/**
 * "behind", "ahead", "clear" after a time make it a margin ("finished 0.02 seconds behind"), unless the time
 * follows a result word ("won in 9.87 seconds ahead of Greene", "clocked 3:29.38 clear of the field").
 */
export const [MARGIN_SIDE] = rules([{
  id: 'time/not-margin-side',
  reason: 'a margin to another runner, unless the time is introduced as a result',
  pattern: /^[\s,]{0,2}(?:behind|ahead|clear)\b/i,
  result: /\b(?:in|of|clocked|clocking|clocks|timed|time|registered|recorded|posted|ran|run|running)\s$/i,
}]);

/**
 * A bare decimal ("47.66") is a time when the words before introduce a result ("clocked 47.66",
 * "won in 7.27", "a personal best of 44.93") or a wind reading follows ("10.71 (+0.2)").
 */
export const [RESULT_BEFORE, WIND_AFTER, RESULT_AFTER, RESULT_BRACKET, RESULT_NAMED] = rules([
  {
    id: 'time/bare-decimal-result',
    reason: 'a result verb or phrase right before a bare decimal makes it a time',
    pattern: /\b(?:clocked|clocking|clocks|clock|ran|runs|running|timed|recorded|posted|registered|time of|times of|best of|bests of|record of|PBs? of|SBs? of|PB|SB|PR|mark of|(?:won|win|wins|winning|finished|finishing|crossed the line|home|second|third|fourth|fifth|sixth|seventh|eighth|last|heat|final|semi-final|race|victory|winner|gold|silver|bronze|medal) (?:in|at)|(?:spot|place|position) at|stopped the clock at|(?:personal|season(?:['’]s)?|lifetime|seasonal) best|world[- ]leading|wind[- ]aided|wind[- ]assisted|windy|\d{1,2}[.:]\d\d,? and|(?:19|20)\d\d,? in|followed in|both (?:of|in|with|clocking|recording))\s$/i,
  },
  { id: 'time/bare-decimal-wind', reason: 'a wind reading after a decimal marks a sprint time: "10.71 (+0.2)", "13.04 (-0.5m/s)"', pattern: /^\s?\((?:wind:? ?)?[+\-−±]?\d\.\d/i },
  { id: 'time/bare-decimal-result-after', reason: 'a result word right after a bare decimal: "a 9.80 run", "a 9.94 personal best", "9.98 for fourth", "10.81 to win"', pattern: /^\s?(?:run|clocking|performance|personal best|season(?:['’]s)? best|lifetime best|PB|SB|PR|for (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)|victory|the win|gold|silver|bronze)|to (?:win|take|finish|place|claim|secure))\b/ },
  { id: 'time/bare-decimal-bracket', reason: 'a decimal in brackets right after a name, a place or a race word, as results lists give them: "Rohan Watson (10.04)", "was third (10.18)", "in the semi-final (50.55)", "a personal record (50.10)"', pattern: /(?:\p{Lu}[\p{L}'’.-]{1,30}|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)|semi-?finals?|heats?|finals?|record|best|time|laps?|race|run|PB|SB|PR))\s?\($/u },
  { id: 'time/bare-decimal-named', reason: 'a decimal right after a name (or its bracketed country) and "with", "at", "in" or a possessive: "Dwain Chambers with 6.42", "Kaczmarek at 49.95", "Happio (France) in 48.56", "to Kambundji’s 7.82"', pattern: /\p{Lu}[\p{L}'’-]+\)?(?:\s(?:with|at|in)|['’]s)\s$/u },
]);

/** After a bare decimal: "3.5 hours", "4.5 minutes" are durations in hours or minutes, not seconds. */
export const [DECIMAL_DURATION_AFTER, HOURS_AFTER] = rules([
  { id: 'time/not-decimal-duration', reason: 'a decimal number of hours or minutes is a duration, not a race time', pattern: /^\s?(?:hours?|hrs?|minutes?|mins?)\b/i },
  { id: 'time/hours-unit', reason: '"2:15 hours", "2:08:30 hrs": the unit says the first group is hours', pattern: /^\s?(?:hours?|hrs?|h)\b/i },
]);

/** Before a dotted "17.03.18" that is a date: "on 17.03.18", "Sunday 17.03.18". */
export const [DATE_BEFORE] = rules([
  { id: 'time/not-date', reason: 'a dd.mm.yy date after "on" or a weekday', pattern: /\b(?:on|dated?|mon|monday|tue|tues|tuesday|wed|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday)[,.]?\s$/i },
]);

/** Before an "h:mm" / "h.mm" that could be a time of day: "starts at 19:30", "from 7.30", "until 10.15". */
export const [CLOCK_BEFORE] = rules([{
  id: 'time/not-clock-at',
  reason: 'a time of day after "at", "from", "until": races are not timed in hours and minutes alone (but "improved his best from 13:43 to 13:39" is a time)',
  pattern: /\b(?:at|from|until|till|before|after|kicks off|starts|start)\s$/i,
  result: /\b(?:best|bests|PB|PR|SB|record|records|mark)\b(?:\s[\p{L}'’]{1,12}){0,4}\sfrom\s$/iu,
}]);

/**
 * A round number of seconds ("50 seconds") is weak, unless "exactly" makes it precise or a result phrase
 * introduces it ("completed the race in exactly 50 seconds", "third in 10 seconds").
 */
export const [EXACT_BEFORE] = rules([
  { id: 'time/exact-seconds', reason: 'a round number of seconds after "exactly" or a result phrase is a result, not a round figure', pattern: /\bexactly\s$/i },
]);

/** "3:47.48 mile pb": after a time with a colon, "mile" names the event; a length in miles is never written so. */
export const [MILE_AFTER] = rules([
  { id: 'time/mile-after', reason: 'a minutes-and-seconds time before "mile" is a mile time, not a length in miles', pattern: /^\s?mile\b(?!\s(?:split|splits|pace|paces|repeat|repeats|reps?|intervals?|markers?|points?|mark)\b)/i },
]);

/**
 * "the 4:00 mark", "the 9:05.00 standard" are round thresholds; "his 12:35.36 mark" is a performance.
 * Applied only to a time without a fraction, or with a fraction of zeros.
 */
export const [ROUND_MARK_AFTER] = rules([
  { id: 'time/not-round-mark', reason: 'a round time before "mark" or "standard" is a threshold, not a result', pattern: /^[\s-]{1,2}(?:mark|standard|qualifying mark|qualifying standard)\b/i },
]);

/** Words after a unit-word time that make it a duration, not a race ("48 hours before the final"). */
export const [DURATION_AFTER] = rules([{
  id: 'time/not-duration',
  reason: 'a duration around the race, not a race time: "48 hours before", "ten minutes later", "20 minutes into the race"',
  pattern: /^[\s,]{0,2}(?:before|after|later|earlier|ago|into|of (?:the|his|her|their)|in (?:the|his|her|their)|to (?:go|spare|play)|left|remaining|long|each|a (?:day|week|night))\b/i,
}]);

const PlausibleRangeSchema = z
  .strictObject({ id: z.string().regex(/^plausible\//), reason: z.string().min(1), event: z.string().min(1), min: z.number().positive(), max: z.number().positive() })
  .refine((r) => r.min < r.max, { message: 'min must be below max' });
export type PlausibleRange = z.infer<typeof PlausibleRangeSchema>;

/** Seconds; min just under the world record, max a slow club runner (or walker for road races). */
export const PLAUSIBLE: readonly PlausibleRange[] = z.array(PlausibleRangeSchema).parse([
  { id: 'plausible/60m', reason: 'WR 6.34; slow club 12 s', event: '60m', min: 6.2, max: 15 },
  { id: 'plausible/100m', reason: 'WR 9.58; slow club / veterans 25 s', event: '100m', min: 9.5, max: 25 },
  { id: 'plausible/200m', reason: 'WR 19.19; slow 50 s', event: '200m', min: 19, max: 50 },
  { id: 'plausible/400m', reason: 'WR 43.03; slow 2 min', event: '400m', min: 43, max: 120 },
  { id: 'plausible/600m', reason: 'WB 1:12.8; slow 3:30', event: '600m', min: 72, max: 210 },
  { id: 'plausible/800m', reason: 'WR 1:40.91; slow 5 min', event: '800m', min: 100, max: 300 },
  { id: 'plausible/1000m', reason: 'WR 2:11.96; slow 6:40', event: '1000m', min: 130, max: 400 },
  { id: 'plausible/1500m', reason: 'WR 3:26.00; slow 10 min', event: '1500m', min: 206, max: 600 },
  { id: 'plausible/mile', reason: 'WR 3:43.13; slow 11 min', event: 'Mile', min: 222, max: 660 },
  { id: 'plausible/2000m', reason: 'WR 4:43.13; slow 14 min', event: '2000m', min: 280, max: 840 },
  { id: 'plausible/3000m', reason: 'WR 7:17.55; slow 21 min', event: '3000m', min: 435, max: 1260 },
  { id: 'plausible/2-miles', reason: 'WB 7:54.10; slow 23 min', event: '2 Miles', min: 470, max: 1380 },
  { id: 'plausible/5000m', reason: 'WR 12:35.36; slow 40 min', event: '5000m', min: 750, max: 2400 },
  { id: 'plausible/10000m', reason: 'WR 26:11.00; slow 80 min', event: '10000m', min: 1560, max: 4800 },
  { id: 'plausible/60m-hurdles', reason: 'WR 7.27 (women 7.65 over lower barriers: min 7.2); slow 16 s', event: '60m Hurdles', min: 7.2, max: 16 },
  { id: 'plausible/100m-hurdles', reason: 'WR 12.12; slow 30 s', event: '100m Hurdles', min: 12, max: 30 },
  { id: 'plausible/110m-hurdles', reason: 'WR 12.80; slow 30 s', event: '110m Hurdles', min: 12.7, max: 30 },
  { id: 'plausible/400m-hurdles', reason: 'WR 45.94; slow 2:10', event: '400m Hurdles', min: 45, max: 130 },
  { id: 'plausible/steeplechase', reason: 'WR 7:52.11; slow 22 min', event: '3000m Steeplechase', min: 470, max: 1320 },
  { id: 'plausible/4x100m', reason: 'WR 36.84; slow 90 s', event: '4x100m Relay', min: 36, max: 90 },
  { id: 'plausible/4x400m', reason: 'WR 2:54.29; slow 8 min', event: '4x400m Relay', min: 173, max: 480 },
  { id: 'plausible/5km', reason: 'WR 12:49; parkrun walkers 60 min', event: '5km', min: 750, max: 3600 },
  { id: 'plausible/10km', reason: 'WR 26:24; slow 1:40:00', event: '10km', min: 1560, max: 6000 },
  { id: 'plausible/15km', reason: 'WR 40:27; slow 2:30:00', event: '15km', min: 2400, max: 9000 },
  { id: 'plausible/10-miles', reason: 'WB 44:24; slow 2:45:00', event: '10 Miles', min: 2640, max: 9900 },
  { id: 'plausible/half-marathon', reason: 'WR 57:30; slow 3:30:00', event: 'Half Marathon', min: 3420, max: 12600 },
  { id: 'plausible/marathon', reason: 'WR 2:00:35; slow 7:00:00 (brief), walkers up to 8 h', event: 'Marathon', min: 7200, max: 28800 },
  { id: 'plausible/cross-country', reason: 'courses of 2–12 km: 5 min to 2 h', event: 'Cross Country', min: 300, max: 7200 },
  { id: 'plausible/20km-walk', reason: 'WR 1:16:36; slow 3:20:00', event: '20km Race Walk', min: 4560, max: 12000 },
  { id: 'plausible/35km-walk', reason: 'WR 2:21:40; slow 6 h', event: '35km Race Walk', min: 8400, max: 21600 },
]);

/** Any time at all, for an unknown event: a 50m dash to a long ultra. */
export const GENERIC_RANGE = { id: 'plausible/generic', reason: 'unknown event: 5 s to 30 h', min: 5, max: 108000 } as const;

/** Events measured in metres or points: no time is a result there. */
export const NOT_TIMED = new Set(['High Jump', 'Pole Vault', 'Long Jump', 'Triple Jump', 'Shot Put', 'Discus Throw', 'Hammer Throw', 'Javelin Throw', 'Pentathlon', 'Heptathlon', 'Decathlon']);
