/**
 * Every rule of the persons stage, in one catalogue (issue 12): the word classes (role words, titles, athlete verbs,
 * words never in a name, descriptors, given names, context words — their data lives in `model/`, one table per
 * kind) and the rules of the logic: why a candidate is a person, how a mention resolves, why one is dropped, which
 * role a person gets, what a reference points back to. The logic names a rule as `RULES.x.id`.
 *
 * Examples are invented sentences: `span` is the name (or the reference) the rule marks, `value` the person's name
 * or role it decides. Nationality rules (one per country, data in model/countries.ts) are `COUNTRY_RULE_SPECS`.
 */
import { defineRules } from '../../rules/catalogue.js';
import { ROLE_WORDS, TITLE_WORDS } from './model/roles.js';
import { DESCRIPTOR_WORDS, GIVEN_NAME_WORDS, NOT_NAME_WORDS, VERB_WORDS } from './model/words.js';
import { CONTEXT_WORDS } from './model/context-words.js';
import { COUNTRY_RULES } from './model/countries.js';

/** Why a full name is a person (the first that holds, in this order, after a title, a role word and a verb). */
const ACCEPT = {
  nameTime: {
    id: 'person/name-time', reason: 'a name written next to a race time or a finishing place is a competitor\'s',
    examples: [{ text: 'Other finishers were: Ruth Okafor in 53:09.8 and Pam Ellery in 53:13.5.', span: 'Ruth Okafor', value: 'Ruth Okafor' }],
  },
  bold: { id: 'person/bold', reason: 'a name in bold in a results paragraph is a person', examples: [{ text: 'In the mile **Owen Tarrant** was best.', span: 'Owen Tarrant', value: 'Owen Tarrant' }] },
  age: { id: 'person/age', reason: 'a name with an age ("X, 26,") is a person', examples: [{ text: 'Okon Brautigam, 26, was there on Sunday.', span: 'Okon Brautigam', value: 'Okon Brautigam' }] },
  speaker: {
    id: 'person/speaker', reason: 'a name that speaks ("said X", "X added") is a person',
    examples: [{ text: '"It was hard," said Tomas Berglund.', span: 'Tomas Berglund', value: 'Tomas Berglund' }],
  },
  bracketedSurname: { id: 'person/bracketed-surname', reason: 'a given name with the surname in brackets ("Yared (Nuguse)") is one person' },
  givenName: {
    id: 'person/given-name', reason: 'two or three capitalised words that start with a known given name are a full name',
    examples: [{ text: 'Later, Sarah Tolliver spoke to the press.', span: 'Sarah Tolliver', value: 'Sarah Tolliver' }],
    counterexamples: [{ text: 'The race in Puerto Rico was a success.', span: 'Puerto Rico' }],
  },
  nationalityBefore: { id: 'person/nationality-before', reason: 'a nationality word right before a name ("Kenyan X") says it is a person' },
  surnameRepeated: { id: 'person/surname-repeated', reason: 'a full name whose surname the article also writes alone is a person' },
  nationalityName: { id: 'person/nationality-name', reason: 'a stated nationality and two or three name-like words that no dictionary knows ("set by Ethiopia\'s X") make a person' },
} as const;

