/** `trackfacts merge <state-dir…> --out <dir>`: thin; the work is src/runner/merge-states.ts. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Command } from './args.js';

type Merge = Extract<Command, { kind: 'merge' }>;
const err = (s: string) => process.stderr.write(`${s}\n`);

export async function runMerge(cmd: Merge, version: string): Promise<number> {
  const { mergeStateDirs } = await import('../runner/merge-states.js');
  const { formatProblem } = await import('../runner/report.js');
  // a shard's --out folder or its state/ folder
  const dirs = cmd.states.map((d) => (existsSync(path.join(d, 'state', 'manifest.json')) ? path.join(d, 'state') : d));
  const report = await mergeStateDirs(dirs, {
    out: cmd.out,
    version,
    onProblem: (p) => {
      if (p.severity === 'fatal') err(formatProblem(p));
    },
  });
  if (!cmd.quiet) {
    const c = report.counts;
    err(`trackfacts: merged ${dirs.length} states into ${cmd.out}: ${c.articles} articles, ${c.athletes} athletes, ${c.events} events, ${c.competitions} competitions, ${c.performances} performances, ${c.quotes} quotes; ${report.problemCounts.fatal} failed; ${(report.elapsedMs / 1000).toFixed(1)}s`);
  }
  return report.problemCounts.fatal > 0 ? 1 : 0;
}
