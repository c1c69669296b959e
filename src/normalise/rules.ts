/**
 * Normalise's rules in the catalogue (issue 12). Normalise turns linked mentions into keyed facts; what it leaves
 * out, and the mentions it folds into a fact the article gave already, it writes to the decision log under the
 * ids of `explain.ts`, whose reasons are read from there. It also reads `link/event-of-race-name`, declared by
 * link. A drop's span is the mention left out (a person's first mention, a performance's time).
 */
import { defineRules, type RuleExample, type RuleSpec } from '../rules/catalogue.js';
import type { DropRule } from '../rules/reject.js';
import { MERGED, NO_CONTRACT_EVENT, NOT_AN_ATHLETE, NOT_FULL_NAME, NOT_OWN_TEXT, PERFORMANCE_ATHLETE_DROPPED, PERFORMANCE_EVENT_DROPPED, PERFORMANCE_WITHOUT_ATHLETE } from './explain.js';

type Local = Omit<RuleSpec, 'stage'>;
const drop = (rule: DropRule, example: RuleExample, counter: RuleExample): Local => ({ id: rule.id, reason: rule.reason, drops: true, examples: [example], counterexamples: [counter] });

const SIMPLE: RuleExample = { text: 'Ines Varga won the 1500m in 3:59.10 on Saturday.', span: '3:59.10' };
const RELAY_4X200 = 'Ines Varga won the 4x200m relay with Tamsin Roe, Rhea Okafor and Mara Lind in 1:30.10.';

export const RULES = defineRules('normalise', {
  notOwnText: drop(
    NOT_OWN_TEXT,
    { text: 'Ines Varga won the 1500m in 3:59.10 on Saturday.\n\nALSO READ: Tamsin Roe wins the 800m in Leeds\n\nShe said the race went to plan.', span: '800m' },
    { text: 'Ines Varga won the 800m in 2:01.10 on Saturday.\n\nALSO READ: Tamsin Roe wins again in Leeds\n\nShe said the race went to plan.', span: '800m' },
  ),
  notFullName: drop(NOT_FULL_NAME, { text: 'Varga won the 1500m in 3:59.10 on Saturday.', span: 'Varga' }, { text: SIMPLE.text, span: 'Ines Varga' }),
  notAnAthlete: drop(NOT_AN_ATHLETE, { text: 'Coach Tamsin Roe said Ines Varga won the 1500m in 3:59.10.', span: 'Tamsin Roe' }, { text: 'Coach Tamsin Roe said Ines Varga won the 1500m in 3:59.10.', span: 'Ines Varga' }),
  noContractEvent: drop(NO_CONTRACT_EVENT, { text: RELAY_4X200, span: '4x200m relay' }, { text: SIMPLE.text, span: '1500m' }),
  withoutAthlete: drop(PERFORMANCE_WITHOUT_ATHLETE, { text: 'The 1500m was won in 3:59.10 on Saturday.', span: '3:59.10' }, SIMPLE),
  athleteDropped: drop(PERFORMANCE_ATHLETE_DROPPED, { text: 'Varga won the 1500m in 3:59.10 on Saturday.', span: '3:59.10' }, SIMPLE),
  eventDropped: drop(PERFORMANCE_EVENT_DROPPED, { text: RELAY_4X200, span: '1:30.10' }, SIMPLE),
  // logged as accepted: the fact keeps the mention
  merged: {
    id: MERGED.id,
    reason: MERGED.reason,
    examples: [{ text: 'Ines Varga won the 1500m in 3:59.10. Her 3:59.10 was a best in the 1500m.', span: '3:59.10' }],
    counterexamples: [SIMPLE],
  },
});
