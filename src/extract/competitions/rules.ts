/**
 * The competitions stage's rules in the catalogue (issue 12), beside the gazetteer (whose entries are declared
 * from the gazetteer itself, src/rules/gazetteer.ts). Names beyond the gazetteer keep their data in `generic.ts`
 * (`GENERIC_HEADS`: head words, reasons); their reasons and words are read from there and this file adds examples.
 * `value` is the competition's name as the stage gives it.
 */
import { defineRules, type RuleExample, type RuleSpec } from '../../rules/catalogue.js';
import type { DropRule } from '../../rules/reject.js';
import { GENERIC_HEADS } from './generic.js';
import { CITY_IS_VENUE, NOT_ANCHORED, TITLE_AFTER_NAME } from './explain.js';
import { RACE_NOUNS, TITLE_NOUNS } from './model/words.js';

type Local = Omit<RuleSpec, 'stage'>;
const won = (name: string, value = name): RuleExample => ({ text: `Ines Varga won the ${name} on Sunday.`, span: name, value });

/** A name for each generic head, as an article would write it (invented places). */
const GENERIC_NAMES: Record<string, string> = {
  'competition/generic-half-marathon': 'Harrowgate Half Marathon',
  'competition/generic-marathon': 'Harrowgate Marathon',
  'competition/generic-half': 'Harrowgate Half',
  'competition/generic-games': 'Valbruna Games',
  'competition/generic-classic': 'Valbruna Classic',
  'competition/generic-open': 'Valbruna Harriers Spring Open',
  'competition/generic-championships': 'Valbruna County Track Championships',
  'competition/generic-championship': 'Valbruna County Championship',
  'competition/generic-champs': 'Valbruna County Champs',
  'competition/generic-relays': 'Valbruna Relays',
  'competition/generic-grand-prix': 'Valbruna Grand Prix',
  'competition/generic-trials': 'Valbruna Trials',
  'competition/generic-diamond-league': 'Valbruna Diamond League',
  'competition/generic-mile': 'Valbruna Mile',
  'competition/generic-international': 'Valbruna International',
  'competition/generic-dash': 'Valbruna Dash',
  'competition/generic-chase': 'Valbruna Chase',
  'competition/generic-challenge': 'Valbruna Cross Challenge',
  'competition/generic-run': 'Valbruna Run',
  'competition/generic-relay': 'Valbruna Way Relay',
  'competition/generic-fell-race': 'Valbruna Fell Race',
  'competition/generic-invitational': 'Valbruna Invitational',
  'competition/generic-memorial': 'Valbruna Memorial',
  'competition/generic-road-race': 'Valbruna Road Race',
  'competition/generic-cross-country': 'Valbruna Cross Country',
  'competition/generic-tour': 'World Indoor Tour',
};
/** Values that differ from the name as written. */
const GENERIC_VALUES: Record<string, string> = { 'competition/generic-champs': 'Valbruna County Championships' };
/** Examples that need more than "won the <name> on Sunday". */
const GENERIC_TEXTS: Record<string, RuleExample> = {
  'competition/generic-tour': { text: 'Ines Varga won at the World Indoor Tour Gold meeting in Valbruna on Sunday.', span: 'World Indoor Tour Gold meeting in Valbruna', value: 'World Indoor Tour Valbruna' },
  'competition/generic-international': { text: 'Ines Varga won the Valbruna International meeting on Sunday.', span: 'Valbruna International', value: 'Valbruna International' },
};
/** One word before these heads is a tennis open or an organisation, not a meeting. */
const GENERIC_COUNTER: Record<string, RuleExample> = {
  'competition/generic-tour': { text: 'Ines Varga won the World Indoor Tour on Sunday.', span: 'World Indoor Tour' },
  'competition/generic-open': { text: 'Ines Varga watched the Valbruna Open on Sunday.', span: 'Valbruna Open' },
  'competition/generic-international': { text: 'Ines Varga joined Valbruna International on Sunday.', span: 'Valbruna International' },
};

function genericRules(): [string, Local][] {
  return GENERIC_HEADS.map((h) => {
    const name = GENERIC_NAMES[h.id];
    if (!name) throw new Error(`competitions: no example name for ${h.id}`);
    const example = GENERIC_TEXTS[h.id] ?? won(name, GENERIC_VALUES[h.id]);
    const counter = GENERIC_COUNTER[h.id] ?? { text: `Ines Varga won the ${h.words.join(' ').toLowerCase()} on Sunday.`, span: h.words.join(' ').toLowerCase() };
    return [h.id, { id: h.id, reason: h.reason, words: h.words, examples: [example], counterexamples: [counter] }];
  });
}

