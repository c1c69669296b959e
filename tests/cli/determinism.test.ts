import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { FIXTURES, runCli, tempDir } from './helpers.js';

function allFixtures(dir = FIXTURES, rel = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const r = rel ? `${rel}/${name}` : name;
    return statSync(path.join(dir, name)).isDirectory() ? allFixtures(path.join(dir, name), r) : [r];
  });
}

describe('determinism', () => {
  it('facts.json is byte-identical at --concurrency 1 and 4, and whatever order the files were created in', () => {
    const dir = tempDir();
    const files = allFixtures();
    const a = path.join(dir, 'a');
    const b = path.join(dir, 'b');
    for (const f of files) cpSync(path.join(FIXTURES, f), path.join(a, f));
    // b: the same files created in reverse order, folders first created empty in another order
    for (const f of [...files].reverse()) {
      mkdirSync(path.dirname(path.join(b, f)), { recursive: true });
      cpSync(path.join(FIXTURES, f), path.join(b, f));
    }
    const outs = [
      ['a', '1'],
      ['a', '4'],
      ['b', '4'],
      ['b', '1'],
    ].map(([input, n]) => {
      const out = path.join(dir, `out-${input}-${n}`);
      const r = runCli(['extract', path.join(dir, input!), '--out', out, '--concurrency', n!, '--no-cache', '--quiet']);
      expect(r.code, r.stderr).toBeLessThanOrEqual(1);
      return readFileSync(path.join(out, 'facts.json'));
    });
    expect(outs[0]!.length).toBeGreaterThan(1000);
    for (const o of outs.slice(1)) expect(o.equals(outs[0]!)).toBe(true);
  }, 300_000);
});
