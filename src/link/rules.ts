/**
 * The link stage's rules in the catalogue (issue 12). Record, place and frame rules keep their patterns in
 * `model.ts` and `frame.ts`; their reasons are read from there. The cascades that find a time's athlete, event
 * and competition (athlete.ts, context.ts) have no table: their rules are declared here, tried in the order
 * listed. A performance's span is its time; its `value` is what the rule decided (athlete, event, competition,
 * place, record codes). Frame rules drop a competition from a time's candidates: the span is that competition.
 */
import { defineRules, type RuleExample, type RuleSpec } from '../rules/catalogue.js';
import { PLACE_RULES, RECORD_RULES } from './model.js';
import { TARGET_BEFORE } from './frame.js';
import { SEQUENCE_RULES } from './sequence.js';
import { COMPETITION_IS_TITLE, COMPETITION_OTHER_YEAR, MARK_WITHOUT_HOLDER, FRAME_PAST, FRAME_TARGET, NO_EVENT, OUTSIDE_SENTENCES, RELAY_WITHOUT_TEAM, WEAK_TIME_ALONE } from './explain.js';
import type { DropRule } from '../rules/reject.js';

type Local = Omit<RuleSpec, 'stage'>;
const ran = (clause: string, time: string, value: string): RuleExample => ({ text: `Ines Varga ran ${clause}`, span: time, value });

const RECORD_TEXTS: Record<string, [string, string]> = {
  'record/indoor-world': ['an indoor world record of 3:49.10 in the 1500m.', 'WR'],
  'record/world': ['a world record of 3:49.10 in the 1500m.', 'WR'],
  'record/area': ['an African record of 3:49.10 in the 1500m.', 'AR'],
  'record/european': ['a European record of 3:49.10 in the 1500m.', 'ER'],
  'record/national': ['a British record of 3:49.10 in the 1500m.', 'NR'],
  'record/championship': ['a championship record of 3:49.10 in the 1500m.', 'CR'],
  'record/meeting': ['a meeting record of 3:49.10 in the 1500m.', 'MR'],
  'record/personal-best': ['a personal best of 3:49.10 in the 1500m.', 'PB'],
  'record/season-best': ["a season's best of 3:49.10 in the 1500m.", 'SB'],
  'record/world-lead': ['a world-leading 3:49.10 in the 1500m.', 'WL'],
};
const PLAIN = 'Ines Varga ran 3:49.10 in the 1500m.';

function recordRules(): [string, Local][] {
  return RECORD_RULES.map((r) => {
    const t = RECORD_TEXTS[r.id];
    if (!t) throw new Error(`link: no example for ${r.id}`);
    return [r.id, { id: r.id, reason: r.reason, examples: [ran(t[0], '3:49.10', t[1])], counterexamples: [{ text: PLAIN, span: '3:49.10' }] }];
  });
}

/** Per place rule: the example text, its time and the place read. */
const PLACE_TEXTS: Record<string, [string, string, string]> = {
  'place/ordinal-place': ['Ines Varga won the 1500m, with Tamsin Roe 4th in 4:01.20.', '4:01.20', '4'],
  'place/ordinal-word': ['Ines Varga finished second in 4:01.20 in the 1500m.', '4:01.20', '2'],
  'place/ordinal-in': ['Ines Varga won the 1500m, and Tamsin Roe dropped to fifth with 4:05.20.', '4:05.20', '5'],
  'place/moved-to': ['Ines Varga ran 4:05.20 in the 1500m but faded to eighth.', '4:05.20', '8'],
  'place/for-ordinal': ['In the 100m final Ines Varga clocked 11.18 for fourth.', '11.18', '4'],
  'place/title': ['Ines Varga claimed the 1500m title in 4:01.20.', '4:01.20', '1'],
  'place/winner': ['Ines Varga was a comfortable winner of the 1500m in 4:01.20.', '4:01.20', '1'],
  'place/podium-last': ['Ines Varga completed the podium in the 1500m with 4:01.20.', '4:01.20', '3'],
  'place/runner-up': ['Ines Varga was runner-up in the 1500m in 4:01.20.', '4:01.20', '2'],
  'place/bronze': ['Ines Varga took bronze in the 1500m in 4:01.20.', '4:01.20', '3'],
  'place/win': ['Ines Varga won the 1500m in 4:01.20 on Saturday.', '4:01.20', '1'],
};

