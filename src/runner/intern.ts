/**
 * String interning for the facts held by the merge: every mention of an article carries the same article
 * id, and the same names are written in thousands of articles. Each result arrives as fresh strings (from
 * a worker or a cache entry); pointing them at one shared copy keeps the merge state small on big runs.
 */
import type { ArticleFacts } from '../types.js';

export type Interner = (s: string) => string;

export function createInterner(maxEntries = 1_000_000): Interner {
  const pool = new Map<string, string>();
  return (s) => {
    const v = pool.get(s);
    if (v !== undefined) return v;
    if (pool.size < maxEntries) pool.set(s, s);
    return s;
  };
}

/** Rewrites the mention strings of `facts` in place to interned copies. */
export function internFacts(facts: ArticleFacts, intern: Interner): void {
  const id = facts.article.id;
  for (const list of [facts.athletes, facts.events, facts.competitions, facts.performances, facts.quotes] as { mentions: { article: string; text: string }[] }[][]) {
    for (const rec of list) {
      for (const m of rec.mentions) {
        m.article = id;
        m.text = intern(m.text);
      }
    }
  }
}
