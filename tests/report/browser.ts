/**
 * Test helpers for the review report in a real browser: Debian's chromium (/usr/bin/chromium, installed by
 * .ci/run) driven by playwright-core, a fresh profile per launch, and a report built by the CLI from dist/.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import type { FactsFile } from '../../src/schema/facts.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const CLI = path.join(ROOT, 'dist/cli/main.js');
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launch(options: Parameters<typeof chromium.launchPersistentContext>[1] = {}): Promise<Browser> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'trackfacts-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', headless: true, args: ARGS, ...options });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface BuiltReport {
  out: string;
  url: string;
  facts: FactsFile;
  cleanup(): void;
}

/** Runs `trackfacts extract <input> --report` into a temp folder. */
export function buildReport(input: string): BuiltReport {
  const out = mkdtempSync(path.join(os.tmpdir(), 'trackfacts-report-'));
  execFileSync(process.execPath, [CLI, 'extract', path.join(ROOT, input), '--out', out, '--report', '--no-cache', '-q'], { stdio: 'pipe' });
  return {
    out,
    url: pathToFileURL(path.join(out, 'report/index.html')).href,
    facts: JSON.parse(readFileSync(path.join(out, 'facts.json'), 'utf8')) as FactsFile,
    cleanup: () => rmSync(out, { recursive: true, force: true }),
  };
}

/** Console errors, page errors and failed or non-file requests seen by a page. */
export function watch(page: Page): { errors: string[]; failed: string[]; requests: string[] } {
  const w = { errors: [] as string[], failed: [] as string[], requests: [] as string[] };
  page.on('console', (m) => m.type() === 'error' && w.errors.push(m.text()));
  page.on('pageerror', (e) => w.errors.push(String(e)));
  page.on('requestfailed', (r) => w.failed.push(`${r.url()} ${r.failure()?.errorText}`));
  page.on('request', (r) => w.requests.push(r.url()));
  return w;
}

export interface DrawnMark {
  start: number;
  end: number;
  text: string;
  kinds: number[];
  labelled: boolean;
  contiguous: boolean;
}

/** Every mark drawn in the open article: its offsets and text read back from the rendered pieces. */
export function readDrawnMarks(page: Page): Promise<Record<string, DrawnMark>> {
  return page.evaluate(() => {
    const out: Record<string, { start: number; end: number; text: string; kinds: number[]; labelled: boolean; contiguous: boolean }> = {};
    for (const p of Array.from(document.querySelectorAll<HTMLElement>('#body .para'))) {
      let at = Number(p.dataset.start);
      for (const node of Array.from(p.childNodes)) {
        const text = node.textContent ?? '';
        if (node instanceof HTMLElement && node.classList.contains('s')) {
          const ms = node.dataset.m!.split(' ');
          const ks = node.dataset.k!.split(' ').map(Number);
          const first = (node.dataset.first ?? '').split(' ');
          ms.forEach((m, j) => {
            const o = (out[m] ??= { start: at, end: at, text: '', kinds: [], labelled: false, contiguous: true });
            if (o.end !== at) o.contiguous = false;
            o.end = at + text.length;
            o.text += text;
            if (!o.kinds.includes(ks[j]!)) o.kinds.push(ks[j]!);
            if (first.includes(m) && node.dataset.lb) o.labelled = true;
          });
        }
        at += text.length;
      }
    }
    return out;
  });
}
