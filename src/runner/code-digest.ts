/**
 * The digest of the code that runs: every file of the built package that the workers load (dist/**: .js,
 * .mjs, .cjs, .json; or src/** .ts when run from source), hashed in sorted path order, plus the name and
 * version of each runtime dependency as installed. It is the code half of the cache key (see
 * runFingerprint), so editing a built-in rule or lexicon, rebuilding or upgrading invalidates the cache
 * without anyone bumping a version by hand.
 *
 * Hashed at run time, once per process (~3 ms for the ~0.8 MB of dist), rather than written into dist by a
 * build step: a digest file could go stale when dist is edited or copied without a rebuild; the files
 * themselves cannot.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '../config/schema.js';
import { pipelineFingerprint } from '../fingerprint.js';
import { sha256 } from '../util/hash.js';

/** The package's code root: dist/ when built, src/ when run from source (this file is <root>/runner/). */
export const CODE_ROOT = fileURLToPath(new URL('..', import.meta.url));

const CODE_FILE = /\.(?:js|mjs|cjs|json|ts)$/;
const NOT_CODE = /\.d\.[cm]?ts$/;

function codeFiles(dir: string, rel = ''): string[] {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const e of entries) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...codeFiles(path.join(dir, e.name), r));
    else if (e.isFile() && CODE_FILE.test(e.name) && !NOT_CODE.test(e.name)) out.push(r);
  }
  return out;
}

/** name@version of each runtime dependency in package.json, found by node's upward node_modules search. */
function dependencyVersions(root: string): string[] {
  const pkgFile = path.join(root, '..', 'package.json');
  if (!existsSync(pkgFile)) return [];
  const deps = Object.keys((JSON.parse(readFileSync(pkgFile, 'utf8')) as { dependencies?: Record<string, string> }).dependencies ?? {}).sort();
  return deps.map((name) => {
    for (let dir = path.join(root, '..'); ; dir = path.dirname(dir)) {
      const f = path.join(dir, 'node_modules', name, 'package.json');
      if (existsSync(f)) return `${name}@${(JSON.parse(readFileSync(f, 'utf8')) as { version?: string }).version ?? '?'}`;
      if (path.dirname(dir) === dir) return `${name}@missing`;
    }
  });
}

/** sha256 over the code files (path and bytes) and the dependency versions under `root`. */
export function computeCodeDigest(root: string = CODE_ROOT): string {
  const h = createHash('sha256');
  h.update('TFCODE1\n');
  for (const rel of codeFiles(root)) {
    const bytes = readFileSync(path.join(root, rel));
    h.update(`${rel}\u0000${bytes.length}\u0000`);
    h.update(bytes);
  }
  for (const d of dependencyVersions(root)) h.update(`dep\u0000${d}\n`);
  return h.digest('hex');
}

let memo: string | null = null;
/** The digest of this process's code, computed on first use. */
export function codeDigest(): string {
  return (memo ??= computeCodeDigest());
}

/** The cache key's pipeline half: the effective config that affects extraction and the digest of the code that runs. */
export function runFingerprint(config: Config, code: string = codeDigest()): string {
  return sha256(`TFRUN1\u0000${pipelineFingerprint(config)}\u0000${code}`);
}
