/**
 * The rule catalogue's shape (issue 12). Every stage declares its rules in its own `rules.ts` with `defineRules`;
 * `src/rules/index.ts` gathers them and validates the whole catalogue once (ids unique across stages, no word in
 * two conflicting classes, every id used in code declared).
 *
 * A rule is data (words, forms, patterns) and/or a small named function; its examples are tests
 * (tests/rules/examples.test.ts): each example must fire the rule, each counterexample must not.
 */
export type Stage =
  | 'ingest'
  | 'segment'
  | 'events'
  | 'times'
  | 'persons'
  | 'competitions'
  | 'quotes'
  | 'link'
  | 'normalise';

export interface RuleExample {
  /** A sentence or short article (a blank line separates paragraphs; a first line ending without a full stop is the headline). */
  text: string;
  /** The text the rule marks, when it marks a span (must occur in `text`). */
  span?: string;
  /** The value it reads, when it reads one (a time's seconds, an event's name, a speaker's name …), as a string. */
  value?: string;
}

export interface RuleSpec {
  /** Unique across stages: `<kind>/<name>`, the id written to debug output and the decision log. */
  id: string;
  stage: Stage;
  /** One sentence: what the rule does and why. */
  reason: string;
  examples?: readonly RuleExample[];
  counterexamples?: readonly RuleExample[];
  /** Words or forms the rule matches, when it is data; checked for conflicts across classes. */
  words?: readonly string[];
  /**
   * The rule drops candidates rather than producing them ("time/not-margin"): it fires as a `reject` decision in
   * the log, and an example's span is then missing from the stage's output (a counterexample's span is kept).
   */
  drops?: boolean;
}

/** Declares a stage's rules, keyed by a short local name: `RULES.subject.id`. */
export function defineRules<K extends string>(stage: Stage, rules: Record<K, Omit<RuleSpec, 'stage'>>): Record<K, RuleSpec> {
  const out = {} as Record<K, RuleSpec>;
  for (const k of Object.keys(rules) as K[]) out[k] = { ...rules[k], stage };
  return out;
}
