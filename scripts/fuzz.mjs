#!/usr/bin/env node
/**
 * Property tests of the core with fast-check (issue 7): random and mutated article text never makes a
 * stage throw, every mention's offsets hold its text, and the merge gives the same bytes whatever the
 * order and grouping of the shards.
 *
 *   node scripts/fuzz.mjs [runsPerProperty=2500] [seed]     (over the built dist/; `npm run build` first)
 *
 * tests/robustness/fuzz.test.ts runs the same properties over src/ with few runs.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import fc from 'fast-check';

/** Pieces that random text is made of: the characters and words the rules care about. */
const TOKENS = [
  ' ', ' ', ' ', '\n', '\n\n', ',', '.', ':', ';', '-', '–', '(', ')', "'", '’', '"', '“', '”', '‘', '«', '»',
  '1', '9', '0', '3:29', '1:45.94', '9.58', '2:03:23', '10,000m', '1500m', '4x400m', 'mile', 'marathon', 'metres',
  'Mr.', 'Dr', 'Sir', 'said', 'says', 'told', 'BBC Sport', 'won', 'clocked', 'in', 'the', 'at', 'World', 'Championships',
  'Diamond League', 'Olympic', 'Games', 'London', 'Kerr', 'Anna', 'Smith', 'de', 'van', 'O’Brien', 'Jean-Luc', 'Kenyan',
  'he', 'she', 'her', 'his', 'record', 'WR', 'PB', 'SB', 'gold', 'silver', 'second', 'minutes', 'seconds', 'hours',
  'é', '\u0301', '\u00a0', '\u200b', '\u0000', '\ud83c\udfc3', '\ud800', '#', '*', '[', ']', '<p>', '&amp;',
];

/** Insertions of the mutation step: the characters that stress the rules. */
const INSERTS = ['"', '“', '”', '‘', '’', "'", ':', '.', ',', '1', '7', '0', ':00', 'A', 'Q', 'Mr. ', ' ', '\n', '\n\n', '-', '(', ')', 'World ', 'said '];

export const randomText = () => fc.array(fc.constantFrom(...TOKENS), { maxLength: 400 }).map((a) => a.join(''));

/** A fixture article with up to 12 mutations: insertions, deletions and duplications of a range. */
export function mutatedText(texts) {
  const mutation = fc.oneof(
    fc.record({ kind: fc.constant('insert'), at: fc.nat(), what: fc.constantFrom(...INSERTS), times: fc.integer({ min: 1, max: 40 }) }),
    fc.record({ kind: fc.constant('delete'), at: fc.nat(), len: fc.integer({ min: 1, max: 200 }) }),
    fc.record({ kind: fc.constant('duplicate'), at: fc.nat(), len: fc.integer({ min: 1, max: 300 }) }),
    fc.record({ kind: fc.constant('upper'), at: fc.nat(), len: fc.integer({ min: 1, max: 200 }) }),
  );
  return fc.tuple(fc.constantFrom(...texts), fc.array(mutation, { maxLength: 12 })).map(([text, muts]) => {
    let s = text;
    for (const m of muts) {
      const at = s.length ? m.at % (s.length + 1) : 0;
      if (m.kind === 'insert') s = s.slice(0, at) + m.what.repeat(m.times) + s.slice(at);
      else if (m.kind === 'delete') s = s.slice(0, at) + s.slice(at + m.len);
      else if (m.kind === 'duplicate') s = s.slice(0, at + m.len) + s.slice(at, at + m.len) + s.slice(at + m.len);
      else s = s.slice(0, at) + s.slice(at, at + m.len).toUpperCase() + s.slice(at + m.len);
    }
    return s;
  });
}

export const articleText = (texts) => fc.oneof({ weight: 1, arbitrary: randomText() }, { weight: 3, arbitrary: mutatedText(texts) });

export const rawArticle = (body, source = 'fuzz/article.txt') => ({ source, sha256: '0'.repeat(64), title: null, publishedAt: null, body });

const fail = (msg) => {
  throw new Error(msg);
};

/** Each `[start, end)` within the text, start ≤ end. */
function checkSpan(text, s, what) {
  if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= text.length))
    fail(`${what}: bad span [${s.start}, ${s.end}) in a text of ${text.length}`);
}

