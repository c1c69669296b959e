/** The report's pure parts: span splitting and levels, paragraphs, escaping, links, rule traces, colours. */
import { describe, expect, it } from 'vitest';
import { assignLevels, splitAtBoundaries, paragraphRanges } from '../../src/report/client/spans.js';
import { escHtml, renderParagraph } from '../../src/report/client/render.js';
import type { MarkRow } from '../../src/report/client/render.js';
import { jsonForScript } from '../../src/report/escape.js';
import { contrast, MARK_KINDS } from '../../src/report/kinds.js';
import { rulesFromDebugTraces } from '../../src/report/rules.js';
import { athleteId, performanceId } from '../../src/merge/index.js';

const S = (start: number, end: number) => ({ start, end });

describe('splitAtBoundaries', () => {
  it.each([
    ['no spans', 0, 10, [], [[0, 10, []]]],
    ['one span inside', 0, 10, [S(2, 5)], [[0, 2, []], [2, 5, [0]], [5, 10, []]]],
    ['nested', 0, 10, [S(0, 10), S(3, 6)], [[0, 3, [0]], [3, 6, [0, 1]], [6, 10, [0]]]],
    ['overlapping', 0, 10, [S(1, 6), S(4, 9)], [[0, 1, []], [1, 4, [0]], [4, 6, [0, 1]], [6, 9, [1]], [9, 10, []]]],
    ['same span twice', 0, 4, [S(1, 3), S(1, 3)], [[0, 1, []], [1, 3, [0, 1]], [3, 4, []]]],
    ['touching', 0, 6, [S(0, 3), S(3, 6)], [[0, 3, [0]], [3, 6, [1]]]],
    ['clipped to the range', 5, 10, [S(2, 7), S(9, 14)], [[5, 7, [0]], [7, 9, []], [9, 10, [1]]]],
    ['empty and inverted spans cover nothing', 0, 4, [S(2, 2), S(3, 1)], [[0, 4, []]]],
  ] as const)('%s', (_, from, to, spans, want) => {
    const got = splitAtBoundaries(from, to, spans as never).map((p) => [p.start, p.end, p.cover]);
    expect(got).toEqual(want);
  });

  it('pieces always tile the range, and each piece is covered exactly by the spans that contain it', () => {
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    for (let t = 0; t < 300; t++) {
      const spans = Array.from({ length: rnd(6) }, () => {
        const a = rnd(30);
        return S(a, a + 1 + rnd(12));
      });
      const pieces = splitAtBoundaries(0, 40, spans);
      expect(pieces[0]!.start).toBe(0);
      expect(pieces.at(-1)!.end).toBe(40);
      pieces.forEach((p, i) => {
        if (i) expect(p.start).toBe(pieces[i - 1]!.end);
        expect(p.cover).toEqual(spans.flatMap((s, j) => (s.start <= p.start && s.end >= p.end ? [j] : [])));
      });
    }
  });
});

describe('assignLevels', () => {
  it.each([
    ['disjoint spans share level 0', [S(0, 2), S(3, 5)], [0, 0]],
    ['nested: the outer span below', [S(3, 6), S(0, 10)], [1, 0]],
    ['overlap chain', [S(0, 5), S(3, 8), S(6, 9)], [0, 1, 0]],
    ['three at one place', [S(0, 9), S(0, 9), S(2, 4)], [0, 1, 2]],
  ] as const)('%s', (_, spans, want) => {
    expect(assignLevels(spans as never)).toEqual(want);
  });
  it('overlapping spans never share a level', () => {
    const spans = [S(0, 4), S(1, 3), S(2, 9), S(5, 7), S(6, 12), S(8, 10)];
    const lv = assignLevels(spans);
    spans.forEach((a, i) => spans.forEach((b, j) => i < j && a.start < b.end && b.start < a.end && expect(lv[i]).not.toBe(lv[j])));
  });
});

describe('paragraphRanges', () => {
  it.each([
    ['one', 'abc', [[0, 3]]],
    ['blank lines between', 'ab\n\ncd\n \n\nef', [[0, 2], [4, 6], [10, 12]]],
    ['single newlines stay in the paragraph', 'ab\ncd', [[0, 5]]],
    ['leading and trailing breaks', '\n\nab\n\n', [[2, 4]]],
  ] as const)('%s', (_, text, want) => {
    expect(paragraphRanges(text).map((p) => [p.start, p.end])).toEqual(want);
  });
});

describe('escaping', () => {
  it('escHtml leaves no markup or attribute breakout', () => {
    expect(escHtml(`<script>a("x")</script>&'`)).toBe('&lt;script&gt;a(&quot;x&quot;)&lt;/script&gt;&amp;&#39;');
  });
  it('jsonForScript has no < > & or line separators and parses back to the value', () => {
    const v = { t: '</script><script>alert(1)</script><!-- & \u2028\u2029 -->', n: [1, 'ü'] };
    const s = jsonForScript(v);
    expect(s).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(s)).toEqual(v);
  });
  it('renderParagraph escapes the text inside and outside mentions, and keeps every character once', () => {
    const text = 'a <b>Kerr</b> & "x"';
    const marks: MarkRow[] = [[0, 0, 5, 9], [4, 0, 2, 13]];
    const html = renderParagraph(text, 0, text.length, marks, MARK_KINDS, 0);
    expect(html).not.toMatch(/<b>|<\/b>/);
    const plain = html.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    expect(plain).toBe(text);
    // the athlete mention nested in the quote: one piece covered by both, labelled where each starts
    expect(html).toContain('data-m="0 1" data-k="0 4"');
    expect(html).toMatch(/data-lb="QUOTE"[^>]*>&lt;b&gt;</);
    expect(html).toMatch(/data-lb="ATH"[^>]*>Kerr</);
  });
});

describe('rules adapter', () => {
  it('maps debug.json keys to fact ids', () => {
    const rules = rulesFromDebugTraces({ 'a.txt': { 'athlete:josh kerr': ['person/full-name', 'person/full-name', 'person/surname'], 'performance:josh kerr|1500m|209.38': ['time/m-ss-cc'], 'bogus': ['x'] } });
    expect(rules('a.txt', athleteId('josh kerr'))).toEqual(['person/full-name', 'person/surname']);
    expect(rules('a.txt', performanceId('josh kerr|1500m|209.38'))).toEqual(['time/m-ss-cc']);
    expect(rules('b.txt', athleteId('josh kerr'))).toBeNull();
  });
});

describe('colours', () => {
  it.each(MARK_KINDS.map((k) => [k.key, k.color]))('%s: white labels ≥ 4.5:1 on it, and it ≥ 3:1 on the white page', (_, color) => {
    expect(contrast('#ffffff', color)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(color, '#ffffff')).toBeGreaterThanOrEqual(3);
  });
  it('the contrast function gives the known extremes', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#777777')).toBe(1);
  });
});
