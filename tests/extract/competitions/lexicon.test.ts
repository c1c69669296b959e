import { describe, expect, it } from 'vitest';
import { segmentArticle } from '../../../src/segment/index.js';
import { CompetitionRuleSchema, SERIES, extractCompetitions, loadCompetitionLexicon, type CompetitionLexicon } from '../../../src/extract/competitions/index.js';
import { correctWord } from '../../../src/extract/competitions/lexicon.js';

const lex = loadCompetitionLexicon();
const run = (body: string, l: CompetitionLexicon = lex, publishedAt: string | null = '2024-06-01') =>
  extractCompetitions(segmentArticle({ source: 't.txt', sha256: 'x', title: null, publishedAt, body }, 'a_t'), l);

describe('gazetteer data', () => {
  it('every built-in entry passes the schema, with a unique id', () => {
    for (const r of SERIES) expect(CompetitionRuleSchema.safeParse(r).success, r.id).toBe(true);
    expect(new Set(SERIES.map((r) => r.id)).size).toBe(SERIES.length);
  });

  it('rejects unknown keys and bad years, naming the path', () => {
    const base = { id: 'x/y', reason: 'r', name: 'Y Games', kind: 'meeting', indoor: false, forms: ['y games'] };
    expect(CompetitionRuleSchema.safeParse(base).success).toBe(true);
    expect(CompetitionRuleSchema.safeParse({ ...base, colour: 'red' }).success).toBe(false);
    expect(CompetitionRuleSchema.safeParse({ ...base, editions: { '24': 'Paris' } }).success).toBe(false);
    expect(() => loadCompetitionLexicon([{ ...base, forms: [] } as never])).toThrow(/lexicons\.competitions\[0\]\.forms/);
  });

  it('takes config extensions, and one with a built-in id merges into it (a single value such as the name replaced)', () => {
    const l = loadCompetitionLexicon([
      { id: 'club/summer-meet', reason: 'a club meeting', name: 'Riverside Summer Meet', kind: 'meeting', indoor: false, annual: true, location: 'Riverside', forms: ['riverside summer meet'] },
      { id: 'competition/millrose', reason: 'renamed', name: 'Millrose Games NYC', kind: 'meeting', indoor: true, annual: true, forms: ['millrose games'] },
    ]);
    expect(run('She won at the Riverside Summer Meet.', l).map((m) => [m.name, m.year, m.location, m.rule])).toEqual([['Riverside Summer Meet', 2024, 'Riverside', 'club/summer-meet']]);
    expect(run('She won at the Millrose Games.', l)[0]?.name).toBe('Millrose Games NYC');
  });
});

describe('tolerant match', () => {
  it.each([
    ['milrose', 'millrose'],
    ['prefontane', 'prefontaine'],
    ['championshps', 'championships'],
    ['millrosse', 'millrose'],
    ['millrise', 'millrose'], // a letter replaced
    ['prefontaone', 'prefontaine'],
    ['chamiponships', 'championships'], // two letters swapped: one deletion from each
  ])('%s → %s', (typo, word) => expect(correctWord(lex, typo)).toBe(word));

  // known words themselves, and words no known word is one letter from (the prefix and letter-set tests reject most early)
  it.each([['marathon'], ['olympian'], ['games'], ['kilrose'], ['athens'], ['helsinki'], ['millrxzse'], ['mullrose']])('%s is left alone', (w) => expect(correctWord(lex, w)).toBeNull());

  it('resolves a misspelt series name', () => {
    expect(run('Kerr broke the record at the Milrose Games.').map((m) => [m.text, m.name])).toEqual([['Milrose Games', 'Millrose Games']]);
    expect(run('IAAF World Championships in Helsinki', lex, null).map((m) => [m.name, m.year])).toEqual([['World Athletics Championships', 2005]]);
  });
});

describe('titles and races of a series', () => {
  it.each<[string, string | null, string[]]>([
    // a title alone is no competition
    ['The Olympic champion won again.', '2005-02-01', []],
    ['The four-time world 1500m champion is hungry.', '2005-02-01', []],
    // a title anchored by a year, a city or a time cue is one
    ['Kenteris, the 2000 Olympic 200m champion, quit.', null, ['Olympic Games|2000']],
    ['He wants the world 5,000m crown in Helsinki this summer.', null, ['World Athletics Championships|2005']],
    ['He achieved a lifetime ambition last August when he clinched his Olympic titles.', '2005-02-01', ['Olympic Games|2004']],
    // a race of a series in its edition year
    ['The Olympic final will be faster.', '2024-05-16', ['Olympic Games|2024']],
    ['The Olympic final will be faster.', '2005-05-16', []],
    // records, rankings and bodies are not titles
    ['He broke the world record and leads the World Athletics rankings.', '2024-05-16', []],
  ])('%s', (body, date, expected) => {
    expect([...new Set(run(body, lex, date).map((m) => `${m.name}|${m.year ?? ''}`))]).toEqual(expected);
  });
});

describe('edition cities', () => {
  it.each<[string, string | null, string[]]>([
    ['They quit the Athens Olympics.', null, ['Olympic Games|2004']],
    ['He is eyeing gold at the Paris Games.', null, ['Olympic Games|2024']],
    ['World Athletics Indoor Championships Glasgow 2024 - Day Two', null, ['World Athletics Indoor Championships|2024']],
    ['She won gold at Tokyo 2020.', null, ['Olympic Games|2020']],
    ['He won a silver at the Manchester Games.', null, ['Commonwealth Games|2002']],
    // a city alone only names an edition of a series the article names, near the article's year
    ['The pair had a thrilling battle in Athens. The Olympic champion jumped 4.91m.', '2005-01-20', ['Olympic Games|2004']],
    ['The pair had a thrilling battle in Athens.', '2005-01-20', []],
    ['Chepkemei joins Edinburgh line-up after the World Cross Country Championships.', null, ['World Cross Country Championships|']],
  ])('%s', (body, date, expected) => {
    expect([...new Set(run(body, lex, date).map((m) => `${m.name}|${m.year ?? ''}`))]).toEqual(expected);
  });
});
