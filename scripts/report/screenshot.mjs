#!/usr/bin/env node
/**
 * docs/report-screenshot.png: the seeds' report (fixtures/articles/seeds), one article page, in Debian's chromium.
 * Usage: npm run build && node scripts/report/screenshot.mjs [out.png]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchChromium } from './chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const png = path.resolve(process.argv[2] ?? path.join(root, 'docs/report-screenshot.png'));
const out = mkdtempSync(path.join(os.tmpdir(), 'trackfacts-shot-'));
try {
  execFileSync(process.execPath, [path.join(root, 'dist/cli/main.js'), 'extract', path.join(root, 'fixtures/articles/seeds'), '--out', out, '--report', '--no-cache', '-q'], { stdio: 'inherit' });
  const browser = await launchChromium({ viewport: { width: 1100, height: 900 }, deviceScaleFactor: 1 });
  try {
    const page = await browser.context.newPage();
    await page.goto(pathToFileURL(path.join(out, 'report/index.html')).href);
    await page.waitForSelector('#list tbody tr');
    await page.click('#list tbody tr:nth-child(2) td:first-child a');
    await page.waitForSelector('#body svg.links path');
    const first = page.locator('#body .s[data-first]').nth(12);
    await first.focus();
    await page.waitForTimeout(100);
    await page.screenshot({ path: png, fullPage: false });
    console.log(`wrote ${path.relative(process.cwd(), png)}`);
  } finally {
    await browser.close();
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
