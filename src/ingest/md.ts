/**
 * Markdown: YAML front matter (title, date, author) read off, the body reduced to text. An unterminated
 * front matter is a problem and the whole text is read as the body. Without a front-matter title, a
 * first `# heading` is the title.
 */
import type { Problem } from '../types.js';
import { withHeadline, type Parts } from './article.js';
import { parseDate } from './dates.js';
import { decodeEntities } from './entities.js';
import { reduceMarkdown } from './markdown.js';
import { readHeader } from './txt.js';
import { problem } from './problems.js';

/** Front-matter keys read for each field, first found wins. */
export const FRONT_MATTER_KEYS = {
  title: ['title', 'headline'],
  date: ['date', 'published', 'publishedat', 'published_at', 'datepublished', 'pubdate'],
  byline: ['author', 'byline', 'authors'],
} as const;

const MAX_FRONT_MATTER = 20_000;

/** `key: value` pairs of a YAML front matter (flat scalars only; quotes removed). */
function readFrontMatter(block: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const line of block.split('\n')) {
    const kv = /^([A-Za-z_][\w.-]{0,40})[ \t]{0,4}:[ \t]{0,40}(.*)$/.exec(line);
    if (!kv) continue;
    let v = kv[2]!.trim();
    if (/^(['"]).*\1$/.test(v)) v = v.slice(1, -1).replace(/''/g, "'").replace(/\\"/g, '"');
    const key = kv[1]!.toLowerCase();
    if (v && !m.has(key)) m.set(key, v);
  }
  return m;
}

function pick(fm: Map<string, string>, keys: readonly string[]): string | null {
  for (const k of keys) {
    const v = fm.get(k);
    if (v) return v;
  }
  return null;
}

export function ingestMd(text: string, source: string): { parts: Parts; problems: Problem[] } {
  const problems: Problem[] = [];
  let bodyText = text;
  let title: string | null = null;
  let publishedAt: string | null = null;
  let byline: string | null = null;
  const fmOpen = /^(?:---|\+\+\+)[ \t]*\n/.exec(text);
  if (fmOpen) {
    const fence = fmOpen[0].slice(0, 3);
    const close = fence === '---' ? /\n(?:---|\.\.\.)[ \t]*(?:\n|$)/g : /\n\+\+\+[ \t]*(?:\n|$)/g;
    close.lastIndex = fmOpen[0].length - 1;
    const m = close.exec(text.slice(0, MAX_FRONT_MATTER + fmOpen[0].length));
    if (!m) {
      problems.push(problem(source, 'ingest/front-matter', 'warning', 'front matter opened but never closed: read as body'));
    } else {
      const fm = readFrontMatter(text.slice(fmOpen[0].length, m.index).replace(/^([A-Za-z_][\w.-]{0,40})[ \t]{0,4}=/gm, '$1:'));
      title = pick(fm, FRONT_MATTER_KEYS.title);
      publishedAt = parseDate(pick(fm, FRONT_MATTER_KEYS.date));
      byline = pick(fm, FRONT_MATTER_KEYS.byline);
      bodyText = text.slice(m.index + m[0].length);
    }
  }
  const r = reduceMarkdown(bodyText);
  let blocks = r.blocks;
  if (!title && !publishedAt && !(r.blocks[0]?.start === 0 && r.blocks[0].kind === 'heading')) {
    const h = readHeader(r.text, r.blocks);
    return { parts: { ...h, byline }, problems };
  }
  if (!title && r.blocks[0]?.start === 0 && r.blocks[0].kind === 'heading' && /^\s{0,3}#[ \t]/.test(bodyText.replace(/^\s+/, ''))) {
    title = r.text.slice(0, r.blocks[0].end);
    blocks = [{ ...r.blocks[0], kind: 'headline' }, ...r.blocks.slice(1)];
  }
  const parts = withHeadline({ title: title ? decodeEntities(title) : null, publishedAt, byline, body: r.text, blocks });
  return { parts, problems };
}
