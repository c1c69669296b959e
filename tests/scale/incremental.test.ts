import { describe, expect, it } from 'vitest';
import { appendFileSync, cpSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { mixedCorpus, read, report, runCli, tempDir } from './helpers.js';

describe('re-runs from the last run state', () => {
  it('added, changed and removed files: byte-identical to a cold run, only the changed files extracted', () => {
    const dir = tempDir();
    const articles = mixedCorpus(dir);
    const cache = path.join(dir, 'cache');
    let step = 0;
    const both = () => {
      step++;
      const warm = path.join(dir, `warm-${step}`);
      const cold = path.join(dir, `cold-${step}`);
      const w = runCli(['extract', articles, '--out', warm, '--cache-dir', cache, '--quiet']);
      const c = runCli(['extract', articles, '--out', cold, '--no-cache', '--quiet']);
      expect(w.code, w.stderr).toBe(c.code);
      expect(read(warm).equals(read(cold))).toBe(true);
      const rw = report(warm);
      const rc = report(cold);
      expect(rw.problems).toEqual(rc.problems);
      expect(rw.counts).toEqual(rc.counts);
      expect(rw.articles).toEqual(rc.articles);
      return { facts: read(warm).toString('utf8'), cache: rw.cache };
    };
    both(); // cold, fills the cache and stores the state

    // change one article: one miss, the other files come from the state
    appendFileSync(path.join(articles, 'seeds/000_f238fb5f4bcf96a4.txt'), '\nJosh Kerr won the 1500m at the Millrose Games in 3:29.38.\n');
    let r = both();
    expect(r.cache).toMatchObject({ misses: 1, run: 'stored', state: 'spliced' });

    // a removed file's facts disappear
    const gone = 'bbcsport-athletics/004.txt';
    const before = r.facts;
    const goneSource = JSON.stringify(gone);
    expect(before).toContain(goneSource);
    rmSync(path.join(articles, gone));
    r = both();
    expect(r.facts).not.toContain(goneSource);
    expect(r.cache).toMatchObject({ misses: 0, state: 'spliced' });

    // added files (a copy under a new name, a whole folder), a JSON Lines export changed
    cpSync(path.join(articles, 'bbcsport-athletics/013.txt'), path.join(articles, 'new/013-copy.txt'));
    appendFileSync(path.join(articles, 'exports/collins.jsonl'), readFileSync(path.join(articles, 'exports/collins.jsonl'), 'utf8').split('\n')[0]!.replace('"id":', '"idx":') + '\n');
    r = both();
    expect(r.cache).toMatchObject({ misses: 2, state: 'spliced' });

    // removing every file of a folder and the whole export
    for (const f of readdirSync(path.join(articles, 'seeds'))) rmSync(path.join(articles, 'seeds', f));
    rmSync(path.join(articles, 'exports/collins.jsonl'));
    r = both();
    expect(r.cache).toMatchObject({ misses: 0, state: 'spliced' });

    // the old entries are gone: the state cannot take a file away, so the run takes the full path, still right
    rmSync(path.join(cache, 'packs'), { recursive: true });
    rmSync(path.join(articles, 'bbcsport-athletics/013.txt'));
    expect(both().cache.state).toBe('none');
  }, 300_000);
});
