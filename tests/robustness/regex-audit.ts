/**
 * Regex audit helpers: collect the regular expressions of the pipeline (literals and `new RegExp("…")`
 * in src/ by parsing the TypeScript; RegExp values in the exported rule tables and lexicons at run time),
 * build 1 MB adversarial strings from the characters a pattern uses, and time a regex over them in a
 * worker thread that can be stopped when a pattern backtracks without end.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import ts from 'typescript';

export interface FoundRegex {
  source: string;
  flags: string;
  /** "src/x/y.ts:12" for literals, "export src/x/y.ts FOO.bar" for run-time values. */
  where: string;
}

export function listSourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...listSourceFiles(p));
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) out.push(p);
  }
  return out.sort();
}

/** Regex literals and `new RegExp('literal', 'flags')` in one TypeScript file; dynamic ones are listed apart. */
export function regexesInSource(file: string, rel: string): { found: FoundRegex[]; dynamic: string[] } {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const found: FoundRegex[] = [];
  const dynamic: string[] = [];
  const at = (n: ts.Node) => `${rel}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}`;
  const visit = (n: ts.Node): void => {
    if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = n.getText(sf);
      const slash = text.lastIndexOf('/');
      found.push({ source: text.slice(1, slash), flags: text.slice(slash + 1), where: at(n) });
    } else if ((ts.isNewExpression(n) || ts.isCallExpression(n)) && ts.isIdentifier(n.expression) && n.expression.text === 'RegExp') {
      const [a, b] = n.arguments ?? [];
      const lit = (x: ts.Expression | undefined) => (x && (ts.isStringLiteral(x) || ts.isNoSubstitutionTemplateLiteral(x)) ? x.text : null);
      const src = lit(a);
      const flags = b === undefined ? '' : lit(b);
      if (src !== null && flags !== null) found.push({ source: src, flags, where: at(n) });
      else dynamic.push(at(n));
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return { found, dynamic };
}

/** Every RegExp reachable from `value` (objects, arrays, Maps, Sets), at most `depth` levels down. */
export function regexesInValue(value: unknown, where: string, out: FoundRegex[] = [], seen = new Set<unknown>(), depth = 8): FoundRegex[] {
  if (value === null || typeof value !== 'object' || seen.has(value) || depth < 0) return out;
  seen.add(value);
  if (value instanceof RegExp) {
    out.push({ source: value.source, flags: value.flags, where });
    return out;
  }
  if (value instanceof Map) {
    for (const [k, v] of value) regexesInValue(v, `${where}.get(${String(k).slice(0, 30)})`, out, seen, depth - 1);
  } else if (value instanceof Set || Array.isArray(value)) {
    let i = 0;
    for (const v of value) regexesInValue(v, `${where}[${i++}]`, out, seen, depth - 1);
  } else {
    for (const k of Object.keys(value)) regexesInValue((value as Record<string, unknown>)[k], `${where}.${k}`, out, seen, depth - 1);
  }
  return out;
}

/** One character that a class escape or property matches (to build strings the pattern can chew on). */
const CLASS_CHARS: Record<string, string> = { d: '7', D: 'x', s: ' ', S: 'x', w: 'a', W: '-', b: '', B: '', n: '\n', t: '\t', r: '', p: 'a', P: '1' };

/** The characters a pattern uses: its literal characters and one example per class escape. */
export function patternChars(source: string): string[] {
  const chars = new Set<string>();
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const n = source[++i] ?? '';
      if (n === 'u' && source[i + 1] === '{') {
        const close = source.indexOf('}', i);
        chars.add(String.fromCodePoint(parseInt(source.slice(i + 2, close), 16)));
        i = close;
      } else if (n === 'u') {
        chars.add(String.fromCharCode(parseInt(source.slice(i + 1, i + 5), 16)));
        i += 4;
      } else if (n === 'x') {
        chars.add(String.fromCharCode(parseInt(source.slice(i + 1, i + 3), 16)));
        i += 2;
      } else if (n === 'p' || n === 'P') {
        chars.add(CLASS_CHARS[n]!);
        if (source[i + 1] === '{') i = source.indexOf('}', i);
      } else if (n in CLASS_CHARS) {
        if (CLASS_CHARS[n]) chars.add(CLASS_CHARS[n]!);
      } else if (!/[0-9kc]/.test(n)) chars.add(n);
    } else if (c === '{' && /^\{\d{0,5},?\d{0,5}\}/.test(source.slice(i, i + 13))) {
      i = source.indexOf('}', i); // a quantifier, not text
    } else if (c === '(' && source[i + 1] === '?') {
      i += source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!' ? source.indexOf('>', i) - i : 2; // group syntax
    } else if (!'()[]{}|?*+^$'.includes(c)) {
      chars.add(c);
    }
  }
  return [...chars].filter((c) => c !== '').slice(0, 40);
}

