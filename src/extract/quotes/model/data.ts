/**
 * Built-in quote lexicon: general knowledge of how news text attributes speech. Data only; every entry
 * has an id and a reason, and `loadQuoteLexicon` validates it. No names of people.
 */
export const QUOTE_LEXICON_DATA = {
  speechVerbs: [
    {
      id: 'quote/verb-say',
      reason: 'verbs of saying that introduce or follow a quotation',
      words: ['said', 'says', 'say', 'added', 'adds', 'told', 'tells', 'explained', 'explains', 'stated', 'states', 'continued', 'continues', 'commented', 'comments', 'remarked', 'noted', 'declared', 'announced', 'wrote', 'writes', 'posted', 'tweeted', 'replied', 'responded', 'answered', 'asked', 'recalled', 'recalls', 'concluded', 'observed', 'quipped', 'joked', 'laughed', 'smiled', 'beamed', 'enthused', 'shared', 'expressed', 'stressed', 'insisted', 'insists', 'admitted', 'admits', 'conceded', 'claimed', 'claims', 'countered', 'argued', 'maintained', 'suggested', 'acknowledged', 'reflected', 'revealed', 'reveals', 'confirmed', 'confessed', 'warned', 'agreed', 'predicted', 'promised', 'vowed', 'boasted', 'reckoned', 'reckons', 'believes', 'thinks', 'feels', 'hopes', 'emphasised', 'emphasized', 'described', 'urged', 'notes', 'remarks', 'jokes', 'laughs', 'concedes', 'warns', 'declares', 'stresses', 'argues', 'concludes', 'announces', 'posts', 'tweets', 'replies', 'responds', 'asks', 'gushed', 'raved', 'exclaimed', 'shouted', 'cried', 'whispered', 'sighed', 'elaborated', 'clarified', 'opined', 'mused', 'highlighted', 'affirmed', 'assured', 'read', 'reads', 'shares', 'expresses', 'confirms', 'predicts', 'vows', 'boasts', 'recounted', 'recounts', 'detailed', 'hinted', 'teased', 'wondered', 'pleaded', 'demanded', 'blasted', 'slammed', 'hailed', 'praised', 'lamented', 'acknowledges', 'points', 'pointed', 'chipped'],
    },
  ],
  pronouns: [
    { id: 'quote/pronoun', reason: 'a subject pronoun standing for the speaker', words: ['he', 'she'] },
  ],
  auxiliaries: [
    {
      id: 'quote/aux',
      reason: 'words that may stand between the speaker and the verb ("Thanou had said", "he later added")',
      words: ['had', 'has', 'have', 'also', 'later', 'then', 'once', 'would', 'will', 'previously', 'earlier', 'simply', 'just', 'recently', 'afterwards', 'now', 'often'],
    },
  ],
  anonymous: [
    {
      id: 'quote/anonymous-role',
      reason: 'head nouns of an unnamed speaker: "said an IAAF spokesman", "a statement said"',
      words: ['spokesman', 'spokeswoman', 'spokesperson', 'statement', 'source', 'sources', 'official', 'officials', 'insider', 'organisers', 'organizers', 'report', 'reports', 'release', 'federation', 'association', 'committee', 'body', 'board', 'panel', 'tribunal', 'council', 'club', 'team', 'ministry', 'government', 'union', 'agency', 'website', 'newspaper', 'paper', 'magazine', 'people', 'fans', 'critics', 'observers', 'experts', 'someone', 'somebody', 'everyone', 'everybody'],
    },
  ],
  clauseBreaks: [
    {
      id: 'quote/clause-break',
      reason: 'words that end the noun phrase of a speaker ("said X, who…", "said X after the race")',
      words: ['who', 'whose', 'which', 'after', 'afterwards', 'when', 'while', 'before', 'as', 'in', 'on', 'at', 'to', 'during', 'following', 'that', 'but', 'and', 'from', 'with', 'about', 'because', 'since', 'last', 'this', 'yesterday', 'today'],
    },
  ],
  outletMedia: [
    {
      id: 'quote/outlet-medium',
      reason: 'kinds of media a statement is made in ("In a BBC video", "in Citius Mag\'s … episode")',
      words: ['video', 'podcast', 'episode', 'interview', 'documentary', 'show', 'programme', 'program', 'column', 'broadcast', 'article', 'feature', 'blog', 'vlog', 'post', 'series', 'chat', 'conversation'],
    },
  ],
  outletHeads: [
    {
      id: 'quote/outlet-publication',
      reason: 'words that make a capitalised phrase after "said in" a publication ("the San Francisco Chronicle")',
      words: ['times', 'chronicle', 'post', 'guardian', 'telegraph', 'mail', 'independent', 'express', 'herald', 'journal', 'news', 'sport', 'sports', 'radio', 'tv', 'television', 'magazine', 'mag', 'observer', 'tribune', 'gazette', 'star', 'sun', 'mirror', 'record', 'bbc', 'itv', 'cnn', 'espn', 'nbc', 'reuters', 'afp', 'ap', 'live', 'athletics', 'weekly', 'daily', 'world', 'press', 'today', 'letsrun', 'runner', "runner's", 'spikes', 'instagram', 'twitter', 'x', 'facebook', 'tiktok', 'youtube', 'threads', 'strava', 'linkedin', 'channel', 'network', 'podcast', 'mag'],
    },
  ],
  speechWords: [
    {
      id: 'quote/first-person',
      reason: 'first and second person words that mark a single-quoted span as speech rather than a title or scare quote',
      words: ['i', "i'm", "i've", "i'll", "i'd", 'me', 'my', 'myself', 'we', "we're", "we've", "we'll", 'us', 'our', 'you', "you're", 'your'],
    },
  ],
  notNames: [
    {
      id: 'quote/not-a-name',
      reason: 'capitalised words that open a sentence or clause and are never a speaker\'s name',
      words: ['but', 'and', 'or', 'so', 'yet', 'however', 'then', 'now', 'when', 'while', 'whilst', 'after', 'before', 'although', 'though', 'meanwhile', 'speaking', 'asked', 'talking', 'writing', 'still', 'also', 'instead', 'indeed', 'later', 'earlier', 'today', 'yesterday', 'here', 'there', 'if', 'as', 'because', 'since', 'despite', 'with', 'without', 'both', 'neither', 'either', 'sprinter', 'athlete', 'runner', 'coach', 'champion', 'olympian', 'hurdler', 'jumper', 'thrower', 'captain', 'president', 'chairman', 'chief', 'director', 'manager', 'secretary', 'minister', 'veteran', 'star', 'legend', 'boss', 'spokesman', 'former', 'world', 'olympic', 'european', 'commonwealth', 'british', 'national', 'i', 'we', 'you', 'they', 'it', 'this', 'that', 'these', 'those', 'what', 'why', 'how', 'who', 'where', 'mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
    },
  ],
  titleSmallWords: [
    {
      id: 'quote/title-small-word',
      reason: 'lower-case words allowed inside a title-case phrase (titles of shows, books, slogans are not quotes)',
      words: ['a', 'an', 'the', 'and', 'or', 'of', 'for', 'in', 'on', 'to', 'at', 'by', 'with', 'from', 'vs', 'v', 'de', 'la', 'le'],
    },
  ],
} as const;
