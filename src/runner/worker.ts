/**
 * Worker thread entry (piscina): builds the pipeline once from the config in `workerData`, then extracts
 * a batch of files per task. Loaded from the compiled dist/ JS.
 */
import { workerData } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { parseConfig } from '../config/schema.js';
import { createPipeline } from '../pipeline.js';
import { extractFile } from './extract-file.js';
import { encodeEntryText } from './cache.js';
import type { EncodedResult, ExtractTask } from './task.js';

const config = parseConfig((workerData as { config: unknown }).config);
const now = () => performance.now();
const pipeline = createPipeline(config, { now });

export default function runTask(task: ExtractTask): EncodedResult[] {
  const started = new Float64Array(task.clock);
  return task.files.map((file) => {
    started[task.slot] = Date.now(); // each file's budget starts here
    return { entry: encodeEntryText(extractFile(pipeline, config, file, now)) };
  });
}
