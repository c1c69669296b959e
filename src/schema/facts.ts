/**
 * The facts.json contract (../shared/CONTRACT.md) as zod schemas: the single source of truth for the
 * record types and for the generated JSON Schema (`trackfacts schema`, schema/facts.schema.json).
 */
import { z } from 'zod';

export const SCHEMA_VERSION = 1 as const;

export const CANONICAL_EVENTS = [
  '60m', '100m', '200m', '400m', '800m', '1000m', '1500m', 'Mile', '2000m', '3000m', '2 Miles', '5000m', '10000m',
  '60m Hurdles', '100m Hurdles', '110m Hurdles', '400m Hurdles', '3000m Steeplechase', '4x100m Relay', '4x400m Relay',
  '5km', '10km', '15km', '10 Miles', 'Half Marathon', 'Marathon', 'Cross Country', '20km Race Walk', '35km Race Walk',
  'High Jump', 'Pole Vault', 'Long Jump', 'Triple Jump', 'Shot Put', 'Discus Throw', 'Hammer Throw', 'Javelin Throw',
  'Pentathlon', 'Heptathlon', 'Decathlon',
] as const;

/** Another distance "written the same way" as the table (CONTRACT.md): `600m`, `300m Hurdles`, `50km`, `5 Miles`. */
const OTHER_DISTANCE = /^[1-9]\d{0,5}(?:m|km| Miles|m Hurdles)$/;
const CANONICAL_SET: ReadonlySet<string> = new Set(CANONICAL_EVENTS);

/** Whether facts.json may carry this event name: the contract's table or another distance written the same way.
 *  A walk, relay or steeplechase outside the table ("50km Race Walk", "4x200m Relay") has no contract name. */
export const isContractEventName = (name: string): boolean => CANONICAL_SET.has(name) || OTHER_DISTANCE.test(name);

export const RECORD_CODES = ['WR', 'AR', 'ER', 'NR', 'CR', 'MR', 'PB', 'SB', 'WL'] as const;
export const DISCIPLINES = ['track', 'road', 'field', 'combined', 'cross-country', 'walk', 'relay'] as const;

const isoDate = z.iso.date();
const year = z.number().int().min(1800).max(2100);

export const MentionSchema = z.strictObject({
  article: z.string().startsWith('a_'),
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  text: z.string().min(1),
});

export const ArticleSchema = z.strictObject({
  id: z.string().startsWith('a_'),
  source: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  title: z.string().nullable(),
  publishedAt: isoDate.nullable(),
  wordCount: z.number().int().min(0),
  text: z.string().optional(),
});

export const AthleteSchema = z.strictObject({
  id: z.string().startsWith('ath_'),
  name: z.string().regex(/\S\s+\S/, 'a full name'),
  aliases: z.array(z.string().min(1)),
  country: z.string().regex(/^[A-Z]{3}$/).nullable(),
  mentions: z.array(MentionSchema).min(1),
});

export const EventSchema = z.strictObject({
  id: z.string().startsWith('evt_'),
  name: z.union([z.enum(CANONICAL_EVENTS), z.string().regex(OTHER_DISTANCE)]),
  discipline: z.enum(DISCIPLINES),
  distanceMeters: z.number().positive().nullable(),
  mentions: z.array(MentionSchema).min(1),
});

export const CompetitionSchema = z.strictObject({
  id: z.string().startsWith('cmp_'),
  name: z.string().min(1),
  year: year.nullable(),
  location: z.string().min(1).nullable(),
  indoor: z.boolean().nullable(),
  mentions: z.array(MentionSchema).min(1),
});

export const PerformanceSchema = z.strictObject({
  id: z.string().startsWith('prf_'),
  athlete: z.string().startsWith('ath_').nullable(),
  event: z.string().startsWith('evt_').nullable(),
  competition: z.string().startsWith('cmp_').nullable(),
  result: z.strictObject({ kind: z.literal('time'), seconds: z.number().positive(), display: z.string().min(1) }),
  raw: z.string().min(1),
  place: z.number().int().min(1).nullable(),
  records: z.array(z.enum(RECORD_CODES)),
  venue: z.enum(['indoor', 'outdoor']).nullable(),
  year: year.nullable(),
  mentions: z.array(MentionSchema).min(1),
});

export const QuoteSchema = z.strictObject({
  id: z.string().startsWith('q_'),
  text: z.string().min(1),
  speaker: z.string().startsWith('ath_').nullable(),
  speakerName: z.string().min(1).nullable(),
  outlet: z.string().min(1).nullable(),
  mentions: z.array(MentionSchema).min(1),
});

export const FactsFileSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  articles: z.array(ArticleSchema),
  athletes: z.array(AthleteSchema),
  events: z.array(EventSchema),
  competitions: z.array(CompetitionSchema),
  performances: z.array(PerformanceSchema),
  quotes: z.array(QuoteSchema),
});

export type Mention = z.infer<typeof MentionSchema>;
export type Article = z.infer<typeof ArticleSchema>;
export type Athlete = z.infer<typeof AthleteSchema>;
export type Event = z.infer<typeof EventSchema>;
export type Competition = z.infer<typeof CompetitionSchema>;
export type Performance = z.infer<typeof PerformanceSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type FactsFile = z.infer<typeof FactsFileSchema>;
export const FACT_KINDS = ['articles', 'athletes', 'events', 'competitions', 'performances', 'quotes'] as const;
export type FactKind = (typeof FACT_KINDS)[number];

/** The JSON Schema of facts.json, generated from the zod schemas. */
export function factsJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(FactsFileSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
}