function checkHolds(text, m, what) {
  checkSpan(text, m, what);
  if (text.slice(m.start, m.end) !== m.text) fail(`${what}: text.slice(${m.start}, ${m.end}) = ${JSON.stringify(text.slice(m.start, m.end))}, mention says ${JSON.stringify(m.text)}`);
}

/** Every fact mention of one article's facts holds its text. */
function checkFactMentions(text, facts) {
  for (const kind of ['athletes', 'events', 'competitions', 'performances', 'quotes']) {
    for (const rec of facts[kind] ?? []) for (const m of rec.mentions ?? []) checkHolds(text, m, `${kind} ${rec.key} mention`);
  }
}

/**
 * The properties: `{ name, arbitrary, predicate }` over `api` (the dist/ or src/ modules) and `texts`
 * (fixture article texts to mutate). Predicates throw with a reason.
 */
export function properties(api, texts) {
  const pipeline = api.createPipeline(api.defaultConfig);
  const doc = (body) => api.segmentArticle(rawArticle(body), 'a_fuzz');
  const noPersons = { persons: [], refs: [] };
  const extract = (body, source) => pipeline.extract(rawArticle(body, source)).facts;
  const bytesOf = (state) => api.factsToJson(api.finalizeFacts(state));
  return [
    {
      name: 'segment: blocks and sentences are spans of the text, in order',
      arbitrary: articleText(texts),
      predicate: (body) => {
        const d = doc(body);
        if (d.text !== body) fail('doc.text differs from the body');
        let prev = 0;
        for (const b of d.blocks) {
          checkSpan(d.text, b, 'block');
          if (b.start < prev) fail('blocks overlap or are out of order');
          prev = b.end;
        }
        for (const s of d.sentences) {
          checkSpan(d.text, s, 'sentence');
          const b = d.blocks[s.block];
          if (!b || s.start < b.start || s.end > b.end) fail(`sentence [${s.start}, ${s.end}) outside its block`);
        }
      },
    },
    {
      name: 'times: never throws, raw is the text at the offsets, readings are finite',
      arbitrary: articleText(texts),
      predicate: (body) => {
        const d = doc(body);
        for (const t of api.extractTimes(d)) {
          checkSpan(d.text, t, 'time');
          if (d.text.slice(t.start, t.end) !== t.raw) fail(`time raw ${JSON.stringify(t.raw)} is not the text at [${t.start}, ${t.end})`);
          if (!t.readings.length) fail('time without readings');
          for (const r of t.readings) if (!Number.isFinite(r.seconds) || r.seconds < 0) fail(`time reading ${r.seconds}`);
        }
      },
    },
    {
      name: 'quotes: never throws, every part is a span inside the quote, the text is the parts joined',
      arbitrary: articleText(texts),
      predicate: (body) => {
        const d = doc(body);
        for (const q of api.extractQuotes(d, noPersons)) {
          checkSpan(d.text, q, 'quote');
          if (!q.parts.length) fail('quote without parts');
          for (const p of q.parts) {
            checkSpan(d.text, p, 'quote part');
            if (p.start < q.start || p.end > q.end) fail(`quote part [${p.start}, ${p.end}) outside the quote [${q.start}, ${q.end})`);
          }
          const joined = q.parts.map((p) => d.text.slice(p.start, p.end)).join(' ');
          if (joined !== q.text) fail(`quote text ${JSON.stringify(q.text.slice(0, 60))} is not its parts joined by a space`);
        }
      },
    },
    {
      name: 'pipeline: extract never throws and every fact mention holds its text',
      arbitrary: articleText(texts),
      predicate: (body) => {
        const r = pipeline.extract(rawArticle(body));
        checkFactMentions(body, r.facts);
        if (!Array.isArray(r.problems)) fail('problems is not an array');
      },
    },
    {
      name: 'merge: any order and grouping of shards gives the same bytes',
      arbitrary: fc
        .array(articleText(texts), { minLength: 1, maxLength: 6 })
        .chain((bodies) =>
          fc.record({
            bodies: fc.constant(bodies),
            order: fc.shuffledSubarray(bodies.map((_, i) => i), { minLength: bodies.length, maxLength: bodies.length }),
            cuts: fc.array(fc.nat(bodies.length), { maxLength: 3 }),
            dup: fc.boolean(),
          }),
        ),
      predicate: ({ bodies, order, cuts, dup }) => {
        // the same text under two sources is two articles; `dup` adds an exact duplicate (same source and text)
        const facts = bodies.map((b, i) => extract(b, `fuzz/${i}.txt`));
        if (dup) facts.push(extract(bodies[0], 'fuzz/0.txt'));
        const sequential = api.createMergeState();
        for (const f of facts) api.addArticle(sequential, f);
        const expected = bytesOf(sequential);
        // shuffled, then cut into shards, merged left-to-right and right-to-left
        const shuffled = [...order.map((i) => facts[i]), ...(dup ? [facts[facts.length - 1]] : [])];
        const bounds = [...new Set([0, ...cuts.map((c) => c % (shuffled.length + 1)), shuffled.length])].sort((a, b) => a - b);
        const shards = [];
        for (let i = 0; i + 1 < bounds.length; i++) {
          const s = api.createMergeState();
          for (const f of shuffled.slice(bounds[i], bounds[i + 1])) api.addArticle(s, f);
          shards.push(s);
        }
        const left = shards.reduce((a, b) => api.mergeStates(a, b), api.createMergeState());
        const right = shards.reduceRight((a, b) => api.mergeStates(b, a), api.createMergeState());
        if (bytesOf(left) !== expected) fail('left-folded shards differ from the sequential merge');
        if (bytesOf(right) !== expected) fail('right-folded shards differ from the sequential merge');
        // merging must not change its inputs: the sequential state still gives the same bytes
        if (bytesOf(sequential) !== expected) fail('finalizeFacts or mergeStates changed a state');
      },
    },
  ];
}

