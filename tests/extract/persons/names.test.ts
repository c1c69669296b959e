/**
 * Table tests for name candidates and grouping: which full names an article's sentences yield, with the
 * peeled words ("Champion", nationalities, titles), particles, brackets and organisation names.
 * Sentences are taken or adapted from the corpus (BBC Sport 2004-05, CLC Striders race reports, seeds).
 */
import { describe, expect, test } from 'vitest';
import { find, run } from './helpers.js';

const names = (body: string) => run(body).persons.filter((p) => p.full).map((p) => p.name);

describe('full names', () => {
  test.each([
    ['role word and nationality peeled', 'Kerr, 26, made his mark as a worthy arch-rival of Norwegian reigning champion Jakob Ingebrigtsen, thus defeating him.', ['Jakob Ingebrigtsen']],
    ['capitalised title word peeled', 'Champion Josh Kerr won the race in style.', ['Josh Kerr']],
    ['possessive stripped', "A month earlier, he broke Mo Farah's two-mile indoor world record at the Millrose Games.", ['Mo Farah']],
    ['name particle kept', 'Double Olympic champion Hicham El Guerrouj is set to make a rare appearance at the World Cross Country Championships.', ['Hicham El Guerrouj']],
    ['unknown given name with a role word', 'The IAAF has met officials, including IAAF chief Lamine Diack and Namibian athlete Frankie Fredericks.', ['Lamine Diack', 'Frankie Fredericks']],
    ['sentence-initial common word peeled', 'In-form Rachel Vines followed Paul running an impressive PB time of 4.59.9.', ['Rachel Vines']],
    ['bracketed surname joined', "There's a rivalry between myself, Jake, Ingebrigtsen, Yared (Nuguse), everybody.", ['Yared Nuguse']],
    ['title dropped', 'Dame Kelly Holmes won the 800m and 1500m in Athens.', ['Kelly Holmes']],
    ['a lower-case word after a hyphen is not part of the name', 'The Brendan Ward-coached athlete Joel Freeland ran 15:20 at Sutton Park.', ['Brendan Ward', 'Joel Freeland']],
    ['a quoted nickname is dropped', 'Armand "Mondo" Duplantis cleared 6.26m in Silesia.', ['Armand Duplantis']],
    ['a name listed with a person is a person', "Sha'Carri Richardson and Julien Alfred are expected to clash again.", ["Sha'Carri Richardson", 'Julien Alfred']],
    ['a race name after "the"', 'Amelia Mullins took part in the Kymin Dash down on the edge of the Forest of Dean.', ['Amelia Mullins']],
    ['initials kept', 'Later that evening J.J. Willson ran 1.53.4 in the 600m.', ['J.J. Willson']],
  ])('%s', (_, body, expected) => {
    expect(names(body)).toEqual(expected);
  });

  test.each([
    ['competition names', 'She will take part in the 2005 Norwich Union Grand Prix in Birmingham and the World Athletics Indoor Championships.'],
    ['organisations', 'Athletics Kenya (AK) issued the ban after a meeting of the Hellenic Olympic Committee and the Court of Arbitration for Sport.'],
    ['places without evidence', 'She had a contract with the organisers of the race in Puerto Rice and then flew to New York.'],
    ['months and days', 'The meeting is on Monday 18 February in Glasgow.'],
    ['an event named after a person', 'Thousands ran the Bupa Great North Run on Sunday and raised money for the Steve Redgrave Trust.'],
    ['sentence-initial common words', 'However, Elsewhere the picture was bleak. Testers could not find them at the village.'],
  ])('no person: %s', (_, body) => {
    expect(names(body)).toEqual([]);
  });
});

describe('surnames and given names resolve to the full name', () => {
  test('surname, possessive and given name become aliases and mentions', () => {
    const r = run('Josh Kerr won the 3000m in Glasgow. Kerr then beat the field again. Josh said he was pleased. It was Kerr\'s year.');
    expect(r.persons.map((p) => p.name)).toEqual(['Josh Kerr']);
    const kerr = find(r, 'Josh Kerr')!;
    expect(kerr.aliases.sort()).toEqual(['Josh', 'Kerr']);
    expect(kerr.mentions.map((m) => m.text)).toEqual(['Josh Kerr', 'Kerr', 'Josh', 'Kerr']);
    expect(kerr.mentions.map((m) => m.rule)).toEqual(['person/full-name', 'person/surname', 'person/given-name-only', 'person/surname']);
  });

  test('a surname that is also a common noun is a mention once the full name is known', () => {
    const r = run("Britain's Jason Gardener won the 60m in Leipzig.\n\nGardener clocked 6.56 seconds to beat Germany's Marc Blume. Gardener, part of the relay team, was happy.");
    expect(find(r, 'Jason Gardener')!.mentions.map((m) => m.text)).toEqual(['Jason Gardener', 'Gardener', 'Gardener']);
    expect(run('Gardener clocked 6.56 seconds in Leipzig.').persons).toEqual([]);
  });

  test('a given name alone that is also a verb still refers to the full name already given', () => {
    const r = run('Will Ferguson made his marathon debut on Sunday. Clocking 2:30:20, Will smashed the club record.');
    expect(find(r, 'Will Ferguson')!.mentions.map((m) => m.text)).toEqual(['Will Ferguson', 'Will']);
  });

  test('a name tail ("El Guerrouj") resolves to the whole name', () => {
    const r = run('Double Olympic champion Hicham El Guerrouj will run. El Guerrouj achieved a lifetime ambition last August.');
    expect(r.persons).toHaveLength(1);
    expect(r.persons[0]!.aliases).toEqual(['El Guerrouj']);
  });

  test('a surname the article never completes stays a surname-only person', () => {
    const r = run('The 29-year-old finished second, but was edged out by Radcliffe in New York. "I am ready," Radcliffe said.');
    const p = find(r, 'Radcliffe')!;
    expect(p.full).toBe(false);
    expect(p.rule).toBe('person/surname-only');
  });

  test('a lone capitalised place after "in" is not a person', () => {
    expect(run('Ferguson ran a PB 10k in Telford of just outside 32 minutes.').persons.map((p) => p.name)).not.toContain('Telford');
  });

  test('mention offsets point at the written name', () => {
    const r = run("Britain's Paula Radcliffe has not ruled out competing.");
    const m = find(r, 'Paula Radcliffe')!.mentions[0]!;
    expect(r.doc.text.slice(m.start, m.end)).toBe('Paula Radcliffe');
  });
});

describe('headline and caption blocks', () => {
  test('a name only in a headline or caption creates no person; a body name keeps its headline mention', () => {
    const body = 'Kenya lift Chepkemei suspension\n\nKenya has reversed a ban on marathon runner Susan Chepkemei after she made an apology.\n\nPhoto by Barry Cornelius';
    const r = run(body);
    expect(r.persons.map((p) => p.name)).toEqual(['Susan Chepkemei']);
    expect(find(r, 'Susan Chepkemei')!.mentions.map((m) => m.text)).toEqual(['Chepkemei', 'Susan Chepkemei']);
  });
});
