/**
 * Role words and titles as rules (id, reason, words, examples): what a word next to a name says the person does.
 * Athlete words ("champion", "runner") make a person an athlete; the others make them a coach, an official, a
 * journalist or someone else. Matched as whole words in the few words before a name ("AK chief X", "Olympic
 * champion X") or in an apposition after it ("X, the IAAF president,"). A word sits in one role class only
 * (tests/extract/persons/rules.test.ts checks it): "manager" is an agent's word ("her manager X"), so it is in
 * `other`, and "team manager" stays an official's. A role word is not also an athlete verb: "runner-up" is a person
 * ("X, the runner-up"; after "was" the copula reads it as a role), "podium" is not (it stays an achievement word:
 * "X made the podium"; as a role word "the podium" pointed back to an athlete). "hopes" is a speech verb ("X hopes
 * to …"), not the plural noun; "hope" stays ("British hope X").
 */
import type { RuleSpec } from '../../../rules/catalogue.js';

type RuleDraft = Omit<RuleSpec, 'stage'>;

/** Role words: what a word next to a name says the person does ("Olympic champion X", "X, the IAAF president,"). */
export const ROLE_WORDS = {
  athleteNoun: {
    id: 'role/athlete-noun',
    reason: 'nouns for people who compete in athletics',
    examples: [{ text: 'Olympic champion Tamsin Reeve opened her season in Oslo.', span: 'Tamsin Reeve', value: 'athlete' }],
    counterexamples: [{ text: 'Team doctor Alan Brisk said the squad was fit.', span: 'Alan Brisk' }],
    words: [
      'champion', 'champions', 'runner', 'runners', 'sprinter', 'sprinters', 'athlete', 'athletes', 'hurdler', 'jumper', 'vaulter',
      'thrower', 'marathoner', 'miler', 'distance runner', 'medallist', 'medalist', 'medallists', 'record holder', 'record-holder',
      'world record holder', 'titleholder', 'title holder', 'holder', 'olympian', 'olympians', 'paralympian', 'paralympians', 'wheelchair racer', 'wheelchair racers', 'wheelchair athlete', 'para athlete', 'para-athlete',
      'para-athletes', 'para sprinter', 'para-sprinter', 'heptathlete', 'decathlete',
      'pentathlete', 'walker', 'race walker', 'racewalker', 'steeplechaser', 'finalist', 'finalists', 'runner-up', 'winner', 'winners',
      'star', 'starlet', 'team-mate', 'teammate', 'team-mates', 'teammates', 'training partner', 'rival', 'rivals', 'compatriot',
      'strider', 'striders', 'harrier', 'clubmate', 'club-mate', 'duo', 'trio', 'pair', 'quartet', 'stalwart', 'stalwarts', 'debutant',
      'hope', 'prospect', 'team member', 'squad member', 'club member', 'club members', 'club runner', 'club athlete',
      'team captain', 'finisher', 'finishers', 'top three', 'top two', 'top four', 'top five', 'top six', 'top eight', 'top ten',
      'captain', 'vice captain', 'vice-captain', 'club captain', 'compatriots', 'walkers', 'throwers', 'milers',
      'marathoners', 'steeplechasers', 'vaulters', 'decathletes', 'heptathletes', 'junior', 'veteran', 'pacemaker', 'pacer', 'jumpers',
      'hurdlers', 'world no 1', 'number one', 'world number one', 'defending champion', 'reigning champion', 'silver medallist',
      'bronze medallist', 'gold medallist',
    ],
  },
  coach: {
    id: 'role/coach',
    reason: 'coaches and trainers are not athletes',
    examples: [{ text: 'Her coach Peter Lindqvist watched from the stands.', span: 'Peter Lindqvist', value: 'coach' }],
    counterexamples: [{ text: 'Maria Ostrova, who coaches Lena Varga, said the plan worked.', span: 'Lena Varga' }],
    words: [
      'coach', 'coaches', 'coached', 'trainer', 'head coach', 'national coach', 'coaching',
    ],
  },
  official: {
    id: 'role/official',
    reason: 'federation heads, officials and organisers are not athletes',
    examples: [{ text: 'IAAF president Jonas Merrick opened the meeting on Sunday.', span: 'Jonas Merrick', value: 'official' }],
    words: [
      'president', 'vice-president', 'chief', 'chairman', 'chairwoman', 'chair', 'chief executive', 'ceo', 'director', 'secretary',
      'general secretary', 'secretary-general', 'spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials', 'boss', 'head',
      'commissioner', 'minister', 'mp', 'mayor', 'governor', 'senator', 'politician', 'prime minister', 'referee', 'judge', 'steward',
      'organiser', 'organizer', 'race director', 'meet director', 'administrator', 'member', 'members', 'panel', 'tribunal',
      'chancellor', 'prosecutor', 'investigator', 'tester', 'doping officer', 'delegate', 'team manager', 'selector',
      'selectors', 'leader', 'opposition leader', 'democrat', 'republican', 'congressman', 'congresswoman', 'premier', 'diplomat',
      'ambassador', 'envoy', 'lawmaker', 'councillor', 'chief executive officer', 'executive', 'sports minister', 'culture secretary',
      'sports secretary',
    ],
  },
  journalist: {
    id: 'role/journalist',
    reason: 'people who report on the sport are not athletes',
    examples: [{ text: 'BBC correspondent Ruth Calder watched from the stands.', span: 'Ruth Calder', value: 'journalist' }],
    words: [
      'journalist', 'reporter', 'correspondent', 'commentator', 'pundit', 'writer', 'columnist', 'editor', 'presenter', 'broadcaster',
      'photographer', 'analyst', 'author',
    ],
  },
  other: {
    id: 'role/other',
    reason: 'agents, lawyers, doctors, promoters and people of other sports are not athletes',
    examples: [{ text: 'Her manager Miguel Ferraz said she was fit.', span: 'Miguel Ferraz', value: 'other' }],
    words: [
      'lawyer', 'lawyers', 'solicitor', 'attorney', 'barrister', 'counsel', 'agent', 'manager', 'promoter', 'sponsor', 'doctor',
      'physio', 'physiotherapist', 'psychologist', 'nutritionist', 'scientist', 'professor', 'lecturer', 'expert', 'chemist',
      'footballer', 'cricketer', 'tennis player', 'golfer', 'cyclist', 'swimmer', 'triathlete', 'boxer', 'rugby player', 'jockey',
      'rower', 'skier', 'actor', 'actress', 'baseball', 'football', 'tennis', 'cricket', 'rugby', 'golf', 'boxing', 'cycling',
      'swimming', 'basketball', 'hockey', 'nfl', 'nba', 'boxing champion', 'tennis champion', 'golf champion', 'cycling champion',
      'singer', 'musician', 'eyewitness', 'witness', 'businessman', 'owner', 'founder', 'economist', 'researcher', 'co-founder',
    ],
  },
  otherSport: {
    id: 'role/other-sport',
    reason: 'players of other sports are not athletes',
    examples: [{ text: 'Manchester United striker Carl Denby was in the crowd.', span: 'Carl Denby', value: 'other' }],
    words: [
      'striker', 'goalkeeper', 'midfielder', 'quarterback', 'batsman', 'batter', 'bowler', 'pitcher', 'winger', 'gymnast', 'wrestler',
      'weightlifter', 'skater', 'snowboarder', 'footballers', 'cricketers', 'player', 'players', 'racing driver', 'f1 driver',
      'darts player', 'snooker player', 'nba star', 'nfl star', 'basketball star', 'soccer star', 'rugby star', 'cricket star',
      'golf star', 'boxing star', 'baseball star', 'football star', 'tennis star',
    ],
  },
  family: {
    id: 'role/family',
    reason: 'relatives named beside an athlete are not athletes, unless the text shows them racing ("his brother X was fourth")',
    examples: [{ text: 'Her mother, Joan Adeyemi, watched from the stands.', span: 'Joan Adeyemi', value: 'other' }],
    words: [
      'husband', 'wife', 'father', 'mother', 'son', 'daughter', 'brother', 'sister', 'girlfriend', 'boyfriend', 'fiance', 'fiancee',
      'mum', 'dad', 'parents', 'partner', 'uncle', 'aunt', 'grandfather', 'grandmother', 'cousin',
    ],
  },
} as const satisfies Record<string, RuleDraft>;

