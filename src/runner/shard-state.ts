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

const bySource = (a: FileRow, b: FileRow) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0);

export function stateInfo(p: ShardStateParts): StateInfo {
  return {
    tool: { name: 'trackfacts', version: p.version },
    fingerprint: p.fingerprint,
    output: { format: outputFormats(p.config.output.format).join(','), debug: p.config.output.debug, includeText: p.config.output.includeText },
    shard: p.shard ? { index: p.shard.index, count: p.shard.count, inputs: inputsId(p.inputs, p.shard.count) } : null,
    files: [...p.rows].sort(bySource),
    walkProblems: [...p.walkProblems],
  };
}

export function writeShardState(dir: string, p: ShardStateParts, ledger: Ledger): Promise<StateManifest> {
  return writeStateDir(dir, stateInfo(p), ledger, { fsync: true });
}
