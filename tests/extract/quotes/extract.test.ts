import { describe, expect, it } from 'vitest';
import { extractQuotes, loadQuoteLexicon } from '../../../src/extract/quotes/index.js';
import { doc, persons, type PersonSpec } from './helpers.js';

const lex = loadQuoteLexicon();

function run(body: string, specs: PersonSpec[], refs: { text: string; person: number; nth?: number }[] = []) {
  const p = persons(body, specs, refs);
  return extractQuotes(doc(body), p, lex).map((q) => ({
    text: q.text,
    speaker: q.speaker === null ? (q.speakerName ? `name:${q.speakerName}` : null) : p.persons[q.speaker]!.name,
    outlet: q.outlet,
  }));
}

describe('extractQuotes: speakers', () => {
  it('"…," said X and a following unattributed quote', () => {
    const body = 'Athletics Kenya (AK) suspended her. "We have withdrawn the ban today," said AK chief Isaiah Kiplagat. "She explained she had a contract." The rest.';
    expect(run(body, [{ name: 'Isaiah Kiplagat', forms: ['Isaiah Kiplagat', 'Kiplagat'], role: 'official' }])).toEqual([
      { text: 'We have withdrawn the ban today,', speaker: 'Isaiah Kiplagat', outlet: null },
      { text: 'She explained she had a contract.', speaker: 'Isaiah Kiplagat', outlet: null },
    ]);
  });

  it('"…," X said, and the collapsed paragraph break', () => {
    const body = 'Susan Chepkemei is hopeful. "I am satisfied that it has ended," Chepkemei said. "I am ready to represent my country. "I will be disappointed if not." AK had insisted it was making an example.';
    expect(run(body, [{ name: 'Susan Chepkemei', forms: ['Susan Chepkemei', 'Chepkemei'] }])).toEqual([
      { text: 'I am satisfied that it has ended,', speaker: 'Susan Chepkemei', outlet: null },
      { text: 'I am ready to represent my country. I will be disappointed if not.', speaker: 'Susan Chepkemei', outlet: null },
    ]);
  });

  it('an unnamed speaker is null, and a later quote by a named person is theirs', () => {
    const body = '"It was more to have a forum of the stakeholders," said an IAAF spokesman. "Getting everyone together helped." About 60 people came, including IAAF chief Lamine Diack. "I am very happy to see you all," said Diack.';
    expect(run(body, [{ name: 'Lamine Diack', forms: ['Lamine Diack', 'Diack'], role: 'official' }])).toEqual([
      { text: 'It was more to have a forum of the stakeholders,', speaker: null, outlet: null },
      { text: 'Getting everyone together helped.', speaker: null, outlet: null },
      { text: 'I am very happy to see you all,', speaker: 'Lamine Diack', outlet: null },
    ]);
  });

  it('descriptor after the verb: "said the 30-year-old, who is retiring"', () => {
    const body = 'Hicham El Guerrouj will decide later. "If I am to compete in it, I must win," said the 30-year-old, who is retiring in 2006.';
    expect(run(body, [{ name: 'Hicham El Guerrouj', forms: ['Hicham El Guerrouj', 'El Guerrouj'] }])[0]!.speaker).toBe('Hicham El Guerrouj');
  });

  it('descriptor resolved through persons.refs rather than recency', () => {
    const body = 'Paula Radcliffe met Kelly Holmes. "It would be great to have her in the team," said the European champion.';
    const specs = [{ name: 'Paula Radcliffe' }, { name: 'Kelly Holmes' }];
    expect(run(body, specs)[0]!.speaker).toBe('Kelly Holmes'); // most recent
    expect(run(body, specs, [{ text: 'the European champion', person: 0 }])[0]!.speaker).toBe('Paula Radcliffe');
  });

  it('introduction with a colon, the possessive is not the speaker, outlet from "told" carried to the same speaker', () => {
    const body = "Kenteris' lawyer Gregory Ioannidis told BBC Sport: \"We refute both charges as illogical.\" Ioannidis, who is a law lecturer at the University of Buckingham, added: \"One of the important rights has been tarnished.\"";
    expect(run(body, [{ name: 'Kostas Kenteris', forms: ['Kenteris'] }, { name: 'Gregory Ioannidis', forms: ['Gregory Ioannidis', 'Ioannidis'], role: 'other' }])).toEqual([
      { text: 'We refute both charges as illogical.', speaker: 'Gregory Ioannidis', outlet: 'BBC Sport' },
      { text: 'One of the important rights has been tarnished.', speaker: 'Gregory Ioannidis', outlet: 'BBC Sport' }, // same speaker: same interview
    ]);
  });

  it('a paragraph ending in a colon introduces the next paragraph\'s quote; outlet from "In … Mag\'s … episode"', () => {
    const body = "Josh Kerr won in Budapest.\n\nIn the recent Citius Mag's Beasts: Unleashed episode, the European indoor mile record holder shared his plans:\n\n\"I think that the fun part for me is the challenge.\"\n\nHe added how the journey will not stop him:\n\n\"The runs are going to be faster.\"";
    expect(run(body, [{ name: 'Josh Kerr', forms: ['Josh Kerr', 'Kerr'] }])).toEqual([
      { text: 'I think that the fun part for me is the challenge.', speaker: 'Josh Kerr', outlet: 'Citius Mag' },
      { text: 'The runs are going to be faster.', speaker: 'Josh Kerr', outlet: 'Citius Mag' },
    ]);
  });

  it('a quote joined to an attributed one in the same sentence shares its attribution', () => {
    const body = 'Josh Kerr spoke about Jakob Ingebrigtsen. "He is very dedicated and amazing at our sport” but “wants to be the best in the world," Kerr said to The Guardian.';
    expect(run(body, [{ name: 'Josh Kerr', forms: ['Josh Kerr', 'Kerr'] }, { name: 'Jakob Ingebrigtsen' }])).toEqual([
      { text: 'He is very dedicated and amazing at our sport', speaker: 'Josh Kerr', outlet: 'The Guardian' },
      { text: 'wants to be the best in the world,', speaker: 'Josh Kerr', outlet: 'The Guardian' },
    ]);
  });

  it('"…", he told World Athletics: pronoun to the most recent person', () => {
    const body = 'Josh Kerr has now revealed more.\n\n"What’s great is there is a rivalry between us", he told World Athletics\n\nThe end.';
    expect(run(body, [{ name: 'Josh Kerr', forms: ['Josh Kerr', 'Kerr'] }])).toEqual([
      { text: 'What’s great is there is a rivalry between us', speaker: 'Josh Kerr', outlet: 'World Athletics' },
    ]);
  });

  it('a name that is not among the persons becomes speakerName', () => {
    const body = '"It is not an issue at all for us," said Dick Pound.';
    expect(run(body, [])).toEqual([{ text: 'It is not an issue at all for us,', speaker: 'name:Dick Pound', outlet: null }]);
  });

  it('an unattributed quote in a new paragraph goes to the most recent person', () => {
    const body = 'While Kerr adds that it is his goal, he reveals more.\n\n“I’m not worried about how many times I get beaten"\n\nEnd.';
    expect(run(body, [{ name: 'Josh Kerr', forms: ['Kerr'] }])[0]!.speaker).toBe('Josh Kerr');
  });
});

