#!/usr/bin/env node
// Scale figures (issue 15), printed by `npm run bench` or alone:
//
//   node scripts/bench/scale.mjs [--shard-articles 2000] [--queue-articles 1000] [--rerun 20000] [--small-files 100000] [--skip shards,queue,rerun,fill] [--keep]
//
//   shards     1/2/4 shards over --shard-articles articles, run one after another (each with -j 1), then merged:
//              each shard's time, the merge time, and whether facts.json equals one run's
//   queue      articles/s of `extract --redis` with 1, 2 and 4 local workers (-j 1 each) on a redis-server of its
//              own (a free loopback port, no persistence), and byte-identity with a local run
//   rerun      a cached re-run over --rerun articles unchanged, and with one article changed, vs a cold run
//   fill       a cold run over --small-files small files (~0.4 KB) with --no-cache and filling a fresh cache
//
// The corpora are copies of the fixture articles made distinct by a last line, in a temp dir. Figures, not
// assertions: the machine may be shared.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, appendFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { buildCorpus as buildCorpusIn, copyTextOf, optionReader, readOriginals } from './common.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const opt = optionReader(args);
const shardN = Number(opt('--shard-articles', 2000));
const queueN = Number(opt('--queue-articles', 1000));
const rerunN = Number(opt('--rerun', 20000));
const smallN = Number(opt('--small-files', 100000));
const skip = new Set(opt('--skip', '').split(',').filter(Boolean));
const keep = args.includes('--keep');
const cli = path.join(root, 'dist/cli/main.js');
if (!existsSync(cli)) {
  console.error('bench: dist/cli/main.js is missing; run `npm run build` first');
  process.exit(2);
}
const log = (s) => process.stderr.write(`bench(scale): ${s}\n`);
const work = mkdtempSync(path.join(tmpdir(), 'trackfacts-scale-'));
const fixtures = path.join(root, 'fixtures/articles');

const originals = readOriginals(fixtures);
const copyText = copyTextOf(originals);
/** A short article: the headline and first lines of a fixture (~0.4 KB). */
const smallText = (i) => {
  const o = originals[i % originals.length];
  return { ext: '.txt', text: `${o.text.slice(0, 380).replace(/\s+\S*$/, '')}.\n\nCopy ${i}.\n` };
};
const buildCorpus = (name, n, make = copyText) => buildCorpusIn(work, name, n, make);

function run(argv) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [cli, ...argv], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const secs = (performance.now() - t0) / 1000;
  if (r.status !== 0 && r.status !== 1) throw new Error(`trackfacts ${argv[0]} exited ${r.status}: ${r.stderr.slice(0, 2000)}`);
  return secs;
}
const facts = (dir) => readFileSync(path.join(dir, 'facts.json'));
const reportOf = (dir) => JSON.parse(readFileSync(path.join(dir, 'run-report.json'), 'utf8'));
const rows = [];
const row = (k, v) => rows.push([k, v]);
const s2 = (x) => `${x.toFixed(2)} s`;

// ---------------------------------------------------------------- shards
if (!skip.has('shards')) {
  log(`shards: corpus of ${shardN}…`);
  const corpus = buildCorpus('shards', shardN);
  const oneOut = path.join(work, 'shards-one');
  const one = run(['extract', corpus, '--out', oneOut, '--no-cache', '--quiet', '-j', '1']);
  row(`shards: one run over ${shardN}, -j 1`, s2(one));
  for (const n of [1, 2, 4]) {
    const outs = [];
    const times = [];
    for (let i = 1; i <= n; i++) {
      const o = path.join(work, `shards-${n}-${i}`);
      log(`shard ${i}/${n}…`);
      times.push(run(['extract', corpus, '--out', o, '--shard', `${i}/${n}`, '--no-cache', '--quiet', '-j', '1']));
      outs.push(o);
    }
    const m = path.join(work, `shards-${n}-merged`);
    const merge = run(['merge', ...outs.reverse(), '--out', m, '--quiet']);
    const same = facts(m).equals(facts(oneOut));
    row(`shards: ${n} shard${n > 1 ? 's' : ''}`, `slowest shard ${s2(Math.max(...times))}, sum ${s2(times.reduce((a, b) => a + b, 0))}; merge ${s2(merge)} (in-process ${reportOf(m).elapsedMs} ms); facts.json ${same ? 'byte-identical' : 'DIFFERENT'}`);
  }
  rmSync(corpus, { recursive: true, force: true });
}

