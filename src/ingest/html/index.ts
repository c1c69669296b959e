/**
 * HTML ingest: metadata (title, date, byline) and the main text of a page, or all the text of a
 * fragment (an HTML `body` field of a JSON export). cheerio (htmlparser2 mode) builds the DOM; the
 * content selection follows Mozilla Readability's scoring in a simplified, iterative form.
 */
import type { BlockHint } from '../../types.js';
import { parseHtml, tagName, type DomNode } from './dom.js';
import { isNoise, selectContent, type Stats } from './content.js';
import { readHtmlMeta } from './meta.js';
import { renderText } from './render.js';

export interface ReducedHtml {
  title: string | null;
  publishedAt: string | null;
  byline: string | null;
  text: string;
  blocks: BlockHint[];
}

/** Containers dropped from the content when most of their text is link text (link lists, tag clouds). */
const CONDITIONAL = new Set(['div', 'section', 'ul', 'ol', 'table', 'header', 'dl']);
/** Below this many characters, the strict selection is retried without the class/id patterns. */
const MIN_TEXT = 500;

function contentSkip(strict: boolean, stats: Map<DomNode, Stats>) {
  return (n: DomNode): boolean => {
    if (isNoise(n, strict)) return true;
    if (!CONDITIONAL.has(tagName(n))) return false;
    const s = stats.get(n);
    return !!s && s.text > 0 && s.links / s.text > 0.5;
  };
}

function extract(doc: DomNode, strict: boolean) {
  const { nodes, stats } = selectContent(doc, strict);
  return renderText(nodes, contentSkip(strict, stats));
}

/** Reduces an HTML document (or fragment) to text with block hints and metadata. */
export function reduceHtml(html: string, fragment = false): ReducedHtml {
  const doc = parseHtml(html);
  const meta = readHtmlMeta(doc);
  let r = fragment ? renderText([doc], (n) => isNoise(n, false)) : extract(doc, true);
  if (!fragment && r.text.length < MIN_TEXT) {
    const lenient = extract(doc, false);
    if (lenient.text.length > r.text.length) r = lenient;
    if (r.text.length < MIN_TEXT) {
      const all = renderText([doc], (n) => isNoise(n, true));
      if (all.text.length > r.text.length * 2) r = all;
    }
  }
  return { title: meta.title, publishedAt: meta.publishedAt, byline: meta.byline, text: r.text, blocks: r.blocks };
}
