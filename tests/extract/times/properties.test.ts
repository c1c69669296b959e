import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Doc } from '../../../src/types.js';
import { NO_LOG } from '../../../src/rules/log.js';
import { chooseReading, extractTimes, plausibleSeconds } from '../../../src/extract/times/index.js';
import { extractEvents, loadEventLexicon } from '../../../src/extract/events/index.js';
import { DISTANCE_RULES } from '../../../src/extract/events/distance.js';
import { NOTATIONS } from '../../../src/extract/times/model.js';

const doc = (text: string): Doc => ({
  articleId: 'a_test', source: 'test.txt', text, title: null, publishedAt: null, year: null,
  blocks: [{ start: 0, end: text.length, kind: 'paragraph', index: 0 }],
  sentences: [{ start: 0, end: text.length, block: 0 }],
  log: NO_LOG,
});

// text built from the pieces that times and events are made of, so that the generator hits the rules
const piece = fc.constantFrom('1', '29', '3', '00', '15', ':', '.', ',', ' ', '-', 's', 'm', 'k', 'km', ' seconds', ' minutes', ' hours', ' and ', 'mile', 'miles', 'x', '4', 'in ', 'by ', 'under ', ' behind', '£', '(', ')', 'two', 'marathon', 'half', ' hurdles', ' relay', 'Kerr ', '\n');
const text = fc.array(piece, { maxLength: 60 }).map((a) => a.join(''));
const lexicon = loadEventLexicon();
const notationIds = NOTATIONS.map((n) => n.id);
const eventRuleIds = [...DISTANCE_RULES.map((r) => r.id), ...lexicon.rules.map((r) => r.id)];

describe('properties of extractTimes and extractEvents', () => {
  it('times: sorted, disjoint, inside the text, raw is the slice, readings finite and never empty', () => {
    fc.assert(
      fc.property(text, (t) => {
        const times = extractTimes(doc(t));
        let last = -1;
        for (const x of times) {
          expect(x.start).toBeGreaterThanOrEqual(last);
          expect(x.end).toBeGreaterThan(x.start);
          expect(x.end).toBeLessThanOrEqual(t.length);
          expect(x.raw).toBe(t.slice(x.start, x.end));
          expect(notationIds).toContain(x.rule);
          expect(x.readings.length).toBeGreaterThan(0);
          for (const r of x.readings) expect(Number.isFinite(r.seconds) && r.seconds > 0).toBe(true);
          const chosen = chooseReading(x, null);
          if (chosen) expect(plausibleSeconds(chosen.seconds, null)).toBe(true);
          last = x.end;
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('events: sorted, disjoint, inside the text, text is the slice, a canonical name', () => {
    fc.assert(
      fc.property(text, (t) => {
        let last = -1;
        for (const e of extractEvents(doc(t), lexicon)) {
          expect(e.start).toBeGreaterThanOrEqual(last);
          expect(e.text).toBe(t.slice(e.start, e.end));
          expect(eventRuleIds).toContain(e.rule);
          expect(e.name).toMatch(/^(?:\d+m|\d+km|\d+ Miles|Mile|4x\d+m Relay|\d+m (?:Hurdles|Steeplechase)|\d+k?m Race Walk|Half Marathon|Marathon|Cross Country|High Jump|Pole Vault|Long Jump|Triple Jump|Shot Put|Discus Throw|Hammer Throw|Javelin Throw|Pentathlon|Heptathlon|Decathlon)$/);
          last = e.end;
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('a reading of a time displays the seconds it holds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 }), (h, m, s) => {
        const written = `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
        const [x] = extractTimes(doc(`finished in ${written} today`));
        if (h * 3600 + m * 60 + s === 0) expect(x).toBeUndefined();
        else expect(x?.readings.some((r) => r.seconds === h * 3600 + m * 60 + s)).toBe(true);
      }),
    );
  });
});