/**
 * Runs every property with `numRuns` cases (the merge property, which extracts several articles a case, half
 * as many); returns the cases run per property and the failures (shrunk counterexample, seed and path to replay).
 */
export function runFuzz(api, texts, { numRuns = 2500, seed, log = () => {} } = {}) {
  const counts = {};
  const failures = [];
  for (const p of properties(api, texts)) {
    const t0 = performance.now();
    const runs = p.name.startsWith('merge') ? Math.max(1, Math.round(numRuns / 2)) : numRuns;
    const r = fc.check(fc.property(p.arbitrary, p.predicate), { numRuns: runs, seed });
    counts[p.name] = r.numRuns;
    const secs = ((performance.now() - t0) / 1000).toFixed(1);
    if (r.failed) {
      const reason = r.errorInstance instanceof Error ? r.errorInstance.message : String(r.errorInstance);
      failures.push({ name: p.name, seed: r.seed, path: r.counterexamplePath, reason, counterexample: r.counterexample });
      log(`${String(r.numRuns).padStart(6)} cases  ${secs}s  ${p.name}: FAILED (seed ${r.seed}, path ${r.counterexamplePath}): ${reason}`);
    } else log(`${String(r.numRuns).padStart(6)} cases  ${secs}s  ${p.name}`);
  }
  return { counts, failures };
}

/** Fixture article texts (the bodies to mutate), read from a folder. */
export function readTexts(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(d).sort()) {
      const p = path.join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else if (e.endsWith('.txt')) out.push(readFileSync(p, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const numRuns = Number(process.argv[2] ?? 2500);
  const seed = process.argv[3] === undefined ? undefined : Number(process.argv[3]);
  const dist = (p) => import(pathToFileURL(path.join(root, 'dist', p)).href);
  const [index, times, quotes] = await Promise.all([dist('index.js'), dist('extract/times/index.js'), dist('extract/quotes/index.js')]);
  const api = { ...index, extractTimes: times.extractTimes, extractQuotes: quotes.extractQuotes };
  const texts = readTexts(path.join(root, 'fixtures/articles'));
  const t0 = performance.now();
  const { counts, failures } = runFuzz(api, texts, { numRuns, seed, log: (s) => console.log(s) });
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const secs = ((performance.now() - t0) / 1000).toFixed(1);
  console.log(`${total} generated cases, ${failures.length ? `${failures.length} properties FAILED` : 'all properties hold'} (${secs}s; ${texts.length} fixture texts mutated)`);
  for (const f of failures) console.log(`\n${f.name}\n  ${f.reason}\n  replay: node scripts/fuzz.mjs ${numRuns} ${f.seed}   (path ${f.path})\n  counterexample: ${JSON.stringify(f.counterexample).slice(0, 2000)}`);
  process.exitCode = failures.length ? 1 : 0;
}
