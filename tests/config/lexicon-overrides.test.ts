/**
 * One override semantic for every lexicon (issue 12): `lexicons.<name>` entries merge into the built-in ones by id.
 * Per lexicon: forms/words added to a built-in entry, a new entry, a built-in entry disabled, each seen on an
 * invented sentence; then the errors, named by key path.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { segmentArticle } from '../../src/segment/index.js';
import { extractEvents, loadEventLexicon } from '../../src/extract/events/index.js';
import { extractCompetitions, loadCompetitionLexicon } from '../../src/extract/competitions/index.js';
import { extractPersons, loadPersonLexicon, type PersonLexicon } from '../../src/extract/persons/index.js';
import { extractQuotes, loadQuoteLexicon, type QuoteLexicon } from '../../src/extract/quotes/index.js';
import { ConfigError, parseConfig, type ConfigInput } from '../../src/config/schema.js';
import { createPipeline, pipelineFingerprint } from '../../src/pipeline.js';
import type { LexiconOverride } from '../../src/rules/overrides.js';

const doc = (body: string) => segmentArticle({ source: 't.txt', sha256: '', title: null, publishedAt: '2024-06-01', body }, 'a_t');

/** Each config goes through parseConfig first, as from pipeline.config.json. */
const cfg = (lexicons: ConfigInput['lexicons']) => parseConfig({ lexicons }).lexicons;

describe('events', () => {
  const run = (body: string, extra: LexiconOverride[] = []) => extractEvents(doc(body), loadEventLexicon(extra)).map((e) => [e.text, e.name, e.rule]);

  it('adds a form to a built-in entry, keeping its own', () => {
    const extra = cfg({ events: [{ id: 'event/steeplechase', forms: ['steeple'] }] }).events;
    expect(run('She took the steeple in Oslo.')).toEqual([]);
    expect(run('She took the steeple in Oslo.', extra)).toEqual([['steeple', '3000m Steeplechase', 'event/steeplechase']]);
    expect(run('She took the steeplechase in Oslo.', extra)).toEqual([['steeplechase', '3000m Steeplechase', 'event/steeplechase']]);
  });

  it('adds a new entry', () => {
    const extra = cfg({ events: [{ id: 'event/cfg-parkrun', reason: 'a parkrun is a 5km', name: '5km', discipline: 'road', distanceMeters: 5000, forms: ['parkrun'] }] }).events;
    expect(run('Her first parkrun went well.')).toEqual([]);
    expect(run('Her first parkrun went well.', extra)).toEqual([['parkrun', '5km', 'event/cfg-parkrun']]);
  });

  it('disables a built-in entry', () => {
    const extra = cfg({ events: [{ id: 'event/pole-vault', disabled: true, reason: 'not covered' }] }).events;
    expect(run('She cleared 4.80 in the pole vault.')).toEqual([['pole vault', 'Pole Vault', 'event/pole-vault']]);
    expect(run('She cleared 4.80 in the pole vault.', extra)).toEqual([]);
  });
});

describe('competitions', () => {
  const run = (body: string, extra: LexiconOverride[] = []) => extractCompetitions(doc(body), loadCompetitionLexicon(extra)).map((c) => [c.name, c.rule]);

  it('adds a form to a built-in entry, keeping its own and its single values', () => {
    const extra = cfg({ competitions: [{ id: 'competition/prefontaine', forms: ['Hayward Classic'] }] }).competitions;
    const body = 'She won the 1500m at the Hayward Classic on Saturday.';
    expect(run(body)).not.toContainEqual(['Prefontaine Classic', 'competition/prefontaine']);
    expect(run(body, extra)).toEqual([['Prefontaine Classic', 'competition/prefontaine']]);
    expect(run('She won at the Prefontaine Classic.', extra)).toEqual([['Prefontaine Classic', 'competition/prefontaine']]);
  });

  it('replaces a single value of a built-in entry', () => {
    const extra = cfg({ competitions: [{ id: 'competition/millrose', name: 'Millrose Games NYC' }] }).competitions;
    expect(run('She won at the Millrose Games.', extra)).toEqual([['Millrose Games NYC', 'competition/millrose']]);
  });

  it('adds a new entry', () => {
    const extra = cfg({ competitions: [{ id: 'club/summer-meet', reason: 'a club meeting', name: 'Riverside Summer Meet', kind: 'meeting', indoor: false, annual: true, location: 'Riverside', forms: ['riverside summer meet'] }] }).competitions;
    const body = 'She won at the riverside summer meet.';
    expect(run(body)).toEqual([]);
    expect(run(body, extra)).toEqual([['Riverside Summer Meet', 'club/summer-meet']]);
  });

  it('disables a built-in entry', () => {
    const extra = cfg({ competitions: [{ id: 'competition/weltklasse', disabled: true }] }).competitions;
    const body = 'She won the 800m at Weltklasse on Thursday.';
    expect(run(body)).toEqual([['Weltklasse Zurich', 'competition/weltklasse']]);
    expect(run(body, extra)).toEqual([]);
  });
});

