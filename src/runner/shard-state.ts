/** The state a sharded run leaves beside its outputs (`<out>/state/`), for `trackfacts merge`. */
import { outputFormats } from '../write/formats.js';
import type { Config } from '../config/schema.js';
import type { Problem } from '../types.js';
import type { Ledger } from '../merge/ledger.js';
import type { FileRow, StateManifest } from '../merge/state-file.js';
import { writeStateDir } from './state-store.js';
import type { StateInfo } from './state-store.js';
import type { ShardSpec } from './shard.js';
import { inputsId } from './shard.js';

export interface ShardStateParts {
  version: string;
  fingerprint: string;
  config: Config;
  shard: ShardSpec | null;
  inputs: readonly string[];
  rows: FileRow[];
  walkProblems: readonly Problem[];
}

/** The output options a state records (and a base must match); `explain` only when set, so other states read as before. */
export function outputOptions(config: Config): StateManifest['output'] {
  const o = config.output;
  return { format: outputFormats(o.format).join(','), debug: o.debug, includeText: o.includeText, ...(o.explain ? { explain: true } : {}) };
}

const bySource = (a: FileRow, b: FileRow) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0);

export function stateInfo(p: ShardStateParts): StateInfo {
  return {
    tool: { name: 'trackfacts', version: p.version },
    fingerprint: p.fingerprint,
    output: outputOptions(p.config),
    shard: p.shard ? { index: p.shard.index, count: p.shard.count, inputs: inputsId(p.inputs, p.shard.count) } : null,
    files: [...p.rows].sort(bySource),
    walkProblems: [...p.walkProblems],
  };
}

export function writeShardState(dir: string, p: ShardStateParts, ledger: Ledger): Promise<StateManifest> {
  return writeStateDir(dir, stateInfo(p), ledger, { fsync: true });
}
