/** Command-line arguments: node:util parseArgs, then checks that make bad usage exit 2 with a clear message. */
import { parseArgs } from 'node:util';
import { parseFormatList } from '../write/formats.js';
import type { OutputFormat } from '../write/formats.js';

export class UsageError extends Error {
  override name = 'UsageError';
}

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'schema' }
  | { kind: 'diff'; old: string; new: string; json: boolean }
  | { kind: 'report'; dir: string }
  | {
      kind: 'extract';
      inputs: string[];
      out: string;
      config: string | null;
      concurrency: number | null;
      includeText: boolean;
      format: OutputFormat[] | null;
      cacheDir: string | null;
      noCache: boolean;
      quiet: boolean;
      report: boolean;
      allowEmpty: boolean;
      maxShrink: number | null;
    };

const OPTIONS = {
  out: { type: 'string', short: 'o' },
  config: { type: 'string', short: 'c' },
  concurrency: { type: 'string', short: 'j' },
  'include-text': { type: 'boolean' },
  format: { type: 'string' },
  json: { type: 'boolean' },
  'cache-dir': { type: 'string' },
  'no-cache': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  report: { type: 'boolean' },
  'allow-empty': { type: 'boolean' },
  'max-shrink': { type: 'string' },
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
  if (cmd === undefined) throw new UsageError('missing command (extract, diff, report or schema)');
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
  if (cmd !== 'extract') throw new UsageError(`unknown command "${cmd}" (expected extract, diff, report or schema)`);
  if (!rest.length) throw new UsageError('extract needs at least one file or folder');
  if (!v.out) throw new UsageError('extract needs --out <dir>');
  if (v.json) throw new UsageError('--json belongs to diff; extract takes --format');
  let concurrency: number | null = null;
  if (v.concurrency !== undefined) {
    if (!/^[0-9]{1,3}$/.test(v.concurrency) || Number(v.concurrency) < 1 || Number(v.concurrency) > 256)
      throw new UsageError(`--concurrency must be a whole number from 1 to 256 (got "${v.concurrency}")`);
    concurrency = Number(v.concurrency);
  }
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
    format: formats,
    cacheDir: v['cache-dir'] ?? null,
    noCache: !!v['no-cache'],
    quiet: !!v.quiet,
    report: !!v.report,
    allowEmpty: !!v['allow-empty'],
    maxShrink,
  };
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
  trackfacts schema          print the JSON Schema of facts.json
  trackfacts --help | --version

Extract options:
  -o, --out <dir>          output folder: facts.json (or the --format files), changes.json, run-report.json
  -o, --out <dir>          output folder: facts.json (or <kind>.ndjson), run-report.json, manifest.json
  -c, --config <file>      pipeline config (default: ./pipeline.config.json when present)
  -j, --concurrency <n>    worker threads (default: runner.concurrency, else one per core)
      --include-text       put each article's body text into articles[].text
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

Exit codes: 0 all articles processed; 1 some articles failed (named on stderr and in
run-report.json), the rest written; 2 bad usage, bad config, output not writable or in use,
no article found, or the facts shrank past --max-shrink (the previous outputs are then kept).
`;
