import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Redis } from 'ioredis';
import { ROOT } from '../cli/helpers.js';

const CLI = path.join(ROOT, 'dist/cli/main.js');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function until(what: string, test: () => Promise<boolean> | boolean, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await test()) return;
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}`);
}

export interface RedisServer {
  url: string;
  port: number;
  client: Redis;
  stop(): Promise<void>;
  restart(): Promise<void>;
}

/** A throw-away redis-server on a free loopback port, no persistence. */
export async function startRedis(port?: number): Promise<RedisServer> {
  if (spawnSync('redis-server', ['--version']).status !== 0) throw new Error('redis-server is not installed (.ci/run installs it: apt-get install -y redis-server)');
  const p = port ?? (await freePort());
  let proc: ChildProcess;
  const launch = async () => {
    proc = spawn('redis-server', ['--port', String(p), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    await until('redis-server', async () => {
      const c = new Redis(p, '127.0.0.1', { lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0 });
      c.on('error', () => undefined);
      try {
        await c.connect();
        return (await c.ping()) === 'PONG';
      } catch {
        return false;
      } finally {
        c.disconnect();
      }
    });
  };
  await launch();
  const client = new Redis(p, '127.0.0.1', { maxRetriesPerRequest: null });
  client.on('error', () => undefined);
  const kill = async () => {
    if (proc.exitCode !== null || proc.signalCode !== null) return; // stopped already
    const done = new Promise((r) => proc.once('exit', r));
    proc.kill('SIGKILL');
    await done;
  };
  return {
    url: `redis://127.0.0.1:${p}`,
    port: p,
    client,
    async stop() {
      client.disconnect();
      await kill();
    },
    async restart() {
      await kill();
      await launch();
    },
  };
}

export interface Proc {
  child: ChildProcess;
  stderr: () => string;
  exited: Promise<number | null>;
}

export function spawnCli(args: string[]): Proc {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  child.stdout!.on('data', () => undefined);
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  return { child, stderr: () => err, exited };
}

export async function startWorker(url: string): Promise<Proc> {
  const w = spawnCli(['worker', '--redis', url, '--concurrency', '1']);
  await until('worker ready', () => /ready/.test(w.stderr()), 30_000);
  return w;
}

export async function stopProc(p: Proc): Promise<void> {
  if (p.child.exitCode !== null || p.child.signalCode !== null) return;
  p.child.kill('SIGKILL');
  await p.exited;
}

/** `n` articles: copies of the fixture articles, each made distinct by a last line. */
export function copiesCorpus(dir: string, fixtures: string, n: number): string {
  const out = path.join(dir, `copies-${n}`);
  const list = (d: string, rel = ''): string[] =>
    readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1)).flatMap((e) => {
      const r = rel ? `${rel}/${e.name}` : e.name;
      return e.isDirectory() ? list(path.join(d, e.name), r) : /\.(txt|md)$/.test(e.name) ? [r] : [];
    });
  const src = list(fixtures).map((r) => ({ ext: path.extname(r), text: readFileSync(path.join(fixtures, r), 'utf8') }));
  mkdirSync(out, { recursive: true });
  for (let i = 0; i < n; i++) {
    const o = src[i % src.length]!;
    writeFileSync(path.join(out, `${String(i).padStart(5, '0')}${o.ext}`), `${o.text.replace(/\s+$/, '')}\n\nCopy ${i}.\n`);
  }
  return out;
}

export { cpSync };
