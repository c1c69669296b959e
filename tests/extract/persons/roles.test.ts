/**
 * Table tests for roles and nationality: the words around a name decide whether the person is an athlete,
 * a coach, an official, a journalist or someone else, and which IOC code the text states.
 */
import { describe, expect, test } from 'vitest';
import { find, run } from './helpers.js';

describe('roles', () => {
  test.each([
    ['AK chief', '"We have withdrawn the ban," said AK chief Isaiah Kiplagat.', 'Isaiah Kiplagat', 'official'],
    ['IAAF president', 'The meeting was opened by IAAF president Lamine Diack on Sunday.', 'Lamine Diack', 'official'],
    ["the athlete's lawyer", "Kenteris' lawyer Gregory Ioannidis told BBC Sport the charges were unfounded.", 'Gregory Ioannidis', 'other'],
    ['coach before the name', "The panel will also rule on the athletes' controversial coach Christos Tzekos.", 'Christos Tzekos', 'coach'],
    ['apposition after the name', 'Dave Collins, the UK Athletics performance director, said the team was ready.', 'Dave Collins', 'official'],
    ['"of" an organisation', '"Paula would be a huge asset to the GB team," said Zara Hyde Peters of UK Athletics.', 'Zara Hyde Peters', 'official'],
    ['"of" a club', 'Joel Freeland of Cheltenham Harriers was there on Sunday.', 'Joel Freeland', 'athlete'],
    ['another sport', 'The inquiry will hear from baseball star Barry Bonds next week.', 'Barry Bonds', 'other'],
    ['byline', 'By Tom Fordyce, chief sports writer, in Budapest.', 'Tom Fordyce', 'journalist'],
    ['coached by', 'Hodgkinson is coached by Trevor Painton and Jenny Meadowes.', 'Trevor Painton', 'coach'],
    ['the object of "who coaches"', 'Jenny Meadowes, who coaches Keely Hodgson, said the plan worked.', 'Keely Hodgson', 'athlete'],
    ['another sport, without a race', 'Manchester United striker Marcus Brennan was in the crowd to watch the 100m final.', 'Marcus Brennan', 'other'],
    ['another sport, shown racing', 'Former NFL star Devon Allyn ran 13.05 in the hurdles.', 'Devon Allyn', 'athlete'],
    ['a relative shown racing', 'Jakob Ingebrigtsen won the 1500m. His brother Henrik Ingebrigtsen was fourth.', 'Henrik Ingebrigtsen', 'athlete'],
    ['a relative watching', 'Her mother, Mary Okafor, watched from the stands as she won in 11.02.', 'Mary Okafor', 'other'],
    ['club member', 'Meanwhile, club member Nick Ledwold ran one of the global marathon majors in a time of 3:22:23.', 'Nick Ledwold', 'athlete'],
    ['club member after "was"', 'Richard clocked 3:19:29. Also running was club member Sergio Anna Cano, finishing in 3:26:25.', 'Sergio Anna Cano', 'athlete'],
    ['journalist', 'BBC correspondent Tom Fordyce watched from the stands.', 'Tom Fordyce', 'journalist'],
    ['athlete noun', 'Kenya has reversed a ban on marathon runner Susan Chepkemei after she apologised.', 'Susan Chepkemei', 'athlete'],
    ['athlete verb after', 'In Race 2, Chris Driskell led the Striders home, running a solid time of 4.50.2 for 5th place.', 'Chris Driskell', 'athlete'],
    ['athlete verb before', 'The 29-year-old finished second to Paula Radcliffe in the 2002 London race.', 'Paula Radcliffe', 'athlete'],
    ['name next to a time', 'Other finishers were: Sarah Wilson in 53:09.8 and Gordon Bendall in 53:13.5.', 'Sarah Wilson', 'athlete'],
    ['name (time)', 'Later that evening Rachel Vines (1.54.7) ran in the 600m.', 'Rachel Vines', 'athlete'],
    ['role word wins over a later apposition', 'The meeting included Namibian athlete Frankie Fredericks, now a member of the Athletes Commission.', 'Frankie Fredericks', 'athlete'],
    ['a role before another name says nothing of the next', 'WADA chief Dick Pound says Marion Jones should be stripped of her medals.', 'Marion Jones', 'athlete'],
    ['nothing said: an athlete by default', 'Kelly Holmes was at the launch on Monday.', 'Kelly Holmes', 'athlete'],
  ])('%s', (_, body, name, role) => {
    const p = find(run(body), name);
    expect(p?.role).toBe(role);
  });

  test('names in one list share the role word before the list', () => {
    const r = run('The panel will consist of five members - president Konstantinos Panagopoulos and Panagiotis Dimakos, Stilianos Perakis and Ioannis Karmis.');
    expect(r.persons.map((p) => `${p.name}:${p.role}`)).toEqual([
      'Konstantinos Panagopoulos:official', 'Panagiotis Dimakos:official', 'Stilianos Perakis:official', 'Ioannis Karmis:official',
    ]);
  });

  test('names in one list share the verb after the list', () => {
    const r = run('Kelly Holmes and Carolina Kluft are among other Athens winners competing.');
    expect(r.persons.map((p) => `${p.name}:${p.role}`)).toEqual(['Kelly Holmes:athlete', 'Carolina Kluft:athlete']);
  });
});

describe('country', () => {
  test.each([
    ['nationality before the name', 'Kerr beat Norwegian reigning champion Jakob Ingebrigtsen in Budapest.', 'Jakob Ingebrigtsen', 'NOR'],
    ['country possessive', "Britain's Paula Radcliffe has also not ruled out competing.", 'Paula Radcliffe', 'GBR'],
    ['nationality word and role', 'The meeting included Namibian athlete Frankie Fredericks.', 'Frankie Fredericks', 'NAM'],
    ['fellow X', "Isinbayeva's main rival, fellow Russian Svetlana Feofanova, will also take part.", 'Svetlana Feofanova', 'RUS'],
    ['"of Portugal"', 'He had to settle for bronze behind Francis Obikwelu of Portugal.', 'Francis Obikwelu', 'POR'],
    ['"of Botswana" before a verb', 'Letsile Tebogo of Botswana won the 200m in 19.46.', 'Letsile Tebogo', 'BOT'],
    ['nationality in apposition', 'Karsten Warholm, the Norwegian, was second in 46.70.', 'Karsten Warholm', 'NOR'],
    ['a nationality word before a list', 'Ethiopian duo Gebre Gebremariam and Dejene Berhanu made last-gasp efforts to overtake him.', 'Dejene Berhanu', 'ETH'],
    ['"another Ethiopian, X"', 'Dibaba erased the mark of 14:39.29 set by another Ethiopian, Berhane Adera, in Stuttgart.', 'Berhane Adera', 'ETH'],
    ['IOC code in brackets', 'The race was won by Eliud Kipchoge (KEN) in 2:03:23.', 'Eliud Kipchoge', 'KEN'],
    ['a nationality before another name is not this one', 'He beat fellow American Justin Gatlin and Francis Obikwelu in the final.', 'Francis Obikwelu', null],
    ['"the Moroccan" pointing back', 'Double Olympic champion Hicham El Guerrouj is set to run. But the Moroccan will not decide yet.', 'Hicham El Guerrouj', 'MAR'],
    ['nothing stated', 'Kelly Holmes was at the launch on Monday.', 'Kelly Holmes', null],
  ])('%s', (_, body, name, code) => {
    expect(find(run(body), name)?.country).toBe(code);
  });
});
