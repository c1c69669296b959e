/**
 * One override semantic for every lexicon that `pipeline.config.json` extends (`lexicons.events`,
 * `competitions`, `persons`, `quotes`; issue 12): config entries merge into the built-in ones by id.
 *
 * - An entry whose id names a built-in entry adds to it: a list field (forms, words, names …) gains the
 *   items it lacks, an object field (editions, cities) gains the keys it lacks or takes their new values,
 *   and a single value (name, reason, role …) replaces the built-in one. A field such as `kind` that
 *   decides an entry's shape cannot change.
 * - An entry with a new id is a new entry: it must be complete, and is appended after the built-in ones.
 * - `"disabled": true` switches a built-in entry off (only `id`, `disabled` and `reason` are allowed then).
 *
 * An id configured twice, or `disabled` on an id no built-in entry has, is an error. Every error names its
 * key path (`lexicons.events[2].forms[0]: …`). Pure: the built-in entries and the overrides in, the merged
 * entries out; the config schema runs the same merge to report errors when the config is read.
 */
import { z } from 'zod';

/** The shape every config entry has before it is checked against its lexicon. */
export const LexiconOverrideSchema = z.looseObject({
  id: z.string().min(1),
  /** Switch the built-in entry with this id off. */
  disabled: z.boolean().optional(),
});
export type LexiconOverride = z.infer<typeof LexiconOverrideSchema>;

export type LexiconKey = 'events' | 'competitions' | 'persons' | 'quotes';

/** A lexicon that config entries extend: its entry schema and its built-in entries (as written in the model). */
export interface LexiconSpec<S extends z.ZodType<{ id: string }>> {
  readonly key: LexiconKey;
  readonly schema: S;
  readonly builtin: readonly unknown[];
  /** Fields an override may not change (the persons' and quotes' `kind`). */
  readonly fixed?: readonly string[];
}

/** A problem with one config entry; `path` starts at its index in the lexicon's list. */
export interface OverrideIssue {
  path: PropertyKey[];
  message: string;
}

type Entry = Record<string, unknown>;

const isRecord = (v: unknown): v is Entry => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The built-in entry with the override's fields added (lists, objects) or replaced (single values). */
export function mergeFields(base: Entry, fields: Entry): Entry {
  const out: Entry = { ...base };
  for (const [k, v] of Object.entries(fields)) {
    const b = base[k];
    if (Array.isArray(b) && Array.isArray(v)) out[k] = [...b, ...v.filter((x) => !b.includes(x))];
    else if (isRecord(b) && isRecord(v)) out[k] = { ...b, ...v };
    else out[k] = v;
  }
  return out;
}

const issuesOf = (error: z.ZodError, at: number): OverrideIssue[] => error.issues.map((i) => ({ path: [at, ...i.path], message: i.message }));

const DISABLE_KEYS = new Set(['id', 'disabled', 'reason']);

function disableIssues(o: LexiconOverride, at: number, known: boolean): OverrideIssue[] {
  if (!known) return [{ path: [at, 'id'], message: `no built-in entry "${o.id}" to disable` }];
  const extra = Object.keys(o).filter((k) => !DISABLE_KEYS.has(k));
  return extra.length ? [{ path: [at], message: `a disabled entry takes only id, disabled and reason (not ${extra.join(', ')})` }] : [];
}

/** An override of the built-in entry `base`: its own fields checked in place of the built-in ones, then merged. */
function patch<S extends z.ZodType<{ id: string }>>(spec: LexiconSpec<S>, base: Entry, fields: Entry, at: number): z.output<S> | OverrideIssue[] {
  const fixed = (spec.fixed ?? []).filter((k) => k in fields && fields[k] !== base[k]);
  if (fixed.length) return fixed.map((k) => ({ path: [at, k], message: `"${String(base[k])}" is the ${k} of built-in entry "${String(base.id)}": an override cannot change it` }));
  const own = spec.schema.safeParse({ ...base, ...fields });
  if (!own.success) return issuesOf(own.error, at);
  const merged = spec.schema.safeParse(mergeFields(base, fields));
  return merged.success ? merged.data : issuesOf(merged.error, at);
}

/** The merged entries (built-in order, disabled ones left out, new ones after) and the problems found. */
export function mergeOverrides<S extends z.ZodType<{ id: string }>>(spec: LexiconSpec<S>, overrides: readonly LexiconOverride[]): { entries: z.output<S>[]; issues: OverrideIssue[] } {
  const builtin = spec.builtin.map((raw) => {
    const r = spec.schema.safeParse(raw);
    if (!r.success) throw new Error(`built-in ${spec.key} entry ${String((raw as Entry).id)}: ${z.prettifyError(r.error)}`);
    return r.data;
  });
  const index = new Map(builtin.map((e, i) => [e.id, i]));
  const merged: (z.output<S> | null)[] = [...builtin];
  const added: z.output<S>[] = [];
  const issues: OverrideIssue[] = [];
  const seen = new Map<string, number>();
  overrides.forEach((o, at) => {
    const first = seen.get(o.id);
    if (first !== undefined) return void issues.push({ path: [at, 'id'], message: `"${o.id}" is configured twice (also at [${first}]): one entry per id` });
    seen.set(o.id, at);
    const i = index.get(o.id);
    if (o.disabled) {
      const problems = disableIssues(o, at, i !== undefined);
      if (problems.length) issues.push(...problems);
      else merged[i!] = null;
      return;
    }
    const { disabled: _, ...fields } = o;
    const out = i === undefined ? spec.schema.safeParse(fields) : null;
    const r = out ? (out.success ? out.data : issuesOf(out.error, at)) : patch(spec, spec.builtin[i!] as Entry, fields, at);
    if (Array.isArray(r)) issues.push(...r);
    else if (i === undefined) added.push(r);
    else merged[i] = r;
  });
  return { entries: [...merged.filter((e): e is z.output<S> => e !== null), ...added], issues };
}

/** "lexicons.events[3].forms[0]" */
export function keyPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out || '(root)';
}

/** The merged entries of a lexicon; throws naming every bad key path (bad configuration). */
export function mergeLexicon<S extends z.ZodType<{ id: string }>>(spec: LexiconSpec<S>, overrides: readonly LexiconOverride[] = []): z.output<S>[] {
  const { entries, issues } = mergeOverrides(spec, overrides);
  if (issues.length) throw new Error(issues.map((i) => `${keyPath(['lexicons', spec.key, ...i.path])}: ${i.message}`).join('\n'));
  return entries;
}
