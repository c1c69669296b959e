/**
 * Reading a facts dataset back: a facts.json file, or an output folder (its facts.json, else its NDJSON
 * files, one per kind). Used to compare a run with the previous one (changes.json) and by
 * `trackfacts diff`. The check is of the shape that the comparison relies on (a schemaVersion, every kind a
 * list of records with a string id), not the whole contract: a diff must also work across versions.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { FactsFile } from '../schema/facts.js';
import { FACT_KINDS, SCHEMA_VERSION } from '../schema/facts.js';

export const FACTS_JSON = 'facts.json';
export const RUN_REPORT_JSON = 'run-report.json';

export class FactsReadError extends Error {
  override name = 'FactsReadError';
}

function checkFacts(value: unknown, file: string): FactsFile {
  const o = value as Record<string, unknown> | null;
  if (!o || typeof o !== 'object' || Array.isArray(o)) throw new FactsReadError(`${file}: not a facts file (expected an object)`);
  if (typeof o.schemaVersion !== 'number') throw new FactsReadError(`${file}: not a facts file (no schemaVersion)`);
  for (const kind of FACT_KINDS) {
    const list = o[kind];
    if (!Array.isArray(list)) throw new FactsReadError(`${file}: "${kind}" is not a list`);
    const bad = list.findIndex((r) => !r || typeof r !== 'object' || typeof (r as { id?: unknown }).id !== 'string');
    if (bad >= 0) throw new FactsReadError(`${file}: ${kind}[${bad}] has no string id`);
  }
  return o as unknown as FactsFile;
}

const readText = (file: string) => {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    throw new FactsReadError(`${file}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
};

function parseJson(text: string, file: string, line?: number): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new FactsReadError(`${file}${line ? `:${line}` : ''}: not JSON (${(err as Error).message})`);
  }
}

function readNdjsonSet(dir: string): FactsFile {
  const out: Record<string, unknown> = { schemaVersion: SCHEMA_VERSION };
  for (const kind of FACT_KINDS) {
    const file = path.join(dir, `${kind}.ndjson`);
    out[kind] = readText(file)
      .split('\n')
      .map((line, i) => (line.trim() ? parseJson(line, file, i + 1) : null))
      .filter((r) => r !== null);
  }
  return checkFacts(out, dir);
}

/** Whether `dir` holds a dataset (facts.json or the NDJSON set). */
export function hasFacts(dir: string): boolean {
  return existsSync(path.join(dir, FACTS_JSON)) || existsSync(path.join(dir, `${FACT_KINDS[0]}.ndjson`));
}

/** The facts at `target`: a facts.json file, or a folder holding facts.json or the NDJSON files. */
export function readFactsAt(target: string): FactsFile {
  let isDir: boolean;
  try {
    isDir = statSync(target).isDirectory();
  } catch {
    throw new FactsReadError(`${target}: no such file or folder`);
  }
  if (!isDir) return checkFacts(parseJson(readText(target), target), target);
  const json = path.join(target, FACTS_JSON);
  if (existsSync(json)) return checkFacts(parseJson(readText(json), json), json);
  if (existsSync(path.join(target, `${FACT_KINDS[0]}.ndjson`))) return readNdjsonSet(target);
  throw new FactsReadError(`${target}: holds neither ${FACTS_JSON} nor ${FACT_KINDS[0]}.ndjson`);
}

/** The input digest recorded in a folder's run-report.json, or null. */
export function readInputDigest(dir: string): string | null {
  try {
    const report = JSON.parse(readFileSync(path.join(dir, RUN_REPORT_JSON), 'utf8')) as { inputDigest?: unknown };
    return typeof report.inputDigest === 'string' ? report.inputDigest : null;
  } catch {
    return null;
  }
}
