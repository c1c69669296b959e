/**
 * Context words as rules (id, reason, words, examples): verbs that show a person competed, capitalised words that
 * are never part of a person's name, descriptors that point back to a person, and given names that are also
 * English words. "race" is an achievement word only ("X's race", "won the race"), not a race verb: the word after
 * a name is a noun far more often than a verb, and "will race", "races", "raced" are the verbs. "posted" is a race
 * verb ("X posted 2:01.33"), not a speech verb. "runner-up" is a role word, not an achievement word.
 */
import type { RuleSpec } from '../../../rules/catalogue.js';

type RuleDraft = Omit<RuleSpec, 'stage'>;

/** Verbs and achievement words that show a person competed. */
export const VERB_WORDS = {
  raceVerb: {
    id: 'athlete-verb/race',
    reason: 'a person who raced, ran, clocked, won or finished is a competitor',
    examples: [{ text: 'Lena Varga clocked 2:01.33 in Lausanne.', span: 'Lena Varga', value: 'athlete' }],
    counterexamples: [{ text: 'Before the race in Oslo, Lena Varga was calm.', span: 'Lena Varga' }],
    words: [
      'ran', 'runs', 'run', 'running', 'raced', 'races', 'racing', 'clocked', 'clocks', 'clocking', 'won', 'wins', 'winning',
      'finished', 'finishes', 'finishing', 'crossed', 'came', 'comes', 'coming', 'completed', 'completing', 'set', 'sets', 'setting',
      'broke', 'breaks', 'smashed', 'lowered', 'improved', 'clinched', 'retained', 'defended', 'beat', 'beats', 'beating', 'defeated',
      'edged', 'outkicked', 'outsprinted', 'held off', 'jumped', 'leapt', 'leaped', 'vaulted', 'cleared', 'threw', 'hurled',
      'qualified', 'qualifies', 'competed', 'competes', 'competing', 'led', 'leads', 'followed', 'recorded', 'registered', 'posted',
      'stormed', 'surged', 'sprinted', 'dipped', 'kicked', 'took part', 'takes part', 'take part', 'will run', 'will race',
      'will compete', 'pb', 'pbs', 'dnf', 'anchored', 'medalled', 'struck', 'triumphed', 'dominated', 'paced', 'flew', 'flies', 'win',
      'finish', 'clock', 'compete', 'jumping', 'vaulting', 'throwing', 'sprinting', 'challenging', 'challenge', 'outpaced',
      'overtook', 'chased', 'chasing', 'caught', 'emerged victorious', 'emerged as the victor', 'second to', 'third to', 'ahead of',
      'behind', 'edged out by', 'beaten by', 'pipped',
    ],
  },
  agentVerb: {
    id: 'athlete-verb/agent',
    reason: 'a record or time set, held or won by a person, "the time of X", "in front of X": X competed',
    examples: [{ text: 'The record was set by Lena Varga in 2019.', span: 'Lena Varga', value: 'athlete' }],
    words: [
      'set by', 'held by', 'won by', 'broken by', 'equalled by', 'clocked by', 'time of', 'record of', 'mark of', 'in front of',
      'clear of', 'victory went to', 'win went to', 'title went to', 'gold went to', 'silver went to', 'bronze went to',
      'place went to', 'honours went to', 'crown went to', 'performance from', 'performances from', 'performance by',
      'performances by', 'gold through', 'silver through', 'bronze through', 'medal through', 'title through',
      'final were', 'field were', 'field includes', 'field included', 'line-up includes', 'lineup includes', 'starters include',
    ],
  },
  achievement: {
    id: 'athlete-verb/achievement',
    reason: 'records, medals and titles said of a person after the name ("X held the record", "X won gold")',
    examples: [{ text: 'Lena Varga took the bronze medal in Doha.', span: 'Lena Varga', value: 'athlete' }],
    counterexamples: [{ text: 'After the bronze medal ceremony Lena Varga was calm.', span: 'Lena Varga' }],
    words: [
      'record', 'world record', 'personal best', 'season\'s best', 'medal', 'gold', 'silver', 'bronze', 'title', 'crown', 'podium',
      'lap', 'laps', 'finish line', 'marathon', 'race', 'heat', 'final', 'semi-final', 'sprint', 'hurdles', 'relay', 'cross country',
      'half marathon', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'victory', 'victorious',
    ],
  },
} as const satisfies Record<string, RuleDraft>;

