/**
 * The competition gazetteer's entries are data rules: their `RuleSpec`s are derived here from the gazetteer
 * itself (id, a reason from the entry, examples from its forms), never copied by hand. A new entry in
 * `src/extract/competitions/model/series.ts` is declared, and its forms become examples, by being there.
 */
import type { RuleExample, RuleSpec } from './catalogue.js';
import type { CompetitionRuleInput } from '../extract/competitions/schema.js';

/** A form as a text would write it: each lower-case token capitalised ("millrose games" → "Millrose Games"). */
export const writtenForm = (form: string) => form.replace(/(^|[\s-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());

/** The sentence each form is tried in. */
export const formSentence = (written: string) => `She raced at the ${written} on Saturday.`;

function examplesOf(entry: CompetitionRuleInput): RuleExample[] {
  return entry.forms.map((f) => {
    const span = writtenForm(f);
    return entry.ignore ? { text: formSentence(span), span } : { text: formSentence(span), span, value: entry.name };
  });
}

function reasonOf(entry: CompetitionRuleInput): string {
  if (entry.ignore) return `a gazetteer shield, matched and never output: ${entry.reason}`;
  return `a gazetteer entry naming the ${entry.name} by its forms (${entry.reason.replace(/\.$/, '')})`;
}

/** One rule per gazetteer entry; a shield (`ignore`) drops what its forms cover. */
export function gazetteerRules(series: readonly CompetitionRuleInput[]): RuleSpec[] {
  return series.map((e) => ({
    id: e.id,
    stage: 'competitions',
    reason: reasonOf(e),
    examples: examplesOf(e),
    ...(e.ignore ? { drops: true } : {}),
  }));
}
