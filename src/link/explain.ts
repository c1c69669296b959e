/**
 * The linker's drops, named for the decision log (issue 12): a time left without a performance, a competition
 * not taken as the time's race. The linker's found-rules (link/event-in-sentence …) name what it kept; these
 * name what it left, so `--explain` can say why a time has no performance.
 */
import type { DropRule } from '../rules/reject.js';
import type { TimeMention } from '../types.js';

export const OUTSIDE_SENTENCES: DropRule = { id: 'link/time-outside-sentences', reason: 'the time lies in no sentence of the article (a block the segmenter gave no sentence)' };
export const NO_EVENT: DropRule = { id: 'link/no-event', reason: 'no event near the time makes one of its readings plausible' };
export const RELAY_WITHOUT_TEAM: DropRule = { id: 'link/relay-without-team', reason: "a relay time is the team's, and its sentence names no team of runners" };
export const MARK_WITHOUT_HOLDER: DropRule = { id: 'link/mark-without-holder', reason: "a record's mark named after the subject's own time ('ran 4:25.13 to smash a championship record of 4:27.18') is not the subject's, and its holder is not named" };
export const WEAK_TIME_ALONE: DropRule = { id: 'link/weak-time-alone', reason: 'a weak time (a bare decimal, a round figure) is kept only with an athlete and an event in its own sentence' };
export const COMPETITION_OTHER_YEAR: DropRule = { id: 'link/competition-other-year', reason: "a year in the time's clause that is not the race's edition dates another race, which the article does not name" };
export const COMPETITION_IS_TITLE: DropRule = { id: 'link/competition-is-title', reason: 'a competition named as a title someone holds ("Olympic champion", "the world indoor title") is no race a time was run in' };
export const FRAME_TARGET: DropRule = { id: 'frame/target', reason: 'a race still to come or aimed at: not where a time of the article was run' };
export const FRAME_PAST: DropRule = { id: 'frame/past', reason: "an earlier edition or a background race: taken only for a time in its own clause, never as the article's race" };

/** Why a time found no event: its readings, none plausible for an event near it. */
export const noEventReason = (t: TimeMention) => () => `${NO_EVENT.reason} (read as ${t.readings.map((r) => r.display).join(' or ')})`;

/** Why a weak time was left: what it lacked. */
export const weakReason = (hasAthlete: boolean, eventRule: string) => () =>
  `${WEAK_TIME_ALONE.reason}: ${hasAthlete ? `its event was found by ${eventRule}, not in its sentence` : 'no athlete found for it'}`;