/** Capitalised words that are never part of a person's name. */
export const NOT_NAME_WORDS = {
  competitionWord: {
    id: 'not-name/competition',
    reason: 'words of competition, meeting and race names',
    examples: [{ text: 'The Tamsin Reeve Memorial was held in May.', span: 'Tamsin Reeve' }],
    words: [
      'Championships', 'Championship', 'Champs', 'Games', 'Olympics', 'Olympic', 'Paralympics', 'Paralympic', 'Grand', 'Prix',
      'League', 'Golden', 'Diamond', 'Marathon', 'Half', 'Relays', 'Relay', 'Trials', 'Cup', 'Series', 'Open', 'Classic',
      'Invitational', 'Meeting', 'Indoor', 'Indoors', 'Outdoor', 'World', 'Worlds', 'European', 'Europeans', 'Commonwealth',
      'National', 'Nationals', 'Continental', 'Tour', 'Final', 'Finals', 'Cross', 'Country', 'Road', 'Race', 'Parkrun', 'Mile',
      'Miles', 'Day', 'Night', 'Gala', 'Memorial', 'Challenge', 'Festival', 'Jubilee', 'Route', 'Fun', 'Run', 'Trail', 'Fell', 'Heat',
      'Heats', 'Round', 'Semi-final', 'Semi', 'Steeplechase', 'Hurdles', 'Jump', 'Vault', 'Throw', 'Discus', 'Javelin', 'Hammer',
      'Shot', 'Decathlon', 'Heptathlon', 'Pentathlon', 'Division', 'Ranking', 'Rankings', 'Award', 'Awards', 'Sportsperson',
      'Personality', 'Year', 'Hall', 'Fame', 'Sport', 'Sports', 'Track', 'Field', 'Masters', 'Veterans', 'Junior',
      'Juniors', 'Senior', 'Seniors', 'Under', 'Age', 'Team', 'Teams', 'Men', 'Women', 'Men\'s', 'Women\'s', 'Mixed',
      'Beasts', 'Unleashed', 'Rio', 'Paris', 'Tokyo', 'London', 'Berlin', 'Budapest', 'Eugene', 'Doha',
    ],
  },
  organisationWord: {
    id: 'not-name/organisation',
    reason: 'words of federations, clubs, outlets and other organisations',
    examples: [{ text: 'The Tamsin Reeve Foundation gave the club a grant.', span: 'Tamsin Reeve' }],
    words: [
      'IAAF', 'WADA', 'UKA', 'USATF', 'IOC', 'BBC', 'CAS', 'AK', 'EAA', 'Federation', 'Association', 'Council', 'Commission',
      'Committee', 'Union', 'University', 'College', 'School', 'Academy', 'Club', 'AC', 'Harriers', 'Striders', 'Runners', 'Athletic',
      'Athletics', 'Agency', 'Court', 'Arbitration', 'Tribunal', 'Ministry', 'Government', 'Police', 'Department', 'Institute',
      'Foundation', 'Group', 'Ltd', 'Inc', 'Co', 'State', 'Forces', 'Defence', 'Defense', 'Army', 'Navy', 'Prisons', 'News', 'Times',
      'Telegraph', 'Guardian', 'Mail', 'Sun', 'Express', 'Independent', 'Observer', 'Herald', 'Post', 'Press', 'Monitor', 'Journal',
      'Tribune', 'Gazette', 'Chronicle', 'Bulletin', 'Daily', 'Weekly', 'Reuters', 'Sky', 'ITV', 'Channel', 'Radio', 'TV', 'Magazine',
      'Mag', 'Citius', 'Norwich', 'Aviva', 'Nike', 'Adidas', 'Puma', 'Stadium', 'Arena', 'Park', 'Centre', 'Center', 'Village',
      'Street', 'Avenue', 'Lane', 'Hotel', 'Hospital', 'Church', 'Airport', 'Station', 'Bridge', 'Square', 'River', 'Lake', 'Hill',
      'Valley', 'Common', 'Forest', 'Beach', 'Island', 'Islands', 'Republic', 'Kingdom', 'States', 'United', 'North', 'South', 'East',
      'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central', 'Upper', 'Lower', 'Saint', 'St', 'St.', 'County', 'City',
      'Town', 'Borough', 'District', 'Region', 'Province', 'GMT', 'BST', 'UTC', 'PB', 'SB', 'WR', 'NR', 'CR', 'MR', 'ER', 'AR', 'WL',
      'PR', 'CLC', 'UK', 'USA', 'GB', 'NI', 'MV40', 'V40', 'V50', 'V60', 'FV', 'MV', 'LV', 'SM', 'SW', 'Prince', 'Princess', 'King',
      'Queen', 'Wales', 'God', 'Christmas', 'Easter', 'Covid', 'Strava', 'Instagram', 'Twitter', 'Facebook', 'YouTube', 'Olympian',
      'Results', 'Result', 'Laboratories', 'Laboratory', 'Lab', 'Labs', 'Trust', 'Board', 'Panel', 'Review', 'Bupa', 'Reebok', 'Great',
      'Harrier', 'Strider', 'Runner', 'Time', 'Duration', 'Marathons', 'Commonwealths', 'Olympiad', 'Grand Prix', 'Company',
      'Corporation', 'Limited', 'Plc', 'Report', 'Reports', 'Photo', 'Photos', 'Video', 'Image', 'Images', 'Getty', 'Credit',
    ],
  },
  calendarWord: {
    id: 'not-name/calendar',
    reason: 'months and days',
    words: [
      'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Jan',
      'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Monday', 'Tuesday', 'Wednesday', 'Thursday',
      'Friday', 'Saturday', 'Sunday', 'Spring', 'Summer', 'Autumn', 'Winter', 'New', 'Year\'s',
    ],
  },
} as const satisfies Record<string, RuleDraft>;

