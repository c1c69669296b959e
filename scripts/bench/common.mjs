// Shared by the bench scripts: their options, the fixture articles they copy and the corpora they build.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** `opt('--name', default)`: the value after `--name` in `args`, or the default. */
export function optionReader(args) {
  return (name, dflt) => {
    const i = args.indexOf(name);
    return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : dflt;
  };
}

/** Article files under `dir`, as `/`-separated paths relative to it, in sorted order. */
export function listArticles(dir, pattern = /\.(txt|md)$/i, rel = '') {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) return listArticles(path.join(dir, e.name), pattern, r);
      return pattern.test(e.name) ? [r] : [];
    });
}

/** The articles under `dir` with their extension and text. */
export const readOriginals = (dir, pattern) => listArticles(dir, pattern).map((r) => ({ rel: r, ext: path.extname(r), text: readFileSync(path.join(dir, r), 'utf8') }));

/** Copy `i` of the originals (i mod n), made distinct by an appended line with the copy's number. */
export const copyTextOf = (originals) => (i) => {
  const o = originals[i % originals.length];
  return { ext: o.ext, text: `${o.text.replace(/\s+$/, '')}\n\nCopy ${i}.\n` };
};

/** `n` files `make(i)` in `<work>/<name>/part-NNN/`, 1,000 a folder; returns the folder. */
export function buildCorpus(work, name, n, make) {
  const dir = path.join(work, name);
  for (let i = 0; i < n; i++) {
    const sub = path.join(dir, `part-${String(Math.floor(i / 1000)).padStart(3, '0')}`);
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    const { ext, text } = make(i);
    writeFileSync(path.join(sub, `${String(i).padStart(6, '0')}${ext}`), text);
  }
  return dir;
}
