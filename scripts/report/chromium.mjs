/**
 * Debian's chromium (/usr/bin/chromium, installed by .ci/run) driven by playwright-core: no browser download.
 * A fresh user-data dir per launch; the flags keep it from talking to the network on its own.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.TRACKFACTS_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** A persistent context in a fresh profile; close() also removes the profile. */
export async function launchChromium(options = {}) {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'trackfacts-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, ...options });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