/**
 * A string that walks the pattern's head: one character per atom (the first of a class, an example for an
 * escape), alternatives after the first skipped, so an anchored pattern gets into its long repeats.
 */
export function patternHead(source: string): string {
  let out = '';
  let depth = 0;
  let skipDepth = -1;
  for (let i = 0; i < source.length && out.length < 40; i++) {
    const c = source[i]!;
    const emit = (x: string) => {
      if (skipDepth < 0) out += x;
    };
    if (c === '\\') {
      const n = source[++i] ?? '';
      if (n === 'p' || n === 'P') {
        emit(CLASS_CHARS[n]!);
        if (source[i + 1] === '{') i = source.indexOf('}', i);
      } else if (n in CLASS_CHARS) emit(CLASS_CHARS[n]!);
      else if (n === 'u' || n === 'x') i += n === 'u' ? 4 : 2;
      else emit(n);
    } else if (c === '[') {
      let j = i + 1;
      if (source[j] === '^') {
        emit('x');
      } else {
        const first = source[j] === '\\' ? (CLASS_CHARS[source[j + 1] ?? ''] ?? source[j + 1] ?? '') : (source[j] ?? '');
        emit(first);
      }
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      i = j;
    } else if (c === '(') {
      depth++;
      if (source[i + 1] === '?') {
        const la = source[i + 2] === '=' || source[i + 2] === '!' || (source[i + 2] === '<' && (source[i + 3] === '=' || source[i + 3] === '!'));
        if (la && skipDepth < 0) skipDepth = depth; // lookarounds add no text
        i += source[i + 2] === '<' && !la ? source.indexOf('>', i) - i : source[i + 2] === '<' ? 3 : 2;
      }
    } else if (c === ')') {
      if (skipDepth === depth) skipDepth = -1;
      depth--;
    } else if (c === '|') {
      // skip the other alternatives of this group
      if (skipDepth < 0) skipDepth = depth;
    } else if (c === '{' && /^\{\d{0,5},?\d{0,5}\}/.test(source.slice(i, i + 13))) {
      i = source.indexOf('}', i);
    } else if (!'?*+^$.'.includes(c)) {
      emit(c);
    } else if (c === '.') emit('x');
  }
  return out;
}

export const MB = 1024 * 1024;

/**
 * Adversarial inputs for one pattern: `[prefix, unit]` pairs, the unit repeated to the size after the prefix.
 * Units: each character the pattern uses, all of them cycled, and the usual suspects; the prefix is empty
 * or the pattern's characters once in order (so an anchored pattern gets past its head into the long run).
 */
export function adversarialSpecs(source: string): [string, string][] {
  const chars = patternChars(source);
  const units = new Set<string>(['a', ' ', '1:', '"', '\u201c', "'", '7', '1.', 'Mr. ', 'Aa ', '-', '\n']);
  for (const c of chars.slice(0, 10)) units.add(c);
  if (chars.length > 1) units.add(chars.join(''));
  const letters = chars.filter((c) => /\p{L}/u.test(c)).join('');
  if (letters.length > 1) units.add(letters);
  const head = patternHead(source);
  const specs: [string, string][] = [];
  for (const u of units) {
    specs.push(['', u]);
    if (head && u.length <= 4) specs.push([head, u]);
  }
  return specs;
}

