/**
 * A big JSON Lines export read line by line, each line an article of its own ("unit") in the same
 * batches as files: the size limit and time budget then apply per article, and memory stays that of a
 * few batches. The main thread plans each line cheaply (shape, JSON parse, the id that names it:
 * `path#id`, or `path#index` without an id or for an id seen before, as for a file read whole); a worker
 * ingests the unit with the same code as a whole file's lines (json.ts readObject), so a streamed file
 * gives the same articles and the same problems.
 */
import type { IngestResult, Problem } from '../types.js';
import { decodeBytes } from './decode.js';
import { field, isObj, MAX_LINE_PROBLEMS, parseJson, readObject } from './json.js';
import type { JsonFields } from './json.js';
import { problem } from './problems.js';
import { wellFormedArticles } from './well-formed.js';

/** One line of a streamed file, as sent to a worker beside its bytes. */
export interface JsonlUnit {
  /** The file's source (its path relative to the input folder). */
  file: string;
  /** "line 12": where problems point. */
  where: string;
  /** The article's index in the file (lines that are not blank, bad ones included). */
  index: number;
  /** The line's id was seen before in this file: the article is named by index (and a warning says so). */
  duplicateId: string | null;
}

/** Article sha256 of a unit until its file is read to the end (then the file's sha256 replaces it). */
export const PENDING_SHA = '0'.repeat(64);

const isBlank = (b: Uint8Array) => {
  for (let i = 0; i < b.length; i++) if (b[i] !== 0x20 && b[i] !== 0x09 && b[i] !== 0x0d) return false;
  return true;
};

/** The id readObject would name the article by, when the line holds an article at all. */
function articleId(o: Record<string, unknown>, fields: JsonFields): string | null {
  const t = field(o, fields.text);
  const text = t && (typeof t.value === 'string' ? t.value : Array.isArray(t.value) && t.value.every((x) => typeof x === 'string') ? t.value.join('') : null);
  if (!text || !/\S/.test(text)) return null;
  const f = field(o, fields.id);
  const id = typeof f?.value === 'string' ? f.value : typeof f?.value === 'number' && Number.isFinite(f.value) ? String(f.value) : null;
  return id?.trim().slice(0, 200) || null;
}

export interface JsonlPlanner {
  /** Plans one line (its bytes without the newline): a unit for a worker, a problem, or nothing (blank). */
  line(bytes: Uint8Array, lineNo: number): { unit: JsonlUnit } | { problem: Problem } | null;
  /** A line that was not read (too long): it still takes an index, as it would in the file read whole. */
  skip(): void;
  /** Problems once the file is read (the count of bad lines beyond those reported one by one). */
  finish(): Problem[];
}

export function createJsonlPlanner(file: string, fields: JsonFields): JsonlPlanner {
  const seen = new Set<string>();
  const text = new TextDecoder('utf-8');
  let index = 0;
  let bad = 0;
  return {
    line(bytes, lineNo) {
      if (isBlank(bytes)) return null;
      const where = `line ${lineNo}`;
      const i = index++;
      const s = text.decode(bytes).trim();
      const parsed = (s[0] === '{' && s[s.length - 1] === '}') || (s[0] === '[' && s[s.length - 1] === ']') ? parseJson(s) : { ok: false as const, reason: 'not a JSON object' };
      if (!parsed.ok) {
        bad++;
        return bad <= MAX_LINE_PROBLEMS ? { problem: problem(file, 'ingest/json-parse', 'warning', `${where}: invalid JSON (${parsed.reason}), skipped`) } : null;
      }
      let duplicateId: string | null = null;
      const id = isObj(parsed.value) ? articleId(parsed.value, fields) : null;
      if (id !== null) {
        if (seen.has(id)) duplicateId = id;
        else seen.add(id);
      }
      return { unit: { file, where, index: i, duplicateId } };
    },
    skip() {
      index++;
    },
    finish() {
      return bad > MAX_LINE_PROBLEMS ? [problem(file, 'ingest/json-parse', 'warning', `${bad - MAX_LINE_PROBLEMS} more invalid lines skipped`)] : [];
    },
  };
}

/** Ingests one planned line (in a worker). Never throws on bad input. */
export function ingestJsonlUnit(bytes: Uint8Array, unit: JsonlUnit, fields: JsonFields): IngestResult {
  const out: IngestResult = { articles: [], problems: [] };
  const decoded = decodeBytes(bytes, unit.file);
  for (const p of decoded.problems) out.problems.push({ ...p, severity: p.severity === 'fatal' ? 'warning' : p.severity, reason: `${unit.where}: ${p.reason}${p.severity === 'fatal' ? '; skipped' : ''}` });
  if (!decoded.ok) return out;
  const parsed = parseJson(decoded.value.text.trim());
  if (!parsed.ok) {
    out.problems.push(problem(unit.file, 'ingest/json-parse', 'warning', `${unit.where}: invalid JSON (${parsed.reason}), skipped`));
    return out;
  }
  readObject(parsed.value, unit.index, unit.where, { path: unit.file, sha256: PENDING_SHA, fields, seenIds: new Set(unit.duplicateId === null ? [] : [unit.duplicateId]), out });
  const unicode = wellFormedArticles(out.articles, unit.file);
  if (unicode) out.problems.push(unicode);
  return out;
}
