/**
 * The person lexicon entry: one zod 4 schema, the single source of truth for the built-in data
 * (`model/*.ts`) and for `lexicons.persons` in pipeline.config.json.
 */
import { z } from 'zod';

const Base = {
  /** Stable rule id, named by every mention or decision it produced. */
  id: z.string().min(1),
  /** Why the entry exists (printed by the debug output). */
  reason: z.string().min(1),
  /** Words or short phrases, matched case- and diacritic-insensitively on whole words. */
  words: z.array(z.string().min(1).max(60)).min(1),
};

export const PersonRoleSchema = z.enum(['athlete', 'coach', 'official', 'journalist', 'other']);

export const PersonRuleSchema = z.discriminatedUnion('kind', [
  /** A word that says what a person named next to it does: "coach X", "X, the IAAF president". */
  z.strictObject({ ...Base, kind: z.literal('role'), role: PersonRoleSchema }),
  /** Nationality words ("Kenyan", "Briton") in `words`, names of the country ("Kenya", "Britain") in `names`:
   *  "the Kenyan X", "Britain's X", "X of Kenya"; "the Kenyan" alone points back to a Kenyan person. */
  z.strictObject({ ...Base, kind: z.literal('country'), country: z.string().regex(/^[A-Z]{3}$/), names: z.array(z.string().min(1).max(60)).default([]) }),
  /** A title written before a name and not part of it: Sir, Dame, Dr. */
  z.strictObject({ ...Base, kind: z.literal('title'), gender: z.enum(['m', 'f']).nullable() }),
  /** A verb after a name that says the person competed: "X clocked", "X won". */
  z.strictObject({ ...Base, kind: z.literal('athlete-verb') }),
  /** A capitalised word that is never part of a person's name: "Championships", "Marathon", "Harriers". */
  z.strictObject({ ...Base, kind: z.literal('not-name') }),
  /** Given names that the built-in name data lacks, with the gender they show when known. */
  z.strictObject({ ...Base, kind: z.literal('given-name'), gender: z.enum(['m', 'f']).nullable() }),
  /** A descriptor that points back to a person: "the world champion", "the latter". */
  z.strictObject({ ...Base, kind: z.literal('descriptor'), pick: z.enum(['recent', 'latter', 'former']) }),
]);

export type PersonRule = z.infer<typeof PersonRuleSchema>;
