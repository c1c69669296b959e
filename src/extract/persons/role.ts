/**
 * The role step: the one place that decides what a person does (issue 12), each decision logged with its rule.
 *
 *   1. `voteRole` (persons): the words around a person's mentions vote — a role word right before a name counts
 *      twice, one after it (apposition) once; verbs, a time next to the name and bold count for athlete. A
 *      relative or a player of another sport shown racing is an athlete; nothing said is an athlete.
 *   2. `listedWithAthletes` (persons): a person listed with athletes, and said to be nothing else, is one.
 *   3. `settleRoles` (normalise calls it once the link stage has tied times to persons): a person said to be
 *      someone else (`other`) but tied to a race time is a competitor.
 *
 * Steps 1–2 need only the text; step 3 needs the link stage's performances, which themselves need the persons,
 * so it cannot run inside persons: it runs here, as a named rule, and normalise only reads the roles it returns.
 */
import type { Doc, Person, PersonRole } from '../../types.js';
import type { DecisionLog } from '../../rules/log.js';
import type { Tagged } from './lexicon.js';
import type { Evidence } from './context.js';
import { RULES } from './rules.js';

/** A role and the rule that decided it. */
export interface RoleVote {
  role: PersonRole;
  rule: string;
}

/** The votes of a person's evidence: per role, and the signs of competing. */
interface Tally {
  votes: Map<PersonRole, number>;
  /** The first role word seen for each role (the rule named when that role wins). */
  firstRule: Map<PersonRole, string>;
  verbs: number;
  family: number;
  otherSport: number;
  raced: number;
  /** The first sign of competing that is not a role word (a verb rule, a time, bold). */
  athleteSign: string | null;
}

function countRoles(t: Tally, roles: readonly Tagged<PersonRole>[], weight: number): void {
  for (const r of roles) {
    t.votes.set(r.value, (t.votes.get(r.value) ?? 0) + weight);
    if (!t.firstRule.has(r.value)) t.firstRule.set(r.value, r.rule);
    if (r.rule === RULES.family.id) t.family += weight;
    else if (r.rule === RULES.otherSport.id) t.otherSport += weight;
  }
}

function tally(evs: readonly Evidence[]): Tally {
  const t: Tally = { votes: new Map(), firstRule: new Map(), verbs: 0, family: 0, otherSport: 0, raced: 0, athleteSign: null };
  for (const ev of evs) {
    countRoles(t, ev.pre.roles, 2);
    countRoles(t, ev.post.roles, 1);
    t.verbs += ev.verbs.length + (ev.timed ? 1 : 0) + (ev.bold ? 1 : 0);
    for (const v of ev.verbs) if (v === RULES.raceVerb.id) t.raced++;
    if (ev.timed) t.raced++;
    t.athleteSign ??= ev.verbs[0] ?? (ev.timed ? RULES.nameTime.id : ev.bold ? RULES.bold.id : null);
  }
  return t;
}

/** The role the words around a person's mentions give (`span`: the first mention, for the log). */
export function voteRole(evs: readonly Evidence[], log: DecisionLog, span: { start: number; end: number }): RoleVote {
  const t = tally(evs);
  const athlete = (t.votes.get('athlete') ?? 0) + t.verbs;
  let best: PersonRole | null = null;
  let bestN = 0;
  for (const [role, n] of t.votes) if (role !== 'athlete' && n > bestN) [best, bestN] = [role, n];
  const vote = decide(t, best, bestN, athlete);
  if (log.enabled) logVote(log, span, t, vote, best, bestN, athlete);
  return vote;
}

function decide(t: Tally, best: PersonRole | null, bestN: number, athlete: number): RoleVote {
  // "his brother Henrik Ingebrigtsen was fourth", "former NFL star Devon Allen ran 13.05": a relative or a player
  // of another sport whom the text shows racing is an athlete
  // (a relative: any sign of competing; another sport's player: a race verb or a time)
  if (best === 'other' && t.family + t.otherSport === bestN && (t.family === bestN ? t.verbs > 0 : t.raced > 0)) return { role: 'athlete', rule: RULES.relativeRacing.id };
  if (best && bestN >= athlete) return { role: best, rule: t.firstRule.get(best)! };
  // nothing says what they do: in athletics news, a named person is far more often a competitor
  if (athlete > 0) return { role: 'athlete', rule: t.firstRule.get('athlete') ?? t.athleteSign! };
  return best ? { role: 'other', rule: t.firstRule.get(best)! } : { role: 'athlete', rule: RULES.defaultAthlete.id };
}

function logVote(log: DecisionLog, span: { start: number; end: number }, t: Tally, vote: RoleVote, best: PersonRole | null, bestN: number, athlete: number): void {
  const counts = `${athlete} for athlete${best ? `, ${bestN} for ${best}` : ''}`;
  // a role word the decision overrules: rejected, with what overruled it
  if (best && vote.role !== best) log.reject('persons', t.firstRule.get(best)!, span.start, span.end, `${best} overruled by ${vote.rule} (${counts})`);
  log.accept('persons', vote.rule, span.start, span.end, `${vote.role} (${counts})`);
}

/** "Kelly Holmes, Carolina Kluft and X": a person listed with athletes, and said to be nothing else, is one. */
export function listedWithAthletes(log: DecisionLog, lists: readonly (readonly number[])[], persons: Person[]): void {
  for (const members of lists) {
    if (!members.some((n) => persons[n]!.role === 'athlete')) continue;
    for (const n of members) {
      const p = persons[n]!;
      if (p.role !== 'other') continue;
      [p.role, p.rule] = ['athlete', `${p.rule}+${RULES.listedWithAthletes.id}`];
      if (log.enabled) log.accept('persons', RULES.listedWithAthletes.id, p.mentions[0]!.start, p.mentions[0]!.end, 'athlete: listed with athletes');
    }
  }
}

/**
 * The final role of each person, once the link stage has tied race times to persons (`timed`): a person said to be
 * someone else (`other`) but tied to a time is a competitor (RULES.timedOther); a coach, an official or a journalist
 * stays what the text said. The persons themselves are not changed.
 */
export function settleRoles(doc: Doc, persons: readonly Person[], timed: ReadonlySet<Person>): PersonRole[] {
  const roles: PersonRole[] = [];
  for (const p of persons) {
    const promoted = p.role === 'other' && timed.has(p);
    roles.push(promoted ? 'athlete' : p.role);
    if (promoted && doc.log.enabled) doc.log.accept('persons', RULES.timedOther.id, p.mentions[0]!.start, p.mentions[0]!.end, `athlete: said to be other (${p.rule}), but tied to a race time`);
  }
  return roles;
}
