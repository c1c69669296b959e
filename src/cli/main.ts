#!/usr/bin/env node
/**
 * The trackfacts CLI: parse arguments, load the config once, call the library, print, set the exit code
 * (0 all processed, 1 some articles failed, 2 bad usage or config). Expected errors never print a stack.
 */
import { readFileSync } from 'node:fs';
import { parseCommand, UsageError, USAGE } from './args.js';
import type { Command } from './args.js';
import { tuneV8ForBatches } from './v8-tuning.js';

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
    output: { ...loaded.output, ...(cmd.includeText ? { includeText: true } : {}), ...(cmd.format ? { format: cmd.format } : {}) },
  };
  const { runBatch, formatProblem } = await import('../runner/index.js');
  tuneV8ForBatches();
  const queue = cmd.redis ? await (await import('./queue-commands.js')).queueRunOptions(cmd.redis, cmd.concurrency) : {};
  const report = await runBatch(cmd.inputs, {
    ...queue,
    config,
    out: cmd.out,
    concurrency: cmd.concurrency,
    cacheDir: cmd.noCache ? null : (cmd.cacheDir ?? undefined),
    progress: cmd.quiet ? null : process.stderr,
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
        (report.cache.enabled ? `; cache ${report.cache.hits} hits, ${report.cache.misses} misses` : ''),
    );
  }
  return report.problemCounts.fatal > 0 ? 1 : 0;
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
      return runExtract(cmd);
    case 'merge':
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
    if (name === 'MergeError' || name === 'QueueError') {
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