/** How a candidate resolves to a person (the mention's rule). */
const RESOLVE = {
  fullName: { id: 'person/full-name', reason: 'a full name is a mention of the person of that name' },
  nameTail: { id: 'person/name-tail', reason: 'the tail of a 3- or 4-word name ("El Guerrouj") is a mention of the whole' },
  shortForm: { id: 'person/short-form', reason: 'a short form of the given name with the same surname ("Mo Farah" after "Mohamed Farah") is the same person' },
  spellingVariant: {
    id: 'person/spelling-variant', reason: 'a two-word name with the same surname and a given name one letter off (not the first: "Raj" after "Rai") is the same person, misspelt',
    examples: [{ text: 'Tomas Berglund won in Oslo. Later, Tomaz Berglund said he was happy.', span: 'Tomaz Berglund', value: 'Tomas Berglund' }],
  },
  listedWithPerson: { id: 'person/listed-with-person', reason: 'a full name listed with a person ("X and Y") is a person' },
  surname: {
    id: 'person/surname', reason: 'a lone word that is the surname of a person named before is a mention of them',
    examples: [{ text: 'Tomas Berglund won in Oslo. Berglund was delighted.', span: 'Berglund', value: 'Tomas Berglund' }],
  },
  givenNameOnly: { id: 'person/given-name-only', reason: 'a lone word that is the given name (or the nickname) of a person named before is a mention of them' },
  openingGivenName: { id: 'person/opening-given-name', reason: 'a given name that is also an English word, peeled off a sentence\'s start, is taken back for a surname the article never completes' },
  surnameOnly: {
    id: 'person/surname-only', reason: 'a lone surname the article never completes is a person when the words next to it say so',
    examples: [{ text: 'Okafor clocked 2:01.33 in Lausanne.', span: 'Okafor', value: 'Okafor' }],
  },
  fullNamePrefix: { id: 'person/full-name-prefix', reason: 'outside the body, a known full name at the front of a title-case run ("Josh Kerr Calls Rivalry") is a mention' },
} as const;

/** Why a candidate is dropped (decision log only: these make no fact). */
const DROP = {
  noEvidence: {
    id: 'person/no-evidence', reason: 'a full-name candidate that nothing around it shows to be a person is not kept',
    examples: [{ text: 'The race went past Marble Arch at noon.', span: 'Marble Arch' }],
  },
  placeBefore: {
    id: 'person/place-before', reason: '"in X", "at X", "X of Y": a name-like pair after a place word is a place unless a given name or a role word says otherwise',
    examples: [{ text: 'They trained at Kymin Vale in May.', span: 'Kymin Vale' }],
  },
  theBefore: {
    id: 'person/the-before', reason: '"the Kymin Dash": a capitalised pair right after "the" names a thing unless more is said',
    examples: [{ text: 'They ran the Kymin Dash on Sunday.', span: 'Kymin Dash' }],
  },
  weakSurname: { id: 'person/weak-surname', reason: 'a surname that mostly names a place or a meeting ("Holly Field") needs strong evidence' },
  loneWord: {
    id: 'person/lone-word', reason: 'a lone capitalised word is a person only on strong evidence next to it (a role, a verb, an age, a time, speech)',
    examples: [{ text: 'Nobody mentioned Brautigam at all.', span: 'Brautigam' }],
  },
  notSurname: { id: 'person/not-surname', reason: 'a lone word after a place word, before a number, or that is a verb, a given name or a dictionary word is not a surname' },
  tooLong: { id: 'person/too-long', reason: 'more than four capitalised words in a row are a title or a name of a thing, not a person\'s name' },
  inMarkup: { id: 'person/in-markup', reason: 'HTML tags and Markdown link targets left in a body hold no names of the text' },
  outsideBody: { id: 'person/outside-body', reason: 'a name seen only in a headline, a caption or a related-link line makes no person of its own' },
} as const;