describe('persons', () => {
  const role = (body: string, name: string, lex: PersonLexicon = loadPersonLexicon()) => extractPersons(doc(body), lex).persons.find((p) => p.name === name)?.role;

  it('adds a word to a built-in entry', () => {
    const lex = loadPersonLexicon(cfg({ persons: [{ id: 'role/coach', words: ['mentor'] }] }).persons);
    const body = 'Her mentor Dan Robinson watched from the stands.';
    expect(role(body, 'Dan Robinson')).not.toBe('coach');
    expect(role(body, 'Dan Robinson', lex)).toBe('coach');
    expect(role('Her coach Dan Robinson watched from the stands.', 'Dan Robinson', lex)).toBe('coach');
  });

  it('adds a new entry', () => {
    const lex = loadPersonLexicon(cfg({ persons: [{ id: 'role/cfg-chief', reason: 'configured', kind: 'role', role: 'official', words: ['pacesetter-in-chief'] }] }).persons);
    const body = 'The session was run by pacesetter-in-chief Dan Robinson on Sunday.';
    expect(role(body, 'Dan Robinson')).not.toBe('official');
    expect(role(body, 'Dan Robinson', lex)).toBe('official');
  });

  it('disables a built-in entry', () => {
    const lex = loadPersonLexicon(cfg({ persons: [{ id: 'role/coach', disabled: true }] }).persons);
    const body = 'Her coach Dan Robinson watched from the stands.';
    expect(role(body, 'Dan Robinson')).toBe('coach');
    expect(role(body, 'Dan Robinson', lex)).not.toBe('coach');
  });
});

describe('quotes', () => {
  // without a verb of saying after the quote, its speaker is the person named before it
  const body = 'Mary Major ran well. "I am so happy with this," grinned Jane Doe.';
  const said = body.replace('grinned', 'said');
  const speaker = (text: string, lex: QuoteLexicon = loadQuoteLexicon()) => {
    const d = doc(text);
    const persons = extractPersons(d, loadPersonLexicon());
    const q = extractQuotes(d, persons, lex)[0]!;
    return q.speaker === null ? q.speakerName : persons.persons[q.speaker]!.name;
  };

  it('adds a word to a built-in entry', () => {
    const lex = loadQuoteLexicon(cfg({ quotes: [{ id: 'quote/verb-say', words: ['grinned'] }] }).quotes);
    expect(speaker(body)).toBe('Mary Major');
    expect(speaker(body, lex)).toBe('Jane Doe');
    expect(lex.speechVerbs.get('grinned')).toBe('quote/verb-say');
    expect(lex.speechVerbs.get('said')).toBe('quote/verb-say');
  });

  it('adds a new entry, to the list its kind names', () => {
    const lex = loadQuoteLexicon(cfg({ quotes: [{ id: 'quote/verb-grin', kind: 'speechVerbs', reason: 'a smile that speaks', words: ['grinned'] }] }).quotes);
    expect(speaker(body, lex)).toBe('Jane Doe');
    expect(lex.speechVerbs.get('grinned')).toBe('quote/verb-grin');
  });

  it('disables a built-in entry', () => {
    const lex = loadQuoteLexicon(cfg({ quotes: [{ id: 'quote/verb-say', disabled: true }] }).quotes);
    expect(speaker(said)).toBe('Jane Doe');
    expect(speaker(said, lex)).toBe('Mary Major');
    expect(lex.speechVerbs.size).toBe(0);
  });

  it('is read from the config by the pipeline, and is part of its fingerprint', () => {
    const config = parseConfig({ lexicons: { quotes: [{ id: 'quote/verb-say', words: ['grinned'] }] } });
    const raw = { source: 't.txt', sha256: 'x', title: null, publishedAt: '2024-06-01', body };
    const speakers = (c = parseConfig({})) => createPipeline(c).extract(raw).facts.quotes.map((q) => q.speakerName);
    expect(speakers()).toEqual(['Mary Major']);
    expect(speakers(config)).toEqual(['Jane Doe']);
    expect(pipelineFingerprint(config)).not.toBe(pipelineFingerprint(parseConfig({})));
  });
});

