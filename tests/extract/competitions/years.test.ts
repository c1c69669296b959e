import { describe, expect, it } from 'vitest';
import { segmentArticle } from '../../../src/segment/index.js';
import { extractCompetitions, loadCompetitionLexicon } from '../../../src/extract/competitions/index.js';
import { nearestEdition } from '../../../src/extract/competitions/resolve.js';

const lex = loadCompetitionLexicon();
const records = (body: string, publishedAt: string | null = null) =>
  [...new Set(extractCompetitions(segmentArticle({ source: 't.txt', sha256: 'x', title: null, publishedAt, body }, 'a_t'), lex).map((m) => `${m.name}|${m.year ?? ''}`))].sort();

describe('time cues against the article date', () => {
  it.each<[string, string, string[]]>([
    ["She won last year's London Marathon.", '2024-05-01', ['London Marathon|2023']],
    ["He is targeting next year's Commonwealth Games.", '2005-03-01', ['Commonwealth Games|2006']],
    ['He won the Bislett Games in Oslo a year ago.', '2024-06-30', ['Bislett Games|2023']],
    ['In 2024, Kerr lowered the record at the Millrose Games.', '2025-01-10', ['Millrose Games|2024']],
    // a championship without an edition that year stays undated
    ['He hopes to be fit for the World Championships.', '2024-05-01', ['World Athletics Championships|']],
    ['He hopes to be fit for the World Championships.', '2025-05-01', ['World Athletics Championships|2025']],
    // "last August" before the article's month is the same year
    ['She won the Weltklasse last August.', '2024-10-01', ['Weltklasse Zurich|2024']],
    // "in April" without a year: the last April, nearer than a year of something else in the sentence
    ['Her win at the Boston Marathon in April made her the first since Varga in 1989 to win both.', '2023-11-06', ['Boston Marathon|2023']],
    ['She won the Boston Marathon in November.', '2023-04-06', ['Boston Marathon|2022']],
    // in a sentence about the future, the next one
    ['She will run the London Marathon in April.', '2023-11-06', ['London Marathon|2024']],
  ])('%s (%s)', (body, date, expected) => expect(records(body, date)).toEqual(expected));
});

describe('articles without a date', () => {
  it.each<[string, string[]]>([
    // the latest year written outside competition names
    ["She was banned until the end of 2005. She will run at this year's London Marathon.", ['London Marathon|2005']],
    // a year bid for or a year since is not the article's year
    ["He is an ambassador for London's 2012 Olympic bid. He runs the London Marathon.", ['London Marathon|']],
    ['She has not raced indoors since 2000 but will run the European Indoor Championships.', ['European Indoor Championships|']],
    // an edition city said to be this summer fixes the year
    ['He wants the world 5,000m crown in Helsinki this summer. He will also run the World Cross Country Championships.', ['World Athletics Championships|2005', 'World Cross Country Championships|2005']],
    // an edition the lead dates by its city is later than the years of old marks in the body
    ['Varga won the Valbruna Indoor Championships.\n\nShe was coming off the World Indoor Championships in Glasgow.\n\nThe record of 44.57 was run by Ines Harrow in 2005.', ['Valbruna Indoor Championships|2024', 'World Athletics Indoor Championships|2024']],
    // but an old edition in the lead does not pull the article back ("the 1936 Berlin Games")
    ['Varga won the 2004 Valbruna Awards.\n\nThe awards honour a man who won at the Berlin Olympics.', ['Olympic Games|1936']],
    // no year at all: undated
    ['He will run the London Marathon.', ['London Marathon|']],
  ])('%s', (body, expected) => expect(records(body)).toEqual(expected));
});

describe('nearestEdition', () => {
  it.each<[number[], number | null, number | null]>([
    [[1983, 2005], 2006, 2005],
    [[1983, 2005], 1984, 1983],
    [[1983, 2005], null, 2005],
    [[], 2005, null],
  ])('%j near %s → %s', (years, target, expected) => expect(nearestEdition(years, target)).toBe(expected));
});

describe('an undated article dated by its seasons', () => {
  it.each<[string, string[]]>([
    ['He won gold at the Athens Olympics. He broke onto the scene at the Olympic Games last season. He won at the Leipzig International meeting.', ['Leipzig International|2005', 'Olympic Games|2004']],
    ['Greene lost his Olympic 100m title in Athens and aims for a World Championship crown this summer. He runs at the Norwich Union Grand Prix.', ['Norwich Union Grand Prix|2005', 'Olympic Games|2004', 'World Athletics Championships|2005']],
    // a week or a month is no season: "next weekend's trials" does not date the Olympics
    ["He won gold at the Athens Olympics, and he will now turn his attention to next weekend's European trials.", ['European Trials|', 'Olympic Games|2004']],
    // a month cue right next to an edition city does: "next month's European Indoor Championships in Madrid"
    ["She can win a medal at next month's European Indoor Championships in Madrid. She runs at the Birmingham Grand Prix.", ['Birmingham Grand Prix|2005', 'European Indoor Championships|2005']],
  ])('%s', (body, expected) => expect(records(body)).toEqual(expected));
});
