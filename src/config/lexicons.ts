/**
 * `lexicons` in pipeline.config.json: entries that extend the built-in lexicons, merged by id the same way for
 * all four (src/rules/overrides.ts). The merge runs here once when the config is read, so that a bad entry
 * (an unknown field, an id given twice, `disabled` on an id no built-in entry has) is a config error naming
 * its key path before any article is read; each pipeline merges again when it builds its lexicons.
 */
import { z } from 'zod';
import { LexiconOverrideSchema, mergeOverrides, type LexiconKey, type LexiconSpec } from '../rules/overrides.js';
import { EVENT_LEXICON } from '../extract/events/lexicon.js';
import { COMPETITION_LEXICON } from '../extract/competitions/lexicon.js';
import { PERSON_LEXICON } from '../extract/persons/lexicon.js';
import { QUOTE_LEXICON } from '../extract/quotes/model/lexicon.js';

const SPECS: Record<LexiconKey, LexiconSpec<z.ZodType<{ id: string }>>> = {
  events: EVENT_LEXICON,
  competitions: COMPETITION_LEXICON,
  persons: PERSON_LEXICON,
  quotes: QUOTE_LEXICON,
};

const Entries = z.array(LexiconOverrideSchema).default([]);

export const LexiconsSchema = z
  .strictObject({ events: Entries, competitions: Entries, persons: Entries, quotes: Entries })
  .default({ events: [], competitions: [], persons: [], quotes: [] })
  .superRefine((lexicons, ctx) => {
    for (const key of Object.keys(SPECS) as LexiconKey[]) {
      if (!lexicons[key].length) continue; // nothing to check: the built-in entries are checked when a pipeline loads them
      for (const issue of mergeOverrides(SPECS[key], lexicons[key]).issues) ctx.addIssue({ code: 'custom', path: [key, ...issue.path], message: issue.message });
    }
  });