export interface ScanResult {
  index: number;
  /** Worst time over the strings of `size` (Infinity when stopped). */
  ms: number;
  /** Time on the same string at a quarter of the size: ~4x growth is linear, ~16x quadratic. */
  quarterMs: number;
  worst: string;
  error?: string;
}

/** The worker: per regex and string, a global scan at the size (and at a quarter of it when slow); a message per scan. */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { regexes, specs, size } = workerData;
const scan = (re, s) => {
  const t0 = performance.now();
  re.lastIndex = 0;
  let n = 0, last = -1;
  while (re.test(s)) { if (re.lastIndex === last) re.lastIndex++; last = re.lastIndex; if (++n > 5e6) break; }
  return performance.now() - t0;
};
for (let i = 0; i < regexes.length; i++) {
  const { source, flags } = regexes[i];
  let worst = '', worstMs = 0, quarterMs = 0, error;
  try {
    const re = new RegExp(source, flags.replace(/[gy]/g, '') + 'g');
    for (const [prefix, unit] of specs[i]) {
      const make = (n) => prefix + unit.repeat(Math.ceil(n / unit.length)).slice(0, n) + '\\u0000!';
      let ms = scan(re, make(size));
      parentPort.postMessage({ tick: i });
      let q = ms / 4;
      if (ms > 250) {
        // slow: super-linear or just a slow pattern (or a busy machine)? best of three at both sizes
        const big = make(size), quarter = make(size >> 2);
        q = Infinity;
        for (let k = 0; k < 3; k++) { q = Math.min(q, scan(re, quarter)); parentPort.postMessage({ tick: i }); }
        for (let k = 0; k < 2; k++) { ms = Math.min(ms, scan(re, big)); parentPort.postMessage({ tick: i }); }
      }
      if (ms > worstMs) { worstMs = ms; quarterMs = q; worst = JSON.stringify(prefix) + ' + ' + JSON.stringify(unit) + '...'; }
    }
  } catch (e) { error = String(e && e.message || e); }
  parentPort.postMessage({ index: i, ms: worstMs, quarterMs, worst, error });
}
`;

/**
 * Times every regex over its adversarial strings in a worker; a string that takes longer than `limitMs`
 * stops the worker (a catastrophic pattern never stops on its own): that regex is reported with
 * `ms: Infinity` and a new worker goes on with the next one.
 */
export async function scanRegexes(regexes: FoundRegex[], limitMs: number, size = MB): Promise<ScanResult[]> {
  const results: ScanResult[] = [];
  let next = 0;
  while (next < regexes.length) {
    const start = next;
    const batch = regexes.slice(start);
    await new Promise<void>((resolve) => {
      const worker = new Worker(WORKER, {
        eval: true,
        workerData: { regexes: batch.map((r) => ({ source: r.source, flags: r.flags })), specs: batch.map((r) => adversarialSpecs(r.source)), size },
      });
      let timer: NodeJS.Timeout | undefined;
      let current = start;
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          results.push({ index: current, ms: Infinity, quarterMs: NaN, worst: '(stopped)' });
          next = current + 1;
          void worker.terminate();
        }, limitMs);
      };
      arm();
      worker.on('message', (r: ScanResult | { tick: number }) => {
        if ('tick' in r) {
          current = start + r.tick;
          arm();
          return;
        }
        results.push({ ...r, index: start + r.index });
        next = start + r.index + 1;
        current = next;
        arm();
      });
      worker.on('error', (e) => {
        results.push({ index: current, ms: Infinity, quarterMs: NaN, worst: '(worker error)', error: String(e) });
        next = current + 1;
      });
      worker.on('exit', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
  return results;
}
