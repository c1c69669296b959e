/**
 * A hostile run (fixtures/report/hostile: <script>, javascript: links, event-handler attributes, </script> in a
 * quote, markup in a title and in a file name) gives a report that shows all of it as text and runs none of it,
 * with scripts on (every view, hover and focus) and off (the no-JavaScript copy).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport, launch, watch } from './browser.js';
import type { Browser, BuiltReport } from './browser.js';

let report: BuiltReport;
let browser: Browser;

beforeAll(async () => {
  report = buildReport('fixtures/report/hostile');
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  report?.cleanup();
});

describe('hostile articles', () => {
  it('the fixture really carries markup in the texts, a title and a source', () => {
    const texts = report.facts.articles.map((a) => `${a.title}\n${a.source}\n${a.text}`).join('\n');
    for (const s of ['<script>window.__pwned=2</script>', 'javascript:window.__pwned=3', '<script>window.__pwned = 11</script>', 'onerror=window.__pwned=10', '<iframe src="javascript:']) expect(texts).toContain(s);
  });

  it('runs no script from an article in any view, and shows the markup as text', async () => {
    const page = await browser.context.newPage();
    const w = watch(page);
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.goto(report.url);
    await page.waitForSelector('#list tbody tr');
    expect(await page.locator('#list').innerText()).toContain('<script>window.__pwned = 11</script>');
    for (const a of report.facts.articles) {
      await page.goto(`${report.url}#/a/${encodeURIComponent(a.id)}`);
      await page.waitForSelector('#body .para');
      for (const el of await page.locator('#body .s[data-first]').all()) {
        await el.scrollIntoViewIfNeeded();
        const r = (await el.boundingBox())!;
        await page.mouse.move(r.x + r.width / 2, r.y + r.height / 2); // a real pointer over the mention (the tooltip never covers the next one)
        await expect.poll(() => page.locator('#tip').isVisible()).toBe(true);
        await el.focus();
      }
      const body = await page.locator('#body').innerText();
      expect(body).toContain(a.text!.includes('<script>window.__pwned=2') ? '<script>window.__pwned=2</script>' : '<a href="javascript:window.__pwned=13">click</a>');
      expect(await page.locator('#art-title').innerText()).toBe(a.title ?? a.source);
    }
    for (const k of [0, 1, 2, 3, 4]) {
      await page.goto(`${report.url}#/f/${k}`);
      await page.waitForSelector('#facts thead tr');
    }
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(dialogs).toBe(0);
    expect(w.errors).toEqual([]);
    // only the report's own elements: no element or link made from an article
    expect(await page.locator('iframe, img, object, embed, a[href^="javascript:" i], [onerror], [onload], [onclick]').count()).toBe(0);
    // the only scripts: the data blob, the page script and the chunks it loaded
    const scripts = await page.evaluate(() => Array.from(document.scripts).map((s) => s.getAttribute('src') || s.id || 'inline'));
    expect(scripts.filter((s) => !/^data\/chunk-\d+\.js$/.test(s))).toEqual(['tf-data', 'inline']);
    expect(scripts.length).toBe(3);
    await page.close();
  });

  it('the no-JavaScript copy shows the markup as text and makes no element of it', async () => {
    const nojs = await launch({ javaScriptEnabled: false });
    try {
      const page = await nojs.context.newPage();
      await page.goto(report.url);
      const text = await page.locator('main').innerText();
      expect(text).toContain('<script>window.__pwned=2</script>');
      expect(text).toContain('<iframe src="javascript:window.__pwned=14"></iframe>');
      expect(await page.locator('main iframe, main img, main a[href^="javascript:" i], main [onerror], main [onload]').count()).toBe(0);
      expect(await page.locator('main script').count()).toBe(0);
    } finally {
      await nojs.close();
    }
  });
});
