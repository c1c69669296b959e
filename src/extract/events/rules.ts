/**
 * The events stage's rules (issue 12): every id the stage writes or logs, declared once, with its reason,
 * examples and counterexamples (run by tests/extract/events/rules-examples.test.ts) and, for the named events
 * of the lexicon, their written forms as `words`. An example's `span` is the event as written, its `value` the
 * canonical name; a drop rule (`drops`) names a length it drops. Patterns stay beside the code that runs them
 * (`distance.ts`, `index.ts`) and take their id and reason from here; `model.ts` builds the lexicon from the
 * named events here.
 */
import { defineRules } from '../../rules/catalogue.js';

const ex = (text: string, span: string, value: string) => ({ text, span, value });

export const RULES = defineRules('events', {
  // ---------------------------------------------------------------- distances (distance.ts)
  distanceMetres: {
    id: 'event/distance-metres',
    reason: 'a track distance in metres: 60 to 10,000 (every 100), 50, 55, 80, 150, 250, 1600, 3200',
    examples: [ex('She won the 1,500m in style.', '1,500m', '1500m'), ex('over 1500 metres indoors', '1500 metres', '1500m'), ex('the 1500-metre final', '1500-metre', '1500m'), ex('ran the 600m', '600m', '600m')],
    counterexamples: [{ text: 'She jumped 17.30m in the final.' }, { text: 'a fee of 1234m euros' }],
  },
  distanceHurdles: {
    id: 'event/distance-hurdles',
    reason: 'a hurdles distance (50 to 400m)',
    examples: [ex('the 60m hurdles final', '60m hurdles', '60m Hurdles'), ex('the 400 metres hurdles', '400 metres hurdles', '400m Hurdles'), ex('a 400m hurdler', '400m hurdler', '400m Hurdles')],
    counterexamples: [{ text: 'the 500m hurdles' }],
  },
  distanceSteeplechase: {
    id: 'event/distance-steeplechase',
    reason: 'a steeplechase distance (1500, 2000, 3000m)',
    examples: [ex('the 3,000m steeplechase', '3,000m steeplechase', '3000m Steeplechase')],
    counterexamples: [{ text: 'the 5000m steeplechase' }],
  },
  distanceWalk: {
    id: 'event/distance-walk',
    reason: 'a race walk distance',
    examples: [ex('the 20km walk', '20km walk', '20km Race Walk'), ex('the 50K Walk', '50K Walk', '50km Race Walk')],
    counterexamples: [{ text: 'a 150km walk' }],
  },
  distanceRelayLeg: {
    id: 'event/distance-relay-leg',
    reason: '"100m relay" is the 4x100m',
    examples: [ex('the 100m relay team', '100m relay', '4x100m Relay')],
    counterexamples: [{ text: 'the 300m relay team' }],
  },
  distanceKm: {
    id: 'event/distance-km',
    reason: 'a road distance in kilometres (4 to 100)',
    examples: [ex('a 10k in Bourton', '10k', '10km'), ex('the 10K race', '10K', '10km'), ex('a flat 10km course', '10km', '10km'), ex('over 5 kilometres', '5 kilometres', '5km')],
    counterexamples: [{ text: 'a 150km ride' }, { text: 'earned 10 k last year' }],
  },
  distanceKmTrack: {
    id: 'event/distance-km-track',
    reason: '1, 2 and 3 km are the track 1000m, 2000m, 3000m',
    examples: [ex('records at 3km and the mile', '3km', '3000m')],
    counterexamples: [{ text: 'a 4km loop race' }],
  },
  distanceMile: {
    id: 'event/distance-mile',
    reason: 'one mile written as a distance ("the 1 mile race"): the Mile event',
    examples: [ex('the 1 mile race', '1 mile', 'Mile')],
    counterexamples: [{ text: 'the 1 mile walk' }],
  },
  distanceMiles: {
    id: 'event/distance-miles',
    reason: 'a distance in miles (2 to 100)',
    examples: [ex('ran 2 miles indoors', '2 miles', '2 Miles'), ex('a hilly 10-mile race', '10-mile', '10 Miles'), ex('the 5 Miles handicap', '5 Miles', '5 Miles'), ex('the Harlow 5-miler', '5-miler', '5 Miles')],
    counterexamples: [{ text: 'a 150 miles ultra' }, { text: 'She ran 6:30 miles all the way.' }],
  },
  relay: {
    id: 'event/relay',
    reason: 'a relay written 4 x leg',
    examples: [ex('the 4x100m squad', '4x100m', '4x100m Relay'), ex('the 4 x 400m relay', '4 x 400m relay', '4x400m Relay'), ex('a 4x400-meter relay', '4x400-meter relay', '4x400m Relay')],
    counterexamples: [{ text: 'a 4x300m relay' }],
  },
  distanceListed: {
    id: 'event/distance-listed',
    reason: 'the first number of a list shares the unit of the last',
    examples: [ex('she doubled in the 5,000 and 10,000m', '5,000', '5000m'), ex('the 800/1500m runner', '800', '800m')],
    counterexamples: [{ text: 'in 2015 and 10,000m' }],
  },
  distanceBare: {
    id: 'event/distance-bare',
    reason: 'a classic track distance without unit, before a race word',
    examples: [ex('won the 1500 final', '1500', '1500m'), ex("won the men's 5,000 title", '5,000', '5000m'), ex('added the hurdles title to the flat 400, which she won', '400', '400m'), ex('Ines Varga (4:05.20 1500 pb) is in the field', '1500', '1500m')],
    counterexamples: [{ text: 'the 1500 people who came' }],
  },

  // ---------------------------------------------------------------- lengths that are no event (distance.ts, index.ts)
  notSplit: {
    id: 'event/not-split',
    drops: true,
    reason: 'a part of a race, not the event: "the last 200m", "in the final 400m", "the first 5km", "the first round of 200 meters", "in the 19th mile", "the more uphill second mile"',
    examples: [{ text: 'She kicked over the last 200m of the race.', span: '200m' }, { text: 'She pulled away from the pack in the 19th mile.', span: 'mile' }],
    counterexamples: [{ text: 'She won the 200m final.' }],
  },
  notFirstLeg: {
    id: 'event/not-first-leg',
    drops: true,
    reason: 'a runner\'s first stretch with its time ("covered her first mile in a very fast 4:40") is a leg of a longer race the article names, not an event',
    examples: [{ text: 'She won the 5km in 15:18 and covered her first mile in a very fast 4:40.', span: 'mile' }],
    counterexamples: [{ text: 'She won the 10km in 31:02, a year after her first marathon in 2:25:10.' }, { text: 'She covered her first mile in 4:40.' }],
  },
  notPace: {
    id: 'event/not-pace',
    drops: true,
    reason: 'a pace or a training unit: "each mile", "every 400m", "per km"',
    examples: [{ text: 'She ran 68 seconds for every 400m in training.', span: '400m' }],
    counterexamples: [{ text: 'She ran 52 seconds in the 400m.' }],
  },
  notCourse: {
    id: 'event/not-course',
    drops: true,
    reason: 'a course length in brackets: "two laps (4 miles) of the course"',
    examples: [{ text: 'The race was two laps (4 miles) of the park.', span: '4 miles' }],
    counterexamples: [{ text: 'The race (4 miles) was held in the park.' }],
  },
  notMargin: {
    id: 'event/not-margin',
    drops: true,
    reason: 'a margin or an approximate length: "by 10m", "within 100m", "about 5km", "another 200m"',
    examples: [{ text: 'She led by 100m at the bell.', span: '100m' }],
    counterexamples: [{ text: 'She led the 100m at the bell.' }],
  },
  notPosition: {
    id: 'event/not-position',
    drops: true,
    reason: 'a position in a race: "200m from the finish", "with 300m to go", "100m out", "50m clear"',
    examples: [{ text: 'She attacked 200m from the finish.', span: '200m' }],
    counterexamples: [{ text: 'She won the 200m in lane eight.' }],
  },
  notSize: {
    id: 'event/not-size',
    drops: true,
    reason: 'a size or rate: "100m high", "100 miles a week", "5km north of"',
    examples: [{ text: 'She trains 100 miles a week.', span: '100 miles' }],
    counterexamples: [{ text: 'She ran 100 miles in the race.' }],
  },
  notMoneyOrHeight: {
    id: 'event/not-money-or-height',
    drops: true,
    reason: 'money ("100m euros", "a 2m deal") or altitude ("2,400m above sea level")',
    examples: [{ text: 'They train at 2,400m above sea level.', span: '2,400m' }],
    counterexamples: [{ text: 'She ran the 2,400m relay leg.' }],
  },
  notXcCourse: {
    id: 'event/not-xc-course',
    drops: true,
    reason: 'a course length of a cross country race ("world cross country 4km champion", "won the men\'s 9km race" in a cross country report; after cross country is named, "the 10,000-meter course" and a race over a distance that is no championship track event, "the 6,000-meter race"), not an event of its own',
    examples: [{ text: 'She was world cross country 8km champion.', span: '8km' }, { text: 'The cross country title was decided on Saturday. Tuohy was fifth in the 6,000-meter race.', span: '6,000-meter' }, { text: 'The cross country title was decided on Saturday. The team won on the 10,000-meter course.', span: '10,000-meter' }],
    counterexamples: [{ text: 'She was the 8km road champion.' }, { text: 'The cross country title went to Ines Varga. She then won the 10,000-meter race on the track.' }],
  },
  notSplitList: {
    id: 'event/not-split-list',
    drops: true,
    reason: 'distances each followed by a time, in a row joined by dashes ("1K 2:55.0 - 2K 5:53.0"), are the marks passed on the way, not events',
    examples: [{ text: 'She dropped out, 1K 2:55.0 - 2K 5:53.0, in the steeplechase.', span: '1K' }, { text: 'She dropped out, 1K 2:55.0 - 2K 5:53.0, in the steeplechase.', span: '2K' }],
    counterexamples: [{ text: 'Her bests: 800m 2:01.5 and 1500m 4:05.2.' }],
  },
  notInLink: {
    id: 'event/not-in-link',
    drops: true,
    reason: 'a distance inside a URL, a file name or an HTML attribute ("/images/Bourton-10k-2018.jpg", alt="…-4x100") is part of the address, not the text',
    examples: [{ text: 'The photo link ends in ?race=10km for now.', span: '10km' }],
    counterexamples: [{ text: 'Results of the 10k today.' }],
  },
  notCounted: {
    id: 'event/not-counted',
    drops: true,
    reason: 'a "mile" after a number word or "half a" is a length ("three-mile loop", "half a mile"), not the event',
    examples: [{ text: 'She jogged half a mile to the start.', span: 'mile' }],
    counterexamples: [{ text: 'She won the mile at the Millrose Games.' }, { text: 'Ines Varga (4:05.48 mile pb) is in the field.' }],
  },
  notPlaceName: {
    id: 'event/not-place-name',
    drops: true,
    reason: 'a capitalised word after "Mile" that is no race word makes a place name ("Mile End", "Ninety Mile Beach")',
    examples: [{ text: 'The race started at Mile End station.', span: 'Mile' }],
    counterexamples: [{ text: 'She won the Mile Race in Oslo.' }],
  },
  notRaceDistance: {
    id: 'event/not-race-distance',
    drops: true,
    reason: 'a number and unit that make no race distance ("a 1234m climb", "the 5000m hurdles") are a length, not an event',
    examples: [{ text: 'They climbed 1234m on the hills.', span: '1234m' }],
    counterexamples: [{ text: 'They raced the 1200m on the track.' }],
  },
  implied: {
    id: 'event/implied-by-title',
    reason: 'an event followed by a title or record word ("the mile record holder") is only implied: a later stage weighs it less',
    examples: [{ text: 'the mile record holder', span: 'mile' }],
    counterexamples: [{ text: 'the mile at the Millrose Games' }],
  },

  // ---------------------------------------------------------------- named events (the lexicon, model.ts)
  halfMarathon: { id: 'event/half-marathon', reason: 'half marathon in its spellings', examples: [ex('his first half-marathon', 'half-marathon', 'Half Marathon')], words: ['half marathon', 'half marathons', 'half-marathoner', 'half marathoner', '13.1 miles', '13.1 mile', '21.1km', '21.1 km', '21.0975km'] },
  marathon: { id: 'event/marathon', reason: 'the marathon, also inside race names ("London Marathon")', examples: [ex('the London Marathon', 'Marathon', 'Marathon')], words: ['marathon', 'marathons', 'marathoner', 'marathoners', '26.2 miles', '26.2 mile', '42.2km', '42.2 km', '42.195km', '42.195 km'] },
  crossCountry: { id: 'event/cross-country', reason: 'cross country running, also inside championship names', examples: [ex('a muddy cross-country race', 'cross-country', 'Cross Country'), ex('the county XC league', 'XC', 'Cross Country')], words: ['cross country', 'cross-country', 'x-country', 'xc', 'crosscountry'] },
  mile: { id: 'event/mile', reason: 'the mile ("the mile record holder", "one-mile")', examples: [ex('the mile at the Millrose Games', 'mile', 'Mile')], counterexamples: [{ text: 'She won by a mile.' }], words: ['mile', 'one mile'] },
  metricMile: { id: 'event/metric-mile', reason: 'the "metric mile" is the 1500m', examples: [ex('the metric mile in Oslo', 'metric mile', '1500m')], words: ['metric mile'] },
  steeplechase: { id: 'event/steeplechase', reason: 'a steeplechase without distance is the 3000m steeplechase', examples: [ex('the steeplechase', 'steeplechase', '3000m Steeplechase')], words: ['steeplechase', 'steeplechaser', 'steeplechasers'] },
  sprintRelay: { id: 'event/sprint-relay', reason: 'the sprint relay is the 4x100m', examples: [ex('the sprint relay squad', 'sprint relay', '4x100m Relay')], words: ['sprint relay', 'sprint relays'] },
  highJump: { id: 'event/high-jump', reason: 'high jump and its athletes', examples: [ex('the high jump final', 'high jump', 'High Jump')], words: ['high jump', 'high jumper', 'high jumpers'] },
  poleVault: { id: 'event/pole-vault', reason: 'pole vault and its athletes', examples: [ex('Olympic pole vault champion', 'pole vault', 'Pole Vault')], words: ['pole vault', 'pole vaulter', 'pole vaulters', 'pole-vaulting'] },
  longJump: { id: 'event/long-jump', reason: 'long jump and its athletes', examples: [ex('a long jumper from Leeds', 'long jumper', 'Long Jump')], words: ['long jump', 'long jumper', 'long jumpers'] },
  tripleJump: { id: 'event/triple-jump', reason: 'triple jump and its athletes', examples: [ex('the triple jump', 'triple jump', 'Triple Jump')], words: ['triple jump', 'triple jumper', 'triple jumpers'] },
  shotPut: { id: 'event/shot-put', reason: 'shot put; a bare "shot" is too ambiguous', examples: [ex('the shot put', 'shot put', 'Shot Put')], counterexamples: [{ text: 'a shot at the title' }], words: ['shot put', 'shot putter', 'shot putters', 'shotput'] },
  discus: { id: 'event/discus', reason: 'discus throw', examples: [ex('threw the discus', 'discus', 'Discus Throw')], words: ['discus', 'discus throw', 'discus thrower', 'discus throwers'] },
  hammer: { id: 'event/hammer', reason: 'hammer throw ("hammer" alone is the event in athletics text)', examples: [ex('won the hammer throw', 'hammer throw', 'Hammer Throw')], words: ['hammer throw', 'hammer thrower', 'hammer throwers', 'hammer'] },
  javelin: { id: 'event/javelin', reason: 'javelin throw', examples: [ex('the javelin final', 'javelin', 'Javelin Throw')], words: ['javelin', 'javelin throw', 'javelin thrower', 'javelin throwers'] },
  pentathlon: { id: 'event/pentathlon', reason: 'pentathlon (indoor combined event)', examples: [ex('the indoor pentathlon', 'pentathlon', 'Pentathlon')], words: ['pentathlon', 'pentathlete', 'pentathletes'] },
  heptathlon: { id: 'event/heptathlon', reason: 'heptathlon and its athletes', examples: [ex('won the heptathlon', 'heptathlon', 'Heptathlon')], words: ['heptathlon', 'heptathlete', 'heptathletes'] },
  decathlon: { id: 'event/decathlon', reason: 'decathlon and its athletes', examples: [ex('the decathlon', 'decathlon', 'Decathlon')], words: ['decathlon', 'decathlete', 'decathletes'] },
  // distances in miles written as a word ("two-mile", "seven miles"); other numbers are read as digits
  twoMiles: { id: 'event/two-miles', reason: '"two-mile", "two miles" written in words', examples: [ex('a two-mile race', 'two-mile', '2 Miles')], words: ['two mile', 'two miles'] },
  threeMiles: { id: 'event/three-miles', reason: '"three-mile", "three miles" written in words', words: ['three mile', 'three miles'] },
  fourMiles: { id: 'event/four-miles', reason: '"four-mile", "four miles" written in words', words: ['four mile', 'four miles'] },
  fiveMiles: { id: 'event/five-miles', reason: '"five-mile", "five miles" written in words', words: ['five mile', 'five miles'] },
  sixMiles: { id: 'event/six-miles', reason: '"six-mile", "six miles" written in words', words: ['six mile', 'six miles'] },
  sevenMiles: { id: 'event/seven-miles', reason: '"seven-mile", "seven miles" written in words', examples: [ex('a seven-mile road race', 'seven-mile', '7 Miles')], words: ['seven mile', 'seven miles'] },
  eightMiles: { id: 'event/eight-miles', reason: '"eight-mile", "eight miles" written in words', words: ['eight mile', 'eight miles'] },
  nineMiles: { id: 'event/nine-miles', reason: '"nine-mile", "nine miles" written in words', words: ['nine mile', 'nine miles'] },
  tenMiles: { id: 'event/ten-miles', reason: '"ten-mile", "ten miles" written in words', examples: [ex('the Great South ten-mile race', 'ten-mile', '10 Miles')], words: ['ten mile', 'ten miles'] },
  twelveMiles: { id: 'event/twelve-miles', reason: '"twelve-mile", "twelve miles" written in words', words: ['twelve mile', 'twelve miles'] },
  fifteenMiles: { id: 'event/fifteen-miles', reason: '"fifteen-mile", "fifteen miles" written in words', words: ['fifteen mile', 'fifteen miles'] },
  twentyMiles: { id: 'event/twenty-miles', reason: '"twenty-mile", "twenty miles" written in words', words: ['twenty mile', 'twenty miles'] },
});