/** "<head> [meeting] [held] in <City>": the meeting named "<City> <head>" (`nameAfter` in generic.ts). */
const inverted = (head: string, id: string, written: string): Local => ({
  id: `${id}-inverted`,
  reason: `a ${head} named after its head and a city ("the ${written}"): the meeting is "<City> ${head}"`,
  examples: [won(written, `Valbruna ${head}`)],
  counterexamples: [won(`Valbruna ${head}`)],
});

/** A candidate matched and then not kept (explain.ts): the span is the candidate. */
const unkept = (rule: DropRule, example: RuleExample, counter: RuleExample): Local => ({ id: rule.id, reason: rule.reason, drops: true, examples: [example], counterexamples: [counter] });

export const RULES = defineRules('competitions', {
  titleAfterName: unkept(
    TITLE_AFTER_NAME,
    { text: 'Ines Varga is the Valbruna Games champion and ran 3:59.10 in the 1500m.', span: 'Valbruna Games champion' },
    { text: 'Ines Varga won the Valbruna Games 1500m in 3:59.10.', span: 'Valbruna Games' },
  ),
  cityIsVenue: unkept(
    CITY_IS_VENUE,
    { text: 'Ines Varga won the 1500m at the Prefontaine Classic in Eugene in 3:59.10.', span: 'Eugene' },
    { text: 'Ines Varga won the 1500m at the Olympic Games in 2016. She also raced in Rio.', span: 'Rio' },
  ),
  notAnchored: unkept(
    NOT_ANCHORED,
    { text: 'Olympic champion Ines Varga ran 3:59.10 in the 1500m at the Valbruna Games.', span: 'Olympic champion' },
    { text: 'Ines Varga became Olympic champion in 2016 in Rio.', span: 'Olympic champion' },
  ),
  ...Object.fromEntries(genericRules()),
  diamondLeagueInverted: inverted('Diamond League', 'competition/generic-diamond-league', 'Diamond League meeting in Valbruna'),
  marathonInverted: inverted('Marathon', 'competition/generic-marathon', 'Marathon held in Valbruna'),
  halfMarathonInverted: inverted('Half Marathon', 'competition/generic-half-marathon', 'Half Marathon held in Valbruna'),
  grandPrixInverted: inverted('Grand Prix', 'competition/generic-grand-prix', 'Grand Prix meeting in Valbruna'),
  yearAnaphor: {
    id: 'competition/year-anaphor',
    reason: 'a year and a common noun ("the 2016 championships", "the 2023 race") name a past edition of a competition named before: the nearest championships, else the article\'s own',
    examples: [{ text: 'Ines Varga won the Valbruna Championships. She also won the 2016 championships.', span: '2016 championships', value: 'Valbruna Championships' }],
    counterexamples: [{ text: 'Ines Varga won the 2016 championships.', span: '2016 championships' }, { text: 'Ines Varga won the Valbruna Marathon. The 2004 edition of the Olympic Games was hers too.', span: '2004 edition' }],
  },
  raceInMeeting: {
    id: 'competition/race-in-meeting',
    reason: 'a named race held at a meeting ("the Valbruna Mile at the Harrowgate Games") is a race of that meeting, not a competition of its own',
    examples: [{ text: 'Ines Varga won the Valbruna Mile at the 2023 Harrowgate Games.', span: 'Valbruna Mile', value: 'Harrowgate Games' }],
    counterexamples: [{ text: 'Ines Varga won the Valbruna Mile on Sunday. She then went to the Harrowgate Games.', span: 'Valbruna Mile' }],
  },
  meetingCity: {
    id: 'competition/meeting-city',
    reason: 'an edition city alone ("in Paris in 2018") is the one-day meeting the article names in that city ("the Meeting de Paris"), not a championship once held there',
    examples: [{ text: 'Ines Varga won at the Meeting de Paris. She had run 3:59.10 in Paris in 2018.', span: 'Paris', value: 'Meeting de Paris' }],
    counterexamples: [{ text: 'Ines Varga won at the Bislett Games. She had run 3:59.10 in Paris in 2018.', span: 'Paris' }],
  },
  distancePlace: {
    id: 'competition/generic-distance-place',
    reason: 'a distance before a place the article names elsewhere ("the 10K Valbruna" … "in Valbruna") is a road race named distance first',
    examples: [{ text: 'Ines Varga won the 10K Valbruna on Sunday. It was her first race in Valbruna.', span: '10K Valbruna', value: '10K Valbruna' }],
    counterexamples: [{ text: 'Ines Varga ran 10K Sunday Best in Valbruna.', span: '10K Sunday' }, { text: 'Ines Varga won the 10K Harrowgate on Sunday.', span: '10K Harrowgate' }],
  },
  distance: { id: 'competition/generic-distance', reason: 'a place before a race distance names a road race ("Bourton 10k")', examples: [won('Valbruna 10k')], counterexamples: [won('10k')] },
  leadingHead: {
    id: 'competition/leading-head',
    reason: 'a meeting named in a Romance language opens with its head ("Meeting International de …", "Memorial …"), then capitalised words and connectors',
    examples: [won('Memorial Ricardo Valbruna'), { text: 'Ines Varga won at the Meeting International de Valbruna on Sunday.', span: 'Meeting International de Valbruna', value: 'Meeting International de Valbruna' }],
    counterexamples: [{ text: 'Ines Varga ran on Memorial Day in Valbruna.', span: 'Memorial Day' }],
  },
  trials: { id: 'competition/trials', reason: 'lower-case trials with a qualifier ("the national trials") are a selection race', examples: [won('national trials', 'National Trials')], counterexamples: [{ text: 'Ines Varga won her trials of patience on Sunday.', span: 'trials' }] },
  lowerChampionships: {
    id: 'competition/lower-championships',
    reason: 'lower-case championships with a qualifier ("the county championships") are a competition of that level',
    examples: [won('county championships', 'County Championships')],
    counterexamples: [won('championships')],
  },
  cityHead: {
    id: 'competition/city-head',
    reason: 'an edition city before a series head ("Rio Olympics") names that edition of the series',
    examples: [{ text: 'Ines Varga won the Rio Olympics 1500m in 2016.', span: 'Rio Olympics', value: 'Olympic Games' }],
    counterexamples: [{ text: 'Ines Varga won the Olympics 1500m in 2016.', span: 'Olympics' }],
  },
  cityYear: {
    id: 'competition/city-year',
    reason: 'an edition city with the year of its edition ("Rio 2016") names that edition, as the Games call themselves',
    examples: [{ text: 'Ines Varga won the 1500m at Rio 2016.', span: 'Rio 2016', value: 'Olympic Games' }],
    counterexamples: [{ text: 'Ines Varga won the 1500m at Rio in 2016.', span: 'Rio' }],
  },
  cityEvent: {
    id: 'competition/city-event',
    reason: 'an edition city before an event ("the Rio 1500m") names the edition when the article names its series elsewhere',
    examples: [{ text: 'Ines Varga won the 1500m at the Olympic Games in 2016. She won the Rio 1500m too.', span: 'Rio', value: 'Olympic Games' }],
    counterexamples: [{ text: 'Ines Varga won the Rio 1500m in 2016.', span: 'Rio' }],
  },
  bareCity: {
    id: 'competition/bare-city',
    reason: 'an edition city alone names the edition when the article names the series elsewhere ("raced in Rio" after "the Olympic Games in 2016")',
    examples: [{ text: 'Ines Varga won the 1500m at the Olympic Games in 2016. She also raced in Rio.', span: 'Rio', value: 'Olympic Games' }],
    counterexamples: [{ text: 'Ines Varga raced in Rio in 2016.', span: 'Rio' }],
  },
  title: {
    id: 'competition/title',
    reason: 'a series adjective before a title noun ("Olympic champion") names the series, kept when a year, a city or a time anchors it',
    words: [...TITLE_NOUNS],
    examples: [{ text: 'Ines Varga became Olympic champion in 2016 in Rio.', span: 'Olympic champion', value: 'Olympic Games' }],
    counterexamples: [{ text: 'Ines Varga reached the Olympic final in 2016 in Rio.', span: 'Olympic final' }],
  },
  race: {
    id: 'competition/race',
    reason: 'a series adjective before a race noun ("the Olympic final") names the series, kept when a year, a city or a time anchors it',
    words: [...RACE_NOUNS],
    examples: [{ text: 'Ines Varga reached the Olympic final in 2016 in Rio.', span: 'Olympic final', value: 'Olympic Games' }],
    counterexamples: [{ text: 'Ines Varga became Olympic champion in 2016 in Rio.', span: 'Olympic champion' }],
  },
});