function placeRules(): [string, Local][] {
  return PLACE_RULES.map((r) => {
    const t = PLACE_TEXTS[r.id];
    if (!t) throw new Error(`link: no example for ${r.id}`);
    return [r.id, { id: r.id, reason: r.reason, examples: [{ text: t[0], span: t[1], value: t[2] }], counterexamples: [{ text: 'Ines Varga ran 4:01.20 in the 1500m.', span: '4:01.20' }] }];
  });
}

/** A frame rule's example: the competition named is not where the time was run. */
const FRAME_TEXTS: Record<string, string> = {
  'frame/target-aim': 'Ines Varga is heading to the Valbruna Games after running 3:59.10 in the 1500m.',
  'frame/target-before': 'Ines Varga ran 3:59.10 in the 1500m before the Valbruna Games.',
  'frame/target-next': 'Ines Varga ran 3:59.10 in the 1500m at the upcoming Valbruna Games.',
};

function frameRules(): [string, Local][] {
  return TARGET_BEFORE.map((r) => [r.id, {
    id: r.id,
    reason: `${r.reason}: a time in the sentence was not run there`,
    drops: true,
    examples: [{ text: FRAME_TEXTS[r.id]!, span: 'Valbruna Games' }],
    counterexamples: [{ text: 'Ines Varga ran 3:59.10 in the 1500m at the Valbruna Games.', span: 'Valbruna Games' }],
  }]);
}

/** A rule of the athlete, event or competition cascade: one example and one counterexample at a time. */
const cascade = (id: string, reason: string, example: [string, string, string], counter: [string, string]): Local => ({
  id,
  reason,
  examples: [{ text: example[0], span: example[1], value: example[2] }],
  counterexamples: [{ text: counter[0], span: counter[1] }],
});
const SIMPLE: [string, string] = ['Ines Varga won the 1500m in 3:59.10 on Saturday.', '3:59.10'];

// athlete.ts: who ran a time, tried in this order
const ATHLETE = {
  athletePossessive: cascade('link/athlete-possessive', "a name's possessive right before a time owns it (\"beat Tamsin Roe's 3:59.10\")", ["Ines Varga beat Tamsin Roe's 3:59.10 over 1500m in Leeds.", '3:59.10', 'Tamsin Roe'], SIMPLE),
  athleteCoordinated: cascade('link/athlete-coordinated-subject', 'after a name in the object of a first verb, a second verb joined by "and" has the sentence\'s subject ("X raced Y, and won in …")', ['Ines Varga raced Tamsin Roe, and won the 1500m in 3:59.10.', '3:59.10', 'Ines Varga'], SIMPLE),
  athleteAdjacent: cascade('link/athlete-adjacent', 'a name right before a time, with nothing or a bracket, colon or comma between, is its runner (results lists)', ['The 100m: Ines Varga, 11.21 (+0.6), won.', '11.21', 'Ines Varga'], SIMPLE),
  athleteBracketed: cascade('link/athlete-bracketed', 'a time in brackets after a name phrase ("Tamsin Roe of Canada (3:59.10)") is that name\'s', ['The 1500m was won by Tamsin Roe of Canada (3:59.10).', '3:59.10', 'Tamsin Roe'], SIMPLE),
  athleteSetBy: cascade('link/athlete-set-by', 'a record "set by" someone named after the time is theirs, not the subject\'s', ['Ines Varga ran 1500m well, but the record of 3:58.20 set by Tamsin Roe stood.', '3:58.20', 'Tamsin Roe'], ['Ines Varga ran 3:58.20 in the 1500m.', '3:58.20']),
  athleteRespectively: cascade('link/athlete-respectively', 'names and times listed "respectively" pair in order', ['Ines Varga won the 1500m in Leeds. Tamsin Roe and Rhea Okafor ran 4:01.20 and 4:02.30 respectively.', '4:02.30', 'Rhea Okafor'], SIMPLE),
  athleteOfPlace: cascade('link/athlete-of-place', 'a name before "of <place>\'s" owns the time after it ("Rhea Okafor of Kenya\'s 3:59.10")', ["The 1500m went to Rhea Okafor of Kenya's 3:59.10 in Leeds.", '3:59.10', 'Rhea Okafor'], SIMPLE),
  athleteNamedSubject: cascade('link/athlete-named-subject', 'a descriptor after a name in the same clause is more likely an object: the named subject ran the time', ['Ines Varga watched as the Kenyan won the 1500m in 3:59.10.', '3:59.10', 'Ines Varga'], SIMPLE),
  athleteBeforeInSentence: cascade('link/athlete-before-in-sentence', 'the last name before a time in its sentence, not in object position, ran it', ['Ines Varga won the 1500m in 3:59.10 on Saturday.', '3:59.10', 'Ines Varga'], ['In 3:59.10, Ines Varga won the 1500m.', '3:59.10']),
  athletePreviousSubject: cascade('link/athlete-previous-subject', "a sentence with a time and no name is about the previous sentence's first name, in the same paragraph", ['Ines Varga was in form on Saturday. The 1500m was won in 3:59.10.', '3:59.10', 'Ines Varga'], SIMPLE),
  athleteAfterInSentence: cascade('link/athlete-after-in-sentence', 'a name after a time only when the time opens its sentence ("In 3:59.10, Ines Varga won")', ['In 3:59.10, Ines Varga won the 1500m.', '3:59.10', 'Ines Varga'], SIMPLE),
  athleteSharedTime: cascade('link/athlete-shared-time', 'one time several runners share: "A and B both of 48.79", "both men recording 1:17:39", "11.06, the same time as B"', ['Ines Varga won the 400m hurdles in 54.10, with Tamsin Roe and Rhea Okafor both of 55.79.', '55.79', 'Tamsin Roe'], SIMPLE),
  athleteRelayTeam: cascade('link/athlete-relay-team', 'a relay time belongs to each runner of the team named in its sentence', ['The British team of Ines Varga, Tamsin Roe, Rhea Okafor and Mara Lind won the 4x400m relay in 3:25.10.', '3:25.10', 'Mara Lind'], SIMPLE),
};

