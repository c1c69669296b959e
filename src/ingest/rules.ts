/**
 * Ingest's rules in the catalogue (issue 12). Ingest keeps its own table shape (`./table.ts`: id, reason and a
 * pattern, values, keys or bytes, validated when each table loads); this file maps those tables to `RuleSpec`s
 * without copying them, and declares the problem ids ingest reports (`./problems.ts`).
 *
 * Ingest's rules read files (bytes, markup, header lines), not an article's sentences: they carry no examples
 * for the examples test, whose harness starts from an article's text. Their own tests are in tests/ingest.
 *
 * The table helpers are re-exported here so that `import { defineRules } from 'src/ingest/rules.js'` keeps working.
 */
import { defineRules as defineCatalogue, type RuleSpec } from '../rules/catalogue.js';
import type { IngestRule as ProblemId } from './problems.js';
import type { IngestRule } from './table.js';
import { BINARY_SIGNATURES } from './decode.js';
import { TXT_RULES } from './txt.js';
import { HTML_RULES } from './html/content.js';
import { META_RULES } from './html/meta.js';

export { IngestRuleSchema, defineRules, ruleOf, type IngestRule } from './table.js';

/** The problem ids of `problems.ts`, each with what it reports. */
const PROBLEMS: Record<ProblemId, string> = {
  'ingest/binary': 'a file whose bytes are not text (a known binary signature, NUL or control bytes) is refused rather than read as garbage',
  'ingest/empty': 'a file or record with no text at all gives no article, and says so',
  'ingest/encoding': 'a file read in another encoding than valid UTF-8 (BOM, UTF-16 lanes, windows-1252) is read on, with a note of how',
  'ingest/unsupported': 'a file type ingest has no reader for is reported, not guessed at',
  'ingest/front-matter': 'Markdown front matter that is opened but never closed is read as body text, with a warning',
  'ingest/html-no-content': 'an HTML page in which no element holds article text gives no article',
  'ingest/json-parse': 'invalid JSON (a whole file, or one line of a JSON Lines file) is reported and skipped',
  'ingest/json-shape': 'a JSON record that is not an object or has no text field is skipped with a warning',
  'ingest/json-field-type': 'a JSON field of the wrong type (a non-string text, a date that is no calendar date) is skipped or ignored',
  'ingest/json-duplicate-id': 'a JSON id seen before in the same file: the article is named by its index instead',
  'ingest/ill-formed-unicode': 'lone surrogates (ill-formed UTF-16) are replaced by U+FFFD so every later offset stays valid',
};

const fromTable = (table: readonly IngestRule[]): [string, Omit<RuleSpec, 'stage'>][] =>
  table.map((r) => [r.id, { id: r.id, reason: r.reason }]);

export const RULES = defineCatalogue('ingest', Object.fromEntries([
  ...Object.entries(PROBLEMS).map(([id, reason]): [string, Omit<RuleSpec, 'stage'>] => [id, { id, reason }]),
  ...fromTable(BINARY_SIGNATURES),
  ...fromTable(TXT_RULES),
  ...fromTable(HTML_RULES),
  ...Object.values(META_RULES).flatMap((t) => fromTable(t)),
]));
