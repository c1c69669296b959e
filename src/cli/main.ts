#!/usr/bin/env node
/**
 * The trackfacts CLI: parse arguments, load the config once, call the library, print, set the exit code
 * (0 all processed, 1 some articles failed, 2 bad usage or config). Expected errors never print a stack.
 */
import { readFileSync } from 'node:fs';
import { parseCommand, UsageError, USAGE } from './args.js';
import type { Command } from './args.js';
import { availableParallelism } from 'node:os';
import { tuneV8ForBatches } from './v8-tuning.js';

// Ctrl-C or a kill during a run that writes outputs: exit through process.exit so that the output lock and the
// cache mark are removed (their 'exit' handlers); the outputs are either the previous set or the new one
// (src/io/output-set.ts). Not for the queue worker, which stops gracefully on its own signals.
const exitOnSignals = () => {
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) process.once(signal, () => process.exit(code));
};
// stderr closed early (`trackfacts … 2>&1 | head -1`): the run still finishes and publishes; messages are dropped
for (const stream of [process.stdout, process.stderr]) stream.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
});

type Extract = Extract_<Command>;
type Extract_<C> = C extends { kind: 'extract' } ? C : never;

const err = (s: string) => process.stderr.write(s.endsWith('\n') ? s : `${s}\n`);

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

async function runExtract(cmd: Extract): Promise<number> {
  const { loadConfigFile } = await import('../io/config-file.js');
  const { config: loaded } = await loadConfigFile(cmd.config);
  const config = {
    ...loaded,
    output: { ...loaded.output, ...(cmd.includeText || cmd.report ? { includeText: true } : {}), ...(cmd.report ? { debug: true } : {}), ...(cmd.explain ? { explain: true } : {}), ...(cmd.format ? { format: cmd.format } : {}) },
  };
  const { runBatch, formatProblem } = await import('../runner/index.js');
  const { formatChangeTotals } = await import('./diff.js');
  tuneV8ForBatches();
  const cores = availableParallelism();
  const threads = cmd.concurrency ?? config.runner.concurrency;
  if (threads !== null && threads > cores && !cmd.quiet)
    err(`trackfacts: warning: ${threads} worker threads on ${cores} cores: each thread beyond the cores only adds memory and switching (try -j ${cores})`);
  const queue = cmd.redis ? await (await import('./queue-commands.js')).queueRunOptions(cmd.redis, cmd.concurrency) : {};
  const report = await runBatch(cmd.inputs, {
    ...queue,
    config,
    out: cmd.out,
    concurrency: cmd.concurrency,
    cacheDir: cmd.noCache ? null : (cmd.cacheDir ?? undefined),
    progress: cmd.quiet ? null : process.stderr,
    allowEmpty: cmd.allowEmpty,
    ...(cmd.maxShrink !== null ? { maxShrink: cmd.maxShrink } : {}),
    version: version(),
    shard: cmd.shard,
    onProblem: (p) => {
      if (p.severity === 'fatal') err(formatProblem(p));
      else if (p.severity === 'warning' && !cmd.quiet) err(formatProblem(p).replace(/^trackfacts: /, 'trackfacts: warning: '));
    },
  });
  if (!cmd.quiet) {
    const c = report.counts;
    err(
      `trackfacts: wrote ${report.output.files.join(', ')} to ${cmd.out}: ${c.articles} articles, ${c.athletes} athletes, ${c.events} events, ` +
        `${c.competitions} competitions, ${c.performances} performances, ${c.quotes} quotes; ` +
        `${report.problemCounts.fatal} failed; ${(report.elapsedMs / 1000).toFixed(1)}s` +
        (report.cache.enabled ? `; cache ${report.cache.hits} hits, ${report.cache.misses} misses` : '') +
        `; ${formatChangeTotals(report.changes)}`,
    );
  }
  if (cmd.report) await runReport(cmd.out, cmd.quiet);
  return report.problemCounts.fatal > 0 ? 1 : 0;
}

/** The review report of a run's output folder (src/report). */
async function runReport(dir: string, quiet = false): Promise<number> {
  const { writeReportFromDir } = await import('../report/index.js');
  const r = await writeReportFromDir(dir);
  if (!quiet) err(`trackfacts: wrote ${r.index} (${r.files} files, ${(r.bytes / 1024).toFixed(0)} KB)`);
  return 0;
}

async function main(argv: string[]): Promise<number> {
  let cmd: Command;
  try {
    cmd = parseCommand(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      err(`trackfacts: ${e.message}\nRun "trackfacts --help" for usage.`);
      return 2;
    }
    throw e;
  }
  switch (cmd.kind) {
    case 'help':
      process.stdout.write(USAGE);
      return 0;
    case 'version':
      process.stdout.write(`${version()}\n`);
      return 0;
    case 'schema': {
      const { factsJsonSchema } = await import('../schema/facts.js');
      process.stdout.write(`${JSON.stringify(factsJsonSchema(), null, 2)}\n`);
      return 0;
    }
    case 'extract':
      exitOnSignals();
      return runExtract(cmd);
    case 'diff':
      return (await import('./diff.js')).runDiff(cmd, (s) => process.stdout.write(s), err);
    case 'report':
      return runReport(cmd.dir);
    case 'merge':
      exitOnSignals();
      return (await import('./merge-command.js')).runMerge(cmd, version());
    case 'worker':
      return (await import('./queue-commands.js')).runWorker(cmd, version());
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    const name = (e as Error)?.name;
    if (name === 'ReportInputError') {
      err(`trackfacts: cannot write the report: ${(e as Error).message}`);
    } else if (name === 'RunError' || name === 'MergeError' || name === 'QueueError') {
      err(`trackfacts: ${(e as Error).message}`);
    } else if (name === 'ConfigFileError' || name === 'ConfigError') {
      err(`trackfacts: bad config: ${(e as Error).message}`);
    } else if ((e as NodeJS.ErrnoException)?.code && (e as NodeJS.ErrnoException).syscall) {
      const x = e as NodeJS.ErrnoException;
      err(`trackfacts: cannot ${x.syscall}${x.path ? ` ${x.path}` : ''}: ${x.code}`);
    } else {
      err(`trackfacts: internal error: ${(e as Error)?.stack ?? String(e)}`);
    }
    process.exitCode = 2;
  },
);