const AT_GAMES: [string, string] = ['Ines Varga ran 3:59.10 in the 1500m at the Valbruna Games.', '3:59.10'];
// context.ts: where a time was run, tried in this order
const COMPETITION = {
  competitionResultsTable: cascade('link/competition-of-results-table', "a results row belongs to the race the article reports, whatever race its paragraph named before the table", ['Ines Varga won the 1500m at the Valbruna Games on Saturday.\n\n1. Ines Varga 3:59.10\n2. Tamsin Roe 4:01.20', '4:01.20', 'Valbruna Games'], AT_GAMES),
  competitionInSentence: cascade('link/competition-in-sentence', "a race named in the time's sentence, reported and not in an aside, is where it was run", ['Ines Varga ran 3:59.10 in the 1500m at the Valbruna Games.', '3:59.10', 'Valbruna Games'], SIMPLE),
  competitionEarlierInParagraph: cascade('link/competition-earlier-in-paragraph', "else the last reported race named earlier in the time's paragraph", ['At the Valbruna Games the crowd was big. Ines Varga won the 1500m in 3:59.10.', '3:59.10', 'Valbruna Games'], AT_GAMES),
  // across a paragraph break the sentence before counts only when it names an event the time fits; within a
  // paragraph link/competition-earlier-in-paragraph decides first
  competitionPreviousSentence: {
    id: 'link/competition-previous-sentence',
    reason: "else a reported race named in the sentence before: in the time's paragraph, or the last sentence of the paragraph before when it names an event the time fits",
    examples: [{ text: 'They raced in the 1500m at the Valbruna Games.\n\nInes Varga clocked 3:59.10 to win.', span: '3:59.10', value: 'Valbruna Games' }],
    counterexamples: [
      { text: AT_GAMES[0], span: AT_GAMES[1] },
      { text: 'They raced at the Valbruna Games.\n\nInes Varga clocked 3:59.10 to win the 1500m.', span: '3:59.10' },
    ],
  },
  competitionSectionHeading: cascade('link/competition-section-heading', "else the race named by the heading of the time's section, in a report in sections", ['# Weekend round-up\n\n## Valbruna Games\n\nThe rain came.\n\nIn the 1500m, Ines Varga won in 3:59.10.', '3:59.10', 'Valbruna Games'], AT_GAMES),
  competitionOfArticle: cascade('link/competition-of-article', 'else the race the headline or the lead reports', ['Valbruna Games report\n\nThe rain came.\n\nIn the 1500m, Ines Varga won in 3:59.10.', '3:59.10', 'Valbruna Games'], AT_GAMES),
  competitionOnlyOneBefore: cascade('link/competition-only-one-before', 'else the one race named so far in the section: the report is about it', ['Ines Varga was in form on Saturday.\n\nThe rain came down.\n\nLater she raced at the Valbruna Games.\n\nThe wind was strong.\n\nIn the 1500m, Ines Varga won in 3:59.10.', '3:59.10', 'Valbruna Games'], AT_GAMES),
  competitionOnlyOne: cascade('link/competition-only-one', 'else the one race the whole article names, before or after the time', ['Ines Varga was in form on Saturday.\n\nThe rain came down.\n\nIn the 1500m, Ines Varga won in 3:59.10.\n\nThe wind was strong.\n\nIt was her first race at the Valbruna Games.', '3:59.10', 'Valbruna Games'], AT_GAMES),
  competitionHeadline: cascade(
    'link/competition-headline',
    'else the reported race the headline names (its mention in the body when there is one), when the article names several',
    ['Varga wins in Rio\n\nInes Varga was in form at the Olympic Games in 2016. The rain came down.\n\nShe also raced at the Valbruna Games.\n\nThe wind was strong.\n\nThe rain came again.\n\nIn the 1500m, Ines Varga won in 3:59.10.', '3:59.10', 'Olympic Games'],
    AT_GAMES,
  ),
};

