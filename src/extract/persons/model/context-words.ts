/**
 * Small closed word lists that the context rules read (data, with an id and a reason each). Matched on
 * folded words. Unlike the lexicon entries they are not configurable: they are grammar, not domain knowledge.
 */
export const PARTICLES = { id: 'context/name-particle', reason: 'particles inside names, written capitalised or not: "El Guerrouj", "van Balkom"', words: new Set<string>(['el', 'al', 'de', 'da', 'di', 'du', 'del', 'della', 'van', 'von', 'der', 'den', 'le', 'la', 'dos', 'das', 'bin', 'ben', 'abu', 'ter', 'ten', 'mac', 'ould']) } as const;

export const SPEECH = { id: 'context/speech-verb', reason: 'speech verbs: "said X" and "X added" show a person speaking', words: new Set<string>(['said', 'says', 'added', 'adds', 'told', 'tells', 'explained', 'insisted', 'admitted', 'revealed', 'commented', 'stated', 'expressed', 'believes', 'thinks', 'feels', 'hopes', 'reckons', 'warned', 'confirmed', 'announced', 'wrote', 'posted', 'tweeted', 'continued', 'concluded', 'replied', 'recalled', 'joked', 'smiled']) } as const;

export const COPULA = { id: 'context/copula', reason: '"X is/was/became …": what follows describes X', words: new Set<string>(['is', 'are', 'was', 'were', 'becomes', 'became', 'remains', 'remained', 'as']) } as const;

export const PLACE_BEFORE = { id: 'context/place-preposition', reason: '"in X", "at X": a lone capitalised word after these is a place', words: new Set<string>(['in', 'at', 'near', 'into', 'outside', 'around', 'across', 'via', 'towards', 'through']) } as const;

export const CLUB = { id: 'context/club-word', reason: '"X of Cheltenham Harriers": X runs for a club', words: new Set<string>(['harriers', 'striders', 'runners', 'ac', 'club', 'athletic', 'joggers', 'roadrunners', 'tri']) } as const;

export const NOUN_LIKE = { id: 'context/noun-like-verb', reason: 'verb forms that are also nouns ("the race in X") say nothing before a name', words: new Set<string>(['race', 'races', 'run', 'runs', 'win', 'wins', 'finish', 'finishes', 'clock', 'clocks', 'challenge', 'set', 'sets', 'pb', 'pbs', 'dnf', 'leads', 'comes', 'beats', 'breaks', 'claims', 'qualifies', 'competes', 'trains', 'flies', 'heat', 'final']) } as const;

export const PARTICLE_FIRST = { id: 'context/particle-first', reason: 'a name that starts with a particle ("El Guerrouj") is a surname, not a full name', words: new Set<string>(['el', 'de', 'da', 'di', 'du', 'van', 'von', 'der', 'den', 'le', 'la', 'dos', 'das', 'bin', 'ter', 'ten']) } as const;

export const MODIFIERS = { id: 'context/descriptor-modifier', reason: 'words between "the" and an athlete noun: "the four-time world 1500m champion"', words: new Set<string>(['world', 'olympic', 'european', 'commonwealth', 'national', 'indoor', 'outdoor', 'defending', 'reigning', 'former',
  'double', 'triple', 'treble', 'new', 'current', "women's", "men's", 'mile', 'marathon', 'sprint', 'distance', 'record', 'silver', 'bronze',
  'gold', 'junior', 'senior', 'young', 'veteran', 'great', 'legendary', 'long', 'short', 'course', 'cross', 'country', 'half', 'road', 'track',
  'hurdles', 'steeplechase', 'jump', 'pole', 'vault', 'high', 'shot', 'put', 'discus', 'hammer', 'javelin', 'relay', 'two', 'three', 'four',
  'five', 'six', 'seven', 'eight', 'nine', 'ten', 'fastest', 'top', 'leading', 'experienced', 'teenage', 'teenager', 'olympics', 'games',
  'global', 'continental', 'area', 'british', 'all-time', 'mile', 'metres', 'time', 'times', 'previous', 'reigning', 'newly', 'crowned']) } as const;

export const SENTENCE_OPENERS = { id: 'context/sentence-opener', reason: 'words that open a sentence before a name and are not given names: "Then Kipchoge surged", "Yesterday Bol won"', words: new Set<string>(['then', 'now', 'yesterday', 'today', 'tonight', 'tomorrow', 'meanwhile', 'however', 'also', 'still', 'even', 'just', 'only', 'instead', 'indeed', 'perhaps', 'maybe', 'finally', 'eventually', 'afterwards', 'later', 'earlier', 'again', 'here', 'there', 'so', 'yet', 'thus', 'hence', 'once', 'twice', 'overall', 'elsewhere', 'already', 'soon', 'next', 'last', 'first', 'second', 'third', 'fourth', 'fifth', 'watch', 'meet', 'congratulations', 'remember', 'behind', 'ahead', 'unlike', 'like', 'well', 'plus', 'both', 'all', 'every', 'each', 'fellow', 'compatriot', 'teammate', 'rival', 'legend', 'hero', 'favourite', 'favorite', 'newcomer', 'debutant', 'youngster', 'teen', 'mum', 'mother', 'dad', 'father', 'home', 'local', 'top', 'big', 'little', 'old', 'new', 'great', 'brave', 'unbeaten', 'undefeated', 'evergreen', 'ageless', 'tearful', 'emotional', 'elated', 'delighted', 'disappointed', 'wheelchair', 'para', 'relay', 'road', 'track', 'sprint', 'distance', 'marathon', 'star', 'sadly', 'early', 'daily', 'truly', 'fully', 'badly', 'newly', 'oddly'])} as const;

export const SURNAME_WORDS = { id: 'context/surname-word', reason: 'venue, place and meeting words that are also common surnames: after a given name they end a name ("Holly Field", "Ryan Hall", "Dave Street"); the others ("State", "League", "Olympic") never do', words: new Set<string>(['field', 'hall', 'cross', 'day', 'park', 'hill', 'lake', 'street', 'lane', 'bridge', 'church', 'forest', 'beach', 'king', 'prince', 'post', 'sun']) } as const;