describe('extractQuotes: what is not a quote', () => {
  const none: [string, string][] = [
    ['a one-word scare quote', 'The IAAF described their explanations as "unacceptable".'],
    ['a two-word single-quoted span', "He believes he will win the 'right one'."],
    ['a title in single marks', "Kerr was featured in the episode named 'Josh Kerr and The Hunt for Gold'."],
    ['a title-case slogan', 'He wore the bid slogan, "Back The Bid Now", on his vest.'],
    ['a single-quoted scare phrase', "The ‘Beast from the East’ bit back with snow."],
  ];
  it.each(none)('%s', (_n, body) => {
    expect(run(body, [])).toEqual([]);
  });
});

describe('extractQuotes: single marks as quotes (some outlets)', () => {
  it("'…,' said X. '…' — both quotes, the second inherits", () => {
    const body = "Josh Kerr won. 'I am delighted with the win,' said Kerr. 'It was a great race tonight.'";
    expect(run(body, [{ name: 'Josh Kerr', forms: ['Josh Kerr', 'Kerr'] }])).toEqual([
      { text: 'I am delighted with the win,', speaker: 'Josh Kerr', outlet: null },
      { text: 'It was a great race tonight.', speaker: 'Josh Kerr', outlet: null },
    ]);
  });
  it('a lower-case scare phrase in single marks is not a quote', () => {
    expect(run("The ‘hometown half’ was run in the 'eight-mile trail race' style.", [])).toEqual([]);
  });
});
