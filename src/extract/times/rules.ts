/**
 * The times stage's rules in the catalogue (issue 12). The notations and context rules keep their data in
 * `model.ts` (patterns, ranges); their reasons are read from there, so each rule says why in one place, and this
 * file adds what a reader and the examples test need: examples and counterexamples. `value` is a time's seconds
 * (its first reading). Rules marked `drops` fire by dropping a candidate: in their examples the span is no time.
 */
import { defineRules, type RuleSpec } from '../../rules/catalogue.js';
import { NOT_A_NOTATION, ZERO_TIME } from './explain.js';
import { DATE_BEFORE, CLOCK_BEFORE, EXACT_BEFORE, MILE_AFTER, DECIMAL_DURATION_AFTER, DROP_AFTER, DROP_BEFORE, DURATION_AFTER, GENERIC_RANGE, HOURS_AFTER, MARGIN_SIDE, NOTATIONS, PLAUSIBLE, RESULT_AFTER, RESULT_BEFORE, RESULT_BRACKET, RESULT_NAMED, ROUND_MARK_AFTER, SPLIT_LEG_AFTER, SPLIT_LEG_BEFORE, WIND_AFTER } from './model.js';

const MODEL = [...NOTATIONS, EXACT_BEFORE, MILE_AFTER, ...DROP_BEFORE, ...DROP_AFTER, SPLIT_LEG_BEFORE, SPLIT_LEG_AFTER, MARGIN_SIDE, RESULT_BEFORE, WIND_AFTER, RESULT_AFTER, RESULT_BRACKET, RESULT_NAMED, DECIMAL_DURATION_AFTER, HOURS_AFTER, DATE_BEFORE, CLOCK_BEFORE, ROUND_MARK_AFTER, DURATION_AFTER];

/** The reasons a rule id has in the model's tables (`time/not-margin` has one before and one after the time). */
function reasonOf(id: string): string {
  const reasons = MODEL.filter((r) => r.id === id).map((r) => r.reason);
  if (!reasons.length) throw new Error(`times: no rule ${id} in model.ts`);
  return reasons.join('; ');
}

type Declared = Omit<RuleSpec, 'stage' | 'reason'>;
const rule = (r: Declared): Omit<RuleSpec, 'stage'> => ({ ...r, reason: reasonOf(r.id) });
const drop = (r: Declared): Omit<RuleSpec, 'stage'> => ({ ...rule(r), drops: true });
const ex = (text: string, span: string, value?: string) => (value === undefined ? { text, span } : { text, span, value });

