/** Command-line arguments: node:util parseArgs, then checks that make bad usage exit 2 with a clear message. */
import { parseArgs } from 'node:util';
import { parseFormatList } from '../write/formats.js';
import type { OutputFormat } from '../write/formats.js';
import { parseShard } from '../runner/shard.js';
import type { ShardSpec } from '../runner/shard.js';

export class UsageError extends Error {
  override name = 'UsageError';
}

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'schema' }
  | { kind: 'diff'; old: string; new: string; json: boolean }
  | { kind: 'report'; dir: string }
  | { kind: 'merge'; states: string[]; out: string; quiet: boolean }
  | { kind: 'worker'; redis: string; concurrency: number | null; quiet: boolean }
  | {
      kind: 'extract';
      inputs: string[];
      out: string;
      config: string | null;
      concurrency: number | null;
      includeText: boolean;
      explain: boolean;
      format: OutputFormat[] | null;
      cacheDir: string | null;
      noCache: boolean;
      quiet: boolean;
      report: boolean;
      allowEmpty: boolean;
      maxShrink: number | null;
      shard: ShardSpec | null;
      redis: string | null;
    };

const OPTIONS = {
  out: { type: 'string', short: 'o' },
  config: { type: 'string', short: 'c' },
  concurrency: { type: 'string', short: 'j' },
  'include-text': { type: 'boolean' },
  explain: { type: 'boolean' },
  format: { type: 'string' },
  json: { type: 'boolean' },
  'cache-dir': { type: 'string' },
  'no-cache': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  report: { type: 'boolean' },
  'allow-empty': { type: 'boolean' },
  'max-shrink': { type: 'string' },
  shard: { type: 'string' },
  redis: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

export function parseCommand(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message.replace(/\. To specify a positional argument.*$/s, ''));
  }
  const { values: v, positionals } = parsed;
  if (v.help) return { kind: 'help' };
  if (v.version) return { kind: 'version' };
  const [cmd, ...rest] = positionals;
  if (cmd === undefined) throw new UsageError('missing command (extract, diff, report, merge, worker or schema)');
  if (cmd === 'help') return { kind: 'help' };
  if (cmd === 'schema') {
    if (rest.length) throw new UsageError(`schema takes no arguments (got "${rest[0]}")`);
    return { kind: 'schema' };
  }
  if (cmd === 'diff') {
    if (rest.length !== 2) throw new UsageError('diff needs two datasets: OLD and NEW (each a folder or a facts.json)');
    return { kind: 'diff', old: rest[0]!, new: rest[1]!, json: !!v.json };
  }
  if (cmd === 'report') {
    if (rest.length !== 1) throw new UsageError('report needs exactly one output folder (of a run with --include-text)');
    return { kind: 'report', dir: rest[0]! };
  }
  if (cmd === 'merge') {
    if (!rest.length) throw new UsageError('merge needs at least one state folder (the --out folder of a sharded run, or its state/)');
    if (!v.out) throw new UsageError('merge needs --out <dir>');
    return { kind: 'merge', states: rest, out: v.out, quiet: !!v.quiet };
  }
  if (cmd === 'worker') {
    if (rest.length) throw new UsageError(`worker takes no files (got "${rest[0]}")`);
    if (!v.redis) throw new UsageError('worker needs --redis redis://HOST:PORT');
    if (v.config !== undefined) throw new UsageError('worker takes no --config: each job carries the config of the run that made it');
    return { kind: 'worker', redis: v.redis, concurrency: parseConcurrency(v.concurrency), quiet: !!v.quiet };
  }
  if (cmd !== 'extract') throw new UsageError(`unknown command "${cmd}" (expected extract, diff, report, merge, worker or schema)`);
  if (!rest.length) throw new UsageError('extract needs at least one file or folder');
  if (!v.out) throw new UsageError('extract needs --out <dir>');
  if (v.json) throw new UsageError('--json belongs to diff; extract takes --format');
  const concurrency = parseConcurrency(v.concurrency);
  const shard = v.shard === undefined ? null : parseShard(v.shard);
  if (v.shard !== undefined && !shard) throw new UsageError(`--shard must be i/n with 1 <= i <= n (got "${v.shard}")`);
  if (shard && v.redis !== undefined) throw new UsageError('--shard and --redis cannot be used together');
  const formats = v.format === undefined ? null : parseFormatList(v.format);
  if (formats && !Array.isArray(formats)) throw new UsageError(`--format: ${formats.error}`);
  const maxShrink = v['max-shrink'] === undefined ? null : parseShare(v['max-shrink']);
  if (v['no-cache'] && v['cache-dir'] !== undefined) throw new UsageError('--cache-dir and --no-cache cannot be used together');
  return {
    kind: 'extract',
    inputs: rest,
    out: v.out,
    config: v.config ?? null,
    concurrency,
    includeText: !!v['include-text'],
    explain: !!v.explain,
    format: formats,
    cacheDir: v['cache-dir'] ?? null,
    noCache: !!v['no-cache'],
    quiet: !!v.quiet,
    report: !!v.report,
    allowEmpty: !!v['allow-empty'],
    maxShrink,
    shard,
    redis: v.redis ?? null,
  };
}