/** Descriptors that point back to a person. */
export const DESCRIPTOR_WORDS = {
  latter: {
    id: 'ref/latter',
    reason: '"the latter" is the second of the last two people named',
    examples: [{ text: 'Lena Varga beat Joan Adeyemi in Oslo. The latter was second.', span: 'The latter', value: 'Joan Adeyemi' }],
    words: [
      'the latter',
    ],
  },
  former: {
    id: 'ref/former',
    reason: '"the former" is the first of the last two people named',
    examples: [{ text: 'Lena Varga beat Joan Adeyemi in Oslo. The former was first.', span: 'The former', value: 'Lena Varga' }],
    words: [
      'the former',
    ],
  },
  descriptor: {
    id: 'ref/descriptor',
    reason: 'a definite description of an athlete points back to the last athlete named',
    examples: [{ text: 'Lena Varga won in Oslo. The world champion was delighted.', span: 'The world champion', value: 'Lena Varga' }],
    words: [
      'the champion', 'the world champion', 'the olympic champion', 'the european champion', 'the commonwealth champion',
      'the defending champion', 'the reigning champion', 'the double champion', 'the two-time champion', 'the three-time champion',
      'the world record holder', 'the record holder', 'the world-record holder', 'the athlete', 'the runner', 'the sprinter',
      'the hurdler', 'the star', 'the veteran', 'the medallist', 'the olympic medallist', 'the world medallist',
      'the silver medallist', 'the bronze medallist', 'the gold medallist', 'the olympian', 'the miler', 'the marathoner',
      'the marathon runner', 'the distance runner', 'the middle-distance runner', 'the vaulter', 'the jumper', 'the thrower',
      'the heptathlete', 'the decathlete', 'the youngster', 'the teenager', 'the winner', 'the runner-up',
    ],
  },
} as const satisfies Record<string, RuleDraft>;

