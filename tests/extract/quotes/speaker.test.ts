import { describe, expect, it } from 'vitest';
import { extractQuotes, loadQuoteLexicon } from '../../../src/extract/quotes/index.js';
import { doc, persons, type PersonSpec } from './helpers.js';

const lex = loadQuoteLexicon();

function speakers(body: string, specs: PersonSpec[], refs: { text: string; person: number; nth?: number }[] = []) {
  const p = persons(body, specs, refs);
  return extractQuotes(doc(body), p, lex).map((q) => (q.speaker === null ? (q.speakerName ? `name:${q.speakerName}` : null) : p.persons[q.speaker]!.name));
}

describe('speaker rules', () => {
  it('appositive after an unnamed phrase: "said one of their lawyers, Michalis Dimitrakopoulos"', () => {
    expect(speakers('"A decision is now expected by mid-March," said one of their lawyers, Michalis Dimitrakopoulos.', [])).toEqual(['name:Michalis Dimitrakopoulos']);
  });

  it('a surname not among the persons is completed from the text: "Dick Pound … said Pound"', () => {
    const body = 'Wada chief Dick Pound spoke. "She should be stripped of all her medals," said Pound.';
    expect(speakers(body, [])).toEqual(['name:Dick Pound']);
  });

  it('the name in a phrase with a place or an organisation', () => {
    expect(speakers('"We are watching it closely," said London Marathon race director David Bedford.', [])).toEqual(['name:David Bedford']);
    expect(speakers('"There is no question that Paula would be an asset," said Zara Hyde Peters of UK Athletics.', [])).toEqual(['name:Zara Hyde Peters']);
    expect(speakers('"I was very pleased with that run," said Nick Smith of Great Britain.', [])).toEqual(['name:Nick Smith']);
  });

  it('role words before a surname are not first names', () => {
    expect(speakers('Olympian Tomlinson jumped. "I was advised not to jump today," said Tomlinson.', [])).toEqual(['name:Tomlinson']);
  });

  it('a sentence reporting what X said, right before the quote', () => {
    const body = 'Cathy Freeman ruled it out. Former coach Raelene Boyle said the public would back Freeman. "It would be fantastic to see Cathy run."';
    expect(speakers(body, [{ name: 'Cathy Freeman', forms: ['Cathy Freeman', 'Freeman', 'Cathy'] }, { name: 'Raelene Boyle', role: 'coach' }])).toEqual(['Raelene Boyle']);
  });

  it('the subject after a clause word: "…, but he insisted on it."', () => {
    const body = "Doctors in Athens wanted to operate on Jamie's back but he insisted on waiting. \"The doctors were going to put rods in my back.\"";
    expect(speakers(body, [{ name: 'Jamie Costin', forms: ['Jamie'] }], [{ text: 'he', person: 0 }])).toEqual(['Jamie Costin']);
  });

  it('a pronoun ref to someone the quote names is not trusted: the most recent named person speaks', () => {
    const body = 'Josh Kerr beat Jakob Ingebrigtsen. Josh Kerr has now revealed more.\n\n"There is a rivalry between myself and Ingebrigtsen, everybody", he told World Athletics';
    const specs = [{ name: 'Josh Kerr' }, { name: 'Jakob Ingebrigtsen', forms: ['Jakob Ingebrigtsen', 'Ingebrigtsen'] }];
    expect(speakers(body, specs, [{ text: 'he', person: 1 }])).toEqual(['Josh Kerr']);
    // the same ref is trusted when the quote does not name that person
    const body2 = 'Jakob Ingebrigtsen lost. Josh Kerr has now revealed more.\n\n"There is a rivalry here, everybody knows", he told World Athletics';
    expect(speakers(body2, specs, [{ text: 'he', person: 1 }])).toEqual(['Jakob Ingebrigtsen']);
  });

  it('a possessive name is not the speaker of an intro ("Kenteris\' lawyer said:")', () => {
    expect(speakers("Kenteris' lawyer said: \"We refute both charges as illogical.\"", [{ name: 'Kostas Kenteris', forms: ['Kenteris'] }])).toEqual([null]);
  });

  it('an organisation that speaks is unnamed: "Athletics Kenya said", "World Athletics said"', () => {
    expect(speakers('Susan Chepkemei was banned. "We have withdrawn the ban today," Athletics Kenya said.', [{ name: 'Susan Chepkemei' }])).toEqual([null]);
    expect(speakers('Josh Kerr won. "The meeting will go ahead as planned," said World Athletics.', [{ name: 'Josh Kerr' }])).toEqual([null]);
  });

  it('"the IAAF said" and "a spokesman said" are unnamed', () => {
    expect(speakers('"There will be a final right of appeal," the IAAF said.', [])).toEqual([null]);
    expect(speakers('A spokesman said: "We are sure their responses are on their way."', [])).toEqual([null]);
  });

  it('sentence-initial words are not names: "But he told Five Live\'s Sportsweek:"', () => {
    const body = 'Darren Campbell had been unsure. But he told Five Live\'s Sportsweek: "I had to get back into training first."';
    const p = persons(body, [{ name: 'Darren Campbell' }]);
    const q = extractQuotes(doc(body), p, lex)[0]!;
    expect(p.persons[q.speaker!]!.name).toBe('Darren Campbell');
    expect(q.outlet).toBe('Five Live');
  });

  it('outlet after a place possessive: "told Australia\'s Sun-Herald"', () => {
    const body = 'Cathy Freeman spoke. "If there was support for me I would think about it," she told Australia\'s Sun-Herald.';
    expect(extractQuotes(doc(body), persons(body, [{ name: 'Cathy Freeman' }]), lex)[0]!.outlet).toBe('Sun-Herald');
  });

  it('the rule id names the mark rule, the attribution rule and the speaker rule', () => {
    const body = '"I am quite confident about it," said Claxton.';
    const q = extractQuotes(doc(body), persons(body, [{ name: 'Sarah Claxton', forms: ['Claxton'] }]), lex)[0]!;
    expect(q.rule).toBe('quote/double+attr/verb-first+speaker/mention');
    expect(q.parts).toEqual([{ start: 1, end: 31 }]);
    expect([q.start, q.end]).toEqual([0, 32]);
  });
});

