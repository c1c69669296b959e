/**
 * Requests from the lead engineer (integration over the corpus): cases the persons stage gets wrong today
 * that generalise beyond one article. Delete a case once it passes and is covered by a test of your own.
 */
import { describe, expect, it } from 'vitest';
import { segmentArticle } from '../../../src/segment/index.js';
import { extractPersons } from '../../../src/extract/persons/index.js';
import { lex } from './helpers.js';

function run(body: string) {
  const doc = segmentArticle({ source: 't.txt', sha256: '', title: null, publishedAt: null, body }, 'a_t');
  const r = extractPersons(doc, lex());
  const mentionsOf = (name: string) => r.persons.find((p) => p.name === name)?.mentions.map((m) => body.slice(m.start, m.end)) ?? [];
  return { r, mentionsOf };
}

describe('lead requests from the blind-annotated extra gold (fixtures/gold/extra)', () => {
  const athletes = (body: string) => run(body).r.persons.filter((p) => p.full && p.role === 'athlete').map((p) => p.name).sort();
  it.each([
    ['Dibaba erased the previous world indoor mark of 14:39.29 set by another Ethiopian, Berhane Adera, in Stuttgart.', 'Berhane Adera'],
    ['Richard clocked 3:19:29. Also running was club member Sergio Anna Cano, finishing in 3:26:25.', 'Sergio Anna Cano'],
    ['Meanwhile, on the other side of the pond, club member Nick Ledwold ran one of the global marathon majors in a time of 3:22:23.', 'Nick Ledwold'],
  ])('an athlete named in a race context: %s', (body, name) => {
    expect(athletes(body)).toContain(name);
  });
  it('a race name after "took part in the" is not a person', () => {
    expect(athletes('Amelia Mullins took part in the Kymin Dash down on the edge of the Forest of Dean.')).not.toContain('Kymin Dash');
  });
  it('a first name alone refers to the full name already given ("Will" for Will Ferguson, even though "will" is a verb)', () => {
    const { mentionsOf } = run('Will Ferguson made his marathon debut on Sunday. Clocking 2:30:20, Will smashed the club record.');
    expect(mentionsOf('Will Ferguson')).toEqual(['Will Ferguson', 'Will']);
  });
});
