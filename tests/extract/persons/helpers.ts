import { segmentArticle } from '../../../src/segment/index.js';
import { extractPersons, loadPersonLexicon, type PersonLexicon } from '../../../src/extract/persons/index.js';
import type { Doc, PersonsResult } from '../../../src/types.js';

let lexicon: PersonLexicon | null = null;

/** The built-in lexicon, built once for the test file. */
export function lex(): PersonLexicon {
  lexicon ??= loadPersonLexicon();
  return lexicon;
}

export function docOf(body: string): Doc {
  return segmentArticle({ source: 't.txt', sha256: '', title: null, publishedAt: null, body }, 'a_test');
}

/** Extracts from a body of short paragraphs (the first line is not a headline when it ends with a full stop). */
export function run(body: string, lexicon: PersonLexicon = lex()): PersonsResult & { doc: Doc } {
  const doc = docOf(body);
  return { ...extractPersons(doc, lexicon), doc };
}

export const find = (r: PersonsResult, name: string) => r.persons.find((p) => p.name === name);
