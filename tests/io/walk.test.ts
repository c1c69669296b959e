import { describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, mkdtempSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { walkInputs } from '../../src/io/walk.js';

const opts = { extensions: ['.txt', 'md'], maxFileBytes: 1000 };

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'trackfacts-walk-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  }
  return root;
}

describe('walkInputs', () => {
  it('walks folders depth-first in sorted order with "/" sources relative to the folder; filters extensions', async () => {
    const root = tree({ 'b/2.txt': 'x', 'b/10.txt': 'x', 'a.txt': 'x', 'c/d/e.md': 'x', 'c/skip.pdf': 'x', 'Z.TXT': 'x', '.hidden/x.txt': 'x' });
    const r = await walkInputs([root], opts);
    expect(r.files.map((f) => f.source)).toEqual(['Z.TXT', 'a.txt', 'b/10.txt', 'b/2.txt', 'c/d/e.md']);
    expect(r.problems).toEqual([]);
  });

  it('a file argument is named by its base name, whatever its extension', async () => {
    const root = tree({ 'deep/x/story.text': 'hello' });
    const r = await walkInputs([path.join(root, 'deep/x/story.text')], opts);
    const file = path.join(root, 'deep/x/story.text');
    const st = statSync(file);
    expect(r.files).toEqual([{ path: file, source: 'story.text', size: 5, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs, ino: st.ino }]);
  });

  it('a folder named like an article is walked as a folder', async () => {
    const root = tree({ 'x.txt/inner.txt': 'x' });
    expect((await walkInputs([root], opts)).files.map((f) => f.source)).toEqual(['x.txt/inner.txt']);
  });

  it('files over maxFileBytes are skipped with a fatal problem (after a stat, without reading them)', async () => {
    const root = tree({ 'big.txt': 'x'.repeat(1001), 'ok.txt': 'x'.repeat(1000) });
    const r = await walkInputs([root], opts);
    expect(r.files.map((f) => f.source)).toEqual(['ok.txt']);
    expect(r.problems).toEqual([expect.objectContaining({ source: 'big.txt', rule: 'io/too-large', severity: 'fatal' })]);
  });

  it('a symlink loop neither hangs nor crashes: reported, the rest walked', async () => {
    const root = tree({ 'a/one.txt': 'x' });
    symlinkSync(path.join(root, 'a'), path.join(root, 'a', 'loop'));
    symlinkSync(path.join(root, 'self'), path.join(root, 'self'));
    const r = await walkInputs([root], opts);
    expect(r.files.map((f) => f.source)).toEqual(['a/one.txt']);
    expect(r.problems.map((p) => [p.source, p.rule])).toEqual([
      ['a/loop', 'io/symlink-loop'],
      ['self', 'io/symlink-loop'],
    ]);
  });

  it('a dangling link is reported and skipped; a link to a file is followed', async () => {
    const root = tree({ 'real.txt': 'x' });
    symlinkSync(path.join(root, 'gone.txt'), path.join(root, 'broken.txt'));
    symlinkSync(path.join(root, 'real.txt'), path.join(root, 'alias.txt'));
    const r = await walkInputs([root], opts);
    expect(r.files.map((f) => f.source)).toEqual(['alias.txt', 'real.txt']);
    expect(r.problems).toEqual([expect.objectContaining({ source: 'broken.txt', rule: 'io/dangling-link', severity: 'warning' })]);
  });

  it('a missing input is a fatal problem; excluded folders are not walked', async () => {
    const root = tree({ 'in/a.txt': 'x', 'in/out/facts.txt': 'x' });
    const r = await walkInputs([path.join(root, 'nope'), path.join(root, 'in')], { ...opts, exclude: [path.join(root, 'in/out')] });
    expect(r.files.map((f) => f.source)).toEqual(['a.txt']);
    expect(r.problems).toEqual([expect.objectContaining({ rule: 'io/not-found', severity: 'fatal' })]);
  });

  it('two inputs giving the same source: the second is skipped with a warning', async () => {
    const a = tree({ 'x.txt': 'a' });
    const b = tree({ 'x.txt': 'b' });
    const r = await walkInputs([a, b], opts);
    expect(r.files.map((f) => f.path)).toEqual([path.join(a, 'x.txt')]);
    expect(r.problems).toEqual([expect.objectContaining({ rule: 'io/duplicate-source', severity: 'warning' })]);
  });

  it.skipIf(process.getuid?.() === 0)('an unreadable folder is reported, the rest walked', async () => {
    const root = tree({ 'locked/a.txt': 'x', 'open/b.txt': 'x' });
    chmodSync(path.join(root, 'locked'), 0o000);
    try {
      const r = await walkInputs([root], opts);
      expect(r.files.map((f) => f.source)).toEqual(['open/b.txt']);
      expect(r.problems).toEqual([expect.objectContaining({ source: 'locked', rule: 'io/unreadable' })]);
    } finally {
      chmodSync(path.join(root, 'locked'), 0o755);
    }
  });
});
