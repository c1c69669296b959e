/** The competition gazetteer entry, validated when loaded (built-in data and `lexicons.competitions`). */
import { z } from 'zod';

const Form = z.string().min(2).max(80);
const Year = z.string().regex(/^\d{4}$/, 'a four-digit year');

export const CompetitionRuleSchema = z.strictObject({
  id: z.string().min(1),
  reason: z.string().min(1),
  /** Canonical series name without the year ("World Athletics Championships"). */
  name: z.string().min(1),
  kind: z.enum(['championship', 'games', 'meeting', 'road-race', 'cross-country', 'trials']),
  indoor: z.boolean().nullable(),
  /** Where every edition is held (a one-day meeting, a city marathon). */
  location: z.string().min(1).nullable().optional(),
  /** Held every year: an undated mention is the edition of the article's year. */
  annual: z.boolean().optional(),
  /** Names of the series; lower case matches any case, a capitalised token must be capitalised in the text. */
  forms: z.array(Form).min(1),
  /** Mentions only when the article names the series in full elsewhere ("the Games"). */
  shortForms: z.array(Form).optional(),
  /** Title adjectives ("Olympic", "world"): a mention when a title word follows and a year, city or time cue anchors it. */
  adjectives: z.array(Form).optional(),
  /** Heads after an edition city ("Athens Olympics", "Sydney Games"). */
  cityHeads: z.array(Form).optional(),
  /** An edition city alone names the edition when the article names the series elsewhere ("the battle in Athens"). */
  bareCity: z.boolean().optional(),
  /** The race's event when its name does not say it ("Great North Run": a half marathon). */
  event: z.strictObject({ name: z.string().min(1), discipline: z.enum(['track', 'road', 'field', 'combined', 'cross-country', 'walk', 'relay']), distanceMeters: z.number().positive().nullable() }).optional(),
  /** Edition year → host city. */
  editions: z.record(Year, z.string().min(1)).optional(),
  /** A shield: matched so that its words are not read as another series ("Winter Olympics", "Paralympics"), never output. */
  ignore: z.boolean().optional(),
  /** Other written forms of host cities → the city as written in `editions`. */
  cities: z.record(z.string().min(1), z.string().min(1)).optional(),
});

export type CompetitionRule = z.infer<typeof CompetitionRuleSchema>;
export type CompetitionRuleInput = z.input<typeof CompetitionRuleSchema>;
