/**
 * The working state of one article's grouping (candidates → persons), shared by its steps: accept.ts (full
 * names), resolve.ts (surnames, given names, the rest), group.ts (mentions and persons).
 */
import type { Doc, PersonMention } from '../../types.js';
import type { PersonLexicon } from './lexicon.js';
import type { Candidate } from './candidates.js';
import type { Evidence } from './context.js';
import type { Gender } from './model/name-data.js';
import { isOwnText } from '../../segment/own-text.js';

export interface Draft {
  name: string;
  full: boolean;
  rule: string;
  mentions: PersonMention[];
  evidence: Evidence[];
  surfaces: string[];
  gender: Gender | null;
  first: number;
  tokens: string[];
  /** Index among the persons kept, or -1. */
  kept: number;
  /** A nickname written in quotation marks inside the name (folded), or null. */
  nick: string | null;
}

export interface Grouping {
  doc: Doc;
  lex: PersonLexicon;
  cands: readonly Candidate[];
  evs: readonly Evidence[];
  drafts: Draft[];
  /** Full-name key → draft. */
  byKey: Map<string, number>;
  /** Draft of each candidate, or -1. */
  assigned: Int32Array;
  ruleOf: string[];
  /** Why each candidate not assigned was dropped (a rule id), filled only when the decision log is on. */
  dropped: string[];
  names: string[];
  keys: string[];
  /** Token keys in given-name-then-surname order, where the text wrote the surname first in capitals; else null. */
  orders: (string[] | null)[];
}

export const inBody = (doc: Doc, c: Candidate) => isOwnText(doc.blocks[c.block]);

export function tokenKeys(c: Candidate, order: string[] | null = null): string[] {
  if (order) return order;
  const toks: string[] = [];
  for (const t of c.tokens) toks.push(t.key);
  return toks;
}

export function newDraft(name: string, full: boolean, rule: string, gender: Gender | null, first: number, tokens: string[]): Draft {
  return { name, full, rule, mentions: [], evidence: [], surfaces: [], gender, first, tokens, kept: -1, nick: null };
}

/** Candidate `i` goes to draft `d` by `rule`. */
export function assign(g: Grouping, i: number, d: number, rule: string): void {
  g.assigned[i] = d;
  g.ruleOf[i] = rule;
}

/** Candidate `i` was dropped by `rule` (kept only for the decision log). */
export function drop(g: Grouping, i: number, rule: string): void {
  if (g.doc.log.enabled) g.dropped[i] = rule;
}
