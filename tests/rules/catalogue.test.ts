/**
 * The rule catalogue (issue 12): it loads and validates; a broken copy is refused with the rule id in the message;
 * every rule id used in the code of the covered folders is declared.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CatalogueError, RULE_ID, WORD_CONFLICTS, catalogue, stageRules, validateCatalogue, type RuleSpec, type StageRules } from '../../src/rules/index.js';

/**
 * The folders whose rule ids must all be declared. The persons stage declares its ids on branch persons
 * (src/extract/persons/rules.ts): 'src/extract/persons' joins this list when that branch is merged.
 */
const COVERED = ['src/ingest', 'src/segment', 'src/extract/events', 'src/extract/times', 'src/extract/persons', 'src/extract/competitions', 'src/extract/quotes', 'src/link', 'src/normalise', 'src/rules'];

/** The kinds of rule ids (`<kind>/<name>`) the stages use. */
const KINDS = new Set([
  'ingest', 'decode', 'txt', 'md', 'html', 'meta', 'block', 'time', 'plausible', 'event', 'competition', 'link', 'place', 'record',
  'frame', 'normalise', 'person', 'given-name', 'not-name', 'athlete-verb', 'role', 'title', 'country', 'context', 'ref', 'quote', 'speaker', 'attr',
]);
/** Literals of the same shape that are no stage rule: problem ids of the runner and I/O layers, paths, media types, packages. */
const NOT_RULES = new Set(['io', 'runner', 'application', 'src', 'seeds', 'model', 'csv-stringify', 'bbc', 'articles']);

/** A quoted literal `<kind>/<name>` (a template literal built from parts, `competition/${strength}`, does not match). */
const LITERAL = /(['"`])([a-z]+(?:-[a-z]+)*)\/([a-z0-9][a-z0-9.+-]*)\1/g;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** Every `<kind>/<name>` literal of the files under `dirs`: id → the first file that uses it. */
function literals(dirs: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of dirs.flatMap(files)) for (const m of readFileSync(f, 'utf8').matchAll(LITERAL)) if (!out.has(`${m[2]}/${m[3]}`)) out.set(`${m[2]}/${m[3]}`, f);
  return out;
}

describe('rule catalogue', () => {
  it('loads and validates, with rules of every covered stage', () => {
    const rules = catalogue();
    const stages = new Set(rules.map((r) => r.stage));
    for (const s of ['ingest', 'segment', 'times', 'competitions', 'link'] as const) expect(stages).toContain(s);
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
  });

  it('declares every rule id used in the code of the covered folders', () => {
    const declared = new Set(catalogue().map((r) => r.id));
    const undeclared = [...literals(COVERED)].filter(([id]) => KINDS.has(id.slice(0, id.indexOf('/'))) && !declared.has(id)).map(([id, f]) => `${id} (${f})`);
    expect(undeclared).toEqual([]);
  });

  it('knows every kind of rule id in src, so that a new kind is not skipped silently', () => {
    const unknown = [...literals(['src'])].filter(([id]) => !KINDS.has(id.slice(0, id.indexOf('/'))) && !NOT_RULES.has(id.slice(0, id.indexOf('/'))));
    expect(unknown.map(([id, f]) => `${id} (${f})`)).toEqual([]);
  });

  it('an id is <kind>/<name> in lower case; a kind may have a hyphen (the persons stage has athlete-verb/…)', () => {
    for (const id of ['time/m-ss-cc', 'plausible/4x100m', 'athlete-verb/race', 'competition/generic-diamond-league-inverted']) expect(RULE_ID.test(id), id).toBe(true);
    for (const id of ['time', 'Time/m-ss', 'time/M-ss', 'time/m ss', '/m-ss', 'time/', 'time/-m']) expect(RULE_ID.test(id), id).toBe(false);
  });

  it('the scan finds the ids it must: a literal, not a template built from parts', () => {
    const found = literals(['src/extract/competitions']);
    expect(found.has('competition/bare-city')).toBe(true);
    expect([...found.keys()].some((id) => id.includes('$'))).toBe(false);
  });
});

describe('a broken catalogue is refused, naming the rule', () => {
  const copy = (): StageRules[] => stageRules().map((s) => ({ ...s, rules: s.rules.map((r) => ({ ...r })) }));
  const rejects = (stages: StageRules[], conflicts = WORD_CONFLICTS) => {
    try {
      validateCatalogue(stages, conflicts);
    } catch (e) {
      expect(e).toBeInstanceOf(CatalogueError);
      return (e as Error).message;
    }
    throw new Error('the broken catalogue was accepted');
  };
  const inStage = (stages: StageRules[], stage: string) => stages.find((s) => s.stage === stage)!;

  it('accepts the copy as it is', () => {
    expect(validateCatalogue(copy(), WORD_CONFLICTS).length).toBe(catalogue().length);
  });

  it('a duplicate id across stages', () => {
    const stages = copy();
    const link = inStage(stages, 'link');
    (link.rules as RuleSpec[]).push({ ...inStage(stages, 'times').rules[0]!, stage: 'link' });
    expect(rejects(stages)).toMatch(/time\/m-ss: declared twice \(src\/extract\/times\/rules\.ts and src\/link\/rules\.ts\)/);
  });

  it('a word in two classes that must not share one', () => {
    const stages = copy();
    const comps = inStage(stages, 'competitions').rules as RuleSpec[];
    const i = comps.findIndex((r) => r.id === 'competition/race');
    comps[i] = { ...comps[i]!, words: [...comps[i]!.words!, 'Champion'] };
    expect(rejects(stages)).toMatch(/competition\/title and competition\/race share "champion"/);
  });

  it('a shared word the pair does not allow, while the allowed ones pass', () => {
    const stages = copy();
    const quotes = inStage(stages, 'quotes').rules as RuleSpec[];
    const i = quotes.findIndex((r) => r.id === 'quote/determiner');
    expect(quotes[i]!.words).toEqual(expect.arrayContaining(['the', 'that']));
    quotes[i] = { ...quotes[i]!, words: [...quotes[i]!.words!, 'because'] };
    const message = rejects(stages);
    expect(message).toMatch(/quote\/determiner and quote\/subject-break share "because"/);
    expect(message).not.toMatch(/"that"|"the"/);
  });

  it('a conflict pair naming an undeclared class', () => {
    expect(rejects(copy(), [...WORD_CONFLICTS, { a: 'time/m-ss', b: 'time/no-such-rule', reason: 'test' }])).toMatch(/time\/no-such-rule is not a declared rule/);
  });

  it('an example span that is not in its text', () => {
    const stages = copy();
    const times = inStage(stages, 'times').rules as RuleSpec[];
    times[0] = { ...times[0]!, examples: [{ text: 'Ines Varga ran 44:43.', span: '44:44' }] };
    expect(rejects(stages)).toMatch(/time\/m-ss \(src\/extract\/times\/rules\.ts\): span "44:44" does not occur/);
  });

  it('a stage field that does not match its file, and a malformed id', () => {
    const stages = copy();
    const seg = inStage(stages, 'segment').rules as RuleSpec[];
    seg[0] = { ...seg[0]!, stage: 'link' };
    seg[1] = { ...seg[1]!, id: 'Block/Related Prefix' };
    const message = rejects(stages);
    expect(message).toMatch(/block\/video-placeholder \(src\/segment\/rules\.ts\): stage "link" in a file of stage "segment"/);
    expect(message).toMatch(/Block\/Related Prefix \(src\/segment\/rules\.ts\): id: a rule id is <kind>\/<name>/);
  });
});
