/** Places: ordinals that are no place, places said elsewhere, record marks and asides. */
import { describe, expect, it } from 'vitest';
import { performances } from './performances.js';
import { segmentArticle } from '../../src/segment/index.js';
import { readFrames } from '../../src/link/frame.js';
import { extractCompetitions, loadCompetitionLexicon } from '../../src/extract/competitions/index.js';

const placeOf = (text: string, time: string) => performances(text).find((p) => p.split(' | ')[2] === time)?.split(' | ')[4];

describe('places', () => {
  it.each([
    ['a count of wins is no place', 'Ines Varga secured a second 1500m win in 4:01.20 at the Valbruna Games.', '4:01.20', '1'],
    ['a superlative after an ordinal is no place', 'Ines Varga won the 800m with 1:58.10 in the fourth fastest time ever run in Leeds.', '1:58.10', '1'],
    ['a mile of the race is no place', 'Ines Varga pulled away in the 19th mile and won the Valbruna Marathon in 2:22:10.', '2:22:10', '1'],
    ['a streak is no place', 'Ines Varga ran 4:05.20 in the 1500m for the 4th consecutive weekend, finishing in 14th place.', '4:05.20', '14'],
    ['plural victories of coordinated subjects', 'Tamsin Roe and Ines Varga scored victories at the Valbruna Marathon.\n\nInes Varga clocked 2:25:10 in the marathon at the Valbruna Marathon.', '2:25:10', '1'],
    ['a time in a dash aside takes no place of the clause around it', 'Tamsin Roe - who held the record of 2:20:40 in the marathon - finished 10th in 2:26:50.', '2:26:50', '10'],
  ])('%s', (_name, text, time, place) => {
    expect(placeOf(text, time)).toBe(place);
  });

  it.each([
    ['a time in a dash aside', 'Tamsin Roe - who held the record of 2:20:40 in the marathon - finished 10th in 2:26:50.', '2:20:40'],
    ['a record mark after another time takes no place said elsewhere', 'Ines Varga set a world record in the 100m at the Valbruna Games with 11.72, breaking Tamsin Roe\'s record of 11.87. Tamsin Roe took bronze in the race.', '11.87'],
    ['the runner-up clocking before a record mark is not the mark\'s', "Ines Varga won the 20km race walk. Tamsin Roe's 1:24:27 runner-up clocking was inside the previous world record of 1:24:38, set by Tamsin Roe in 2015.", '1:24:38'],
  ])('no place: %s', (_name, text, time) => {
    expect(placeOf(text, time)).toBe('-');
  });

  it('a teaser cut off with an ellipsis: the lead is the paragraph it teases, whose race is the article\'s', () => {
    const body = 'Varga wins in Leeds\n\nLEEDS, Va. (AP) — Ines Varga of the Valbruna club won the women’s race and Rhea Okafor of Leeds won the men’s race at the…\n\nLEEDS, Va. (AP) — Ines Varga won the women’s race at the Valbruna cross country championships on Saturday.\n\nVarga finished in 19:23.0.';
    const doc = segmentArticle({ source: 't.txt', sha256: '', title: null, publishedAt: null, body }, 'a_t');
    const frames = readFrames(doc, extractCompetitions(doc, loadCompetitionLexicon([])));
    expect(frames.main?.name).toBe('Valbruna Cross Country Championships');
  });
});

describe('places said around the name', () => {
  it.each([
    ['a bare ordinal between a name and its bracketed time', 'Ines Varga won the 10km cross country in 28:37.7, three seconds clear of Rhea Okafor, with Tamsin Roe of Leeds third (28:55.7).', '28:55.7', '3'],
    ['a place given at the start of the sentence', 'Ines Varga won the 100m in 10.85 seconds. Second place went to Valbruna Club’s Tamsin Roe in 10.96 seconds, just ahead of Jamaica’s Rhea Okafor in 10.98.', '10.96', '2'],
    ['and the runner after it in the run', 'Ines Varga won the 100m in 10.85 seconds. Second place went to Valbruna Club’s Tamsin Roe in 10.96 seconds, just ahead of Jamaica’s Rhea Okafor in 10.98.', '10.98', '3'],
    ['completing the podium', 'Ines Varga won the 800m in 2:00.27. Tamsin Roe completed the podium with 2:00.91.', '2:00.91', '3'],
    ['followed by, behind a winner', 'Ines Varga won the 800m title in 2:00.27. She was closely followed by her teammate Tamsin Roe, who clocked 2:00.36.', '2:00.36', '2'],
    ['followed by, behind a club runner far down the field, is no place', 'Ines Varga ran 2:05.27 in the 800m, in 34th place. She was followed by her clubmate Tamsin Roe, who clocked 2:06.36.', '2:06.36', '-'],
  ])('%s', (_name, text, time, place) => {
    expect(placeOf(text, time)).toBe(place);
  });
});

describe('places said before the name or behind a winner', () => {
  it.each([
    ['a medal that went to the runner', 'Tamsin Roe won the 400m hurdles in 47.12. Bronze went to Ines Varga (Turkey) in 48.78.', '48.78', '3'],
    ['"In third," opening the sentence', 'Tamsin Roe won the Valbruna 5km in 15:18. In third, 20-year-old Ines Varga went inside 16 minutes for the first time with 15:54.', '15:54', '3'],
    ['a medal won through the runner', 'Japan also won bronze in the 100m hurdles through Ines Varga, whose time was 13.26 seconds.', '13.26', '3'],
    ['"followed in" behind the winner', 'Tamsin Roe won the 400m hurdles at the Valbruna Games in 46.93. Ines Varga followed in 47.09 – her fastest time since 2018.', '47.09', '2'],
    ['"Behind her," after the winner\'s quotes', 'Tamsin Roe won the marathon in 2:22:10.\n\n“I am happy,” she said. “It was hard.”\n\nBehind her, Ines Varga (2:22:42) and Rhea Okafor of Kenya (2:25:31) booked the other two team spots.', '2:25:31', '3'],
  ])('%s', (_name, text, time, place) => {
    expect(placeOf(text, time)).toBe(place);
  });
});

describe('places said elsewhere', () => {
  it('a place denied is no place', () => {
    const text = 'Ines Varga won gold in the 1500m at the Valbruna Games in 3:57.10.\n\nTamsin Roe ran a national record of 3:57.79. However, her efforts were insufficient to end up with the gold medal.';
    expect(placeOf(text, '3:57.79')).toBe('-');
  });
  it('an article whose lead names no race: the race most times are tied to is the one reported', () => {
    const text = 'Paris, August 7: Ines Varga broke the record in the 1500m event to take away the gold medal.\n\nShe clocked 3:57.65 at the Valbruna Games, where Tamsin Roe ran 3:58.79 and Rhea Okafor of Kenya ran 3:59.10.';
    expect(placeOf(text, '3:57.65')).toBe('1');
  });
});

describe('places that are not said of the race', () => {
  it.each([
    ['a place hoped for', 'Ines Varga is confident she can win her first major title at this weekend\'s Valbruna Games.\n\nVarga ran 1:46.68 in the 800m in Erfurt last month.', '1:46.68'],
    ['a tally of wins', 'Kenya’s Ines Varga has secured five wins this indoor season.\n\nVarga clocked 1:46.68 in the 800m in Erfurt.', '1:46.68'],
    ['a record held', 'Ines Varga won bronze in the 100m at the Olympics. Varga currently holds the 60m world record of 6.39 seconds.', '6.39'],
  ])('%s', (_name, text, time) => {
    expect(placeOf(text, time)).toBe('-');
  });
});