describe('outlets', () => {
  const cases: [string, string, string | null][] = [
    ['told BBC Sport', 'Sarah Claxton won. "I am so happy today," Claxton told BBC Sport.', 'BBC Sport'],
    ['said to The Guardian', 'Josh Kerr won. "I want to be the best in the world," Kerr said to The Guardian.', 'The Guardian'],
    ['said in the San Francisco Chronicle', 'Kelli White spoke. "He was selling a product to me," White said in the San Francisco Chronicle.', 'San Francisco Chronicle'],
    ['wrote on Instagram', 'Josh Kerr posted. "What a night in Paris for me," Kerr wrote on Instagram.', 'Instagram'],
    ['said on Saturday is not an outlet', 'Josh Kerr spoke. "What a night in Paris for me," Kerr said on Saturday.', null],
    ['told reporters is not an outlet', 'Josh Kerr spoke. "What a night in Paris for me," Kerr told reporters.', null],
    ['told a person is not an outlet', 'Josh Kerr met Jake Wightman. "What a night in Paris for me," Kerr told Wightman.', null],
    ['an introducing paragraph: shared his thoughts on Instagram', 'Fred Kerley took bronze and shared his thoughts on Instagram:\n\n"Proud of the boys and the show we gave."', 'Instagram'],
    ['in Paris is not an outlet', 'Josh Kerr spoke. "What a night in Paris for me," Kerr said in Paris.', null],
    ['(via Citius Mag)', 'Josh Kerr spoke. "What a night in Paris for me," he said (via Citius Mag).', 'Citius Mag'],
    ['in an interview with World Athletics', 'Speaking in an interview with World Athletics, Josh Kerr said: "It is going to be a fantastic season."', 'World Athletics'],
  ];
  it.each(cases)('%s', (_n, body, outlet) => {
    const p = persons(body, [{ name: 'Josh Kerr', forms: ['Josh Kerr', 'Kerr'] }, { name: 'Jake Wightman', forms: ['Jake Wightman', 'Wightman'] }, { name: 'Sarah Claxton', forms: ['Sarah Claxton', 'Claxton'] }]);
    expect(extractQuotes(doc(body), p, lex)[0]!.outlet).toBe(outlet);
  });
});

