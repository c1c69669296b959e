import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { createPipeline, defaultConfig, ingestFile, createMergeState, addArticle, finalizeFacts, factsToJson } from '../../src/index.js';
import type { ArticleFacts } from '../../src/types.js';
import { applyArticle, createLedger, ledgerToMergeState, mergeLedgerInto } from '../../src/merge/ledger.js';
import { ledgerLines, parseLedgerText } from '../../src/merge/state-file.js';
import { FIXTURES } from '../cli/helpers.js';

const pipeline = createPipeline(defaultConfig);
const dir = path.join(FIXTURES, 'bbcsport-athletics');
const all: ArticleFacts[] = readdirSync(dir).sort().slice(0, 12).flatMap((f) => {
  const rel = `bbcsport-athletics/${f}`;
  return ingestFile(readFileSync(path.join(dir, f)), rel, defaultConfig.ingest).articles.map((a) => pipeline.extract(a).facts);
});
const viaMerge = (xs: ArticleFacts[]) => {
  const s = createMergeState();
  xs.forEach((x) => addArticle(s, structuredClone(x)));
  return factsToJson(finalizeFacts(s));
};
const viaLedger = (l: ReturnType<typeof createLedger>) => factsToJson(finalizeFacts(ledgerToMergeState(l)));

describe('the ledger (counted merge state)', () => {
  it('gives the bytes of the merge state', () => {
    const l = createLedger();
    all.forEach((x) => applyArticle(l, structuredClone(x)));
    expect(viaLedger(l)).toBe(viaMerge(all));
  });

  it.each([[[0]], [[3, 5]], [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]]])('taking away articles %j gives the ledger that never had them', (gone) => {
    const l = createLedger();
    all.forEach((x) => applyArticle(l, structuredClone(x)));
    for (const i of gone) applyArticle(l, structuredClone(all[i]!), -1);
    const kept = all.filter((_, i) => !gone.includes(i));
    expect(viaLedger(l)).toBe(viaMerge(kept));
    if (!kept.length) for (const m of Object.values(l)) expect(m.size).toBe(0);
  });

  it('an article added twice and taken away once is still there once', () => {
    const l = createLedger();
    all.slice(0, 3).forEach((x) => applyArticle(l, structuredClone(x)));
    applyArticle(l, structuredClone(all[1]!));
    applyArticle(l, structuredClone(all[1]!), -1);
    expect(viaLedger(l)).toBe(viaMerge(all.slice(0, 3)));
  });

  it('ledgers add up in any grouping, and survive their text form', () => {
    const parts = [all.slice(0, 4), all.slice(4, 7), all.slice(7)];
    const ledgers = parts.map((p) => {
      const l = createLedger();
      p.forEach((x) => applyArticle(l, structuredClone(x)));
      return parseLedgerText([...ledgerLines(l)].join(''));
    });
    const ab_c = createLedger();
    mergeLedgerInto(ab_c, ledgers[2]!);
    mergeLedgerInto(ab_c, ledgers[0]!);
    mergeLedgerInto(ab_c, ledgers[1]!);
    expect(viaLedger(ab_c)).toBe(viaMerge(all));
    expect([...ledgerLines(ab_c)].join('')).toBe([...ledgerLines(parseLedgerText([...ledgerLines(ab_c)].join('')))].join(''));
  });
});
