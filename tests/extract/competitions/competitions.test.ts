import { describe, expect, it } from 'vitest';
import { segmentArticle } from '../../../src/segment/index.js';
import { extractCompetitions, loadCompetitionLexicon } from '../../../src/extract/competitions/index.js';
import type { RawArticle } from '../../../src/types.js';

const lex = loadCompetitionLexicon();

function run(body: string, publishedAt: string | null = null) {
  const raw: RawArticle = { source: 't.txt', sha256: 'x', title: null, publishedAt, body };
  return extractCompetitions(segmentArticle(raw, 'a_t'), lex);
}
const records = (body: string, publishedAt: string | null = null) =>
  [...new Set(run(body, publishedAt).map((m) => `${m.name}|${m.year ?? ''}`))].sort();

describe('gazetteer series', () => {
  it.each([
    ['He won at the 2023 World Championships in Budapest.', null, ['World Athletics Championships|2023']],
    ['She set a record at the Milrose Games in New York.', '2024-02-20', ['Millrose Games|2024']],
    ['He beat Farah at the IAAF World Championships in Helsinki this summer.', '2005-09-01', ['World Athletics Championships|2005']],
    ['Kerr won at the World Athletics Indoor Championships Glasgow 2024.', null, ['World Athletics Indoor Championships|2024']],
    ['Both ran at the Athens Olympics.', null, ['Olympic Games|2004']],
    ['They meet at the Prefontaine Classic 2024 in May.', null, ['Prefontaine Classic|2024']],
    ['She took part in the 2002 and 2003 London Marathons.', null, ['London Marathon|2002', 'London Marathon|2003']],
    ['He was edged out in the New York Marathon last year.', '2005-02-01', ['New York City Marathon|2004']],
    ['She won at the Monaco Diamond League after winning the Diamond League meeting in Lausanne.', '2023-07-22', ['Athletissima|2023', 'Herculis|2023']],
  ])('%s', (body, date, expected) => {
    expect(records(body, date)).toEqual(expected);
  });

  it('resolves later short mentions to the edition named earlier', () => {
    const body = 'Kerr won the 1500m at the 2023 World Championships.\n\nThe Olympic final will be faster than the Worlds, he said.';
    const ms = run(body, '2024-05-16');
    expect(ms.filter((m) => m.name === 'World Athletics Championships').map((m) => [m.text, m.year])).toEqual([
      ['World Championships', 2023],
      ['Worlds', 2023],
    ]);
    expect(ms.find((m) => m.name === 'Olympic Games')?.year).toBe(2024);
  });

  it('gives offsets into the text and the rule id', () => {
    const body = 'At the Bislett Games he won.';
    const [m] = run(body, '2019-06-14');
    expect(m).toMatchObject({ name: 'Bislett Games', year: 2019, location: 'Oslo', text: 'Bislett Games', rule: 'competition/bislett' });
    expect(body.slice(m!.start, m!.end)).toBe('Bislett Games');
  });
});

describe('not competitions', () => {
  it.each([
    ['Kerr was third in the World Athletics rankings.'],
    ['He was named Scottish Sportsperson of the Year.'],
    ['Athletics Kenya suspended her. World Athletics confirmed it.'],
    ['The world champion broke the world record.'],
    ['About 60 people attended the meeting in Monaco.'],
    ['In Race 1 Will Ferguson won in 4:12.9.'],
    ['He ran a PB 10k in Telford.'],
  ])('%s', (body) => {
    expect(records(body, '2024-01-01')).toEqual([]);
  });
});

describe('generic names', () => {
  it.each([
    ['Ferguson flies in Bourton 10k', ['Bourton 10k|2018']],
    ['He won the Staverton 10-mile race.', ['Staverton 10 Mile|2018']],
    ['A week after the Wokingham Half Marathon.', ['Wokingham Half Marathon|2018']],
    ['Isinbayeva will take part in the 2005 Norwich Union Grand Prix in Birmingham.', ['Norwich Union Grand Prix|2005']],
    ['Cheltenham Harriers Midsummer Open III - 19/07/2017\n\nStriders ran at the 3rd Cheltenham Midsummer Open.', ['Cheltenham Harriers Midsummer Open|2017']],
    ['Masai missed the national trials in early February.', ['National Trials|2018']],
    ['She won the 100m at the NAAA/ACME National Senior Championships in Lagos.', ['NAAA/ACME National Senior Championships|2018']],
  ])('%s', (body, expected) => {
    expect(records(body, '2018-02-26')).toEqual(expected);
  });
});

