/**
 * The article-level context of the link stage: the race the lead reports carries to later times, background
 * and future races do not; places said apart from the time, results rows, race distances from the
 * gazetteer and the record and place phrases reporters use. Invented sentences of the shapes real reports
 * have; each case fails if its mechanism is taken out.
 */
import { describe, expect, it } from 'vitest';
import { performances } from './performances.js';


describe('the article\'s own competition', () => {
  it.each([
    [
      'the lead\'s race carries to a later paragraph, not the background race named last',
      'Amani Kiprop won the 800m at the Kenyan Championships in Nairobi on Saturday.\n\n' +
        'Kiprop, a World Championships finalist in 2019, clocked 1:44.10 to hold off Peter Rono.\n\n' +
        'Rono, who was fourth at the Olympics, finished second in 1:44.52.',
      ['Amani Kiprop | 800m | 1:44.10 | Kenyan Championships | 1 | -', 'Peter Rono | 800m | 1:44.52 | Kenyan Championships | 2 | -'],
    ],
    [
      'a race aimed at (team, qualifying) is not where the time was run',
      'Grace Wanjiru won the 1500m at the Kenyan Trials in 4:01.20 to secure her place on the team for the World Championships in Tokyo.',
      ['Grace Wanjiru | 1500m | 4:01.20 | Kenyan Trials | 1 | -'],
    ],
    [
      'a meeting named after its head ("the Diamond League meeting in Silesia")',
      'Hannah Ortiz won the 400m at the Diamond League meeting in Silesia on Sunday, clocking 49.80.',
      ['Hannah Ortiz | 400m | 49.80 | Silesia Diamond League | 1 | -'],
    ],
    [
      'a race where an earlier mark was set ("his PB of 1:41.19 set in the Olympic final") is background',
      'Omar Kiprop won the 800m at the Diamond League meeting in Lausanne in 1:41.05.\n\n' +
        'Kiprop improved his PB of 1:41.19 set in the Olympic final in Paris. Ian Burke finished second in 1:41.72.',
      ['Ian Burke | 800m | 1:41.72 | Athletissima | 2 | -', 'Omar Kiprop | 800m | 1:41.05 | Athletissima | 1 | -', 'Omar Kiprop | 800m | 1:41.19 | Olympic Games | - | PB'],
    ],
    [
      'a time said to be from an earlier week, with no race named, is not the reported race\'s',
      'Ana Ruiz won the 400m at the Dutch Championships in 49.24.\n\nLast week, Ruiz ran 49.63 in the 400m in Lievin.',
      ['Ana Ruiz | 400m | 49.24 | Dutch Championships | 1 | -', 'Ana Ruiz | 400m | 49.63 | - | - | -'],
    ],
    [
      'an earlier day said in an aside does not move the main clause\'s time',
      'Tom Kiprop won the 10,000m at the Kenyan Championships in 27:24.76.\n\nEli Rono, who clocked 26:50.16 earlier this year, was second in 27:26.34.',
      ['Eli Rono | 10000m | 26:50.16 | - | - | -', 'Eli Rono | 10000m | 27:26.34 | Kenyan Championships | 2 | -', 'Tom Kiprop | 10000m | 27:24.76 | Kenyan Championships | 1 | -'],
    ],
    [
      'the reported race\'s own city, named bare, is that race (not another edition held there)',
      'Sam Hale won the 1500m at the Meeting de Paris on Friday in 3:27.49.\n\nHere in Paris, Ian Burke ran 3:28.36 for third place.',
      ['Ian Burke | 1500m | 3:28.36 | Meeting de Paris | 3 | -', 'Sam Hale | 1500m | 3:27.49 | Meeting de Paris | 1 | -'],
    ],
    [
      'a preview lead: times in the body are from earlier races, not the race to come',
      'Lena Kiprono will compete in the London Marathon this year.\n\nKiprono ran 2:18:15 in the marathon three years ago.',
      ['Lena Kiprono | Marathon | 2:18:15 | - | - | -'],
    ],
  ])('%s', (_what, text, expected) => {
    expect(performances(text)).toEqual(expected);
  });
});

describe('the event of a time', () => {
  it('an epithet\'s event ("Africa Cross Country champion X") gives way to the race the article reports', () => {
    const text = 'Paul Kemboi won the men\'s race at the Lisbon Half Marathon in 59:40.\n\nWorld half marathon silver medallist Eric Sang was second in 59:52.\n\nAfrica Cross Country champion Amos Keter was a distant fourth with 1:00:49.';
    expect(performances(text)).toEqual([
      'Amos Keter | Half Marathon | 1:00:49 | Lisbon Half Marathon | 4 | -',
      'Eric Sang | Half Marathon | 59:52 | Lisbon Half Marathon | 2 | -',
      'Paul Kemboi | Half Marathon | 59:40 | Lisbon Half Marathon | 1 | -',
    ]);
  });

  it('a race won for a title ("to win the 3000m gold") is the time\'s event', () => {
    const text = 'The 1500m season opens soon, and Tom Reid wants the 1500m crown.\n\nReid clocked 7:42.98 to win the 3000m gold at the indoor championships.';
    expect(performances(text)[0]).toMatch(/^Tom Reid \| 3000m \| 7:42.98 /);
  });
});