function parseConcurrency(text: string | undefined): number | null {
  if (text === undefined) return null;
  if (!/^[0-9]{1,3}$/.test(text) || Number(text) < 1 || Number(text) > 256) throw new UsageError(`--concurrency must be a whole number from 1 to 256 (got "${text}")`);
  return Number(text);
}

/** "0.5" or "50%" → 0.5; a share from 0 to 1. */
function parseShare(s: string): number {
  const t = s.trim();
  const pct = t.endsWith('%');
  const digits = pct ? t.slice(0, -1) : t;
  const x = /^[0-9.]{1,12}$/.test(digits) ? Number(digits) / (pct ? 100 : 1) : NaN;
  if (!(x >= 0 && x <= 1)) throw new UsageError(`--max-shrink must be a share from 0 to 1 or a percentage (got "${s}")`);
  return x;
}

export const USAGE = `Usage:
  trackfacts extract <file-or-folder…> --out <dir> [options]
  trackfacts diff OLD NEW    what changed between two datasets (folders or facts.json files); --json: as changes.json
  trackfacts report <out-dir> the review report (<out-dir>/report/index.html) of a run written with --include-text
  trackfacts merge <state-dir…> --out <dir>   merge the states of sharded runs
  trackfacts worker --redis redis://HOST:PORT [-j n]   run queue workers (jobs carry their config)
  trackfacts schema          print the JSON Schema of facts.json
  trackfacts --help | --version

Extract options:
  -o, --out <dir>          output folder: facts.json (or the --format files), changes.json, run-report.json,
                           manifest.json
  -c, --config <file>      pipeline config (default: ./pipeline.config.json when present)
  -j, --concurrency <n>    worker threads (default: runner.concurrency, else one per core)
      --include-text       put each article's body text into articles[].text
      --explain            also write explain.jsonl (output.explain): per article, the rules behind each
                           fact and each dropped candidate with its rule, span and reason; facts unchanged
      --format <list>      comma-separated: json (default; one facts.json), ndjson (one file per kind),
                           csv and parquet (one table per kind plus mentions), e.g. json,csv,parquet
      --cache-dir <dir>    per-article cache (default: .cache/trackfacts next to the output folder)
      --no-cache           neither read nor write the cache
      --report             also write the review report, <out>/report/index.html (implies --include-text
                           and output.debug: the page needs the texts and shows the rules behind each fact)
  -q, --quiet              no progress on stderr
      --allow-empty        write an empty dataset when no article is found (else exit 2, outputs kept)
      --max-shrink <share> refuse (exit 2, outputs kept) when athletes + performances shrink by more
                           than this share of the previous run's (default: output.maxShrink, 0.5; 1 = never)
      --shard i/n          only share i of n of the files (stable hash of path and content);
                           also writes <out>/state/ for trackfacts merge
      --redis <url>        extract on queue workers (trackfacts worker) through Redis

Exit codes: 0 all articles processed; 1 some articles failed (named on stderr and in
run-report.json), the rest written; 2 bad usage, bad config, output not writable or in use,
no article found, or the facts shrank past --max-shrink (the previous outputs are then kept).
`;