describe('errors name the key path', () => {
  it.each<[ConfigInput['lexicons'], RegExp]>([
    [{ events: [{ id: 'event/nope', disabled: true }] }, /^lexicons\.events\[0\]\.id: no built-in entry "event\/nope" to disable$/m],
    [{ competitions: [{ id: 'competition/weltklasse', disabled: true, forms: ['x'] }] }, /^lexicons\.competitions\[0\]: a disabled entry takes only id, disabled and reason \(not forms\)$/m],
    [{ persons: [{ id: 'role/coach', words: ['mentor'] }, { id: 'role/coach', words: ['guru'] }] }, /^lexicons\.persons\[1\]\.id: "role\/coach" is configured twice \(also at \[0\]\)/m],
    [{ persons: [{ id: 'role/coach', kind: 'title' }] }, /^lexicons\.persons\[0\]\.kind: "role" is the kind of built-in entry "role\/coach"/m],
    [{ quotes: [{ id: 'quote/verb-say', words: [''] }] }, /^lexicons\.quotes\[0\]\.words\[0\]: /m],
    [{ quotes: [{ id: 'quote/verb-new', words: ['beamed'] }] }, /^lexicons\.quotes\[0\]\.(kind|reason): /m],
    [{ events: [{ id: 'event/marathon', colour: 'red' }] }, /^lexicons\.events\[0\]: .*colour/m],
    [{ events: [{ reason: 'no id' }] } as never, /^lexicons\.events\[0\]\.id: /m],
    [{ persons: [], songs: [] } as never, /^lexicons: .*songs/m],
  ])('%j', (lexicons, message) => {
    expect(() => parseConfig({ lexicons })).toThrow(ConfigError);
    expect(() => parseConfig({ lexicons })).toThrow(message);
  });

  it('the loaders say the same without the config schema', () => {
    expect(() => loadEventLexicon([{ id: 'event/nope', disabled: true }])).toThrow(/^lexicons\.events\[0\]\.id: no built-in entry/);
    expect(() => loadCompetitionLexicon([{ id: 'competition/new', forms: ['new games'] }])).toThrow(/^lexicons\.competitions\[0\]\.(reason|name|kind|indoor): /m);
  });
});

describe('the README example', () => {
  it('is a valid config, and each of its lexicons differs from the built-in one', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const block = /### Extending the lexicons[\s\S]*?```json\n([\s\S]*?)```/.exec(readme)?.[1];
    const { lexicons } = parseConfig(JSON.parse(block!));
    expect(Object.values(lexicons).every((list) => list.length > 0)).toBe(true);
    expect(loadEventLexicon(lexicons.events).rules.map((r) => r.id)).not.toContain('event/pole-vault');
    expect(loadCompetitionLexicon(lexicons.competitions).rules.map((r) => r.id)).toContain('club/summer-meet');
    expect(loadPersonLexicon(lexicons.persons).roles.get('pacemaker')?.value).toBe('official');
    expect(loadQuoteLexicon(lexicons.quotes).outletMedia.get('newsletter')).toBe('quote/cfg-outlet');
  });
});
