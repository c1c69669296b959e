/**
 * The publish guard: a run's facts replace the previous ones only when they look like a dataset. A run that
 * read no article is refused (unless `allowEmpty`); so is one whose facts shrank by more than `maxShrink`
 * against the set in the output folder. The size compared is athletes + performances (the facts a
 * downstream user counts on; articles, events and competitions follow the input's size rather than its
 * yield). The previous size comes from the previous set's manifest, else its run-report.json.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { FactKind } from '../schema/facts.js';
import { readManifest } from '../io/output-set.js';

export const GUARD_METRIC = 'athletes+performances';

export interface GuardResult {
  metric: typeof GUARD_METRIC;
  /** The previous set's size (null: no previous set, nothing to compare). */
  previous: number | null;
  current: number;
  /** Share lost against the previous set (0 when it grew), null without a previous set. */
  shrink: number | null;
  maxShrink: number;
  allowEmpty: boolean;
  verdict: 'ok' | 'no-articles' | 'shrink';
}

type Counts = Partial<Record<FactKind, number>>;
export const guardSize = (c: Counts) => (c.athletes ?? 0) + (c.performances ?? 0);

function countsOf(v: unknown): Counts | null {
  const c = (v as { counts?: unknown } | null)?.counts;
  return c && typeof c === 'object' && typeof (c as Counts).athletes === 'number' ? (c as Counts) : null;
}

/** The size of the set now in `out`, or null when there is none. */
export async function previousSize(out: string, reportFile: string): Promise<number | null> {
  const fromManifest = countsOf((await readManifest(out))?.meta ?? null);
  if (fromManifest) return guardSize(fromManifest);
  try {
    const fromReport = countsOf(JSON.parse(await readFile(path.join(out, reportFile), 'utf8')));
    return fromReport ? guardSize(fromReport) : null;
  } catch {
    return null;
  }
}

export function checkGuard(previous: number | null, counts: Counts, articles: number, o: { maxShrink: number; allowEmpty: boolean }): GuardResult {
  const current = guardSize(counts);
  const shrink = previous === null ? null : previous === 0 ? 0 : Math.max(0, Math.round(((previous - current) / previous) * 1e4) / 1e4);
  let verdict: GuardResult['verdict'] = 'ok';
  if (articles === 0) verdict = o.allowEmpty ? 'ok' : 'no-articles';
  else if (shrink !== null && shrink > o.maxShrink) verdict = 'shrink';
  return { metric: GUARD_METRIC, previous, current, shrink, maxShrink: o.maxShrink, allowEmpty: o.allowEmpty, verdict };
}

/** The message for a refused run. */
export function guardMessage(g: GuardResult, out: string): string {
  if (g.verdict === 'no-articles') return `no article found in the inputs: ${out} left as it was (use --allow-empty to write an empty dataset)`;
  const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
  return `the facts would shrink by ${pct(g.shrink ?? 0)} (${g.metric}: ${g.previous} → ${g.current}), more than --max-shrink ${pct(g.maxShrink)}: ${out} left as it was (raise --max-shrink, up to 1, to accept)`;
}
