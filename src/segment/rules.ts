/**
 * Segment's rules in the catalogue (issue 12). The block rules keep their tests in `blocks.ts` (`BLOCK_RULES`,
 * tried in order on the blocks the ingester did not label); their reasons are read from there and this file adds
 * examples. A block rule fires on a whole block (a paragraph between blank lines): the span is that block. Markup
 * (links, images) is removed by ingest before segment sees it: what reaches `block/link-only` is a line of marks.
 */
import { defineRules, type RuleExample, type RuleSpec } from '../rules/catalogue.js';
import { BLOCK_RULES, DATELINE_LINE_RULE } from './blocks.js';
import { INGEST_LABEL } from './explain.js';

function reasonOf(id: string): string {
  const r = BLOCK_RULES.find((b) => b.id === id);
  if (!r) throw new Error(`segment: no block rule ${id}`);
  return `${r.reason}: such a block is read as ${r.kind}`;
}

const OPENING = 'Ines Varga won the 1500m in 3:59.10 on Saturday.';
/** An article of three paragraphs with `block` in the middle. */
const around = (block: string): RuleExample => ({ text: `${OPENING}\n\n${block}\n\nShe said the race went to plan.`, span: block });
const block = (id: string, examples: string[], counterexamples: string[]): Omit<RuleSpec, 'stage'> => ({
  id,
  reason: reasonOf(id),
  examples: examples.map(around),
  counterexamples: counterexamples.map(around),
});

const DATELINE_HEADLINE = 'Varga wins in Leeds';
const DATELINE_BODY = 'Ines Varga won the 10km race in 32:10.';
/** An HTML article: a headline, an opening paragraph, `middle`, a closing paragraph. */
const html = (middle: string) => `<html><body><article><h1>Varga wins in Leeds</h1><p>${OPENING}</p>${middle}<p>She said the race went to plan.</p></article></body></html>`;

export const RULES = defineRules('segment', {
  videoPlaceholder: block('block/video-placeholder', ['This video can not be played', 'Media playback is not supported on this device'], ['This video of the race was watched by many.']),
  relatedPrefix: block('block/related-prefix', ['ALSO READ: Tamsin Roe wins again in Leeds', 'Related: Five things we learned'], ['Related events in Leeds drew a crowd of runners.']),
  linkOnly: block('block/link-only', ['* * *', '—'], ['Her time of 3:59.10 was a best.']),
  shortUnpunctuated: block('block/short-unpunctuated', ['Ines Varga crosses the line in Leeds'], ['Ines Varga crossed the line first in Leeds.', 'Ines Varga 3:59.10']),
  // the race line under a headline: a .txt headline is the first line, the race line the second
  raceDateline: {
    id: DATELINE_LINE_RULE.id,
    reason: DATELINE_LINE_RULE.reason,
    examples: [{ text: `${DATELINE_HEADLINE}\nVALBRUNA 10K, Leeds, August 29\n\n${DATELINE_BODY}`, span: 'VALBRUNA 10K, Leeds, August 29' }],
    counterexamples: [{ text: `${DATELINE_HEADLINE}\nPhoto: Leeds, August 29\n\n${DATELINE_BODY}`, span: 'Photo: Leeds, August 29' }],
  },
  // a block the HTML marked (a figure's caption): an example opening with a tag is read as .html
  ingestLabel: {
    id: INGEST_LABEL.id,
    reason: INGEST_LABEL.reason,
    drops: true,
    examples: [{ text: html('<figure><figcaption>Tamsin Roe ran 4:01.20 in Leeds on Saturday.</figcaption></figure>'), span: 'Tamsin Roe ran 4:01.20 in Leeds on Saturday.' }],
    counterexamples: [{ text: html('<p>Tamsin Roe ran 4:01.20 in Leeds on Saturday.</p>'), span: 'Tamsin Roe ran 4:01.20 in Leeds on Saturday.' }],
  },
});