/** Context rules that drop a candidate: the example's span is no time, the counterexample's span is kept. */
const DROPS = {
  approximate: drop({ id: 'time/not-approximate', examples: [ex('Ines Varga aimed to go sub-4:30 in the 1500m.', '4:30')], counterexamples: [ex('Ines Varga ran 4:30 in the 1500m.', '4:30')] }),
  targetBefore: drop({ id: 'time/not-target-before', examples: [ex('Ines Varga has a target time of 2:30:00 for the marathon.', '2:30:00')], counterexamples: [ex('Ines Varga ran 2:30:00 in the marathon.', '2:30:00')] }),
  split: drop({ id: 'time/not-split', examples: [ex('Ines Varga went through halfway in 71:30 in the marathon.', '71:30')], counterexamples: [ex('Ines Varga won the half marathon in 71:30.', '71:30')] }),
  threshold: drop({ id: 'time/not-threshold', examples: [ex('Ines Varga was one of four women to break 4:00 in the 1500m.', '4:00')], counterexamples: [ex('Ines Varga ran 4:01 in the 1500m.', '4:01')] }),
  margin: drop({
    id: 'time/not-margin',
    examples: [ex('She won by 0.19secs from Tamsin Roe in the 100m.', '0.19secs'), ex('Ines Varga ran 11.21 seconds, 0.19 seconds faster than Tamsin Roe.', '0.19 seconds')],
    counterexamples: [ex('Ines Varga ran 11.21 seconds, 0.19 seconds faster than Tamsin Roe.', '11.21 seconds')],
  }),
  moneyOrSign: drop({ id: 'time/not-money-or-sign', examples: [ex('The wind reading was +1.50 in the 100m.', '1.50'), ex('The prize was £ 1.50 for the 5000m.', '1.50')], counterexamples: [ex('Ines Varga ran 11.50 seconds in the 100m.', '11.50 seconds')] }),
  splitLeg: drop({ id: 'time/not-split-leg', examples: [ex('Ines Varga covered her first mile in 4:40 in the 10,000m.', '4:40')], counterexamples: [ex('Ines Varga covered the mile in 4:40 on Saturday.', '4:40')] }),
  splitLegAfter: drop({ id: 'time/not-split-leg-after', examples: [ex('Ines Varga was timed at 4:32 in the second mile of the race.', '4:32')], counterexamples: [ex('Ines Varga ran 4:32 in the mile race.', '4:32')] }),
  pace: drop({ id: 'time/not-pace', examples: [ex('Ines Varga ran at 6:19 a mile in the marathon.', '6:19')], counterexamples: [ex('Ines Varga ran 6:19 in the 2000m.', '6:19')] }),
  clock: drop({ id: 'time/not-clock', examples: [ex('The gates open 7.30pm on Friday.', '7.30')], counterexamples: [ex('Ines Varga ran 7.30 seconds in the 60m.', '7.30 seconds'), ex('The 60m lead of 7.30 seconds established by Ines Varga stood.', '7.30 seconds')] }),
  measure: drop({ id: 'time/not-measure', examples: [ex('Ines Varga long jumped 6.45m in the final.', '6.45')], counterexamples: [ex('Ines Varga ran 6.45 seconds in the 60m.', '6.45 seconds')] }),
  target: drop({ id: 'time/not-target', examples: [ex('Ines Varga is chasing the 2:30:00 target in the marathon.', '2:30:00')], counterexamples: [ex('Ines Varga ran 2:30:00 in the marathon.', '2:30:00')] }),
  marginSide: drop({ id: 'time/not-margin-side', examples: [ex('Ines Varga finished 0.22 seconds behind Tamsin Roe in the 100m.', '0.22 seconds')], counterexamples: [ex('Ines Varga won the 100m in 11.21 seconds ahead of Tamsin Roe.', '11.21 seconds')] }),
  decimalDuration: drop({ id: 'time/not-decimal-duration', examples: [ex('Ines Varga said she trained for 3.5 hours on Tuesday.', '3.5')], counterexamples: [ex('Ines Varga ran 13.5 seconds in the 100m hurdles.', '13.5 seconds')] }),
  date: drop({ id: 'time/not-date', examples: [ex('The marathon is run on 17.03.18 in the city.', '17.03.18')], counterexamples: [ex('Ines Varga ran the 5000m in 17.03.18 in Leeds.', '17.03.18')] }),
  clockAt: drop({ id: 'time/not-clock-at', examples: [ex('The 10,000m race starts at 19:30 in the stadium.', '19:30')], counterexamples: [ex('Ines Varga ran 19:30 in the 5000m.', '19:30'), ex('Ines Varga improved her 5000m best from 15:42 to 15:18.', '15:42')] }),
  roundMark: drop({ id: 'time/not-round-mark', examples: [ex('Ines Varga set the 4:00.00 standard in the 1500m trials.', '4:00.00')], counterexamples: [ex('Ines Varga ran 4:00.00 in the 1500m.', '4:00.00')] }),
  thresholdAfter: drop({ id: 'time/not-threshold-after', examples: [ex('Ines Varga was one of five women running 4:05.20 or faster in the 1500m.', '4:05.20')], counterexamples: [ex('Ines Varga ran 4:05.20 or so in the 1500m.', '4:05.20')] }),
  // drops the stage names for its log (explain.ts): no notation reads the digits, or the reading is zero
  notANotation: { id: NOT_A_NOTATION.id, reason: NOT_A_NOTATION.reason, drops: true, examples: [ex('Ines Varga ran 3:599 in the 1500m on Saturday.', '3:599')], counterexamples: [ex('Ines Varga ran 3:59.9 in the 1500m on Saturday.', '3:59.9')] },
  zero: { id: ZERO_TIME.id, reason: ZERO_TIME.reason, drops: true, examples: [ex('The clock read 0:00 at the start of the 1500m.', '0:00')], counterexamples: [ex('The clock read 4:00 at the end of the 1500m.', '4:00')] },
  duration: drop({ id: 'time/not-duration', examples: [ex('Ines Varga won the 100m, trained 48 hours before the final.', '48 hours')], counterexamples: [ex('Ines Varga won the 10,000m in 32 minutes.', '32 minutes')] }),
};

/** The plausible range of each event is data that bounds a value, not a rule that fires on text: no examples. */
const PLAUSIBLE_RULES = Object.fromEntries(
  [...PLAUSIBLE, { ...GENERIC_RANGE, event: 'an unknown event' }].map((r): [string, Omit<RuleSpec, 'stage'>] => [
    r.id,
    { id: r.id, reason: `a time for the ${r.event} is believable from ${r.min} to ${r.max} seconds (${r.reason}), so a reading outside is not its result` },
  ]),
);

