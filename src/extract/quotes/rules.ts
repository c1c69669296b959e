/**
 * The quotes stage's rules (issue 12): every id the stage writes, declared once, with its reason, examples
 * and counterexamples (run by tests/extract/quotes/rules-examples.test.ts) and, for the word classes of the
 * lexicon, its words. An example's `span` is the quoted span, marks included (the quote mention's [start, end)),
 * its `value` the speaker's name; a filter rule (`drops`) names the span it drops. The logic refers to
 * `RULES.<name>.id`; `model/data.ts` builds the lexicon from the word classes here.
 */
import { defineRules } from '../../rules/catalogue.js';

export const RULES = defineRules('quotes', {
  // ---------------------------------------------------------------- quote marks (marks.ts)
  double: {
    id: 'quote/double',
    reason: 'text between an opening and a closing double quote mark',
    examples: [{ text: '"I felt strong from the gun," said Jane Doe.', span: '"I felt strong from the gun,"', value: 'Jane Doe' }],
    counterexamples: [{ text: "Jane Doe said she felt strong from the gun." }],
  },
  continued: {
    id: 'quote/continued-paragraph',
    reason: 'a paragraph ends inside a quote and the next one opens again: one quote',
    examples: [{ text: 'Jane Doe said: "I went out hard and held on.\n\n"Next year I want the title."', span: '"I went out hard and held on.\n\n"Next year I want the title."', value: 'Jane Doe' }],
    counterexamples: [{ text: 'Jane Doe said: "I went out hard and held on."\n\n"Next year I want the title," she added.' }],
  },
  collapsed: {
    id: 'quote/collapsed-break',
    reason: 'an opening mark after a sentence end inside an open quote: a lost paragraph break, the same quote',
    examples: [{ text: '"I went out hard. "Then I held on to the line," said Jane Doe.', span: '"I went out hard. "Then I held on to the line,"', value: 'Jane Doe' }],
    counterexamples: [{ text: '"I went out hard and then held on to the line," said Jane Doe.' }],
  },
  unclosed: {
    id: 'quote/unclosed',
    reason: 'an opening mark never closed: the quote runs to the end of the paragraph',
    examples: [{ text: 'Jane Doe said: "I went out hard and held on to the line.', span: '"I went out hard and held on to the line.', value: 'Jane Doe' }],
    counterexamples: [{ text: 'Jane Doe said: "I went out hard and held on to the line."' }],
  },
  single: {
    id: 'quote/single',
    reason: 'text between single quote marks at word boundaries',
    examples: [{ text: "Jane Doe said: 'I went out hard and held on.'", span: "'I went out hard and held on.'", value: 'Jane Doe' }],
    counterexamples: [{ text: "Jane Doe's coach said it's the fastest course she's run." }],
  },

  // ---------------------------------------------------------------- which spans are quotes (filter.ts)
  markup: {
    id: 'quote/markup',
    drops: true,
    reason: 'a span with markup, a path or a link is an attribute value, not speech',
    examples: [{ text: 'The club page reads "entries open at www.example.org from Monday" for the race.', span: '"entries open at www.example.org from Monday"' }],
    counterexamples: [{ text: '"Entries open on Monday," said Jane Doe.' }],
  },
  minWords: {
    id: 'quote/min-words',
    drops: true,
    reason: 'one- or two-word spans are scare quotes or nicknames, not quotes',
    examples: [{ text: 'Jane Doe is known as "the Rocket" at her club.', span: '"the Rocket"' }],
    counterexamples: [{ text: '"I am the Rocket," said Jane Doe.' }],
  },
  title: {
    id: 'quote/title-case',
    drops: true,
    reason: 'a short span in title case is the title of a show, book, song or slogan',
    examples: [{ text: 'Jane Doe stars in "Running With The Wind" on television.', span: '"Running With The Wind"' }],
    counterexamples: [{ text: '"I ran with the wind behind me," said Jane Doe.' }],
  },
  singleNotSpeech: {
    id: 'quote/single-not-speech',
    drops: true,
    reason: 'single marks mostly mark titles and scare quotes: keep only speech',
    examples: [{ text: "The so-called 'super shoe era' has changed the sport.", span: "'super shoe era'" }],
    counterexamples: [{ text: "The coach shouted 'we can still win this one' from the infield." }],
  },

  // ---------------------------------------------------------------- who said it (attribution/)
  verbFirst: {
    id: 'attr/verb-first',
    reason: '"…," said X: the phrase after the verb names the speaker',
    examples: [{ text: '"I felt strong from the gun," said Jane Doe.', span: '"I felt strong from the gun,"', value: 'Jane Doe' }],
    counterexamples: [{ text: '"I felt strong from the gun." Said to be injured, Jane Doe did not start.' }],
  },
  verbAfter: {
    id: 'attr/verb-after',
    reason: '"…," X said: the phrase before the verb names the speaker',
    examples: [{ text: '"I felt strong from the gun," Jane Doe said.', span: '"I felt strong from the gun,"', value: 'Jane Doe' }],
    counterexamples: [{ text: '"I felt strong from the gun," said Jane Doe.' }],
  },
  source: {
    id: 'attr/source',
    reason: '"According to X, …", "In X\'s words: …": X is the source of the quote',
    examples: [{ text: 'According to Jane Doe, "the course was faster than last year."', span: '"the course was faster than last year."', value: 'Jane Doe' }],
    // a verb of saying in the introduction names the speaker first
    counterexamples: [{ text: 'Jane Doe said, according to the results, "the course was faster than last year."' }],
  },
  dash: {
    id: 'attr/dash',
    reason: '"…" – Josh Kerr: a name after a dash signs the quote',
    examples: [{ text: '"The course was faster than last year." – Jane Doe', span: '"The course was faster than last year."', value: 'Jane Doe' }],
    counterexamples: [{ text: '"The course was faster than last year." – that was the verdict of Jane Doe.' }],
  },
  commaSubject: {
    id: 'attr/comma-subject',
    reason: '"…," he <verb>: a subject right after a comma-closed quote speaks',
    examples: [{ text: 'Jane Doe won the 800m final. "I could not ask for more," she grinned.', span: '"I could not ask for more,"', value: 'Jane Doe' }],
    counterexamples: [{ text: 'Jane Doe won the 800m final. "I could not ask for more." She grinned.' }],
  },
  intro: {
    id: 'attr/intro',
    reason: 'X said: "…" / X told BBC Sport, "…": the subject of the introducing clause speaks',
    examples: [{ text: 'Jane Doe said: "I felt strong from the gun."', span: '"I felt strong from the gun."', value: 'Jane Doe' }],
    counterexamples: [{ text: 'Jane Doe ran alone. "I felt strong from the gun."' }],
  },
  introParagraph: {
    id: 'attr/intro-paragraph',
    reason: 'a paragraph ending in a colon introduces the quote that opens the next one',
    examples: [{ text: 'Jane Doe spoke to reporters after the final:\n\n"I felt strong from the gun and held on."', span: '"I felt strong from the gun and held on."', value: 'Jane Doe' }],
    counterexamples: [{ text: 'Jane Doe spoke to reporters after the final.\n\n"I felt strong from the gun and held on."' }],
  },
  previousSentence: {
    id: 'attr/previous-sentence',
    reason: 'a sentence that reports what X said, right before an unattributed quote: X speaks',
    examples: [{ text: 'Jane Doe said the course suited her.\n\n"I felt strong from the gun and held on."', span: '"I felt strong from the gun and held on."', value: 'Jane Doe' }],
    counterexamples: [{ text: 'Jane Doe won the final.\n\n"I felt strong from the gun and held on."' }],
  },

  // ---------------------------------------------------------------- unattributed quotes (index.ts)
  forward: {
    id: 'speaker/next-in-sentence',
    reason: 'an unattributed quote joined to an attributed one in the same sentence shares its speaker',
    examples: [{ text: '"I was nervous" but "I felt strong from the gun," said Jane Doe.', span: '"I was nervous"', value: 'Jane Doe' }],
    counterexamples: [{ text: '"I was nervous." Then "I felt strong from the gun," said Jane Doe.' }],
  },
  inherit: {
    id: 'speaker/previous-quote',
    reason: 'an unattributed quote after a quote, with nobody else mentioned in between (or the same speaker mentioned again), has the same speaker',
    examples: [{ text: '"I felt strong from the gun," said Jane Doe.\n\n"Next year I want the title."', span: '"Next year I want the title."', value: 'Jane Doe' }],
    counterexamples: [{ text: '"I felt strong from the gun," said Jane Doe.\n\nMary Roe was second.\n\n"Next year I want the title."' }],
  },
  recent: {
    id: 'speaker/recent-person',
    reason: 'an unattributed quote goes to the most recent person mentioned before it',
    examples: [{ text: 'Jane Doe won the final in Leeds.\n\n"Next year I want the title."', span: '"Next year I want the title."', value: 'Jane Doe' }],
    counterexamples: [{ text: 'Jane Doe won the final in Leeds.\n\n"Next year I want the title," said Mary Roe.' }],
  },

  // ---------------------------------------------------------------- what a phrase names (speaker.ts)
  mention: {
    id: 'speaker/mention',
    reason: 'a person mention inside the attribution phrase is the speaker',
    examples: [{ text: '"I felt strong from the gun," said Jane Doe.', span: '"I felt strong from the gun,"', value: 'Jane Doe' }],
    counterexamples: [{ text: '"I felt strong from the gun," said a club spokesman.' }],
  },
  ref: {
    id: 'speaker/ref',
    reason: 'a pronoun or descriptor in the phrase that the persons stage resolved (a ref) is the speaker',
    examples: [{ text: 'Jane Doe won the final. "I could not ask for more," she said.', span: '"I could not ask for more,"', value: 'Jane Doe' }],
    counterexamples: [{ text: 'Jane Doe won the final. "I could not ask for more," said Jane Doe.' }],
  },
  nameMatch: {
    id: 'speaker/name-match',
    reason: 'a capitalised name in the phrase that is a known person\'s name, alias or surname',
    examples: [{ text: 'Jane Doe won the final.\n\nIn Doe\'s words: "I could not ask for more."', span: '"I could not ask for more."', value: 'Jane Doe' }],
    counterexamples: [{ text: 'Jane Doe won the final. "I could not ask for more," said Jane Doe.' }],
  },
  nameFull: { id: 'speaker/name-full', reason: 'a lone surname that the article writes after a first name elsewhere ("Pound" → "Dick Pound")' },
  name: { id: 'speaker/name', reason: 'a capitalised name in the phrase that is none of the persons: a speaker known by name only' },
  anonymous: {
    id: 'speaker/anonymous',
    reason: 'an unnamed speaker or an organisation ("an IAAF spokesman", "World Athletics", "his coach")',
    examples: [{ text: '"The race will go ahead as planned," said a club spokesman.', span: '"The race will go ahead as planned,"' }],
    counterexamples: [{ text: '"The race will go ahead as planned," said Jane Doe.' }],
  },
  pronounRecent: {
    id: 'speaker/pronoun-recent',
    reason: 'a pronoun without a ref: the most recent person before it (gender-checked)',
    examples: [{ text: 'The race went ahead in the rain. "I could not ask for more," he said.', span: '"I could not ask for more,"' }],
    counterexamples: [{ text: 'The race went ahead in the rain. "I could not ask for more," said Jane Doe.' }],
  },
  descriptorRecent: {
    id: 'speaker/descriptor-recent',
    reason: 'a descriptor without a ref ("the 25-year-old"): the most recent person before it',
    examples: [{ text: 'The race went ahead in the rain. "I could not ask for more," said the 25-year-old.', span: '"I could not ask for more,"' }],
    counterexamples: [{ text: 'The race went ahead in the rain. "I could not ask for more," said Jane Doe.' }],
  },

  // ---------------------------------------------------------------- word classes (the lexicon, model/data.ts)
  verbSay: {
    id: 'quote/verb-say',
    reason: 'verbs of saying that introduce or follow a quotation',
    words: ['said', 'says', 'say', 'added', 'adds', 'told', 'tells', 'explained', 'explains', 'stated', 'states', 'continued', 'continues', 'commented', 'comments', 'remarked', 'noted', 'declared', 'announced', 'wrote', 'writes', 'posted', 'tweeted', 'replied', 'responded', 'answered', 'asked', 'recalled', 'recalls', 'concluded', 'observed', 'quipped', 'joked', 'laughed', 'smiled', 'beamed', 'enthused', 'shared', 'expressed', 'stressed', 'insisted', 'insists', 'admitted', 'admits', 'conceded', 'claimed', 'claims', 'countered', 'argued', 'maintained', 'suggested', 'acknowledged', 'reflected', 'revealed', 'reveals', 'confirmed', 'confessed', 'warned', 'agreed', 'predicted', 'promised', 'vowed', 'boasted', 'reckoned', 'reckons', 'believes', 'thinks', 'feels', 'hopes', 'emphasised', 'emphasized', 'described', 'urged', 'notes', 'remarks', 'jokes', 'laughs', 'concedes', 'warns', 'declares', 'stresses', 'argues', 'concludes', 'announces', 'posts', 'tweets', 'replies', 'responds', 'asks', 'gushed', 'raved', 'exclaimed', 'shouted', 'cried', 'whispered', 'sighed', 'elaborated', 'clarified', 'opined', 'mused', 'highlighted', 'affirmed', 'assured', 'read', 'reads', 'shares', 'expresses', 'confirms', 'predicts', 'vows', 'boasts', 'recounted', 'recounts', 'detailed', 'hinted', 'teased', 'wondered', 'pleaded', 'demanded', 'blasted', 'slammed', 'hailed', 'praised', 'lamented', 'acknowledges', 'points', 'pointed', 'chipped'],
  },
  pronoun: { id: 'quote/pronoun', reason: 'a subject pronoun standing for the speaker', words: ['he', 'she'] },
  aux: {
    id: 'quote/aux',
    reason: 'words that may stand between the speaker and the verb ("Thanou had said", "he later added")',
    words: ['had', 'has', 'have', 'also', 'later', 'then', 'once', 'would', 'will', 'previously', 'earlier', 'simply', 'just', 'recently', 'afterwards', 'now', 'often'],
  },
  anonymousRole: {
    id: 'quote/anonymous-role',
    reason: 'head nouns of an unnamed speaker: "said an IAAF spokesman", "a statement said"',
    words: ['spokesman', 'spokeswoman', 'spokesperson', 'statement', 'source', 'sources', 'official', 'officials', 'insider', 'organisers', 'organizers', 'report', 'reports', 'release', 'federation', 'association', 'committee', 'body', 'board', 'panel', 'tribunal', 'council', 'club', 'team', 'ministry', 'government', 'union', 'agency', 'website', 'newspaper', 'paper', 'magazine', 'people', 'fans', 'critics', 'observers', 'experts', 'someone', 'somebody', 'everyone', 'everybody'],
  },
  clauseBreak: {
    id: 'quote/clause-break',
    reason: 'words that end the noun phrase of a speaker ("said X, who…", "said X after the race")',
    words: ['who', 'whose', 'which', 'after', 'afterwards', 'when', 'while', 'before', 'as', 'in', 'on', 'at', 'to', 'during', 'following', 'that', 'but', 'and', 'from', 'with', 'about', 'because', 'since', 'last', 'this', 'yesterday', 'today'],
  },
  outletMedium: {
    id: 'quote/outlet-medium',
    reason: 'kinds of media a statement is made in ("In a BBC video", "in Citius Mag\'s … episode")',
    words: ['video', 'podcast', 'episode', 'interview', 'documentary', 'show', 'programme', 'program', 'column', 'broadcast', 'article', 'feature', 'blog', 'vlog', 'post', 'series', 'chat', 'conversation'],
  },
  outletPublication: {
    id: 'quote/outlet-publication',
    reason: 'words that make a capitalised phrase after "said in" a publication ("the San Francisco Chronicle")',
    words: ['times', 'chronicle', 'post', 'guardian', 'telegraph', 'mail', 'independent', 'express', 'herald', 'journal', 'news', 'sport', 'sports', 'radio', 'tv', 'television', 'magazine', 'mag', 'observer', 'tribune', 'gazette', 'star', 'sun', 'mirror', 'record', 'bbc', 'itv', 'cnn', 'espn', 'nbc', 'reuters', 'afp', 'ap', 'live', 'athletics', 'weekly', 'daily', 'world', 'press', 'today', 'letsrun', 'runner', "runner's", 'spikes', 'instagram', 'twitter', 'x', 'facebook', 'tiktok', 'youtube', 'threads', 'strava', 'linkedin', 'channel', 'network', 'podcast', 'mag'],
  },
  firstPerson: {
    id: 'quote/first-person',
    reason: 'first and second person words that mark a single-quoted span as speech rather than a title or scare quote',
    words: ['i', "i'm", "i've", "i'll", "i'd", 'me', 'my', 'myself', 'we', "we're", "we've", "we'll", 'us', 'our', 'you', "you're", 'your'],
  },
  notAName: {
    id: 'quote/not-a-name',
    reason: 'capitalised words that open a sentence or clause and are never a speaker\'s name',
    words: ['but', 'and', 'or', 'so', 'yet', 'however', 'then', 'now', 'when', 'while', 'whilst', 'after', 'before', 'although', 'though', 'meanwhile', 'speaking', 'asked', 'talking', 'writing', 'still', 'also', 'instead', 'indeed', 'later', 'earlier', 'today', 'yesterday', 'here', 'there', 'if', 'as', 'because', 'since', 'despite', 'with', 'without', 'both', 'neither', 'either', 'sprinter', 'athlete', 'runner', 'coach', 'champion', 'olympian', 'hurdler', 'jumper', 'thrower', 'captain', 'president', 'chairman', 'chief', 'director', 'manager', 'secretary', 'minister', 'veteran', 'star', 'legend', 'boss', 'spokesman', 'former', 'world', 'olympic', 'european', 'commonwealth', 'british', 'national', 'i', 'we', 'you', 'they', 'it', 'this', 'that', 'these', 'those', 'what', 'why', 'how', 'who', 'where', 'mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  },
  // the word classes the attribution code reads directly (not configurable lexicon kinds)
  verbParticle: { id: 'quote/verb-particle', reason: 'particles of phrasal verbs of saying: "points out", "chipped in", "went on"; the speaker follows them', words: ['out', 'in', 'on', 'up'] },
  subjectBreak: {
    id: 'quote/subject-break',
    reason: 'words that open a new clause: the subject of a verb of saying starts after them ("…, but he insisted")',
    words: ['but', 'and', 'while', 'whilst', 'as', 'because', 'although', 'though', 'when', 'after', 'before', 'since', 'if', 'that', 'so', 'where', 'whereas'],
  },
  pronounWord: { id: 'quote/third-person-word', reason: 'third-person pronouns and possessives: a ref in these words is a pronoun, never a name', words: ['he', 'she', 'him', 'her', 'his', 'hers', 'they', 'them', 'their', 'it', 'its'] },
  determiner: { id: 'quote/determiner', reason: 'determiners that open a descriptor ("the 25-year-old", "another athlete"): the capitalised word after them is no name', words: ['the', 'a', 'an', 'this', 'that', 'one', 'another'] },
  possessiveDeterminer: { id: 'quote/possessive-determiner', reason: 'possessive determiners ("his coach", "their lawyer"): the phrase names someone unnamed', words: ['his', 'her', 'their', 'its', 'our', 'my', 'your'] },
  outletTold: { id: 'quote/outlet-told', reason: 'verbs whose object is the outlet spoken to ("told BBC Sport")', words: ['told', 'tells', 'telling', 'tell'] },
  outletSpeakTo: {
    id: 'quote/outlet-speak-to',
    reason: 'words of speaking followed by "to" or "with" and the outlet ("speaking to Five Live", "in an interview with World Athletics")',
    words: ['said', 'says', 'speaking', 'spoke', 'talking', 'talked', 'interview', 'interviewed', 'chat', 'chatting', 'conversation', 'writing', 'wrote', 'told'],
  },
  titleSmallWord: {
    id: 'quote/title-small-word',
    reason: 'lower-case words allowed inside a title-case phrase (titles of shows, books, slogans are not quotes)',
    words: ['a', 'an', 'the', 'and', 'or', 'of', 'for', 'in', 'on', 'to', 'at', 'by', 'with', 'from', 'vs', 'v', 'de', 'la', 'le'],
  },
});
