/**
 * Validates the whole rule catalogue once (issue 12): each rule's shape with zod, then the checks across rules —
 * ids unique across stages, each rule's stage the one of the file that declares it, every example's span in its
 * text, no word in two classes that must not share one. A violation is a programming error: one Error lists
 * every problem, each naming the rule ids involved.
 */
import { z } from 'zod';
import type { RuleSpec, Stage } from './catalogue.js';
import type { WordConflict } from './conflicts.js';

/** One stage's declarations, as one `rules.ts` (or the gazetteer) gives them. */
export interface StageRules {
  stage: Stage;
  /** Where the rules are declared, for messages: `src/link/rules.ts`. */
  file: string;
  rules: readonly RuleSpec[];
}

const STAGES = ['ingest', 'segment', 'events', 'times', 'persons', 'competitions', 'quotes', 'link', 'normalise'] as const;
/** `<kind>/<name>` in lower case, as in time/m-ss-cc, plausible/4x100m, athlete-verb/race (one quantifier deep: safe-regex2). */
export const RULE_ID = /^[a-z][a-z-]*\/[a-z0-9][a-z0-9.-]*$/;

const ExampleSchema = z.strictObject({ text: z.string().min(1), span: z.string().min(1).optional(), value: z.string().min(1).optional() });
export const RuleSpecSchema = z.strictObject({
  id: z.string().regex(RULE_ID, 'a rule id is <kind>/<name> in lower case'),
  stage: z.enum(STAGES),
  reason: z.string().min(10).refine((r) => !r.includes('\n'), 'a reason is one sentence on one line'),
  examples: z.array(ExampleSchema).optional(),
  counterexamples: z.array(ExampleSchema).optional(),
  words: z.array(z.string().min(1)).min(1).optional(),
  drops: z.boolean().optional(),
});

export class CatalogueError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`invalid rule catalogue (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n  ${problems.join('\n  ')}`);
    this.name = 'CatalogueError';
  }
}

function shapeProblems(s: StageRules): string[] {
  const out: string[] = [];
  for (const r of s.rules) {
    const parsed = RuleSpecSchema.safeParse(r);
    const id = typeof r?.id === 'string' ? r.id : '(no id)';
    if (!parsed.success) for (const i of parsed.error.issues) out.push(`${id} (${s.file}): ${i.path.join('.') || 'rule'}: ${i.message}`);
    if (r?.stage !== s.stage) out.push(`${id} (${s.file}): stage "${r?.stage}" in a file of stage "${s.stage}"`);
    const all = [...(r?.examples ?? []), ...(r?.counterexamples ?? [])];
    for (const e of all) if (e.span !== undefined && !e.text.includes(e.span)) out.push(`${id} (${s.file}): span "${e.span}" does not occur in its example "${e.text}"`);
  }
  return out;
}

function duplicateProblems(stages: readonly StageRules[]): string[] {
  const seen = new Map<string, string>();
  const out: string[] = [];
  for (const s of stages) for (const r of s.rules) {
    const before = seen.get(r.id);
    if (before !== undefined) out.push(`${r.id}: declared twice (${before} and ${s.file})`);
    else seen.set(r.id, s.file);
  }
  return out;
}

function conflictProblems(byId: ReadonlyMap<string, RuleSpec>, conflicts: readonly WordConflict[]): string[] {
  const out: string[] = [];
  for (const c of conflicts) {
    const a = byId.get(c.a);
    const b = byId.get(c.b);
    if (!a || !b) {
      out.push(`word classes ${c.a} / ${c.b}: ${!a ? c.a : c.b} is not a declared rule`);
      continue;
    }
    const wordsA = new Set((a.words ?? []).map((w) => w.toLowerCase()));
    const allowed = new Set((c.allowed ?? []).map((w) => w.toLowerCase()));
    const shared = [...new Set((b.words ?? []).map((w) => w.toLowerCase()))].filter((w) => wordsA.has(w) && !allowed.has(w));
    if (shared.length) out.push(`${c.a} and ${c.b} share ${shared.map((w) => `"${w}"`).join(', ')}: ${c.reason}`);
  }
  return out;
}

/** Every rule of the catalogue, in stage order; throws a `CatalogueError` naming the ids on any violation. */
export function validateCatalogue(stages: readonly StageRules[], conflicts: readonly WordConflict[]): RuleSpec[] {
  const rules = stages.flatMap((s) => s.rules);
  const byId = new Map(rules.map((r) => [r.id, r] as const));
  const problems = [...stages.flatMap(shapeProblems), ...duplicateProblems(stages), ...conflictProblems(byId, conflicts)];
  if (problems.length) throw new CatalogueError(problems);
  return rules;
}