describe('places read off a run of results written as prose', () => {
  const placesOf = (text: string) => performances(text).map((r) => { const f = r.split(' | '); return `${f[0]} ${f[4]}`; }).sort();
  it.each([
    [
      'each runner listed after a placed runner is one place further back',
      'In the 800m Tom Hale finished second in 1:41.72 ahead of Ian Burke (1:42.30), Sam Okoro (1:42.63) and Leo Brandt (1:43.10).',
      ['Ian Burke 3', 'Leo Brandt 5', 'Sam Okoro 4', 'Tom Hale 2'],
    ],
    [
      '"completed the top seven" counts back from the last',
      'In the 100m final Ray Cole (10.04), Dan Pike (10.07) and Eli Stone (10.09) completed the top seven.',
      ['Dan Pike 6', 'Eli Stone 7', 'Ray Cole 5'],
    ],
    [
      '"were eighth and 10th, respectively"',
      'In the 10km cross country race Omar Reyes (29:11) and Femi Adu (29:13.3) were eighth and 10th, respectively.',
      ['Femi Adu 10', 'Omar Reyes 8'],
    ],
    [
      'a list not in finishing order is left alone',
      'In the 800m Tom Hale finished second in 1:41.72 ahead of Ian Burke (1:44.30) and Sam Okoro (1:42.63).',
      ['Ian Burke 3', 'Sam Okoro -', 'Tom Hale 2'],
    ],
    [
      '"for fourth"',
      'In the 100m final Ray Cole clocked 9.98 for fourth.',
      ['Ray Cole 4'],
    ],
  ])('%s', (_what, text, expected) => {
    expect(placesOf(text)).toEqual(expected);
  });
});

describe('places and records as reporters write them', () => {
  it.each([
    ['"second in <time>"', 'Oscar Lind finished second in 10.05 in the 100m final.', ['Oscar Lind | 100m | 10.05 | - | 2 | -']],
    ['"faded to eighth"', 'In the 100m final Marco Vidal faded to eighth in 10.43.', ['Marco Vidal | 100m | 10.43 | - | 8 | -']],
    ['"to take the … title"', 'Tina Marsh clocked 10.81 to take the women\'s 100m title.', ['Tina Marsh | 100m | 10.81 | - | 1 | -']],
    ['a category place is not the race\'s place', 'In the 5km, Paul Norton was just behind in 19:21 as the 5th VM55 finisher.', ['Paul Norton | 5km | 19:21 | - | - | -']],
    ['"European men\'s record"', 'Anders Berg clocked a European men\'s record of 26:45 in the 10km.', ['Anders Berg | 10km | 26:45 | - | - | ER']],
    ['"UK 10km record"', 'Joe Webb ran a UK 10km record of 27:38.', ['Joe Webb | 10km | 27:38 | - | - | NR']],
    ['"world half marathon record"', 'Ana Ruiz set a new world half marathon record of 1:04:31 in the women\'s race.', ['Ana Ruiz | Half Marathon | 1:04:31 | - | - | WR']],
    ['"world lead and meeting record" is no world record', 'In the 800m Sam Hale ran a world lead and meeting record of 1:42.10.', ['Sam Hale | 800m | 1:42.10 | - | - | MR,WL']],
    ['"Trials record"', 'Ana Ruiz won the marathon in a Trials record of 2:22:10.', ['Ana Ruiz | Marathon | 2:22:10 | - | 1 | CR']],
    ['a pronoun\'s clause opens at the name ("broke her own WR with her 12.38")', 'In the 100m Ana Ruiz broke her own WR with her 12.38 performance.', ['Ana Ruiz | 100m | 12.38 | - | - | WR']],
    ['an age-group record carries no tag', 'Ella Stone ran a world U20 record of 14:30.10 in the 5000m.', ['Ella Stone | 5000m | 14:30.10 | - | - | -']],
  ])('%s', (_what, text, expected) => {
    expect(performances(text)).toEqual(expected);
  });

  it('a result said in prose and again in a results table keeps what the table adds', () => {
    const text = 'Ana Ruiz won the women\'s 3000m steeplechase in 8:44.39.\n\nPOS | NAT | NAME | RESULT |\n1 | ESP | RUIZ Ana | 8:44.39 AR MR |\n2 | KEN | CHEBET Mary | 8:48.03 PB |';
    expect(performances(text)).toEqual(['Ana Ruiz | 3000m Steeplechase | 8:44.39 | - | 1 | AR,MR', 'Mary Chebet | 3000m Steeplechase | 8:48.03 | - | 2 | PB']);
  });

  it('results rows give places and the gazetteer gives the race\'s distance', () => {
    const text = 'The Great North Run 2023 saw two Kenyan wins.\nWomen\n1 Ruth Chebet (KEN) 1:06:45\n2 Sarah Lokedo (KEN) 1:07:43\n';
    expect(performances(text)).toEqual(['Ruth Chebet | Half Marathon | 1:06:45 | Great North Run | 1 | -', 'Sarah Lokedo | Half Marathon | 1:07:43 | Great North Run | 2 | -']);
  });

  it('a place said in another sentence of the race goes to the runner\'s one time', () => {
    const text = 'Mara Quint won the women\'s race at the Berlin Half Marathon on Sunday.\n\nQuint clocked 1:05:34 in cold conditions.';
    expect(performances(text)).toEqual(['Mara Quint | Half Marathon | 1:05:34 | Berlin Half Marathon | 1 | -']);
  });
});