/** The role of a person (issue 12: one role step, src/extract/persons/role.ts, logs each decision). */
const ROLE = {
  byline: { id: 'role/byline', reason: 'a byline ("By X", "Reporting by X", "…, X reports.") names who wrote the article', examples: [{ text: 'By Tom Fordham, chief sports writer, in Budapest.', span: 'Tom Fordham', value: 'journalist' }] },
  credit: { id: 'role/credit', reason: 'a photo credit ("Photo: X", "X/Getty Images") names a photographer' },
  coachedBy: {
    id: 'role/coached-by', reason: '"coached by X", "trained by X": the agent is the coach',
    examples: [{ text: 'Hodgkiss is coached by Trevor Paynter and Jenny Meadow.', span: 'Trevor Paynter', value: 'coach' }],
  },
  ofClub: {
    id: 'role/of-club', reason: '"X of Cheltenham Harriers": X runs for a club',
    examples: [{ text: 'Joel Freemantle of Cheltenham Harriers was there on Sunday.', span: 'Joel Freemantle', value: 'athlete' }],
  },
  ofOrganisation: { id: 'role/of-organisation', reason: '"X of UK Athletics": X speaks for an organisation' },
  iocCode: { id: 'role/ioc-code', reason: '"X (KEN)": a country code in brackets after a name marks a competitor' },
  countryInBrackets: {
    id: 'role/country-in-brackets', reason: '"X (Turkey)": a country in brackets after a name, as results prose writes it, marks a competitor (and a time or a verb after the brackets is theirs)',
    examples: [{ text: 'Bronze went to Tomas Okonkwo (Turkey) in 48.78.', span: 'Tomas Okonkwo', value: 'athlete' }],
  },
  possessiveWriting: {
    id: 'role/possessive-writing', reason: '"X\'s piece on the final", "X\'s column": the owner of a piece of writing is its writer',
    examples: [{ text: "This is Tomas Brennock's piece on the final day.", span: 'Tomas Brennock', value: 'journalist' }],
  },
  relativeRacing: {
    id: 'role/relative-racing', reason: 'a relative whom the text shows competing, or a player of another sport shown racing (a race verb or a time), is an athlete',
    examples: [{ text: 'Tomas Berg won the 1500m. His brother Henrik Berg was fourth.', span: 'Henrik Berg', value: 'athlete' }],
  },
  defaultAthlete: {
    id: 'role/default-athlete', reason: 'nothing says what a person does: in athletics news a named person is far more often a competitor',
    examples: [{ text: 'Kelly Holmgren was at the launch on Monday.', span: 'Kelly Holmgren', value: 'athlete' }],
  },
  listedWithAthletes: {
    id: 'person/listed-with-athletes', reason: 'a person listed with athletes ("X, Y and Z") and said to be nothing else is one',
  },
  timedOther: {
    id: 'role/timed-other', reason: 'a person said to be someone else ("other") but tied to a race time by the link stage is a competitor, unless the text gave a coach, official or journalist role',
  },
  iocCountry: { id: 'country/ioc-code', reason: '"X (KEN)": the IOC code in brackets after a name states the nationality' },
  possessiveAchievement: {
    id: 'athlete-verb/possessive-achievement', reason: '"X\'s winning time", "X\'s personal best": a possessive name that owns a race result competed',
    examples: [{ text: "Tamsin Reeve's winning time was 2:01.33.", span: 'Tamsin Reeve', value: 'athlete' }],
  },
} as const;

/** What a reference points back to (src/extract/persons/refs.ts). */
const REFS = {
  pronoun: { id: 'ref/pronoun', reason: '"he", "she", "her", "him" point back to the last person of that gender named' },
  refAge: { id: 'ref/age', reason: '"the 29-year-old" points back to the person of that age' },
  refNationality: { id: 'ref/nationality', reason: '"the Kenyan" points back to the last person of that nationality named' },
} as const;

export const RULES = defineRules('persons', {
  ...ROLE_WORDS, ...TITLE_WORDS, ...VERB_WORDS, ...NOT_NAME_WORDS, ...DESCRIPTOR_WORDS, ...GIVEN_NAME_WORDS, ...CONTEXT_WORDS,
  ...ACCEPT, ...RESOLVE, ...DROP, ...ROLE, ...REFS,
});

/** The id of each rule, for the look-ups of the logic. */
export type PersonsRuleName = keyof typeof RULES;

/** The nationality rules, one per country (data: model/countries.ts): nationality words and country names. */
export const COUNTRY_RULE_SPECS = defineRules(
  'persons',
  Object.fromEntries(COUNTRY_RULES.map((r) => [r.id, { id: r.id, reason: r.reason, words: [...r.words, ...r.names] }])),
);
