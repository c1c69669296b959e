/**
 * Small closed word lists that the context rules read (rules with an id, a reason and words each). Matched on
 * folded words. Unlike the lexicon entries they are not configurable: they are grammar, not domain knowledge.
 */
import type { RuleSpec } from '../../../rules/catalogue.js';

type RuleDraft = Omit<RuleSpec, 'stage'>;

export const CONTEXT_WORDS = {
  nameParticle: {
    id: 'context/name-particle',
    reason: 'particles inside names, written capitalised or not: "El Guerrouj", "van Balkom"',
    words: [
      'el', 'al', 'de', 'da', 'di', 'du', 'del', 'della', 'van', 'von', 'der', 'den', 'le', 'la', 'dos', 'das', 'bin', 'ben', 'abu',
      'ter', 'ten', 'mac', 'ould',
    ],
  },
  speechVerb: {
    id: 'context/speech-verb',
    reason: 'speech verbs: "said X" and "X added" show a person speaking',
    words: [
      'said', 'says', 'added', 'adds', 'told', 'tells', 'explained', 'insisted', 'admitted', 'revealed', 'commented', 'stated',
      'expressed', 'believes', 'thinks', 'feels', 'hopes', 'reckons', 'warned', 'confirmed', 'announced', 'wrote', 'tweeted',
      'continued', 'concluded', 'replied', 'recalled', 'joked', 'smiled',
    ],
  },
  copula: {
    id: 'context/copula',
    reason: '"X is/was/became …": what follows describes X',
    words: [
      'is', 'are', 'was', 'were', 'becomes', 'became', 'remains', 'remained', 'as',
    ],
  },
  placePreposition: {
    id: 'context/place-preposition',
    reason: '"in X", "at X": a lone capitalised word after these is a place',
    words: [
      'in', 'at', 'near', 'into', 'outside', 'around', 'across', 'via', 'towards', 'through',
    ],
  },
  clubWord: {
    id: 'context/club-word',
    reason: '"X of Cheltenham Harriers": X runs for a club',
    words: [
      'harriers', 'striders', 'runners', 'ac', 'club', 'athletic', 'joggers', 'roadrunners', 'tri',
    ],
  },
  nounLikeVerb: {
    id: 'context/noun-like-verb',
    reason: 'verb forms that are also nouns ("the race in X") say nothing before a name',
    words: [
      'race', 'races', 'run', 'runs', 'win', 'wins', 'finish', 'finishes', 'clock', 'clocks', 'challenge', 'set', 'sets', 'pb', 'pbs',
      'dnf', 'leads', 'comes', 'beats', 'breaks', 'claims', 'qualifies', 'competes', 'trains', 'flies', 'heat', 'final',
    ],
  },
  particleFirst: {
    id: 'context/particle-first',
    reason: 'a name that starts with a particle ("El Guerrouj") is a surname, not a full name',
    words: [
      'el', 'de', 'da', 'di', 'du', 'van', 'von', 'der', 'den', 'le', 'la', 'dos', 'das', 'bin', 'ter', 'ten',
    ],
  },
  descriptorModifier: {
    id: 'context/descriptor-modifier',
    reason: 'words between "the" and an athlete noun: "the four-time world 1500m champion"',
    words: [
      'world', 'olympic', 'european', 'commonwealth', 'national', 'indoor', 'outdoor', 'defending', 'reigning', 'former', 'double',
      'triple', 'treble', 'new', 'current', 'women\'s', 'men\'s', 'mile', 'marathon', 'sprint', 'distance', 'record', 'silver',
      'bronze', 'gold', 'junior', 'senior', 'young', 'veteran', 'great', 'legendary', 'long', 'short', 'course', 'cross', 'country',
      'half', 'road', 'track', 'hurdles', 'steeplechase', 'jump', 'pole', 'vault', 'high', 'shot', 'put', 'discus', 'hammer',
      'javelin', 'relay', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'fastest', 'top', 'leading',
      'experienced', 'teenage', 'teenager', 'olympics', 'games', 'global', 'continental', 'area', 'british', 'all-time', 'metres',
      'time', 'times', 'previous', 'newly', 'crowned',
    ],
  },
  sentenceOpener: {
    id: 'context/sentence-opener',
    reason: 'words that open a sentence before a name and are not given names: "Then Kipchoge surged", "Yesterday Bol won"',
    words: [
      'then', 'now', 'yesterday', 'today', 'tonight', 'tomorrow', 'meanwhile', 'however', 'also', 'still', 'even', 'just', 'only',
      'instead', 'indeed', 'perhaps', 'maybe', 'finally', 'eventually', 'afterwards', 'later', 'earlier', 'again', 'here', 'there',
      'so', 'yet', 'thus', 'hence', 'once', 'twice', 'overall', 'elsewhere', 'already', 'soon', 'next', 'last', 'first', 'second',
      'third', 'fourth', 'fifth', 'watch', 'meet', 'congratulations', 'remember', 'behind', 'ahead', 'unlike', 'like', 'well', 'plus',
      'both', 'all', 'every', 'each', 'fellow', 'compatriot', 'teammate', 'rival', 'legend', 'hero', 'favourite', 'favorite',
      'newcomer', 'debutant', 'youngster', 'teen', 'teenager', 'rookie', 'prodigy', 'mum', 'mother', 'dad', 'father', 'home', 'local', 'top', 'big', 'little', 'old',
      'new', 'great', 'brave', 'unbeaten', 'undefeated', 'evergreen', 'ageless', 'tearful', 'emotional', 'elated', 'delighted',
      'disappointed', 'wheelchair', 'para', 'relay', 'road', 'track', 'sprint', 'distance', 'marathon', 'star', 'sadly', 'early',
      'daily', 'truly', 'fully', 'badly', 'newly', 'oddly',
    ],
  },
  surnameWord: {
    id: 'context/surname-word',
    reason: 'venue, place and meeting words that are also common surnames: after a given name they end a name ("Holly Field", "Ryan Hall", "Dave Street"); the others ("State", "League", "Olympic") never do',
    words: [
      'field', 'hall', 'cross', 'day', 'park', 'hill', 'lake', 'street', 'lane', 'bridge', 'church', 'forest', 'beach', 'king',
      'prince', 'post', 'sun',
    ],
  },
} as const satisfies Record<string, RuleDraft>;

/** A rule's words as a set, for the look-ups of the context rules. */
const asSet = <R extends RuleDraft>(r: R) => ({ id: r.id, reason: r.reason, words: new Set<string>(r.words) });

export const PARTICLES = asSet(CONTEXT_WORDS.nameParticle);
export const SPEECH = asSet(CONTEXT_WORDS.speechVerb);
export const COPULA = asSet(CONTEXT_WORDS.copula);
export const PLACE_BEFORE = asSet(CONTEXT_WORDS.placePreposition);
export const CLUB = asSet(CONTEXT_WORDS.clubWord);
export const NOUN_LIKE = asSet(CONTEXT_WORDS.nounLikeVerb);
export const PARTICLE_FIRST = asSet(CONTEXT_WORDS.particleFirst);
export const MODIFIERS = asSet(CONTEXT_WORDS.descriptorModifier);
export const SENTENCE_OPENERS = asSet(CONTEXT_WORDS.sentenceOpener);
export const SURNAME_WORDS = asSet(CONTEXT_WORDS.surnameWord);