describe('more attribution shapes', () => {
  const specs = [{ name: 'Josh Kerr', forms: ['Josh Kerr', 'Kerr'] }, { name: 'Jakob Ingebrigtsen', forms: ['Jakob Ingebrigtsen', 'Ingebrigtsen'] }];
  const cases: [string, string, (string | null)[]][] = [
    ['a dash and a name', 'Jakob Ingebrigtsen lost the race.\n\n"It is going to be a fantastic season for me." – Josh Kerr', ['Josh Kerr']],
    ['according to X', 'Jakob Ingebrigtsen lost. "The runs are going to be faster," according to Kerr.', ['Josh Kerr']],
    ['subject with a relative clause', 'Jakob Ingebrigtsen lost. "The runs are going to be faster," Kerr, who won in 2023, said.', ['Josh Kerr']],
    ['a bare attribution sentence after a full stop', 'Jakob Ingebrigtsen lost. "The runs are going to be faster." Kerr told BBC Sport.', ['Josh Kerr']],
    ['a reporting sentence after a full stop is not an attribution', 'Josh Kerr won. "The runs are going to be faster." Ingebrigtsen said he was shocked.', ['Josh Kerr']],
    ['subject with an appositive', 'Jakob Ingebrigtsen lost. "The runs are going to be faster," Kerr, the world champion, said.', ['Josh Kerr']],
    ['a hyphen between words is not a dash attribution', 'Kerr won. "It is a fast race for everyone" - Ingebrigtsen was second.', ['Josh Kerr']],
  ];
  it.each(cases)('%s', (_n, body, expected) => {
    expect(speakers(body, specs)).toEqual(expected);
  });
});

describe('guesses checked against the text', () => {
  it('a pronoun skips a person the refs show to be of the other gender', () => {
    const body = 'Max Jones spoke. She will run if her training goes well, and he admitted Holmes\' presence would help. "She is a very good team member to have there," he added.';
    const specs = [{ name: 'Max Jones', forms: ['Max Jones'], role: 'official' as const }, { name: 'Kelly Holmes', forms: ['Holmes'] }];
    expect(speakers(body, specs, [{ text: 'She', person: 1 }, { text: 'her', person: 1 }])).toEqual(['Max Jones']);
  });

  it('an introduction that names the speaker beats a trailing pronoun', () => {
    const body = 'Katerina Thanou was cleared. Wada chairman Dick Pound said: "I am convinced the IAAF will appeal against the decision," he added.';
    expect(speakers(body, [{ name: 'Katerina Thanou' }, { name: 'Dick Pound', role: 'official' }])).toEqual(['Dick Pound']);
  });

  it('an unattributed quote keeps the previous speaker when that speaker is mentioned again in between', () => {
    const body = '"Johnston uses an advanced type of acupuncture," says Jamie Costin. Jamie has also trained with triple Olympic champion Robert Korzeniowski. "I was there for over a fortnight earlier this month."';
    expect(speakers(body, [{ name: 'Jamie Costin', forms: ['Jamie Costin', 'Jamie'] }, { name: 'Robert Korzeniowski' }])).toEqual(['Jamie Costin', 'Jamie Costin']);
  });

  it('…and goes to the most recent person when someone else is mentioned in between', () => {
    const body = '"We have banned her from all competitions," said AK chief Isaiah Kiplagat. Susan Chepkemei was in France. "I am sorry for missing the camp."';
    expect(speakers(body, [{ name: 'Isaiah Kiplagat', role: 'official' }, { name: 'Susan Chepkemei' }])).toEqual(['Isaiah Kiplagat', 'Susan Chepkemei']);
  });
});

describe('sources named before the quote', () => {
  const specs = [{ name: 'Josh Kerr', forms: ['Josh Kerr', 'Kerr'] }, { name: 'Jakob Ingebrigtsen', forms: ['Jakob Ingebrigtsen', 'Ingebrigtsen'] }];
  const cases: [string, string, (string | null)[]][] = [
    ['According to X,', 'Jakob Ingebrigtsen lost. According to Kerr, "the runs are going to be faster this year."', ['Josh Kerr']],
    ["In X's words:", "Jakob Ingebrigtsen lost. In Kerr's words: \"The runs are going to be faster this year.\"", ['Josh Kerr']],
    ['As per X,', 'Jakob Ingebrigtsen lost. As per Kerr, "the runs are going to be faster this year."', ['Josh Kerr']],
  ];
  it.each(cases)('%s', (_n, body, expected) => {
    expect(speakers(body, specs)).toEqual(expected);
  });
});

describe('scare quotes and titles do not get in the way', () => {
  it('a scare quote inside the introduction does not cut it', () => {
    const body = "Jakob Ingebrigtsen lost. Josh Kerr, the 'great' Scot, said: \"The runs are going to be faster this year.\"";
    expect(speakers(body, [{ name: 'Josh Kerr' }, { name: 'Jakob Ingebrigtsen' }])).toEqual(['Josh Kerr']);
  });
  it('a name inside a title still counts as a mention for recency', () => {
    const body = "Mo Farah held the record. The episode was named 'Josh Kerr and The Hunt for Gold'.\n\n\"The runs are going to be faster this year.\"";
    expect(speakers(body, [{ name: 'Josh Kerr' }, { name: 'Mo Farah' }])).toEqual(['Josh Kerr']);
  });
});
