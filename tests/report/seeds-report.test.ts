/**
 * The seeds' review report (fixtures/articles/seeds) in a real browser (Debian's chromium): it opens cleanly
 * from file://, every mention of the facts is a labelled highlighted span with the mention's text, every
 * performance's links are drawn (over the paragraph, or in the table of links that leave it), the filters
 * and the keyboard work, and the no-JavaScript copy holds the texts and tables.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { MARK_KINDS } from '../../src/report/kinds.js';
import type { ExplainLine } from '../../src/runner/explain-output.js';
import { buildReport, launch, readDrawnMarks, watch } from './browser.js';
import type { Browser, BuiltReport } from './browser.js';

let report: BuiltReport;
let browser: Browser;

beforeAll(async () => {
  report = buildReport('fixtures/articles/seeds');
  browser = await launch({ viewport: { width: 1000, height: 800 } });
});
afterAll(async () => {
  await browser?.close();
  report?.cleanup();
});

const KIND_KEYS = MARK_KINDS.map((k) => k.key) as ('athletes' | 'events' | 'competitions' | 'performances' | 'quotes')[];

async function openArticle(page: Page, id: string) {
  await page.goto(`${report.url}#/a/${id}`);
  await page.waitForSelector('#body .para');
}

describe('seeds report', () => {
  it('opens with no console errors, no failed requests and no request outside its folder', async () => {
    const page = await browser.context.newPage();
    const w = watch(page);
    await page.goto(report.url);
    await page.waitForSelector('#list tbody tr');
    for (const a of report.facts.articles) await openArticle(page, a.id);
    await page.goto(`${report.url}#/f/3`);
    await page.waitForSelector('#facts tbody tr');
    expect(w.errors).toEqual([]);
    expect(w.failed).toEqual([]);
    const folder = report.url.replace(/index\.html$/, '');
    expect(w.requests.filter((u) => !u.startsWith(folder))).toEqual([]);
    expect(w.requests.some((u) => u.endsWith('data/chunk-0.js'))).toBe(true);
    expect(await page.locator('#list tbody tr').count()).toBe(0); // facts view now
    await page.close();
  });

  it('draws every mention of the facts as a labelled span whose text is the mention', async () => {
    const page = await browser.context.newPage();
    let checked = 0;
    for (const a of report.facts.articles) {
      await openArticle(page, a.id);
      const drawn = Object.values(await readDrawnMarks(page));
      KIND_KEYS.forEach((key, k) => {
        for (const rec of report.facts[key]) {
          for (const m of rec.mentions) {
            if (m.article !== a.id) continue;
            const d = drawn.find((x) => x.start === m.start && x.end === m.end && x.kinds.includes(k));
            expect(d, `${key} ${rec.id} ${m.start}-${m.end} "${m.text}"`).toBeDefined();
            expect(d!.text).toBe(m.text);
            expect(d!.contiguous).toBe(true);
            expect(d!.labelled).toBe(true);
            checked++;
          }
        }
      });
    }
    expect(checked).toBe(KIND_KEYS.reduce((n, k) => n + report.facts[k].reduce((s, r) => s + r.mentions.length, 0), 0));
    expect(checked).toBeGreaterThan(50);
    await page.close();
  });

  it('draws each performance’s links: arcs from the time within its paragraph (redrawn on resize), the rest in a table', async () => {
    const page = await browser.context.newPage();
    let arcs = 0;
    for (const a of report.facts.articles) {
      await openArticle(page, a.id);
      const drawn = await readDrawnMarks(page);
      const markAt = (start: number, end: number, k: number) => Object.entries(drawn).find(([, d]) => d.start === start && d.end === end && d.kinds.includes(k))?.[0];
      for (const p of report.facts.performances) {
        for (const m of p.mentions.filter((x) => x.article === a.id)) {
          const from = markAt(m.start, m.end, 3);
          expect(from).toBeDefined();
          const roles = [p.athlete, p.event, p.competition].map((v, role) => (v === null ? -1 : role)).filter((r) => r >= 0);
          for (const role of roles) {
            const arc = page.locator(`#body svg.links path[data-from="${from}"][data-role="${role}"]`);
            const row = page.locator(`table.far tr[data-from="${from}"][data-role="${role}"]`);
            const n = (await arc.count()) + (await row.count());
            expect(n, `performance ${p.id} role ${role}`).toBe(1);
            if (await arc.count()) {
              arcs++;
              // the arc starts on the time's first line box and ends on its target's
              const ok = await arc.evaluate((el) => {
                const svg = (el as unknown as SVGPathElement).ownerSVGElement!;
                const base = svg.getBoundingClientRect();
                const d = el.getAttribute('d')!;
                const nums = d.match(/-?\d+(?:\.\d+)?/g)!.map(Number);
                const [x1, y1] = [nums[0]!, nums[1]!];
                const [x2, y2] = [nums[nums.length - 2]!, nums[nums.length - 1]!];
                const rect = (i: string) => document.querySelector(`#body [data-first~="${i}"]`)!.getClientRects()[0]!;
                const a = rect(el.getAttribute('data-from')!);
                const b = rect(el.getAttribute('data-to')!);
                const inside = (x: number, y: number, r: DOMRect) => x >= r.left - base.left - 1 && x <= r.right - base.left + 1 && Math.abs(y - (r.top - base.top)) < 1.5;
                return inside(x1, y1, a) && inside(x2, y2, b);
              });
              expect(ok).toBe(true);
            }
          }
        }
      }
      // narrower window: the text wraps differently and the arcs follow it
      const before = await page.locator('#body svg.links path').evaluateAll((ps) => ps.map((p) => p.getAttribute('d')));
      await page.setViewportSize({ width: 520, height: 800 });
      await page.waitForFunction((b) => Array.from(document.querySelectorAll('#body svg.links path')).some((p, i) => p.getAttribute('d') !== b[i]), before);
      const ok = await page.locator('#body svg.links path').evaluateAll((ps) =>
        ps.every((el) => {
          const base = (el as SVGPathElement).ownerSVGElement!.getBoundingClientRect();
          const nums = el.getAttribute('d')!.match(/-?\d+(?:\.\d+)?/g)!.map(Number);
          const r = document.querySelector(`#body [data-first~="${el.getAttribute('data-from')}"]`)!.getClientRects()[0]!;
          return Math.abs(nums[1]! - (r.top - base.top)) < 1.5;
        }),
      );
      expect(ok).toBe(true);
      await page.setViewportSize({ width: 1000, height: 800 });
    }
    expect(arcs).toBeGreaterThan(5);
    await page.close();
  });

  it('shows the fact, its id and its rules on hover and on focus', async () => {
    const page = await browser.context.newPage();
    const perf = report.facts.performances[0]!;
    const m = perf.mentions[0]!;
    await page.goto(`${report.url}#/a/${m.article}/m/${m.start}`);
    await page.waitForSelector('#body .para');
    // the route focuses the mention
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('s'))).toBe(true);
    const tip = page.locator('#tip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain(perf.id);
    expect(await tip.textContent()).toMatch(/rules: .*time\//);
    await page.keyboard.press('Escape');
    await expect.poll(() => tip.isVisible()).toBe(false);
    const ath = report.facts.athletes[0]!;
    const am = ath.mentions.find((x) => x.article === m.article) ?? ath.mentions[0]!;
    await page.goto(`${report.url}#/a/${am.article}/m/${am.start}`);
    await page.waitForSelector('#body .para');
    await page.mouse.move(0, 0);
    await page.locator(`#body .s[data-first]`).first().hover();
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toMatch(/id (ath|evt|cmp|prf|q)_/);
    await page.close();
  });

  it('filters the article list and the fact tables', async () => {
    const page = await browser.context.newPage();
    await page.goto(report.url);
    await page.waitForSelector('#list tbody tr');
    const rows = () => page.locator('#list tbody tr').count();
    expect(await rows()).toBe(2);
    await page.fill('#q', '001_');
    await expect.poll(rows).toBe(1);
    await page.fill('#q', '');
    const farah = report.facts.athletes.find((a) => a.name === 'Mo Farah')!;
    await page.fill('#f-ath', 'farah');
    await expect.poll(rows).toBe(new Set(farah.mentions.map((m) => m.article)).size);
    await page.fill('#f-ath', 'nobody at all');
    await expect.poll(rows).toBe(0);
    expect(await page.textContent('#list-count')).toBe('0 of 2 articles');
    await page.fill('#f-ath', '');
    await page.fill('#f-comp', 'millrose');
    const millrose = report.facts.competitions.filter((c) => /millrose/i.test(c.name));
    await expect.poll(rows).toBe(new Set(millrose.flatMap((c) => c.mentions.map((m) => m.article))).size);
    await page.fill('#f-comp', '');
    await page.check('#f-problems');
    await expect.poll(rows).toBe(0); // the seeds run has no problems
    await page.uncheck('#f-problems');
    await page.selectOption('#f-kind', '4');
    await expect.poll(rows).toBe(new Set(report.facts.quotes.flatMap((q) => q.mentions.map((m) => m.article))).size);

    await page.goto(`${report.url}#/f/0`);
    await page.waitForSelector('#facts tbody tr');
    const frows = () => page.locator('#facts tbody tr').count();
    expect(await frows()).toBe(report.facts.athletes.length);
    await page.fill('#ff-q', 'josh kerr');
    await expect.poll(frows).toBe(1);
    await page.click('#facts tbody tr td:first-child a');
    await page.waitForSelector('#body .s.hl');
    const kerr = report.facts.athletes.find((a) => a.name === 'Josh Kerr')!;
    const article = await page.evaluate(() => location.hash.split('/')[2]);
    const marked = await page.locator('#body .s.hl').evaluateAll((els) => els.map((e) => e.textContent).join('|'));
    for (const m of kerr.mentions.filter((x) => x.article === article)) expect(marked).toContain(m.text);
    await page.goto(`${report.url}#/f/3`);
    await page.waitForSelector('#facts tbody tr');
    await page.fill('#ff-q', ''); // the filters stay as they were across kinds
    await expect.poll(frows).toBe(report.facts.performances.length);
    await page.fill('#ff-art', '000_');
    await expect.poll(frows).toBe(report.facts.performances.filter((p) => p.mentions.some((m) => m.article === report.facts.articles[0]!.id)).length);
    await page.close();
  });

  it('is keyboard navigable: / to search, arrows through rows, Enter opens, Tab and n/p through mentions', async () => {
    const page = await browser.context.newPage();
    await page.goto(report.url);
    await page.waitForSelector('#list tbody tr');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
    await page.keyboard.type('000_');
    await expect.poll(() => page.locator('#list tbody tr').count()).toBe(1);
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.closest('#list tbody') !== null)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForSelector('#body .para');
    expect(await page.evaluate(() => location.hash)).toBe(`#/a/${report.facts.articles[0]!.id}`);
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => !!document.activeElement?.matches('#body .s[data-first]'))) break;
    }
    const first = await page.evaluate(() => document.activeElement?.getAttribute('data-first'));
    expect(first).toBeTruthy();
    await expect.poll(() => page.locator('#tip').isVisible()).toBe(true);
    await page.keyboard.press('n');
    const second = await page.evaluate(() => document.activeElement?.getAttribute('data-first'));
    expect(second).toBeTruthy();
    expect(second).not.toBe(first);
    await page.keyboard.press('p');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-first'))).toBe(first);
    await page.close();
  });

  it('shows the dropped candidates when toggled (off by default): drawn over their text, rule id and reason in the tooltip', async () => {
    // a known drop from the run's own decision log (--report implies it): the first candidate the competitions stage dropped
    const log = readFileSync(path.join(report.out, 'explain.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as ExplainLine);
    const line = log.find((l) => l.decisions.some((d) => d.verdict === 'reject' && d.stage === 'competitions'))!;
    expect(line).toBeDefined();
    const drops = line.decisions.filter((d) => d.verdict === 'reject').sort((x, y) => x.start - y.start || y.end - x.end);
    const known = drops.findIndex((d) => d.stage === 'competitions');
    const drop = drops[known]!;
    const page = await browser.context.newPage();
    const w = watch(page);
    await openArticle(page, line.article);
    const toggle = page.locator('#show-drops');
    expect(await toggle.isChecked()).toBe(false);
    expect(await page.locator('#body .drop').count()).toBe(0);
    await toggle.check();
    await expect.poll(() => page.locator('#body .drop[tabindex]').count()).toBe(drops.length);
    const box = page.locator(`#body .drop[data-d="${known}"]`).first();
    // drawn over the candidate's own text: its box is the first line box of [start, end) in the rendered text
    const [boxRect, textRect] = await box.evaluate((el, [start, end]) => {
      const point = (at: number) => {
        for (const p of Array.from(document.querySelectorAll<HTMLElement>('#body .para'))) {
          if (at < Number(p.dataset.start) || at > Number(p.dataset.end)) continue;
          let pos = Number(p.dataset.start);
          const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            if (at <= pos + n.textContent!.length) return [n, at - pos] as const;
            pos += n.textContent!.length;
          }
        }
        throw new Error(`offset ${at} not drawn`);
      };
      const r = document.createRange();
      r.setStart(...point(start));
      r.setEnd(...point(end));
      const t = r.getClientRects()[0]!;
      const b = el.getBoundingClientRect();
      return [[b.left, b.top, b.width], [t.left, t.top, t.width]];
    }, [drop.start, drop.end] as const);
    boxRect.forEach((v, i) => expect(Math.abs(v - textRect[i]!)).toBeLessThan(1.5));
    await page.mouse.move(0, 0);
    await box.hover();
    const tip = page.locator('#tip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    const text = (await tip.textContent())!;
    expect(text).toContain(`rule: ${drop.rule}`);
    expect(text).toContain(drop.reason);
    expect(text).toContain(`“${drop.text}”`);
    expect(text).toContain(`${drop.start}–${drop.end}`);
    // the choice holds across articles, and turning it off clears the boxes
    const other = report.facts.articles.find((a) => a.id !== line.article)!;
    await openArticle(page, other.id);
    expect(await page.locator('#show-drops').isChecked()).toBe(true);
    await page.locator('#show-drops').uncheck();
    await expect.poll(() => page.locator('#body .drop').count()).toBe(0);
    expect(w.errors).toEqual([]);
    await page.close();
  });

  it('keeps the texts and tables readable without JavaScript', async () => {
    const nojs = await launch({ javaScriptEnabled: false });
    try {
      const page = await nojs.context.newPage();
      await page.goto(report.url);
      const text = await page.locator('main').innerText();
      for (const a of report.facts.articles) expect(text).toContain(a.text!.slice(0, 40).trim().split('\n')[0]);
      expect(await page.locator('main .static .s[data-lb]').count()).toBeGreaterThan(50);
      expect(await page.locator('#facts-performances + table tbody tr').count()).toBe(report.facts.performances.length);
      expect(await page.locator('#summary svg[role=img]').count()).toBeGreaterThan(1);
    } finally {
      await nojs.close();
    }
  });
});