/** Common English given names and short forms that compromise's lexicon tags as ordinary words. */
export const GIVEN_NAME_WORDS = {
  givenShortMale: {
    id: 'given-name/short-male',
    reason: 'short forms of male given names that are also English words',
    words: [
      'Will', 'Bill', 'Rob', 'Bob', 'Pat', 'Nick', 'Mark', 'Max', 'Ben', 'Sam', 'Dan', 'Tim', 'Jack', 'Matt', 'Rich', 'Ted', 'Ed',
      'Al', 'Art', 'Gene', 'Ray', 'Guy', 'Mo',
    ],
  },
  givenFemaleWords: {
    id: 'given-name/female-words',
    reason: 'female given names that are also English words',
    words: [
      'Faith', 'Hope', 'Joy', 'Grace', 'Rose', 'Dawn', 'Amber', 'Ruby', 'Holly', 'Ivy', 'Daisy', 'Hazel', 'Pearl', 'Iris', 'Jade',
    ],
  },
  givenMaleWords: {
    id: 'given-name/male-words',
    reason: 'male given names that are also English words (Christian Olsson, Frank Fredericks, Dean Macey, Jay Lawrence)',
    words: [
      'Christian', 'Frank', 'Dean', 'Miles', 'Cliff', 'Jay',
    ],
  },
  givenFemaleWords2: {
    id: 'given-name/female-words-2',
    reason: 'more female given names that are also English words',
    words: [
      'Summer', 'Crystal', 'Melody', 'Precious',
    ],
  },
  givenUnisex: {
    id: 'given-name/unisex',
    reason: 'given names borne by men and women (Kim Collins and Kim Gevaert, Jean Galfione, Andrea Benvenuti): the name alone must not decide whom "he" or "she" means',
    words: [
      'Kim', 'Jean', 'Andrea', 'Nicola', 'Jamie', 'Alex', 'Chris', 'Lee', 'Robin', 'Leslie', 'Terry', 'Sasha', 'Jan', 'Dana', 'Jody',
      'Morgan', 'Jordan', 'Casey', 'Taylor',
    ],
  },
} as const satisfies Record<string, RuleDraft>;

const entry = (r: RuleDraft) => ({ id: r.id, reason: r.reason, words: [...r.words!] });

/** The lexicon entries (src/extract/persons/schema.ts) of these words. */
export const VERB_RULES = [
  { ...entry(VERB_WORDS.raceVerb), kind: 'athlete-verb' },
  { ...entry(VERB_WORDS.agentVerb), kind: 'athlete-verb' },
  { ...entry(VERB_WORDS.achievement), kind: 'athlete-verb' },
] as const;

export const NOT_NAME_RULES = [
  { ...entry(NOT_NAME_WORDS.competitionWord), kind: 'not-name' },
  { ...entry(NOT_NAME_WORDS.organisationWord), kind: 'not-name' },
  { ...entry(NOT_NAME_WORDS.calendarWord), kind: 'not-name' },
] as const;

export const DESCRIPTOR_RULES = [
  { ...entry(DESCRIPTOR_WORDS.latter), kind: 'descriptor', pick: 'latter' },
  { ...entry(DESCRIPTOR_WORDS.former), kind: 'descriptor', pick: 'former' },
  { ...entry(DESCRIPTOR_WORDS.descriptor), kind: 'descriptor', pick: 'recent' },
] as const;

export const GIVEN_NAME_RULES = [
  { ...entry(GIVEN_NAME_WORDS.givenShortMale), kind: 'given-name', gender: 'm' },
  { ...entry(GIVEN_NAME_WORDS.givenFemaleWords), kind: 'given-name', gender: 'f' },
  { ...entry(GIVEN_NAME_WORDS.givenMaleWords), kind: 'given-name', gender: 'm' },
  { ...entry(GIVEN_NAME_WORDS.givenFemaleWords2), kind: 'given-name', gender: 'f' },
  { ...entry(GIVEN_NAME_WORDS.givenUnisex), kind: 'given-name', gender: null },
] as const;