// context.ts: which event a time was run in, tried in this order (a walk of the same distance first when the article is about one)
const EVENT = {
  eventCrossCountry: cascade('link/event-of-cross-country-race', "a cross-country race's course distance is not the event: the event is Cross Country", ['Ines Varga won the Valbruna Cross Country in 32:10.', '32:10', 'Cross Country'], ['Ines Varga won the Valbruna 10k in 32:10.', '32:10']),
  eventInSentence: cascade('link/event-in-sentence', "the nearest event in the time's sentence that the time is plausible for", ['Ines Varga won the 1500m in 3:59.10 on Saturday.', '3:59.10', '1500m'], ['Ines Varga won in 3:59.10, ahead of Tamsin Roe. The 1500m was quick.', '3:59.10']),
  eventEarlierInParagraph: cascade('link/event-earlier-in-paragraph', "else the last plausible event named earlier in the time's paragraph", ['Ines Varga ran the 1500m heats on Friday. On Saturday she ran 4:01.20 and won.', '4:01.20', '1500m'], ['Ines Varga won the 1500m in 4:01.20 on Saturday.', '4:01.20']),
  eventOfCompetition: cascade('link/event-of-competition', "else the race's own distance, from the gazetteer (the Great North Run is a half marathon)", ['Ines Varga won the Great North Run in 1:08:10.', '1:08:10', 'Half Marathon'], ['Ines Varga won the half marathon in 1:08:10.', '1:08:10']),
  eventMainBefore: cascade('link/event-main-before', 'else the event the article named most often before the time', ['Ines Varga won the 1500m on Saturday.\n\nTamsin Roe ran 4:01.20, a season\'s best.', '4:01.20', '1500m'], ['Ines Varga won the 1500m in 4:01.20 on Saturday.', '4:01.20']),
  eventAfter: cascade('link/event-after', 'else the nearest plausible event named after the time', ['Ines Varga won in 3:59.10, ahead of Tamsin Roe. The 1500m was quick.', '3:59.10', '1500m'], SIMPLE),
  eventWalk: cascade('link/event-walk-of-distance', 'in an article about a race walk, a bare road distance is the walk of that distance', ['Ines Varga won the 20km race walk in Leeds.\n\nTamsin Roe was second in the 20km in 1:29:10.', '1:29:10', '20km Race Walk'], ['Ines Varga won the 20km race in Leeds in 1:05:10.', '1:05:10']),
  eventRaceName: cascade('link/event-of-race-name', "a race whose gazetteer entry gives its event (the Great North Run's Half Marathon) lends it to the times run there", ['Ines Varga won the Great North Run in 1:08:10.', 'Great North Run', 'Half Marathon'], ['Ines Varga won the Valbruna Run in 1:08:10.', 'Valbruna Run']),
};

