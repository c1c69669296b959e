/**
 * From candidates to persons: full names seen in the article's own sentences become persons when some
 * evidence says they are people (accept.ts); surnames, given names and name tails ("El Guerrouj") resolve to
 * them (resolve.ts); a surname the article never completes stays a `full: false` person when the text shows it is
 * a person. Headline, caption and related-link blocks only add mentions to persons named in the body. The role of
 * each person is the role step's (role.ts). Every candidate dropped goes to the decision log with its rule.
 */
import type { Doc, Person } from '../../types.js';
import { identityKey } from '../../util/text.js';
import type { PersonLexicon } from './lexicon.js';
import type { Candidate } from './candidates.js';
import type { Evidence } from './context.js';
import type { Gender } from './model/name-data.js';
import { spanIndexAt } from '../../util/spans.js';
import { candidateName, readCapsNames } from './names.js';
import { inBody, type Draft, type Grouping } from './grouping.js';
import { acceptFullNames, acceptListed, mergeNicknames, retakeFullNames } from './accept.js';
import { resolveRest } from './resolve.js';
import { listedWithAthletes, voteRole } from './role.js';
import { RULES } from './rules.js';

export { candidateName } from './names.js';

export interface Built {
  persons: Person[];
  gender: (Gender | null)[];
  ages: (number | null)[];
  /** Every mention, in text order, with its person. */
  anchors: { start: number; end: number; person: number; sentence: number }[];
}

export function buildPersons(doc: Doc, lex: PersonLexicon, cands: readonly Candidate[], evs: readonly Evidence[], lists: readonly number[][] = []): Built {
  const n = cands.length;
  const g: Grouping = { doc, lex, cands, evs, drafts: [], byKey: new Map(), assigned: new Int32Array(n).fill(-1), ruleOf: new Array<string>(n).fill(''), dropped: [], names: [], keys: [], orders: [] };
  const multi: number[] = [];
  const singles = new Set<string>();
  nameCandidates(g, multi, singles);
  acceptFullNames(g, multi, singles);
  acceptListed(g, lists);
  retakeFullNames(g, multi);
  mergeNicknames(g, multi);
  resolveRest(g);
  collectMentions(g);
  return keepPersons(g, lists);
}

/** The name and key of every candidate; the full names (longest first) and lone words of the body. */
function nameCandidates(g: Grouping, multi: number[], singles: Set<string>): void {
  const { doc, cands } = g;
  const caps = readCapsNames(doc, g.lex, cands);
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    const cap = caps?.get(i);
    const name = cap ? cap.name : candidateName(doc, c);
    g.names.push(name);
    g.keys.push(identityKey(name));
    g.orders.push(cap ? cap.order : null);
    if (!inBody(doc, c)) continue;
    if (c.tokens.length > 1) multi.push(i);
    else singles.add(c.tokens[0]!.key);
  }
  multi.sort((a, b) => cands[b]!.tokens.length - cands[a]!.tokens.length || a - b);
}

/** Each assigned candidate becomes a mention of its person, with its evidence and the surface it was written as. */
function collectMentions(g: Grouping): void {
  const { doc, cands, drafts, assigned, ruleOf } = g;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    if (assigned[i]! < 0) {
      if (doc.log.enabled) doc.log.reject('persons', g.dropped[i] ?? RULES.outsideBody.id, c.start, c.end, () => `"${g.names[i]}" dropped: ${reasonOf(g.dropped[i] ?? RULES.outsideBody.id)}`);
      continue;
    }
    const d = drafts[assigned[i]!]!;
    const prefix = ruleOf[i] === RULES.fullNamePrefix.id;
    const end = prefix ? c.tokens[1]!.end : c.end;
    // (the given name taken back from the words peeled off the front: the mention starts with it)
    const start = ruleOf[i] === RULES.openingGivenName.id ? c.runStart : c.start;
    d.mentions.push({ start, end, text: doc.text.slice(start, end), rule: ruleOf[i]! });
    d.evidence.push(g.evs[i]!);
    d.surfaces.push(prefix ? doc.text.slice(c.start, end) : g.names[i]!);
    if (doc.log.enabled) doc.log.accept('persons', ruleOf[i]!, start, end, () => `a mention of ${d.name}`);
  }
}

/** The reason of a persons rule, or of a lexicon rule (a word class) that dropped a candidate. */
function reasonOf(id: string): string {
  for (const r of Object.values(RULES)) if (r.id === id) return r.reason;
  return id;
}

const byStart = (a: { start: number }, b: { start: number }) => a.start - b.start;

function toPerson(doc: Doc, d: Draft): Person {
  const aliases = new Set<string>();
  for (const s of d.surfaces) if (s !== d.name) aliases.add(s);
  let country: string | null = null;
  for (const e of d.evidence) if (e.country) {
    country = e.country.value;
    break;
  }
  const mentions = d.mentions.sort(byStart);
  if (doc.log.enabled) doc.log.accept('persons', d.rule, mentions[0]!.start, mentions[0]!.end, () => `${d.name} is a person: ${reasonOf(d.rule)}`);
  return { name: d.name, full: d.full, role: voteRole(d.evidence, doc.log, mentions[0]!).role, aliases: [...aliases], country, mentions, rule: d.rule };
}

/** The persons with a mention, in order of first appearance, with their gender, age and mentions in text order. */
function keepPersons(g: Grouping, lists: readonly number[][]): Built {
  const { doc } = g;
  const kept = g.drafts.filter((d) => d.mentions.length > 0).sort((a, b) => a.first - b.first);
  const built: Built = { persons: [], gender: [], ages: [], anchors: [] };
  for (let person = 0; person < kept.length; person++) {
    const d = kept[person]!;
    d.kept = person;
    built.persons.push(toPerson(doc, d));
    built.gender.push(d.gender);
    let age: number | null = null;
    for (const e of d.evidence) if (e.age !== null) {
      age = e.age;
      break;
    }
    built.ages.push(age);
  }
  listedWithAthletes(doc.log, lists.map((list) => keptMembers(g, list)), built.persons);
  for (let person = 0; person < kept.length; person++) {
    for (const m of kept[person]!.mentions) built.anchors.push({ start: m.start, end: m.end, person, sentence: spanIndexAt(doc.sentences, m.start) });
  }
  built.anchors.sort(byStart);
  return built;
}

/** The kept persons of the candidates of one list. */
function keptMembers(g: Grouping, list: readonly number[]): number[] {
  const members: number[] = [];
  for (const i of list) {
    const d = g.drafts[g.assigned[i]!];
    if (d && d.kept >= 0) members.push(d.kept);
  }
  return members;
}
