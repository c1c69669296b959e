#!/usr/bin/env node
// Copied unchanged (below this line) from the project's evaluation kit (shared/eval/score.mjs) so that the
// quality test and `npm run eval` run from a clean clone.
// Scores a facts.json (see ../CONTRACT.md) against hand-written gold files.
//
//   node score.mjs --gold DIR --facts FILE [--details] [--json]
//
// Gold: one JSON file per article (format in ../CONTRACT.md, "Gold files").
// Matching is per article, micro-averaged over all gold articles.
// Exit code 0 on a completed scoring, 2 on unusable input.
import fs from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const goldDir = opt('--gold');
const factsFile = opt('--facts');
const details = args.includes('--details');
const asJson = args.includes('--json');
if (!goldDir || !factsFile) {
  console.error('usage: score.mjs --gold DIR --facts FILE [--details] [--json]');
  process.exit(2);
}

// ---------- normalisation ----------
// Letters that NFKD leaves whole: "Paweł" ~ "Pawel", "Ødegaard" ~ "Odegaard".
const LETTERS = { ø: 'o', ł: 'l', đ: 'd', ð: 'd', ħ: 'h', ı: 'i', æ: 'ae', œ: 'oe', ß: 'ss', þ: 'th' };
const fold = (s) =>
  String(s ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[øłđðħıæœßþ]/g, (c) => LETTERS[c])
    .replace(/[‘’ʼ`´′]/g, "'");
const nameKey = (s) =>
  fold(s)
    .replace(/'s\b/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
const eventKey = (s) =>
  fold(s)
    .replace(/,/g, '')
    .replace(/\bmetres?\b|\bmeters?\b/g, 'm')
    .replace(/\bkilometres?\b|\bkilometers?\b|(?<![a-z])k\b/g, 'km')
    .replace(/\btwo\b/g, '2')
    .replace(/\bmiles\b/g, 'mile')
    .replace(/\bthrow\b/g, '')
    .replace(/\brace\b/g, '')
    .replace(/[^a-z0-9]+/g, '');
// Words that do not tell competitions apart: "IAAF World Indoor Championships" ~ "World Athletics Indoor Championships".
const STOP = new Set(['the', 'of', 'in', 'and', 'a', 'athletics', 'iaaf']);
const compKey = (s) =>
  nameKey(s)
    .split(' ')
    .filter((w) => w && !STOP.has(w) && !/^\d{4}$/.test(w))
    .join(' ');
// Words of a quote; an apostrophe counts only inside a word ("it's"), not as a quote mark ('great').
const tokens = (s) =>
  fold(s)
    .split(/[^a-z0-9']+/)
    .map((t) => t.replace(/^'+|'+$/g, ''))
    .filter(Boolean);
function tokenF1(a, b) {
  const ta = tokens(a);
  const tb = tokens(b);
  if (!ta.length || !tb.length) return 0;
  const bag = new Map();
  for (const t of tb) bag.set(t, (bag.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of ta) {
    const n = bag.get(t) ?? 0;
    if (n > 0) {
      common++;
      bag.set(t, n - 1);
    }
  }
  if (!common) return 0;
  const p = common / ta.length;
  const r = common / tb.length;
  return (2 * p * r) / (p + r);
}

// ---------- load ----------
function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    console.error(`cannot read ${file}: ${e.message}`);
    process.exit(2);
  }
}
const facts = readJson(factsFile);
for (const k of ['articles', 'athletes', 'events', 'competitions', 'performances', 'quotes']) {
  if (!Array.isArray(facts?.[k]) || !facts[k].every((r) => r && typeof r === 'object')) {
    console.error(`facts file has no array of records "${k}"`);
    process.exit(2);
  }
}
const golds = fs
  .readdirSync(goldDir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => readJson(path.join(goldDir, f)));
if (!golds.length) {
  console.error(`no gold files in ${goldDir}`);
  process.exit(2);
}

const byId = (arr) => new Map(arr.map((r) => [r.id, r]));
const athletesById = byId(facts.athletes);
const eventsById = byId(facts.events);
const compsById = byId(facts.competitions);

// gold source "seeds/000.txt" ~ facts source "corpus/seeds/000.txt" or "000.txt":
// the longer path must end with the shorter one at a segment boundary ("./" and "\\" are allowed).
const segs = (p) => String(p).replace(/\\/g, '/').split('/').filter((s) => s && s !== '.');
function sameSource(a, b) {
  const x = segs(a);
  const y = segs(b);
  const n = Math.min(x.length, y.length);
  for (let i = 1; i <= n; i++) if (x[x.length - i] !== y[y.length - i]) return false;
  return n > 0;
}
function articleIdsFor(goldSource) {
  const hits = facts.articles.filter((a) => sameSource(a.source, goldSource));
  if (hits.length > 1) {
    const exact = hits.filter((a) => segs(a.source).length >= segs(goldSource).length);
    if (exact.length === 1) return new Set([exact[0].id]);
  }
  return new Set(hits.map((a) => a.id));
}
const inArticle = (rec, ids) => Array.isArray(rec.mentions) && rec.mentions.some((m) => ids.has(m?.article));
// Name sets for matching; a name that folds to nothing ("IAAF" as a competition, "...") matches nothing.
const keySet = (names, key) => new Set(names.map(key).filter(Boolean));

// ---------- tallies ----------
const T = {};
const tally = (k) => (T[k] ??= { tp: 0, fp: 0, fn: 0 });
const extra = { compYear: [0, 0], perfComp: [0, 0], perfPlace: [0, 0], perfRecords: [0, 0], perfWhole: [0, 0], perfTime: { tp: 0, fp: 0, fn: 0 }, speaker: [0, 0], date: [0, 0] };
const log = [];
const note = (src, kind, what) => log.push(`${src}\t${kind}\t${what}`);

let missingArticles = 0;
for (const g of golds) {
  const ids = articleIdsFor(g.source);
  if (!ids.size) {
    missingArticles++;
    note(g.source, 'MISSING', 'no article in facts for this source');
  }
  const src = g.source;

  // publishedAt: judged where the gold or the facts give a date (a date the file does not state is wrong)
  const art = facts.articles.find((x) => ids.has(x.id));
  if (g.publishedAt || art?.publishedAt) {
    extra.date[1]++;
    if (art && (art.publishedAt ?? null) === (g.publishedAt ?? null)) extra.date[0]++;
    else note(src, 'date', `expected ${g.publishedAt ?? 'none'}, got ${art?.publishedAt ?? 'nothing'}`);
  }

  // athletes: a second record of an already matched athlete ("Mo Farah" and "Mohamed Farah") is a false positive
  const goldAth = (g.athletes ?? []).map((a) => ({ keys: keySet([a.name, ...(a.alt ?? [])], nameKey), name: a.name, hit: false }));
  const ignoreAth = keySet(g.ignoreAthletes ?? [], nameKey);
  const athleteKeyOf = new Map(); // predicted athlete id -> gold name (when matched)
  for (const a of facts.athletes.filter((r) => inArticle(r, ids))) {
    const k = nameKey(a.name);
    const m = goldAth.find((x) => !x.hit && x.keys.has(k)) ?? goldAth.find((x) => x.keys.has(k));
    if (m) {
      athleteKeyOf.set(a.id, m.name);
      if (!m.hit) {
        m.hit = true;
        tally('athletes').tp++;
      } else {
        tally('athletes').fp++;
        note(src, 'athlete FP (duplicate)', a.name);
      }
    } else if (!ignoreAth.has(k)) {
      tally('athletes').fp++;
      note(src, 'athlete FP', a.name);
    }
  }
  for (const m of goldAth.filter((x) => !x.hit)) {
    tally('athletes').fn++;
    note(src, 'athlete FN', m.name);
  }
  const goldNameOf = (name) => {
    const k = nameKey(name);
    return goldAth.find((x) => x.keys.has(k))?.name ?? name;
  };

  // events: a second record of the same event ("1500m" and "1,500m") is a false positive
  const goldEv = keySet(g.events ?? [], eventKey);
  const predEv = new Set();
  for (const e of facts.events.filter((r) => inArticle(r, ids)).map((r) => eventKey(r.name))) {
    if (predEv.has(e)) {
      tally('events').fp++;
      note(src, 'event FP (duplicate)', e);
    } else if (goldEv.has(e)) tally('events').tp++;
    else {
      tally('events').fp++;
      note(src, 'event FP', e);
    }
    predEv.add(e);
  }
  for (const e of goldEv)
    if (!predEv.has(e)) {
      tally('events').fn++;
      note(src, 'event FN', e);
    }

  // competitions: a record with a year takes the gold edition of that year first; records without one come
  // last and take what is left. A second record of one identity (gold name + year: "London Marathon" with no
  // year twice, or "Olympics" and "Olympic Games" both without a year) is a duplicate, not another edition.
  const goldComp = (g.competitions ?? []).map((c) => ({ ...c, keys: keySet([c.name, ...(c.alt ?? [])], compKey), hit: false }));
  const ignoreComp = keySet(g.ignoreCompetitions ?? [], compKey);
  const seenComp = new Set();
  const predComp = facts.competitions.filter((r) => inArticle(r, ids)).sort((a, b) => (a.year == null) - (b.year == null));
  for (const c of predComp) {
    const k = compKey(c.name);
    const cands = goldComp.filter((gc) => gc.keys.has(k) && (gc.year == null || c.year == null || gc.year === c.year));
    const m = cands.find((gc) => !gc.hit && gc.year === c.year) ?? cands.find((gc) => !gc.hit) ?? cands[0];
    const identity = m && `${m.name}|${c.year ?? ''}`;
    if (m && !m.hit && !seenComp.has(identity)) {
      seenComp.add(identity);
      m.hit = true;
      tally('competitions').tp++;
      if (m.year != null) {
        extra.compYear[1]++;
        if (c.year === m.year) extra.compYear[0]++;
        else note(src, 'comp year', `${c.name}: expected ${m.year}, got ${c.year ?? 'none'}`);
      }
    } else if (m) {
      // a second predicted record for an already matched gold competition, or of an identity already seen
      tally('competitions').fp++;
      note(src, 'competition FP (duplicate)', `${c.name} ${c.year ?? ''}`);
    } else if (!ignoreComp.has(k)) {
      tally('competitions').fp++;
      note(src, 'competition FP', `${c.name} ${c.year ?? ''}`);
    }
  }
  for (const m of goldComp.filter((x) => !x.hit)) {
    tally('competitions').fn++;
    note(src, 'competition FN', `${m.name} ${m.year ?? ''}`);
  }

  // performances: first the time values, then the full (athlete, event, time) link
  const goldPerf = (g.performances ?? []).map((p) => ({ ...p, hitTime: false, hitFull: false }));
  const predPerf = facts.performances.filter((r) => inArticle(r, ids) && r.result && typeof r.result.seconds === 'number');
  const predView = predPerf.map((p) => ({
    seconds: p.result.seconds,
    athlete: p.athlete ? (athleteKeyOf.get(p.athlete) ?? athletesById.get(p.athlete)?.name ?? null) : null,
    event: p.event ? (eventsById.get(p.event)?.name ?? null) : null,
    competition: p.competition ? (compsById.get(p.competition) ?? null) : null,
    place: p.place ?? null,
    records: Array.isArray(p.records) ? p.records : [],
    raw: p.raw,
  }));
  // Record tags compared as sets of upper-case abbreviations ("wr", "WR" and a repeated tag are one).
  const recordSet = (xs) => [...new Set((xs ?? []).map((x) => String(x).trim().toUpperCase()).filter(Boolean))].sort().join(',');
  const close = (a, b) => Math.abs(a - b) < 0.006;
  const full = (gp, pv) =>
    close(gp.seconds, pv.seconds) && pv.athlete && nameKey(goldNameOf(pv.athlete)) === nameKey(gp.athlete) && pv.event && eventKey(pv.event) === eventKey(gp.event);
  for (const pv of predView) {
    const f = goldPerf.find((gp) => !gp.hitFull && full(gp, pv));
    const t = f ?? goldPerf.find((gp) => !gp.hitTime && close(gp.seconds, pv.seconds));
    if (t && !t.hitTime) {
      t.hitTime = true;
      extra.perfTime.tp++;
    } else if (!t) {
      extra.perfTime.fp++;
    }
    if (f) {
      f.hitFull = true;
      tally('performances').tp++;
      // The fields of a matched performance, each judged where the gold file states it. Competition: the linked
      // record names the gold competition in a year that gold edition allows; where the gold says none, a link to
      // nothing or to a debatable name (ignoreCompetitions) is right and a link to anything else is wrong.
      let whole = true;
      if (f.competition !== undefined) {
        extra.perfComp[1]++;
        const pc = pv.competition;
        // The gold edition: the series' edition in the performance's year when the gold gives one, else its only
        // edition in this file; with several editions and no year, any of them.
        const series = f.competition ? goldComp.filter((gc) => gc.keys.has(compKey(f.competition))) : [];
        const inYear = f.year != null ? series.filter((gc) => gc.year == null || gc.year === f.year) : series;
        const editions = inYear.length ? inYear : series;
        const ok = f.competition
          ? pc && editions.some((gc) => gc.keys.has(compKey(pc.name)) && (gc.year == null || pc.year == null || gc.year === pc.year))
          : !pc || ignoreComp.has(compKey(pc.name));
        if (ok) extra.perfComp[0]++;
        else {
          whole = false;
          note(src, 'perf competition', `${f.athlete} ${f.event} ${f.seconds}: expected ${f.competition ?? 'none'}, got ${pc ? `${pc.name} ${pc.year ?? ''}` : 'none'}`);
        }
      }
      if (f.place !== undefined) {
        extra.perfPlace[1]++;
        if ((f.place ?? null) === pv.place) extra.perfPlace[0]++;
        else {
          whole = false;
          note(src, 'perf place', `${f.athlete} ${f.event} ${f.seconds}: expected ${f.place ?? 'none'}, got ${pv.place ?? 'none'}`);
        }
      }
      if (f.records !== undefined) {
        extra.perfRecords[1]++;
        if (recordSet(f.records) === recordSet(pv.records)) extra.perfRecords[0]++;
        else {
          whole = false;
          note(src, 'perf records', `${f.athlete} ${f.event} ${f.seconds}: expected [${recordSet(f.records)}], got [${recordSet(pv.records)}]`);
        }
      }
      if (whole) extra.perfWhole[0]++;
    } else if (pv.athlete && ignoreAth.has(nameKey(pv.athlete)) && !t) {
      // a time of a person the gold leaves debatable (a wheelchair racer, a pacemaker): neither right nor wrong
    } else {
      tally('performances').fp++;
      note(src, 'performance FP', `${pv.athlete ?? '?'} | ${pv.event ?? '?'} | ${pv.seconds} (${pv.raw ?? ''})`);
    }
  }
  extra.perfWhole[1] += goldPerf.length;
  for (const gp of goldPerf) {
    if (!gp.hitTime) extra.perfTime.fn++;
    if (!gp.hitFull) {
      tally('performances').fn++;
      note(src, 'performance FN', `${gp.athlete} | ${gp.event} | ${gp.seconds} (${gp.raw ?? ''})`);
    }
  }

  // quotes
  const goldQ = (g.quotes ?? []).map((q) => ({ ...q, hit: false }));
  const ignoreQ = g.ignoreQuotes ?? [];
  for (const q of facts.quotes.filter((r) => inArticle(r, ids))) {
    let best = null;
    let bestScore = 0;
    for (const gq of goldQ) {
      if (gq.hit) continue;
      const s = tokenF1(q.text, gq.text);
      if (s > bestScore) {
        bestScore = s;
        best = gq;
      }
    }
    if (best && bestScore >= 0.8) {
      best.hit = true;
      tally('quotes').tp++;
      if (best.speaker) {
        extra.speaker[1]++;
        const said = q.speaker ? (athleteKeyOf.get(q.speaker) ?? athletesById.get(q.speaker)?.name) : q.speakerName;
        if (said && nameKey(goldNameOf(said)) === nameKey(best.speaker)) extra.speaker[0]++;
        else note(src, 'speaker', `"${best.text.slice(0, 50)}…": expected ${best.speaker}, got ${said ?? 'none'}`);
      }
    } else if (!ignoreQ.some((t) => tokenF1(q.text, t) >= 0.8)) {
      tally('quotes').fp++;
      note(src, 'quote FP', `"${String(q.text).slice(0, 80)}"`);
    }
  }
  for (const gq of goldQ.filter((x) => !x.hit)) {
    tally('quotes').fn++;
    note(src, 'quote FN', `"${gq.text.slice(0, 80)}"`);
  }
}

// ---------- report ----------
const prf = ({ tp, fp, fn }) => {
  const p = tp + fp ? tp / (tp + fp) : tp + fn ? 0 : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return { tp, fp, fn, p, r, f };
};
const kinds = ['athletes', 'events', 'competitions', 'performances', 'quotes'];
const rows = Object.fromEntries(kinds.map((k) => [k, prf(tally(k))]));
rows['times (value only)'] = prf(extra.perfTime);
const ratio = ([a, b]) => (b ? a / b : null);
const summary = {
  articles: golds.length,
  missingArticles,
  scores: rows,
  publishedAtAccuracy: ratio(extra.date),
  competitionYearAccuracy: ratio(extra.compYear),
  performanceCompetitionAccuracy: ratio(extra.perfComp),
  performancePlaceAccuracy: ratio(extra.perfPlace),
  performanceRecordsAccuracy: ratio(extra.perfRecords),
  performancesWhollyRight: ratio(extra.perfWhole),
  quoteSpeakerAccuracy: ratio(extra.speaker),
  macroF1: kinds.reduce((s, k) => s + rows[k].f, 0) / kinds.length,
};

if (asJson) {
  console.log(JSON.stringify(summary, null, 2));
} else {
  const pct = (x) => (x == null ? '   -  ' : (100 * x).toFixed(1).padStart(6));
  console.log(`gold articles: ${golds.length}${missingArticles ? ` (${missingArticles} missing from facts)` : ''}`);
  console.log('kind                   tp    fp    fn      P      R     F1');
  for (const [k, v] of Object.entries(rows))
    console.log(`${k.padEnd(20)} ${String(v.tp).padStart(4)}  ${String(v.fp).padStart(4)}  ${String(v.fn).padStart(4)} ${pct(v.p)} ${pct(v.r)} ${pct(v.f)}`);
  console.log(`publishedAt accuracy          ${pct(summary.publishedAtAccuracy)}`);
  console.log(`competition year accuracy     ${pct(summary.competitionYearAccuracy)}`);
  console.log(`performance→competition acc.  ${pct(summary.performanceCompetitionAccuracy)}`);
  console.log(`performance place accuracy    ${pct(summary.performancePlaceAccuracy)}`);
  console.log(`performance records accuracy  ${pct(summary.performanceRecordsAccuracy)}`);
  console.log(`gold performances wholly right ${pct(summary.performancesWhollyRight)}  (athlete, event, time, competition, place, records)`);
  console.log(`quote speaker accuracy        ${pct(summary.quoteSpeakerAccuracy)}`);
  if (details) {
    console.log('\n--- details (source, kind, what) ---');
    for (const l of log) console.log(l);
  }
  console.log(`macro F1 ${summary.macroF1.toFixed(3)}`);
}