/** A drop of the linker (explain.ts): a time left without a performance, or a competition not taken as its race. */
const left = (rule: DropRule, example: RuleExample | RuleExample[], counter: RuleExample): Local => ({ id: rule.id, reason: rule.reason, drops: true, examples: [example].flat(), counterexamples: [counter] });

const DROPS = {
  noEvent: left(NO_EVENT, { text: 'Ines Varga ran 3:59.10 on Saturday.', span: '3:59.10' }, { text: SIMPLE[0], span: SIMPLE[1] }),
  relayWithoutTeam: left(
    RELAY_WITHOUT_TEAM,
    { text: 'Ines Varga helped win the 4x400m relay in 3:25.10.', span: '3:25.10' },
    { text: 'The British team of Ines Varga, Tamsin Roe, Rhea Okafor and Mara Lind won the 4x400m relay in 3:25.10.', span: '3:25.10' },
  ),
  markWithoutHolder: left(
    MARK_WITHOUT_HOLDER,
    { text: 'Ines Varga ran 4:25.13 in the mile to smash a nine-year-old championship record of 4:27.18.', span: '4:27.18' },
    { text: "Ines Varga ran 4:25.13 in the mile to smash Tamsin Roe's championship record of 4:27.18.", span: '4:27.18' },
  ),
  weakTimeAlone: left(
    WEAK_TIME_ALONE,
    { text: 'Ines Varga won the 100m in Leeds. Tamsin Roe was 11.42 here.', span: '11.42' },
    { text: 'Ines Varga clocked 11.21 to win the 100m.', span: '11.21' },
  ),
  competitionOtherYear: left(
    COMPETITION_OTHER_YEAR,
    { text: 'At the 2022 Valbruna Games the crowd was big. Ines Varga ran 3:59.10 in the 1500m, the record she set in 2019.', span: '3:59.10' },
    { text: 'At the 2022 Valbruna Games the crowd was big. Ines Varga ran 3:59.10 in the 1500m, a record.', span: '3:59.10' },
  ),
  competitionIsTitle: left(
    COMPETITION_IS_TITLE,
    { text: 'Ines Varga, Olympic champion in 2016 in Rio, ran 3:59.10 in the 1500m.', span: 'Olympic champion' },
    { text: 'Ines Varga reached the Olympic final in 2016 in Rio and ran 3:59.10 in the 1500m.', span: 'Olympic final' },
  ),
  frameTarget: left(
    FRAME_TARGET,
    { text: 'Ines Varga, who ran 3:59.10 in the 1500m, will race at the Valbruna Games.', span: 'Valbruna Games' },
    { text: AT_GAMES[0], span: 'Valbruna Games' },
  ),
  // also the marks set earlier ("her best of 3:58.20 set at the Valbruna Games"), whose pattern has no id of its own
  framePast: left(
    FRAME_PAST,
    [
      { text: 'Ines Varga ran 3:59.10 in the 1500m, her first race since the Valbruna Games.', span: 'Valbruna Games' },
      { text: 'Ines Varga ran 3:59.10 in the 1500m, beating her best of 3:58.20 set at the Valbruna Games.', span: 'Valbruna Games' },
    ],
    { text: AT_GAMES[0], span: 'Valbruna Games' },
  ),
  // a guard: segment gives every block its sentences, so no text reaches it (the examples test exempts it by name)
  timeOutsideSentences: { id: OUTSIDE_SENTENCES.id, reason: OUTSIDE_SENTENCES.reason, drops: true },
};

