/** Test helper: the performances of a short article, one readable line each. */
import { extractText } from '../../src/index.js';

/** The performances of a short article as "Athlete | event | display | competition | place | records", sorted. */
export function performances(text: string): string[] {
  const { facts } = extractText(text);
  const name = (list: { id: string; name: string }[], id: string | null) => list.find((x) => x.id === id)?.name ?? '-';
  return facts.performances
    .map((p) => [name(facts.athletes, p.athlete), name(facts.events, p.event), p.result.display, name(facts.competitions, p.competition), p.place ?? '-', p.records.join(',') || '-'].join(' | '))
    .sort();
}