describe('bare sprint decimals in a result context', () => {
  it.each([
    ['"a 9.80 run"', 'In the 100m semi-final Jamal Kerrigan produced a 9.80 run.', ['Jamal Kerrigan | 100m | 9.80 | - | - | -']],
    ['results in brackets after names', 'In the 100m final, Rohan Watts (10.04) and Kade Golding (10.07) completed the top seven.', ['Kade Golding | 100m | 10.07 | - | 7 | -', 'Rohan Watts | 100m | 10.04 | - | 6 | -']],
    ['a decimal in brackets after a race word', 'In the 400m final, Ana Ruiz was the fastest of all in the semi-final (50.55).', ['Ana Ruiz | 400m | 50.55 | - | - | -']],
    ['"a 9.94 personal best"', 'In the 100m, Brian Lewis advanced with a 9.94 personal best in the semis.', ['Brian Lewis | 100m | 9.94 | - | - | PB']],
  ])('%s', (_what, text, expected) => {
    expect(performances(text)).toEqual(expected);
  });
});

describe('teams, editions and subjects', () => {
  it.each([
    [
      'a relay time goes to each runner the sentence lists',
      'In the women\'s 4x100m relay, the team of Jane Olivera, Tess Daniels, Jenna Prandall and Gaby Thomson won silver in 41.45.',
      ['Gaby Thomson | 4x100m Relay | 41.45 | - | 2 | -', 'Jane Olivera | 4x100m Relay | 41.45 | - | 2 | -', 'Jenna Prandall | 4x100m Relay | 41.45 | - | 2 | -', 'Tess Daniels | 4x100m Relay | 41.45 | - | 2 | -'],
    ],
    [
      'a relay time with no runner named is no one\'s',
      'Jane Olivera watched as the American team won the 4x100m relay in 41.45.',
      [],
    ],
    [
      'a record set in another year is not the reported race\'s',
      'date 2025-06-07\nWendy Yarrow won the 3000m steeplechase at the Rome Diamond League on Friday in 8:44.39, just shy of the record of 8:44.32 set by Kenyan Beatrice Chepkorir in 2018.',
      ['Beatrice Chepkorir | 3000m Steeplechase | 8:44.32 | - | - | -', 'Wendy Yarrow | 3000m Steeplechase | 8:44.39 | Golden Gala | 1 | -'],
    ],
    [
      'a coordinated predicate belongs to the subject, not the object before it',
      'In the marathon, Helen Obara overcame a challenge from compatriot Sheila Lokoyo, and won in 2:22:37.',
      ['Helen Obara | Marathon | 2:22:37 | - | 1 | -'],
    ],
    [
      'a record "set by his compatriot X" is X\'s, not the subject\'s',
      'In the 800m Omar Kiprop clocked 1:41.11, missing the world record of 1:40.91 set by his compatriot Daniel Rotich.',
      ['Daniel Rotich | 800m | 1:40.91 | - | - | WR', 'Omar Kiprop | 800m | 1:41.11 | - | - | -'],
    ],
    [
      '"the 44.52 by X": a time followed by "by" and a name',
      'Sam Hale clocked 44.49 in the 400m, faster than the record of 44.57 run by Ian Burke and the 44.52 by Kevin Mills.',
      ['Ian Burke | 400m | 44.57 | - | - | -', 'Kevin Mills | 400m | 44.52 | - | - | -', 'Sam Hale | 400m | 44.49 | - | - | -'],
    ],
    [
      'a runner someone pulled away from did not run the subject\'s time',
      'In the 10,000m Peter Kamau sprinted away from Tom Kiprop in the closing stages, winning in 27:24.76.',
      ['Peter Kamau | 10000m | 27:24.76 | - | 1 | -'],
    ],
  ])('%s', (_what, text, expected) => {
    expect(performances(text)).toEqual(expected);
  });
});

