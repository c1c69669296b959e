/**
 * The rule catalogue's one loader (issue 12): every stage's `RULES`, gathered in stage order in one visible list,
 * validated once with zod (src/rules/validate.ts). The competition gazetteer's entries are derived from the
 * gazetteer itself (src/rules/gazetteer.ts).
 *
 * A stage adds its rules by exporting `RULES = defineRules('<stage>', {...})` from its `rules.ts` and being listed
 * here; nothing registers itself on import.
 */
import type { RuleSpec } from './catalogue.js';
import { validateCatalogue, type StageRules } from './validate.js';
import { WORD_CONFLICTS } from './conflicts.js';
import { gazetteerRules } from './gazetteer.js';
import { RULES as INGEST } from '../ingest/rules.js';
import { RULES as SEGMENT } from '../segment/rules.js';
import { RULES as TIMES } from '../extract/times/rules.js';
import { RULES as COMPETITIONS } from '../extract/competitions/rules.js';
import { SERIES } from '../extract/competitions/model/series.js';
import { RULES as LINK } from '../link/rules.js';
import { RULES as NORMALISE } from '../normalise/rules.js';
import { RULES as EVENTS } from '../extract/events/rules.js';
import { RULES as QUOTES } from '../extract/quotes/rules.js';
import { COUNTRY_RULE_SPECS, RULES as PERSONS } from '../extract/persons/rules.js';

export type { RuleExample, RuleSpec, Stage } from './catalogue.js';
export { CatalogueError, RULE_ID, validateCatalogue, type StageRules } from './validate.js';
export { WORD_CONFLICTS, type WordConflict } from './conflicts.js';

/** Every stage's declarations, in pipeline order. */
export function stageRules(): StageRules[] {
  return [
    { stage: 'ingest', file: 'src/ingest/rules.ts', rules: Object.values(INGEST) },
    { stage: 'segment', file: 'src/segment/rules.ts', rules: Object.values(SEGMENT) },
    { stage: 'events', file: 'src/extract/events/rules.ts', rules: Object.values(EVENTS) },
    { stage: 'times', file: 'src/extract/times/rules.ts', rules: Object.values(TIMES) },
    { stage: 'persons', file: 'src/extract/persons/rules.ts', rules: [...Object.values(PERSONS), ...Object.values(COUNTRY_RULE_SPECS)] },
    { stage: 'competitions', file: 'src/extract/competitions/rules.ts', rules: Object.values(COMPETITIONS) },
    { stage: 'competitions', file: 'src/extract/competitions/model/series.ts', rules: gazetteerRules(SERIES) },
    { stage: 'quotes', file: 'src/extract/quotes/rules.ts', rules: Object.values(QUOTES) },
    { stage: 'link', file: 'src/link/rules.ts', rules: Object.values(LINK) },
    { stage: 'normalise', file: 'src/normalise/rules.ts', rules: Object.values(NORMALISE) },
  ];
}

let loaded: readonly RuleSpec[] | null = null;

/** The whole catalogue, validated on first use (a violation throws a `CatalogueError` naming the ids). */
export function catalogue(): readonly RuleSpec[] {
  return (loaded ??= Object.freeze(validateCatalogue(stageRules(), WORD_CONFLICTS)));
}
