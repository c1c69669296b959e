/**
 * The competitions stage's drops, named for the decision log (issue 12): a candidate matched and then not kept.
 */
import type { DropRule } from '../../rules/reject.js';
import type { CompetitionLexicon } from './lexicon.js';
import type { Cand } from './resolve.js';

export const TITLE_AFTER_NAME: DropRule = { id: 'competition/title-after-name', reason: 'a title or record named after a meeting ("Africa Cross Country champion", "UK 10km record") is not the meeting' };
export const CITY_IS_VENUE: DropRule = { id: 'competition/city-is-venue', reason: 'an edition city right after a mention is its venue ("Prefontaine Classic in Eugene"), not a mention of its own' };
/** A shield entry of the gazetteer drops by its own id (`competition/not-winter-olympics` …): the log names the entry that decided. */
const SHIELD_REASON = 'a shield entry of the gazetteer: matched so its words are not read as another series, never output';
export const NOT_ANCHORED: DropRule = { id: 'competition/not-anchored', reason: 'a weak form (a short name, a title, a bare edition city) with neither its series named nor its edition known' };

const WHY: Partial<Record<Cand['strength'], string>> = {
  short: 'a short form ("the Worlds") whose series the article never names in full',
  'bare-event': 'an edition city before an event, and the article does not refer to the series',
  bare: "an edition city alone, the series not named or its nearest edition more than two years from the article's",
  title: 'a title ("Olympic champion") with no year, city or named series to anchor it',
  race: "a race (\"the Olympic final\") with no year or city, the series not named, and the article's year no edition",
  absorbed: CITY_IS_VENUE.reason,
};

/** The rule that dropped a candidate `isKept` refused, with the reason for its form. */
export function unkept(c: Cand, lex: CompetitionLexicon): { rule: DropRule; reason: () => string } {
  const entry = c.rule !== null ? lex.rules[c.rule]! : null;
  if (entry?.ignore) return { rule: { id: entry.id, reason: SHIELD_REASON }, reason: () => `${SHIELD_REASON}: ${entry.reason}` };
  if (c.strength === 'absorbed') return { rule: CITY_IS_VENUE, reason: () => CITY_IS_VENUE.reason };
  return { rule: NOT_ANCHORED, reason: () => `${WHY[c.strength] ?? NOT_ANCHORED.reason}${c.rule !== null ? ` (${lex.rules[c.rule]!.id})` : ''}` };
}

/** An edition city alone that names the one-day meeting the article names in that city (index.ts `meetingCities`). */
export const MEETING_CITY_ID = 'competition/meeting-city';
