import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FIXTURES } from '../cli/helpers.js';
import { mixedCorpus, read, report, runCli, tempDir } from './helpers.js';
import { copiesCorpus, freePort, spawnCli, startRedis, startWorker, stopProc, until } from './redis-helpers.js';
import type { Proc, RedisServer } from './redis-helpers.js';

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanup.length) await cleanup.pop()!().catch(() => undefined);
});
const redis = async () => {
  const r = await startRedis();
  cleanup.push(() => r.stop());
  return r;
};
const worker = async (r: RedisServer) => {
  const w = await startWorker(r.url);
  cleanup.push(() => stopProc(w));
  return w;
};
const completed = (r: RedisServer) => r.client.zcard('bull:trackfacts-extract:completed');

describe('queue mode (BullMQ over Redis)', () => {
  it('two workers: facts.json and the report figures are those of a local run', async () => {
    const r = await redis();
    await worker(r);
    await worker(r);
    const dir = tempDir();
    const articles = mixedCorpus(dir);
    const q = runCli(['extract', articles, '--out', path.join(dir, 'queue'), '--redis', r.url, '--no-cache', '--quiet']);
    const l = runCli(['extract', articles, '--out', path.join(dir, 'local'), '--no-cache', '--quiet']);
    expect(q.code, q.stderr).toBe(1); // the binary file
    expect(l.code).toBe(1);
    expect(read(path.join(dir, 'queue')).equals(read(path.join(dir, 'local')))).toBe(true);
    expect(report(path.join(dir, 'queue')).problems).toEqual(report(path.join(dir, 'local')).problems);
    expect(await completed(r)).toBeGreaterThan(1);
  }, 180_000);

  it('a worker killed with kill -9 mid-run: its jobs are retried by the other, identical facts', async () => {
    const r = await redis();
    const a = await worker(r);
    await worker(r);
    const dir = tempDir();
    const articles = copiesCorpus(dir, FIXTURES, 400);
    const run = spawnCli(['extract', articles, '--out', path.join(dir, 'queue'), '--redis', r.url, '--no-cache', '--quiet', '--concurrency', '4']);
    cleanup.push(() => stopProc(run));
    await until('a few jobs done', async () => (await completed(r)) >= 3, 120_000);
    expect(run.child.exitCode).toBeNull(); // still running
    const active = await r.client.llen('bull:trackfacts-extract:active');
    a.child.kill('SIGKILL');
    await a.exited;
    const code = await run.exited;
    expect(code, run.stderr()).toBe(0);
    expect(active).toBeGreaterThan(0);
    const l = runCli(['extract', articles, '--out', path.join(dir, 'local'), '--no-cache', '--quiet']);
    expect(l.code).toBe(0);
    expect(read(path.join(dir, 'queue')).equals(read(path.join(dir, 'local')))).toBe(true);
  }, 300_000);

  it('a job that fails every attempt is a failed article (exit 1), not a hang', async () => {
    const r = await redis();
    await worker(r);
    const dir = tempDir();
    const articles = mixedCorpus(dir);
    const text = readFileSync(path.join(FIXTURES, 'bbcsport-athletics/034.txt'), 'utf8');
    // ~4 MB: several seconds of work, against a budget of half a second that the short articles never come near
    writeFileSync(path.join(articles, 'long.txt'), Array.from({ length: 800 }, () => text).join('\n\n'));
    const cfg = path.join(dir, 'tight.json');
    writeFileSync(cfg, JSON.stringify({ limits: { articleTimeoutMs: 500 } }));
    const out = path.join(dir, 'queue');
    const q = runCli(['extract', articles, '--out', out, '--redis', r.url, '--no-cache', '--quiet', '--config', cfg]);
    expect(q.code, q.stderr).toBe(1);
    expect(q.stderr).toMatch(/^trackfacts: long\.txt: runner: worker failed: no result within limits\.articleTimeoutMs \(500 ms\)/m);
    const rep = report(out);
    expect(rep.problems).toContainEqual(expect.objectContaining({ source: 'long.txt', rule: 'runner/crash', severity: 'fatal' }));
    expect(rep.counts.articles).toBeGreaterThan(30); // the others were extracted
  }, 180_000);

  it('Redis unreachable: a clear message and exit 2 within seconds', async () => {
    const dir = tempDir();
    const port = await freePort();
    const t0 = Date.now();
    const q = runCli(['extract', FIXTURES, '--out', path.join(dir, 'out'), '--redis', `redis://127.0.0.1:${port}`, '--quiet']);
    expect(Date.now() - t0).toBeLessThan(15_000);
    expect(q.code).toBe(2);
    expect(q.stderr).toMatch(new RegExp(`^trackfacts: cannot reach Redis at redis://127\\.0\\.0\\.1:${port}: .*ECONNREFUSED`, 'm'));
    expect(existsSync(path.join(dir, 'out', 'facts.json'))).toBe(false);
    const w = runCli(['worker', '--redis', `redis://127.0.0.1:${port}`]);
    expect(w.code).toBe(2);
    expect(w.stderr).toMatch(/cannot reach Redis/);
    expect(runCli(['extract', FIXTURES, '--out', path.join(dir, 'out'), '--redis', 'http://x']).code).toBe(2);
  }, 60_000);

  it('a worker stops on SIGTERM within seconds, with Redis there and with Redis gone', async () => {
    const r = await redis();
    const a = await worker(r);
    const b = await worker(r);
    let t0 = Date.now();
    a.child.kill('SIGTERM');
    expect(await a.exited).toBe(0);
    expect(Date.now() - t0).toBeLessThan(15_000);
    await r.stop();
    t0 = Date.now();
    b.child.kill('SIGTERM');
    expect(await b.exited).toBe(0);
    expect(Date.now() - t0).toBeLessThan(15_000);
  }, 60_000);

  it('Redis restarted mid-run: the run finishes identical or stops with a clear message, never partial output', async () => {
    const r = await redis();
    await worker(r);
    const dir = tempDir();
    const articles = copiesCorpus(dir, FIXTURES, 400);
    const out = path.join(dir, 'queue');
    const run: Proc = spawnCli(['extract', articles, '--out', out, '--redis', r.url, '--no-cache', '--quiet', '--concurrency', '4']);
    cleanup.push(() => stopProc(run));
    await until('a few jobs done', async () => (await completed(r)) >= 3, 120_000);
    await r.restart();
    const code = await run.exited;
    if (code === 0) {
      const l = runCli(['extract', articles, '--out', path.join(dir, 'local'), '--no-cache', '--quiet']);
      expect(read(out).equals(read(path.join(dir, 'local')))).toBe(true);
    } else {
      expect(code, run.stderr()).toBe(2);
      expect(run.stderr()).toMatch(/^trackfacts: Redis at redis:\/\/127\.0\.0\.1:\d+ (lost jobs of this run|unreachable)/m);
      expect(existsSync(path.join(out, 'facts.json'))).toBe(false);
      expect(existsSync(path.join(out, 'run-report.json'))).toBe(false);
    }
  }, 300_000);
});