describe('hostile input stays fast', () => {
  it.each([
    ['no spaces', 'a'.repeat(1_000_000)],
    ['colons', '1:'.repeat(200_000)],
    ['quote marks', '"'.repeat(100_000)],
    ['capitalised words', 'Grand Prix Games Championships Open '.repeat(2_500)],
  ])('%s', (_name, body) => {
    const t0 = performance.now();
    run(body);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('meetings named after an edition city', () => {
  it.each([
    ['Kerr won the mile at the Paris Diamond League. The Olympic final is next.', '2024-06-10', ['Meeting de Paris|2024', 'Olympic Games|2024']],
    ['She ran at the Helsinki Grand Prix before the World Championships.', '2005-07-01', ['Helsinki Grand Prix|2005', 'World Athletics Championships|2005']],
  ])('%s', (body, date, expected) => {
    expect(records(body, date)).toEqual(expected);
  });
});

describe('a venue after a mention', () => {
  it('"in Eugene" after the Prefontaine Classic is its venue, and the time cue still reaches the mention', () => {
    const ms = run('Kipyegon broke the record at the Prefontaine Classic in Eugene last year.', '2024-06-01');
    expect(ms.map((m) => [m.name, m.year, m.location])).toEqual([['Prefontaine Classic', 2023, 'Eugene']]);
  });
});

describe('shields', () => {
  it.each([
    ['The curling team won gold at the 2002 Winter Olympics.'],
    ['She won at the Youth Olympic Games in Buenos Aires.'],
    ['Testers could not find them at the Olympic village.'],
    ['The hearing will take place at the Hellenic Olympic Committee building.'],
    ['The International Olympic Committee visited London.'],
    // a series of city marathons, not a race of the Worlds
    ['It was his first World Marathon major title.'],
    // parallel series: para-athletics and masters
    ['Records fell at the Para World Championships in Dubai.'],
    ['She won the W60 title at the World Masters Championships.'],
  ])('%s', (body) => {
    expect(records(body, '2005-03-01')).toEqual([]);
  });
});

describe('lower-case national and local meetings', () => {
  it.each([
    ['Masai missed the Kenyan trials.', ['Kenyan Trials|2018']],
    ['He won the Gloucestershire County cross country championships.', ['Gloucestershire County Cross Country Championships|2018']],
    ['She ran well at the national championships.', ['National Championships|2018']],
    // no qualifier, no country: nothing
    ['He did well at the championships and at the trials.', []],
  ])('%s', (body, expected) => {
    expect(records(body, '2018-02-26')).toEqual(expected);
  });
});

describe('more named races and meetings', () => {
  it.each([
    ["Gardener won the 60m at Sunday's Leipzig International meeting.", ['Leipzig International|2005']],
    ['Amnesty International criticised the federation.', []],
    ['Kathy Butler won the Cross Internacional de Venta de Baños on Sunday.', ['Cross Internacional de Venta de Baños|2005']],
    ['Meeting Kenyan officials, he apologised.', []],
    ['Cross Country runners train in winter.', []],
    ['She took part in the Kymin Dash, a seven-mile race.', ['Kymin Dash|2005']],
    ['Radcliffe failed to complete the Olympic marathon and dropped out of the Athens 10,000m.', ['Olympic Games|2004']],
    ['He broke the world 100m record.', []],
  ])('%s', (body, expected) => {
    expect(records(body, '2005-03-01')).toEqual(expected);
  });

  it('a year of a record is not the article year', () => {
    expect(records('Lagat won the Fayetteville Invitational meeting. Only the 1997 world record was faster.')).toEqual(['Fayetteville Invitational|']);
  });
});

describe('edition city inside a meeting name', () => {
  it('"Oregon Relays" is a meeting, not the Eugene Worlds', () => {
    expect(records('He won the 800m at the Oregon Relays.', '2024-05-16')).toEqual(['Oregon Relays|2024']);
  });
});

describe('lower-case heads', () => {
  // the head table was a plain object: "constructor" found Object.prototype's and the stage threw
  it('a word that names an Object.prototype member is no head', () => {
    expect(records('He thanked the stadium constructor after the race.', '2005-03-01')).toEqual([]);
  });
  it('"the national trials" still is one', () => {
    expect(records('He won at the national trials.', '2005-03-01')).toEqual(['National Trials|2005']);
  });
  it('names a country\'s trials with the possessive joined', () => {
    expect(run("He was third at Kenya's world cross country trials.", '2005-03-01').map((m) => m.name)).toEqual(["Kenya's World Cross Country Trials"]);
  });
});

describe('meetings named after their head', () => {
  it.each([
    // an edition city alone ("Rome" hosted the Olympics) may be the city of a meeting named after its head
    ['Varga won the 800m at the Diamond League meeting in Rome.', '2024-06-01', ['Golden Gala|2024']],
    ['Varga won the Marathon of Seville in a course record.', '2024-02-20', ['Seville Marathon|2024']],
    // a tour's meeting: the tour's name, then the city
    ['Varga ran 7.01 at the World Athletics Indoor Tour Silver meeting in Valbruna.', '2024-02-20', ['World Athletics Indoor Tour Valbruna|2024']],
    ['Varga won the Continental Tour Gold meeting in Valbruna.', '2024-05-20', ['Continental Tour Valbruna|2024']],
    // the tour alone is a series of meetings
    ['Varga leads the World Athletics Indoor Tour standings.', '2024-02-20', []],
  ])('%s', (body, date, expected) => {
    expect(records(body, date)).toEqual(expected);
  });

  it('a tour meeting written with "Indoor" is indoors', () => {
    expect(run('Varga ran at the World Athletics Indoor Tour Gold meeting in Valbruna.', '2024-02-20')[0]?.indoor).toBe(true);
  });
});

describe('names around an acronym, a distance first, a results line', () => {
  it.each([
    ['Varga won the Harrowgate Bay (HB) Half Marathon on Friday.', ['Harrowgate Bay Half Marathon|2024']],
    // a distance before a place the article names after "in"
    ['Varga won the "10K Valbruna Ibercaja" on Sunday. It was her first race in Valbruna.', ['10K Valbruna|2024']],
    ['Varga ran the 10K Valbruna on Sunday.', []],
    // "SURNAME Given" before a split is a results line, not a race
    ['DNF | POL | VARGONSKA Ines 1K 2:55.0 - 2K 5:53.0', []],
    ['Varga won the MID HARROWGATE 5km on Sunday.', ['MID HARROWGATE 5km|2024']],
  ])('%s', (body, expected) => {
    expect(records(body, '2024-03-01')).toEqual(expected);
  });
});

describe('trials', () => {
  it.each([
    // "Olympic Trials" alone is any country's: a generic name, not the US Trials
    ['He has not raced since the 2021 Olympic Trials in Valbruna.', ['Olympic Trials|2021']],
    ['She won the US Olympic Trials in Eugene.', ['US Olympic Trials|2024']],
    // the marathon trials are a race of their own
    ['She won the USA Olympic Team Trials Marathon in Orlando.', ['US Olympic Team Trials Marathon|2024']],
  ])('%s', (body, expected) => {
    expect(records(body, '2024-06-30')).toEqual(expected);
  });
});

describe('a past edition named by a year and a common noun', () => {
  it.each([
    ['Varga won four titles at the Valbruna Championships in Harrowgate. The podium recreated the one of the 2016 championships.', ['Valbruna Championships|2016', 'Valbruna Championships|2024']],
    // "race" and "edition": the article's own competition, not the championships named just before
    ['Varga won the Harrowgate Half Marathon. Others ran the World Cross Country Championships. It avoided a repeat of the crash at the 2023 race.', ['Harrowgate Half Marathon|2023', 'Harrowgate Half Marathon|2024', 'World Cross Country Championships|2024']],
    // nothing named before: nothing
    ['Varga recalled the 2016 championships.', []],
  ])('%s', (body, expected) => {
    expect(records(body, '2024-08-01')).toEqual(expected);
  });
});

describe('a named race held at a meeting', () => {
  it.each([
    ["Varga won the Valbruna Mile at Saturday's Millrose Games. The Valbruna Mile was fast.", ['Millrose Games|2024']],
    ['Varga won the Valbruna Mile on Sunday. She then went to the Millrose Games.', ['Millrose Games|2024', 'Valbruna Mile|2024']],
  ])('%s', (body, expected) => {
    expect(records(body, '2024-02-12')).toEqual(expected);
  });
});

describe('an edition city alone that is a named meeting\'s city', () => {
  it.each([
    // "Paris" alone is the Meeting de Paris the article names, dated by its own cue, not the 2003 Worlds
    ['Varga won at the Meeting de Paris. She had run 53.10 in Paris in 2018.', ['Meeting de Paris|2018', 'Meeting de Paris|2024']],
    // another meeting named: "Paris" stays what it was (an edition city of a series not named: nothing)
    ['Varga won at the Bislett Games. She had run 53.10 in Paris in 2018.', ['Bislett Games|2024']],
  ])('%s', (body, expected) => {
    expect(records(body, '2024-06-20')).toEqual(expected);
  });
});
