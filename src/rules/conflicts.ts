/**
 * Word classes that must not share a word (issue 12: "'race' is both an athlete verb and an achievement word;
 * 'manager' lands in two role classes"). A class is a rule's `words`; each pair below names two rule ids whose
 * words must be disjoint (compared in lower case). The loader checks every pair (src/rules/index.ts).
 *
 * Stages add their pairs here, next to a reason. The persons and quotes stages declare their classes (role
 * words, speech verbs, achievement words …) in their own rules.ts and add their pairs in the marked place.
 */
export interface WordConflict {
  a: string;
  b: string;
  reason: string;
  /** Words the two classes share on purpose (each class reads them in its own position); any other shared word is refused. */
  allowed?: readonly string[];
}

export const WORD_CONFLICTS: readonly WordConflict[] = [
  {
    a: 'competition/title',
    b: 'competition/race',
    reason: 'a noun after a series adjective makes a title ("Olympic champion") or a race ("the Olympic final"), never both',
  },
  // quotes: a descriptor's determiner is neither a clause opener nor a small word of a title-case phrase, except
  // for the words both readings really have, declared by the quotes branch on purpose
  {
    a: 'quote/determiner',
    b: 'quote/subject-break',
    reason: 'a determiner opens a descriptor ("the 25-year-old"), a subject break a clause: a word in both is read two ways',
    allowed: ['that'],
  },
  {
    a: 'quote/determiner',
    b: 'quote/title-small-word',
    reason: 'a determiner opens a descriptor, a small word sits inside a title-case phrase: a word in both is read two ways',
    allowed: ['a', 'an', 'the'],
  },
  // persons, events: their pairs go here (role classes, athlete verbs vs achievement words …)
];