/** Titles written before a name and not part of it. */
export const TITLE_WORDS = {
  titleMale: {
    id: 'title/male',
    reason: 'male titles',
    examples: [{ text: 'Sir Roger Bannatyne opened the new track.', span: 'Roger Bannatyne', value: 'Roger Bannatyne' }],
    words: [
      'Sir', 'Mr', 'Mr.', 'Lord',
    ],
  },
  titleFemale: {
    id: 'title/female',
    reason: 'female titles',
    examples: [{ text: 'Dame Petra Holloway presented the medals.', span: 'Petra Holloway', value: 'Petra Holloway' }],
    words: [
      'Dame', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Miss', 'Lady',
    ],
  },
  titleNeutral: {
    id: 'title/neutral',
    reason: 'titles that do not show the gender',
    examples: [{ text: 'Dr Samuel Okoro led the medical team.', span: 'Samuel Okoro', value: 'Samuel Okoro' }],
    words: [
      'Dr', 'Dr.', 'Prof', 'Prof.', 'Professor',
    ],
  },
} as const satisfies Record<string, RuleDraft>;

const entry = (r: RuleDraft) => ({ id: r.id, reason: r.reason, words: [...r.words!] });

/** The lexicon entries (src/extract/persons/schema.ts) of the role words. */
export const ROLE_RULES = [
  { ...entry(ROLE_WORDS.athleteNoun), kind: 'role', role: 'athlete' },
  { ...entry(ROLE_WORDS.coach), kind: 'role', role: 'coach' },
  { ...entry(ROLE_WORDS.official), kind: 'role', role: 'official' },
  { ...entry(ROLE_WORDS.journalist), kind: 'role', role: 'journalist' },
  { ...entry(ROLE_WORDS.other), kind: 'role', role: 'other' },
  { ...entry(ROLE_WORDS.otherSport), kind: 'role', role: 'other' },
  { ...entry(ROLE_WORDS.family), kind: 'role', role: 'other' },
] as const;

/** The lexicon entries of the titles. */
export const TITLE_RULES = [
  { ...entry(TITLE_WORDS.titleMale), kind: 'title', gender: 'm' },
  { ...entry(TITLE_WORDS.titleFemale), kind: 'title', gender: 'f' },
  { ...entry(TITLE_WORDS.titleNeutral), kind: 'title', gender: null },
] as const;
