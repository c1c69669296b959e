/** Markdown and inline HTML reduced to text; front matter read off. */
import { describe, expect, it } from 'vitest';
import { defaultIngestOptions, ingestFile, looksLikeMarkup, reduceMarkdown } from '../../src/ingest/index.js';
import { utf8 } from './helpers.js';

describe('reduceMarkdown: inline', () => {
  const cases: [string, string, string][] = [
    ['bold', 'CLC Strider **Will Ferguson** won', 'CLC Strider Will Ferguson won'],
    ['bold with underscores', '__Will__ won', 'Will won'],
    ['italic', 'a *great* run and _fine_ day', 'a great run and fine day'],
    ['snake_case stays', 'file_name_here and 5*3', 'file_name_here and 5*3'],
    ['link to its text', 'see [the results](https://example.com/r?a=1) here', 'see the results here'],
    ['reference link', 'see [the results][1] here', 'see the results here'],
    ['image out', 'before ![a photo](/img/x.jpg) after', 'before after'],
    ['img tag out', 'before <img src="/images/2018/x.jpg" alt="x" /> after', 'before after'],
    ['entities', 'Tom&nbsp;Smith &amp; co &#8211; 5&#8217;s', 'Tom Smith & co – 5’s'],
    ['inline tags', 'a <em>great</em> <strong>run</strong>', 'a great run'],
    ['code', 'the `10k` race', 'the 10k race'],
    ['escapes', 'a \\*literal\\* star', 'a *literal* star'],
    ['comments', 'a <!-- hidden --> b', 'a b'],
  ];
  it.each(cases)('%s', (_n, input, text) => {
    expect(reduceMarkdown(input).text).toBe(text);
  });
});

describe('reduceMarkdown: blocks', () => {
  it('headings, lists and paragraphs', () => {
    const r = reduceMarkdown('### 5k Bristol Track Open\n\nFirst para\ncontinues.\n\n- one 17:01\n- two 17:30\n\n<p>html para</p><p>second</p>\n\nline<br>break');
    expect(r.text).toBe('5k Bristol Track Open\n\nFirst para\ncontinues.\n\none 17:01\ntwo 17:30\n\nhtml para\n\nsecond\n\nline\nbreak');
    expect(r.blocks.map((b) => [b.kind, r.text.slice(b.start, b.end)])).toEqual([
      ['heading', '5k Bristol Track Open'],
      ['list', 'one 17:01\ntwo 17:30'],
    ]);
  });

  it('tables to tab-separated cells, rules and fences out', () => {
    const r = reduceMarkdown('| Pos | Name | Time |\n|---|:---:|---|\n| 1 | Jo Bloggs | 32:17 |\n\n---\n\n```\ncode\n```');
    expect(r.text).toBe('Pos\tName\tTime\n1\tJo Bloggs\t32:17\n\ncode');
  });

  it('script and style contents never reach the text', () => {
    expect(reduceMarkdown('a\n\n<script>var x = "<p>no</p>";</script>\n\n<style>p{}</style>b').text).toBe('a\n\nb');
  });

  it('looksLikeMarkup: prefilter', () => {
    expect(looksLikeMarkup('plain text, 5 < 6.')).toBe(false);
    expect(looksLikeMarkup('a **b**')).toBe(true);
    expect(looksLikeMarkup('<img src="x">')).toBe(true);
    expect(looksLikeMarkup('a&nbsp;b')).toBe(true);
    expect(looksLikeMarkup('## Heading')).toBe(true);
  });
});

describe('.md files: front matter', () => {
  const md = (s: string) => ingestFile(utf8(s), 'posts/a.md', defaultIngestOptions);
  it('title, date and author from YAML front matter; title becomes the headline', () => {
    const r = md('---\nlayout: post\ntitle: "Ferguson flies in Bourton 10k"\ndate: 2018-02-26 10:00:00 +0000\nauthor: Jo Bloggs\n---\n\nOn a bright **morning**.\n');
    const a = r.articles[0]!;
    expect(r.problems).toEqual([]);
    expect(a.title).toBe('Ferguson flies in Bourton 10k');
    expect(a.publishedAt).toBe('2018-02-26');
    expect(a.byline).toBe('Jo Bloggs');
    expect(a.body).toBe('Ferguson flies in Bourton 10k\n\nOn a bright morning.');
    expect(a.blocks?.[0]).toEqual({ start: 0, end: 29, kind: 'headline' });
  });

  it('an impossible front-matter date is null', () => {
    expect(md('---\ntitle: X y\ndate: 2018-13-40\n---\nBody.').articles[0]!.publishedAt).toBeNull();
  });

  it('unterminated front matter: a problem, and the text read as the body', () => {
    const r = md('---\ntitle: Lost\n\nThe body never closed the front matter.');
    expect(r.problems).toEqual([expect.objectContaining({ rule: 'ingest/front-matter', severity: 'warning' })]);
    expect(r.articles[0]!.body).toContain('The body never closed the front matter.');
    expect(r.articles[0]!.body).toContain('title: Lost');
  });

  it('without front matter, a first # heading is the title', () => {
    const a = md('# Kerr wins in Eugene\n\nJosh Kerr won.').articles[0]!;
    expect(a.title).toBe('Kerr wins in Eugene');
    expect(a.blocks?.[0]).toEqual({ start: 0, end: 19, kind: 'headline' });
    expect(a.body).toBe('Kerr wins in Eugene\n\nJosh Kerr won.');
  });

  it('without front matter, a club-style header (title, date line) is read', () => {
    const a = md('Bourton 10k\ndate 2018-02-26\n\nWill won.').articles[0]!;
    expect(a.title).toBe('Bourton 10k');
    expect(a.publishedAt).toBe('2018-02-26');
  });
});
