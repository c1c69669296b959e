import { segmentArticle } from '../../../src/segment/index.js';
import type { Doc, Person, PersonsResult, PersonRole } from '../../../src/types.js';

export function doc(body: string): Doc {
  return segmentArticle({ source: 't.txt', sha256: '', title: null, publishedAt: null, body }, 'a_t');
}

/** Every occurrence of `form` as a whole word. */
function spansOf(text: string, form: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const esc = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])${esc}(?![\\p{L}])`, 'gu'))) out.push({ start: m.index!, end: m.index! + form.length });
  return out;
}

export interface PersonSpec {
  name: string;
  /** Surface forms to mark as mentions (longest first); the name itself by default. */
  forms?: string[];
  role?: PersonRole;
}

/** A PersonsResult built by hand: mentions at every occurrence of each form; refs at the given phrases. */
export function persons(text: string, specs: PersonSpec[], refs: { text: string; person: number; nth?: number }[] = []): PersonsResult {
  const taken: boolean[] = [];
  const ps: Person[] = specs.map((s) => {
    const forms = (s.forms ?? [s.name]).slice().sort((a, b) => b.length - a.length);
    const mentions = [];
    for (const f of forms)
      for (const sp of spansOf(text, f)) {
        if (taken[sp.start]) continue;
        for (let i = sp.start; i < sp.end; i++) taken[i] = true;
        mentions.push({ ...sp, text: f, rule: 'test' });
      }
    mentions.sort((a, b) => a.start - b.start);
    return { name: s.name, full: s.name.includes(' '), role: s.role ?? 'athlete', aliases: forms.filter((f) => f !== s.name), country: null, mentions, rule: 'test' };
  });
  const rs = refs.map((r) => {
    const all = spansOf(text, r.text);
    const sp = all[r.nth ?? 0]!;
    return { ...sp, text: r.text, person: r.person, rule: 'test' };
  });
  return { persons: ps, refs: rs };
}