export const RULES = defineRules('times', {
  mSs: rule({ id: 'time/m-ss', examples: [ex('Ines Varga ran 44:43 to win the 10,000m.', '44:43', '2683')], counterexamples: [ex('Ines Varga ran 3:59.10 in the 1500m.', '3:59.10')] }),
  mSsCc: rule({ id: 'time/m-ss-cc', examples: [ex('Ines Varga ran 3:59.10 in the 1500m.', '3:59.10', '239.1'), ex('Ines Varga won the 1500m in 3:59,10 in Rome.', '3:59,10', '239.1')], counterexamples: [ex('Ines Varga ran 44:43 to win the 10,000m.', '44:43')] }),
  colons: rule({ id: 'time/colons', examples: [ex('Ines Varga won the marathon in 2:21:40 on Sunday.', '2:21:40', '8500')], counterexamples: [ex('Ines Varga won the half marathon in 1:09:03.4 last month.', '1:09:03.4')] }),
  dots: rule({ id: 'time/dots', examples: [ex('Ines Varga ran the mile in 4.18.10 in Leeds.', '4.18.10', '258.1')], counterexamples: [ex('Ines Varga ran the 5000m in 15:20 on 17.03.18 in Leeds.', '17.03.18')] }),
  hMmSsT: rule({ id: 'time/h-mm-ss-t', examples: [ex('Ines Varga won the half marathon in 1:09:03.4 last month.', '1:09:03.4', '4143.4')], counterexamples: [ex('Ines Varga won the marathon in 2:21:40 on Sunday.', '2:21:40')] }),
  secondsUnit: rule({
    id: 'time/seconds-unit',
    examples: [ex('Ines Varga won the 100m in 11.21s ahead of Tamsin Roe.', '11.21s', '11.21'), ex('Ines Varga won the 100m in 11.21 seconds.', '11.21 seconds', '11.21')],
    counterexamples: [ex('Ines Varga clocked 11.21 to win the 100m.', '11.21')],
  }),
  bareDecimal: rule({ id: 'time/bare-decimal', examples: [ex('Ines Varga was quick, and Tamsin Roe was 11.42 here.', '11.42', '11.42')], counterexamples: [ex('Ines Varga clocked 11.21 to win the 100m.', '11.21')] }),
  bareDecimalResult: rule({
    id: 'time/bare-decimal-result',
    examples: [ex('Ines Varga clocked 11.21 to win the 100m.', '11.21', '11.21'), ex('Ines Varga was third (11.42) in the 100m.', '11.42', '11.42'), ex('Ines Varga posted a 11.21 run in the 100m heats.', '11.21', '11.21')],
    counterexamples: [ex('Ines Varga was quick, and Tamsin Roe was 11.42 here.', '11.42')],
  }),
  bareDecimalWind: rule({ id: 'time/bare-decimal-wind', examples: [ex('The 100m: Ines Varga, 11.21 (+0.6), won.', '11.21', '11.21')], counterexamples: [ex('Ines Varga won the 100m, running 11.21 (+0.6).', '11.21')] }),
  unitWords: rule({ id: 'time/unit-words', examples: [ex('Ines Varga won the 3000m in 8 minutes and 54.67 seconds.', '8 minutes and 54.67 seconds', '534.67'), ex('Ines Varga was fourth in the 10,000m in 28-minutes, 59.7 seconds.', '28-minutes, 59.7 seconds', '1739.7')], counterexamples: [ex('Ines Varga won the 100m in 11.21 seconds.', '11.21 seconds')] }),
  // the parts of time/bare-decimal-result: a mention names the whole rule; the decision log names the part
  resultAfter: rule({ id: 'time/bare-decimal-result-after', examples: [ex('Ines Varga posted a 11.21 run in the 100m heats.', '11.21')], counterexamples: [ex('Ines Varga was quick, and Tamsin Roe was 11.42 here.', '11.42')] }),
  resultBracket: rule({ id: 'time/bare-decimal-bracket', examples: [ex('Ines Varga was third (11.42) in the 100m.', '11.42')], counterexamples: [ex('Ines Varga was quick, and Tamsin Roe was 11.42 here.', '11.42')] }),
  resultNamed: rule({ id: 'time/bare-decimal-named', examples: [ex('The 100m went to Rhea Okafor with 11.21 on the night.', '11.21')], counterexamples: [ex('Ines Varga was quick, and Tamsin Roe was 11.42 here.', '11.42')] }),
  exactSeconds: rule({ id: 'time/exact-seconds', examples: [ex('Ines Varga completed the 400m in exactly 50 seconds.', '50 seconds'), ex('In the 100m, Ines Varga was third in 10 seconds.', '10 seconds')], counterexamples: [ex('Ines Varga rested for 50 seconds before the 400m.', '50 seconds')] }),
  mileAfter: rule({ id: 'time/mile-after', examples: [ex('Ines Varga (4:05.48 mile pb) is in the field.', '4:05.48')], counterexamples: [ex('Ines Varga ran 4:49 mile splits in the marathon.', '4:49'), ex('Ines Varga ran 5.5 miles on Sunday.', '5.5')] }),
  hoursUnit: rule({ id: 'time/hours-unit', examples: [ex('Ines Varga won the 800m in 2:01 hours.', '2:01', '7260')], counterexamples: [ex('Ines Varga ran 44:43 to win the 10,000m.', '44:43')] }),
  ...DROPS,
  ...PLAUSIBLE_RULES,
});
