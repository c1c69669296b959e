/** Command-line arguments: node:util parseArgs, then checks that make bad usage exit 2 with a clear message. */
import { parseArgs } from 'node:util';

export class UsageError extends Error {
  override name = 'UsageError';
}

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'schema' }
  | {
      kind: 'extract';
      inputs: string[];
      out: string;
      config: string | null;
      concurrency: number | null;
      includeText: boolean;
      format: 'json' | 'ndjson' | null;
      cacheDir: string | null;
      noCache: boolean;
      quiet: boolean;
      allowEmpty: boolean;
      maxShrink: number | null;
    };

const OPTIONS = {
  out: { type: 'string', short: 'o' },
  config: { type: 'string', short: 'c' },
  concurrency: { type: 'string', short: 'j' },
  'include-text': { type: 'boolean' },
  format: { type: 'string' },
  'cache-dir': { type: 'string' },
  'no-cache': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
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
  if (cmd === undefined) throw new UsageError('missing command (extract or schema)');
  if (cmd === 'help') return { kind: 'help' };
  if (cmd === 'schema') {
    if (rest.length) throw new UsageError(`schema takes no arguments (got "${rest[0]}")`);
    return { kind: 'schema' };
  }
  if (cmd !== 'extract') throw new UsageError(`unknown command "${cmd}" (expected extract or schema)`);
  if (!rest.length) throw new UsageError('extract needs at least one file or folder');
  if (!v.out) throw new UsageError('extract needs --out <dir>');
  let concurrency: number | null = null;
  if (v.concurrency !== undefined) {
    if (!/^[0-9]{1,3}$/.test(v.concurrency) || Number(v.concurrency) < 1 || Number(v.concurrency) > 256)
      throw new UsageError(`--concurrency must be a whole number from 1 to 256 (got "${v.concurrency}")`);
    concurrency = Number(v.concurrency);
  }
  if (v.format !== undefined && v.format !== 'json' && v.format !== 'ndjson') throw new UsageError(`--format must be json or ndjson (got "${v.format}")`);
  const maxShrink = v['max-shrink'] === undefined ? null : parseShare(v['max-shrink']);
  if (v['no-cache'] && v['cache-dir'] !== undefined) throw new UsageError('--cache-dir and --no-cache cannot be used together');
  return {
    kind: 'extract',
    inputs: rest,
    out: v.out,
    config: v.config ?? null,
    concurrency,
    includeText: !!v['include-text'],
    format: (v.format as 'json' | 'ndjson' | undefined) ?? null,
    cacheDir: v['cache-dir'] ?? null,
    noCache: !!v['no-cache'],
    quiet: !!v.quiet,
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
  trackfacts schema          print the JSON Schema of facts.json
  trackfacts --help | --version

Extract options:
  -o, --out <dir>          output folder: facts.json (or <kind>.ndjson), run-report.json, manifest.json
  -c, --config <file>      pipeline config (default: ./pipeline.config.json when present)
  -j, --concurrency <n>    worker threads (default: runner.concurrency, else one per core)
      --include-text       put each article's body text into articles[].text
      --format json|ndjson json: one facts.json; ndjson: one file per kind, one record per line
      --cache-dir <dir>    per-article cache (default: .cache/trackfacts next to the output folder)
      --no-cache           neither read nor write the cache
  -q, --quiet              no progress on stderr
      --allow-empty        write an empty dataset when no article is found (else exit 2, outputs kept)
      --max-shrink <share> refuse (exit 2, outputs kept) when athletes + performances shrink by more
                           than this share of the previous run's (default: output.maxShrink, 0.5; 1 = never)

Exit codes: 0 all articles processed; 1 some articles failed (named on stderr and in
run-report.json), the rest written; 2 bad usage, bad config, output not writable or in use,
no article found, or the facts shrank past --max-shrink (the previous outputs are then kept).
`;