export const RULES = defineRules('link', {
  ...DROPS,
  ...ATHLETE,
  ...COMPETITION,
  ...EVENT,
  ...Object.fromEntries([...placeRules(), ...recordRules(), ...frameRules()]),
  resultsRow: {
    id: 'place/results-row',
    reason: 'a results row that opens with its place ("1. Ines Varga 3:59.10") gives the place of its one time',
    examples: [{ text: 'Ines Varga won the 1500m at the Valbruna Games on Saturday.\n\n1. Ines Varga 3:59.10\n2. Tamsin Roe 4:01.20', span: '4:01.20', value: '2' }],
    counterexamples: [{ text: 'Ines Varga ran 4:01.20 in the 1500m.', span: '4:01.20' }],
  },
  afterInRun: {
    id: SEQUENCE_RULES.after.id,
    reason: SEQUENCE_RULES.after.reason,
    examples: [{ text: 'In the 800m Ines Varga finished second in 1:58.72 ahead of Tamsin Roe (1:59.30) and Rhea Okafor (1:59.63).', span: '1:59.63', value: '4' }],
    counterexamples: [{ text: 'In the 800m Ines Varga finished second in 1:58.72 ahead of Tamsin Roe (2:01.30) and Rhea Okafor (1:59.63).', span: '1:59.63' }],
  },
  completedTop: {
    id: SEQUENCE_RULES.top.id,
    reason: SEQUENCE_RULES.top.reason,
    examples: [{ text: 'In the 100m final Tamsin Roe (11.24), Rhea Okafor (11.27) and Ines Varga (11.29) completed the top seven.', span: '11.27', value: '6' }],
    counterexamples: [{ text: 'In the 100m final Tamsin Roe (11.24), Rhea Okafor (11.27) and Ines Varga (11.29) were in the field.', span: '11.27' }],
  },
  missedMedals: {
    id: SEQUENCE_RULES.medals.id,
    reason: SEQUENCE_RULES.medals.reason,
    examples: [{ text: 'In the 100m hurdles Tamsin Roe (12.67), Rhea Okafor (12.68) and Ines Varga (12.69) just missed out on the medals.', span: '12.68', value: '5' }],
    counterexamples: [{ text: 'In the 100m hurdles Tamsin Roe (12.67), Rhea Okafor (12.68) and Ines Varga (12.69) were in the field.', span: '12.68' }],
  },
  followedBy: {
    id: SEQUENCE_RULES.followed.id,
    reason: SEQUENCE_RULES.followed.reason,
    examples: [{ text: 'Ines Varga won the 800m title in 2:00.27. She was closely followed by her teammate Tamsin Roe, who clocked 2:00.36.', span: '2:00.36', value: '2' }],
    counterexamples: [{ text: 'Ines Varga ran 2:05.27 in the 800m, in 34th place. She was followed by her clubmate Tamsin Roe, who clocked 2:06.36.', span: '2:06.36' }],
  },
  respectively: {
    id: SEQUENCE_RULES.respectively.id,
    reason: SEQUENCE_RULES.respectively.reason,
    examples: [{ text: 'In the 10km cross country race Tamsin Roe (32:11) and Ines Varga (32:13.3) were eighth and 10th, respectively.', span: '32:13.3', value: '10' }],
    counterexamples: [{ text: 'In the 10km cross country race Tamsin Roe (32:11) and Ines Varga (32:13.3) were in the field.', span: '32:13.3' }],
  },
  recordNamedBefore: {
    id: 'record/named-before',
    reason: 'a bare "record" ("the record of 8:44.32", "the previous record") is the kind of record named last before it, in its sentence or the one before in its paragraph',
    examples: [{ text: 'Ines Varga missed the world record in the 1500m. She ran 3:50.10, short of the record of 3:50.07 set by Tamsin Roe.', span: '3:50.07', value: 'WR' }],
    counterexamples: [{ text: 'Ines Varga won the 1500m at the Valbruna Games, breaking the record with 4:01.20.', span: '4:01.20' }],
  },
  recordRoadCourse: {
    id: 'record/road-course',
    reason: "a bare record in a road race, with no kind named before it, is the race's course record",
    examples: [{ text: 'Ines Varga won the Valbruna Marathon on Sunday, in a record of 2:19:55.', span: '2:19:55', value: 'CR' }],
    counterexamples: [{ text: "Ines Varga ran the Valbruna Marathon in 2:59:10 and broke the club's record for the distance.", span: '2:59:10' }],
  },
  recordSaidApart: {
    id: 'record/said-apart',
    reason: 'a sentence with no time that opens with "It was" or a runner\'s name and "set" gives its records to that runner\'s (or the last) time in the two sentences before',
    examples: [{ text: 'Ines Varga won the 60m at the Valbruna Games. She clocked 7.10 to go third on the all-time list.\n\nIt was a Welsh record for Varga.', span: '7.10', value: 'NR' }],
    counterexamples: [{ text: 'Ines Varga won the 60m at the Valbruna Games. She clocked 7.10 to go third on the all-time list.\n\nShe set a Welsh record in 2019.', span: '7.10' }],
  },
  recordPluralList: {
    id: 'record/plural-list',
    reason: 'a plural record phrase before a list of times ("PBs of 52.64 and 52.77") is each time\'s',
    examples: [{ text: 'Ines Varga and Rhea Okafor ran PBs of 52.64 and 52.77 respectively in the 400m hurdles.', span: '52.77', value: 'PB' }],
    counterexamples: [{ text: 'Ines Varga ran a PB of 52.64 and Rhea Okafor ran 52.77 in the 400m hurdles.', span: '52.77' }],
  },
  recordBestFromTo: {
    id: 'record/best-from-to',
    reason: 'a best bettered "from" an old mark "to" a new one ("improved her PB from 15:42 to 15:18"): both were the runner\'s best; the old one is from a race the article does not name',
    examples: [{ text: 'Ines Varga won the Valbruna 5km and improved her best all the way from 15:42 to 15:18.', span: '15:18', value: 'PB' }],
    counterexamples: [{ text: 'Ines Varga won the Valbruna 5km, running 15:42 and then 15:18 in the rerun.', span: '15:18' }],
  },
  recordBrokeNext: {
    id: 'record/broke-next',
    reason: 'a time that breaks a record whose old mark follows it ("2:19:55, surpassing X\'s record of 2:20:06") holds that record too',
    examples: [{ text: "Ines Varga won the Valbruna Marathon in 2:19:55, surpassing Tamsin Roe's 2011 record of 2:20:06.", span: '2:19:55', value: 'CR' }],
    counterexamples: [{ text: "Ines Varga won the Valbruna Marathon in 2:21:55, missing Tamsin Roe's 2011 record of 2:20:06.", span: '2:21:55' }],
  },
  ordinalBracketed: {
    id: 'place/ordinal-bracketed',
    reason: 'a bare ordinal between a name and its bracketed time ("Tamsin Roe of Leeds third (4:03.10)")',
    examples: [{ text: 'Ines Varga won the 1500m in 4:01.20 with Tamsin Roe of Leeds third (4:03.10).', span: '4:03.10', value: '3' }],
    counterexamples: [{ text: 'Ines Varga won the 1500m in 4:01.20 with Tamsin Roe of Leeds (4:03.10).', span: '4:03.10' }],
  },
  wentTo: {
    id: 'place/went-to',
    reason: 'a place given at the start of the sentence to the name after it ("Second place went to Tamsin Roe in 4:03.10")',
    examples: [{ text: 'Ines Varga won the 1500m in 4:01.20. Second place went to Tamsin Roe in 4:03.10.', span: '4:03.10', value: '2' }],
    counterexamples: [{ text: 'Ines Varga won the 1500m in 4:01.20. Tamsin Roe ran 4:03.10.', span: '4:03.10' }],
  },
  medalThrough: {
    id: 'place/medal-through',
    reason: 'a medal won "through" the runner named after it ("Japan won bronze through Ines Varga, whose time was 13.26")',
    examples: [{ text: 'Japan also won bronze in the 100m hurdles through Ines Varga, whose time was 13.26 seconds.', span: '13.26 seconds', value: '3' }],
    counterexamples: [{ text: 'Japan also raced in the 100m hurdles with Ines Varga, whose time was 13.26 seconds.', span: '13.26 seconds' }],
  },
  saidElsewhere: {
    id: 'place/said-elsewhere',
    reason: "a runner's only time in the article's race takes the place the article states for that runner elsewhere",
    examples: [{ text: 'Ines Varga won the 1500m title at the Valbruna Games.\n\nTamsin Roe ran 4:01.20 in the 1500m.\n\nIn the 1500m, Ines Varga ran 3:59.10.', span: '3:59.10', value: '1' }],
    counterexamples: [{ text: 'Ines Varga ran 3:59.10 in the 1500m at the Valbruna Games.', span: '3:59.10' }],
  },
});
