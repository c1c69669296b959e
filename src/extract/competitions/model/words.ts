/**
 * Word lists for the competition matcher: title words after a series adjective, the words that may stand
 * between them, time cues, and the words that cannot start a competition's name. Domain knowledge only.
 */

/** "Olympic champion", "world 1500m title": a title of the series (kept only when anchored). */
export const TITLE_NOUNS: ReadonlySet<string> = new Set([
  'champion', 'champions', 'title', 'titles', 'crown', 'crowns', 'gold', 'golds', 'silver', 'silvers', 'bronze', 'bronzes',
  'medal', 'medals', 'medallist', 'medallists', 'medalist', 'medalists', 'winner', 'winners',
]);

/** "the Olympic final", "the Olympic year": a race or season of the series. */
export const RACE_NOUNS: ReadonlySet<string> = new Set([
  'final', 'finals', 'semi', 'semis', 'heat', 'heats', 'year', 'team', 'teams', 'squad', 'roster', 'debut', 'podium', 'race', 'races',
]);

/** Words that may stand between a series adjective and its title word ("world 5,000m crown", "Olympic pole vault champion"). */
export const BETWEEN: ReadonlySet<string> = new Set([
  'indoor', 'outdoor', 'men', 'women', 's', 'and', 'mile', 'metres', 'metre', 'sprint', 'sprints', 'relay', 'hurdles', 'steeplechase',
  'pole', 'vault', 'high', 'long', 'triple', 'jump', 'shot', 'put', 'discus', 'hammer', 'javelin', 'heptathlon', 'decathlon',
  'pentathlon', 'marathon', 'walk', 'cross', 'country', 'double', 'triple', 'team', 'junior', 'youth', 'short', 'course', 'distance',
  'long-distance', 'middle', 'x', 'in', 'the',
]);

export const MONTHS: readonly string[] = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
export const MONTH_SHORT: readonly string[] = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Capitalised words that cannot be part of a competition's name (sentence openers, determiners, days, record abbreviations). */
export const NAME_STOP: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'last', 'next', 'at', 'in', 'on', 'for', 'from', 'to', 'by', 'with', 'of',
  'his', 'her', 'their', 'its', 'our', 'my', 'your', 'after', 'before', 'during', 'since', 'until', 'when', 'while', 'and', 'but',
  'or', 'both', 'each', 'every', 'as', 'if', 'then', 'there', 'here', 'he', 'she', 'they', 'we', 'i', 'it', 'year', 'season',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'weekend', 'today', 'yesterday', 'tomorrow',
  'pb', 'sb', 'pr', 'wr', 'ar', 'er', 'nr', 'cr', 'mr', 'wl', 'video', 'online',
  'premier', 'champions', 'through', 'meter', 'meters', 'metre', 'metres', 'amnesty', 'news', 'breaking', 'report', 'reports', 'results', 'race', 'mile', 'half', 'full',
  ...MONTHS,
]);

/** Edition numerals after a meeting's name ("Midsummer Open III"). */
export const ROMAN: ReadonlySet<string> = new Set(['ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii']);

/** Series adjectives: a name made of these alone before a race word is a title or an event ("Olympic Marathon"), not a meeting. */
export const SERIES_ADJECTIVES: ReadonlySet<string> = new Set(['olympic', 'world', 'european', 'commonwealth', 'national', 'international', 'indoor', 'outdoor', 'british', 'english', 'scottish', 'welsh', 'irish']);

/** Names that the generic patterns would take but that name a series of meetings, not one (identity keys). */
export const SERIES_NOT_MEETINGS: ReadonlySet<string> = new Set(['wanda diamond league', 'samsung diamond league', 'iaaf diamond league']);

/** Event words after a series adjective: "the Olympic marathon" is a race of the Games. */
export const EVENT_WORDS: ReadonlySet<string> = new Set([
  'marathon', 'sprint', 'hurdles', 'steeplechase', 'relay', 'relays', 'decathlon', 'heptathlon', 'pentathlon', 'mile', 'walk',
]);

/** Words after a series adjective that make it a record or a list, not a race ("world 100m record", "world 1500m lead"). */
export const NOT_A_RACE: ReadonlySet<string> = new Set(['record', 'records', 'best', 'bests', 'lead', 'leader', 'leaders', 'leading', 'ranking', 'rankings', 'list', 'lists', 'class', 'level', 'standard', 'mark', 'time', 'times']);
