/**
 * Role words: what a word next to a name says the person does. Athlete words ("champion", "runner")
 * make a person an athlete; the others make them a coach, an official, a journalist or someone else.
 * Matched as whole words in the few words before a name ("AK chief X", "Olympic champion X") or in an
 * apposition after it ("X, the IAAF president,").
 */
export const ROLE_RULES = [
  {
    id: 'role/athlete-noun', reason: 'nouns for people who compete in athletics', kind: 'role', role: 'athlete',
    words: ['champion', 'champions', 'runner', 'runners', 'sprinter', 'sprinters', 'athlete', 'athletes', 'hurdler', 'jumper', 'vaulter',
      'thrower', 'marathoner', 'miler', 'distance runner', 'medallist', 'medalist', 'medallists',
      'record holder', 'record-holder', 'world record holder', 'titleholder', 'title holder', 'holder', 'olympian', 'olympians', 'heptathlete', 'decathlete',
      'pentathlete', 'walker', 'race walker', 'racewalker', 'steeplechaser', 'finalist', 'finalists', 'runner-up', 'winner', 'winners', 'star', 'starlet',
      'team-mate', 'teammate', 'team-mates', 'teammates', 'training partner', 'rival', 'rivals', 'compatriot', 'strider', 'striders', 'harrier', 'clubmate',
      'club-mate', 'duo', 'trio', 'pair', 'quartet', 'stalwart', 'stalwarts', 'debutant', 'hope', 'hopes', 'prospect', 'team member', 'squad member', 'club member', 'club members', 'club runner', 'club athlete', 'team captain', 'finisher', 'finishers', 'top three', 'top two', 'top four', 'top five', 'top six', 'top eight', 'top ten', 'podium', 'captain', 'vice captain', 'vice-captain', 'club captain',
      'compatriots', 'winners', 'walkers', 'throwers', 'miler', 'milers', 'marathoners', 'steeplechasers', 'finalist', 'vaulters', 'decathletes', 'heptathletes', 'junior', 'veteran', 'pacemaker', 'pacer', 'jumpers', 'vaulters', 'hurdlers',
      'world no 1', 'number one', 'world number one', 'defending champion', 'reigning champion', 'silver medallist', 'bronze medallist', 'gold medallist'],
  },
  {
    id: 'role/coach', reason: 'coaches and trainers are not athletes', kind: 'role', role: 'coach',
    words: ['coach', 'coaches', 'coached', 'trainer', 'head coach', 'national coach', 'coaching'],
  },
  {
    id: 'role/official', reason: 'federation heads, officials and organisers are not athletes', kind: 'role', role: 'official',
    words: ['president', 'vice-president', 'chief', 'chairman', 'chairwoman', 'chair', 'chief executive', 'ceo', 'director', 'secretary',
      'general secretary', 'secretary-general', 'spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials', 'boss', 'head',
      'commissioner', 'minister', 'mp', 'mayor', 'governor', 'senator', 'politician', 'prime minister', 'referee', 'judge', 'steward',
      'organiser', 'organizer', 'race director', 'meet director', 'administrator', 'member', 'members', 'panel', 'tribunal', 'chancellor',
      'prosecutor', 'investigator', 'tester', 'doping officer', 'delegate', 'manager', 'team manager', 'selector', 'selectors', 'leader',
      'opposition leader', 'democrat', 'republican', 'congressman', 'congresswoman', 'premier', 'diplomat', 'ambassador', 'envoy', 'lawmaker',
      'councillor', 'chief executive officer', 'executive', 'commissioner', 'sports minister', 'culture secretary', 'sports secretary'],
  },
  {
    id: 'role/journalist', reason: 'people who report on the sport are not athletes', kind: 'role', role: 'journalist',
    words: ['journalist', 'reporter', 'correspondent', 'commentator', 'pundit', 'writer', 'columnist', 'editor', 'presenter', 'broadcaster',
      'photographer', 'analyst', 'author'],
  },
  {
    id: 'role/other', reason: 'agents, lawyers, doctors, promoters and people of other sports are not athletes', kind: 'role', role: 'other',
    words: ['lawyer', 'lawyers', 'solicitor', 'attorney', 'barrister', 'counsel', 'agent', 'manager', 'promoter', 'sponsor', 'doctor', 'physio',
      'physiotherapist', 'psychologist', 'nutritionist', 'scientist', 'professor', 'lecturer', 'expert', 'chemist', 'footballer', 'cricketer',
      'tennis player', 'golfer', 'cyclist', 'swimmer', 'triathlete', 'boxer', 'rugby player', 'jockey', 'rower', 'skier', 'actor', 'actress',
      'baseball', 'football', 'tennis', 'cricket', 'rugby', 'golf', 'boxing', 'cycling', 'swimming', 'basketball', 'hockey', 'nfl', 'nba',
      'boxing champion', 'tennis champion', 'golf champion', 'cycling champion',
      'singer', 'musician', 'eyewitness', 'witness', 'businessman', 'owner', 'founder', 'economist', 'researcher', 'co-founder'],
  },
  {
    id: 'role/other-sport', reason: 'players of other sports are not athletes', kind: 'role', role: 'other',
    words: ['striker', 'goalkeeper', 'midfielder', 'quarterback', 'batsman', 'batter', 'bowler', 'pitcher', 'winger', 'gymnast', 'wrestler',
      'weightlifter', 'skater', 'snowboarder', 'footballers', 'cricketers', 'player', 'players', 'racing driver', 'f1 driver', 'darts player', 'snooker player',
      'nba star', 'nfl star', 'basketball star', 'soccer star', 'rugby star', 'cricket star', 'golf star', 'boxing star', 'baseball star', 'football star', 'tennis star'],
  },
  {
    id: 'role/family', reason: 'relatives named beside an athlete are not athletes, unless the text shows them racing ("his brother X was fourth")', kind: 'role', role: 'other',
    words: ['husband', 'wife', 'father', 'mother', 'son', 'daughter', 'brother', 'sister', 'girlfriend', 'boyfriend', 'fiance', 'fiancee', 'mum', 'dad', 'parents', 'partner', 'uncle', 'aunt', 'grandfather', 'grandmother', 'cousin'],
  },
] as const;

/** Titles written before a name and not part of it. */
export const TITLE_RULES = [
  { id: 'title/male', reason: 'male titles', kind: 'title', gender: 'm', words: ['Sir', 'Mr', 'Mr.', 'Lord'] },
  { id: 'title/female', reason: 'female titles', kind: 'title', gender: 'f', words: ['Dame', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Miss', 'Lady'] },
  { id: 'title/neutral', reason: 'titles that do not show the gender', kind: 'title', gender: null, words: ['Dr', 'Dr.', 'Prof', 'Prof.', 'Professor'] },
] as const;