// ---------------------------------------------------------------- queue
function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
if (!skip.has('queue')) {
  if (spawnSync('redis-server', ['--version']).status !== 0) row('queue', 'skipped: redis-server not installed');
  else {
    log(`queue: corpus of ${queueN}…`);
    const corpus = buildCorpus('queue', queueN);
    const localOut = path.join(work, 'queue-local');
    const local = run(['extract', corpus, '--out', localOut, '--no-cache', '--quiet']);
    row(`queue: local run over ${queueN} (-j ${availableParallelism()})`, `${s2(local)} (${(queueN / local).toFixed(0)} articles/s)`);
    const port = await freePort();
    const redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    const url = `redis://127.0.0.1:${port}`;
    await sleep(300);
    try {
      for (const w of [1, 2, 4]) {
        spawnSync('redis-cli', ['-p', String(port), 'flushall']); // job ids are idempotent: no results from the last round
        const workers = Array.from({ length: w }, () => {
          const p = spawn(process.execPath, [cli, 'worker', '--redis', url, '-j', '1'], { stdio: ['ignore', 'ignore', 'pipe'] });
          let err = '';
          p.stderr.on('data', (d) => (err += d));
          return { p, ready: async () => { while (!/ready/.test(err)) await sleep(50); } };
        });
        await Promise.all(workers.map((x) => x.ready()));
        const out = path.join(work, `queue-${w}`);
        log(`queue with ${w} worker(s)…`);
        const secs = run(['extract', corpus, '--out', out, '--redis', url, '--no-cache', '--quiet']);
        const same = facts(out).equals(facts(localOut));
        row(`queue: ${w} worker${w > 1 ? 's' : ''} (-j 1 each)`, `${(queueN / secs).toFixed(0)} articles/s (${s2(secs)}); facts.json ${same ? 'byte-identical to local' : 'DIFFERENT'}`);
        for (const x of workers) x.p.kill('SIGTERM');
        await Promise.all(workers.map((x) => new Promise((r) => (x.p.exitCode !== null ? r() : x.p.once('exit', r)))));
      }
    } finally {
      redis.kill('SIGKILL');
    }
    rmSync(corpus, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- re-run with one change
if (!skip.has('rerun')) {
  log(`re-run: corpus of ${rerunN}…`);
  const corpus = buildCorpus('rerun', rerunN);
  const cache = path.join(work, 'rerun-cache');
  log('cold, filling the cache…');
  const cold = run(['extract', corpus, '--out', path.join(work, 'rerun-cold'), '--cache-dir', cache, '--quiet']);
  log('unchanged re-run…');
  const same = run(['extract', corpus, '--out', path.join(work, 'rerun-same'), '--cache-dir', cache, '--quiet']);
  const first = path.join(corpus, 'part-000', `000000${copyText(0).ext}`);
  appendFileSync(first, 'One more line.\n');
  log('one article changed…');
  const oneOut = path.join(work, 'rerun-one');
  const one = run(['extract', corpus, '--out', oneOut, '--cache-dir', cache, '--quiet']);
  const rep = reportOf(oneOut);
  log('the same folder with --no-cache, for the bytes…');
  const ref = path.join(work, 'rerun-ref');
  run(['extract', corpus, '--out', ref, '--no-cache', '--quiet']);
  // a second sample of the pair: unchanged, then another article changed
  const same2 = run(['extract', corpus, '--out', path.join(work, 'rerun-same2'), '--cache-dir', cache, '--quiet']);
  appendFileSync(path.join(corpus, 'part-001', `001001${copyText(1001).ext}`), 'One more line.\n');
  const one2 = run(['extract', corpus, '--out', path.join(work, 'rerun-one2'), '--cache-dir', cache, '--quiet']);
  row(`re-run: cold over ${rerunN}, filling the cache`, s2(cold));
  row('re-run: unchanged', s2(same));
  row('re-run: one article changed', `${s2(one)} = ${(one / same).toFixed(2)}x unchanged (cache.state ${rep.cache.state}; ${rep.cache.hits} hits, ${rep.cache.misses} miss); facts.json ${facts(oneOut).equals(facts(ref)) ? 'byte-identical to --no-cache' : 'DIFFERENT'}`);
  row('re-run: second sample', `unchanged ${s2(same2)}, another article changed ${s2(one2)} = ${(one2 / same2).toFixed(2)}x`);
  row('re-run: where the changed run went (ms)', Object.entries(rep.timings).filter(([k, v]) => v >= 20 && !k.startsWith('extract.')).map(([k, v]) => `${k} ${Math.round(v)}`).join(', '));
  rmSync(corpus, { recursive: true, force: true });
}

// ---------------------------------------------------------------- cache fill
if (!skip.has('fill')) {
  log(`fill: corpus of ${smallN} small files…`);
  const corpus = buildCorpus('fill', smallN, smallText);
  log('cold --no-cache…');
  const noCache = run(['extract', corpus, '--out', path.join(work, 'fill-nocache'), '--no-cache', '--quiet']);
  log('cold filling a fresh cache…');
  const withCache = run(['extract', corpus, '--out', path.join(work, 'fill-cache'), '--cache-dir', path.join(work, 'fill-cache-dir'), '--quiet']);
  const rep = reportOf(path.join(work, 'fill-cache'));
  const du = spawnSync('du', ['-sm', path.join(work, 'fill-cache-dir')], { encoding: 'utf8' }).stdout.split('\t')[0];
  log('again --no-cache (a second sample)…');
  const noCache2 = run(['extract', corpus, '--out', path.join(work, 'fill-nocache2'), '--no-cache', '--quiet']);
  row(`fill: cold over ${smallN} small files, --no-cache`, `${s2(noCache)} (second sample ${s2(noCache2)})`);
  row('fill: cold filling a fresh cache', `${s2(withCache)} = ${(withCache / Math.min(noCache, noCache2)).toFixed(2)}x --no-cache (${rep.cache.written} entries, ${du} MB; cache.write ${Math.round(rep.timings['cache.write'] ?? 0)} ms, cache.state ${Math.round(rep.timings['cache.state'] ?? 0)} ms, cache.run ${Math.round(rep.timings['cache.run'] ?? 0)} ms)`);
  rmSync(corpus, { recursive: true, force: true });
}

const width = Math.max(...rows.map((r) => r[0].length));
console.log(`trackfacts bench: scale (${availableParallelism()} cores, node ${process.version})`);
for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`);
if (keep) console.log(`\n  kept ${work}`);
else rmSync(work, { recursive: true, force: true });
