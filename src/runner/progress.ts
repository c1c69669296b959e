/**
 * Progress on stderr. On a TTY one line is redrawn (done/total, articles/s, ETA) at most ten times a
 * second; otherwise a plain line every few seconds. A null stream (--quiet) prints nothing.
 */
export interface ProgressStream {
  write(s: string): unknown;
  isTTY?: boolean;
}

export interface Progress {
  /** `files` more files done, holding `articles` articles. */
  tick(files: number, articles: number): void;
  done(): void;
}

export interface ProgressOptions {
  total: number;
  stream: ProgressStream | null;
  now: () => number;
  /** Plain-line interval when not a TTY (ms). */
  intervalMs?: number;
}

function formatSeconds(s: number): string {
  if (!Number.isFinite(s)) return '?';
  if (s < 60) return `${Math.ceil(s)}s`;
  const m = Math.floor(s / 60);
  return `${m}m${String(Math.ceil(s - m * 60)).padStart(2, '0')}s`;
}

export function formatProgress(done: number, total: number, articles: number, elapsedMs: number): string {
  const secs = elapsedMs / 1000;
  const rate = secs > 0 ? articles / secs : 0;
  const fileRate = secs > 0 ? done / secs : 0;
  const eta = fileRate > 0 ? (total - done) / fileRate : Infinity;
  return `trackfacts: ${done}/${total} files, ${articles} articles, ${rate.toFixed(rate < 10 ? 1 : 0)} articles/s, ETA ${done >= total ? '0s' : formatSeconds(eta)}`;
}

export function createProgress(o: ProgressOptions): Progress {
  const { stream, now, total } = o;
  if (!stream) return { tick() {}, done() {} };
  const tty = !!stream.isTTY;
  const every = tty ? 100 : (o.intervalMs ?? 5000);
  const start = now();
  let last = start;
  let files = 0;
  let articles = 0;
  const line = () => formatProgress(files, total, articles, now() - start);
  return {
    tick(f, a) {
      files += f;
      articles += a;
      const t = now();
      if (t - last < every) return;
      last = t;
      stream.write(tty ? `\r\x1b[K${line()}` : `${line()}\n`);
    },
    done() {
      stream.write(tty ? `\r\x1b[K${line()}\n` : `${line()}\n`);
    },
  };
}
