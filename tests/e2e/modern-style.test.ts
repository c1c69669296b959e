/**
 * Whole-article checks on web-copy style articles written for the tests (fixtures/modern-style): captions,
 * related-story lines, video placeholders and future races must not bend the facts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/index.js';

function facts(name: string) {
  const text = readFileSync(new URL(`../../fixtures/modern-style/${name}`, import.meta.url), 'utf8');
  const { facts: f } = extractText(text, name);
  const by = <T extends { id: string; name: string }>(list: T[], id: string | null) => list.find((x) => x.id === id)?.name ?? '-';
  return {
    athletes: f.athletes.map((a) => a.name).sort(),
    performances: f.performances
      .map((p) => `${by(f.athletes, p.athlete)} | ${by(f.events, p.event)} | ${p.result.display} | ${by(f.competitions, p.competition)} | ${p.place ?? '-'}`)
      .sort(),
    quotes: f.quotes.map((q) => `${q.speakerName}: ${q.text.slice(0, 30)}`).sort(),
  };
}

describe('modern web-copy articles', () => {
  it('a related-story line with a time in it gives no performance; a race still to come takes no time', () => {
    const f = facts('grant.txt');
    expect(f.athletes).not.toContain('Noah Lyles');
    expect(f.performances).toEqual([
      'Freddie Crittenden | 60m Hurdles | 7.47 | USATF Indoor Championships | 3',
      'Grant Holloway | 60m Hurdles | 7.27 | USATF Indoor Championships | -',
      'Trey Cunningham | 60m Hurdles | 7.43 | USATF Indoor Championships | -',
      'Yared Nuguse | Mile | 3:46.63 | USATF Indoor Championships | -',
    ]);
    expect(f.quotes).toEqual(['Grant Holloway: It felt amazing. I knew I had ', 'Grant Holloway: The crowd carried me home.', "Yared Nuguse: I'm still processing it. Hones"]);
  });

  it('a record holder named after "set by", places and a meet director who is not an athlete', () => {
    const f = facts('chebet.txt');
    expect(f.athletes).toContain('Letesenbet Gidey');
    expect(f.athletes).not.toContain('Tom Jordan');
    expect(f.performances).toContain('Beatrice Chebet | 10000m | 28:54.14 | Prefontaine Classic | -');
    expect(f.performances).toContain('Lilian Kasait Rengeruk | 10000m | 29:26.89 | Prefontaine Classic | 2');
    expect(f.performances).toContain('Tsigie Gebreselama | 10000m | 29:27.32 | Prefontaine Classic | 3');
    expect(f.quotes).toContain('Tom Jordan: This was a special night for d');
  });

  it('a title ("three-time Olympic champion") and a caption do not become the race of a time', () => {
    const f = facts('faith.txt');
    expect(f.performances).toContain('Faith Kipyegon | 1500m | 3:48.68 | Meeting de Paris | -');
    expect(f.performances).toContain('Diribe Welteji | 1500m | 3:51.44 | Meeting de Paris | 2');
    expect(f.performances).toContain('Grant Fisher | 5000m | 12:49.32 | Meeting de Paris | 2');
  });
});
