/** HTML: main text without page chrome, blocks as hints, title without site suffix, dates, byline. */
import { describe, expect, it } from 'vitest';
import { defaultIngestOptions, ingestFile, reduceHtml } from '../../src/ingest/index.js';
import { bagF1, fixture, fixtureText, utf8, words } from './helpers.js';

const PARA = (n: number) => `<p>Paragraph ${n} tells of a race, with commas, times and names, long enough to read as article text here.</p>`;
const page = (head: string, body: string) => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const article = (inner: string) => `<article>${inner}${PARA(1)}${PARA(2)}${PARA(3)}${PARA(4)}${PARA(5)}</article>`;

describe('reduceHtml: main text', () => {
  const chrome = [
    ['nav', '<nav><a href="/">Home</a> <a href="/sport">Sport news menu link</a></nav>'],
    ['script', '<script>var secret = "script text";</script>'],
    ['style', '<style>.secret { color: red }</style>'],
    ['share bar', '<div class="share-tools"><a href="#">Share this secret on Facebook</a></div>'],
    ['cookie banner', '<div id="cookie-consent"><p>We use cookies, a secret banner that asks you to accept them all, please.</p></div>'],
    ['comments', '<section class="comments"><p>Secret comment: what a race, I was there, amazing stuff everyone.</p></section>'],
    ['related links', '<aside class="related"><ul><li><a href="/x">Secret related story headline</a></li></ul></aside>'],
    ['footer', '<footer><p>Copyright secret footer text, all rights reserved, terms and privacy.</p></footer>'],
    ['hidden', '<div style="display:none"><p>Secret hidden paragraph that nobody sees on the page at all.</p></div>'],
  ] as const;
  it.each(chrome)('leaves out %s', (_n, html) => {
    const r = reduceHtml(page('<title>T</title>', `${html}<main>${article('')}</main>${html}`));
    expect(r.text).toContain('Paragraph 1 tells of a race');
    expect(r.text).toContain('Paragraph 5');
    expect(r.text.toLowerCase()).not.toContain('secret');
  });

  it('paragraphs, headings, captions, line breaks, entities and whitespace', () => {
    const r = reduceHtml(
      page('', article('<h2>The  final\n lap</h2><figure><img src="x.jpg"><figcaption>Kerr wins &ndash; again</figcaption></figure><p>Line one<br>line&nbsp;two &amp; &quot;three&quot;</p>')),
    );
    const kinds = r.blocks.map((b) => [b.kind, r.text.slice(b.start, b.end)]);
    expect(kinds.slice(0, 3)).toEqual([
      ['heading', 'The final lap'],
      ['caption', 'Kerr wins – again'],
      ['paragraph', 'Line one\nline two & "three"'],
    ]);
    expect(r.text).toContain('Kerr wins – again\n\nLine one\nline two');
  });

  it('inline tags join words; block tags separate them', () => {
    const r = reduceHtml(page('', article('<p><b>Z</b>imbabwe and <em>Kenya</em></p><div>one</div><div>two</div>')));
    expect(r.text).toContain('Zimbabwe and Kenya');
    expect(r.text).toContain('one\n\ntwo');
  });

  it('a fragment (JSON body) keeps all its text', () => {
    expect(reduceHtml('<p>Short one.</p><p>Short two.</p>', true).text).toBe('Short one.\n\nShort two.');
  });
});

describe('reduceHtml: title', () => {
  const cases: [string, string, string][] = [
    ['site suffix named by og:site_name', '<title>Kerr wins in Eugene - BBC Sport</title><meta property="og:site_name" content="BBC Sport">', 'Kerr wins in Eugene'],
    ['pipe suffix, Readability heuristic', '<title>Kerr wins the mile in Eugene | The Guardian</title>', 'Kerr wins the mile in Eugene'],
    ['site prefix', '<title>BBC Sport - Kerr wins in Eugene</title><meta property="og:site_name" content="BBC Sport">', 'Kerr wins in Eugene'],
    ['og:title before <title>', '<title>Home | Site</title><meta property="og:title" content="Kerr wins in Eugene">', 'Kerr wins in Eugene'],
    ['JSON-LD headline first', '<title>x</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Kerr &amp; Ingebrigtsen clash"}</script>', 'Kerr & Ingebrigtsen clash'],
    ['short title with a dash kept', '<title>Kerr - Ingebrigtsen</title>', 'Kerr - Ingebrigtsen'],
  ];
  it.each(cases)('%s', (_n, head, title) => {
    expect(reduceHtml(page(head, article(''))).title).toBe(title);
  });

  it('the title heads the body as a headline block, once', () => {
    const r = ingestFile(utf8(page('<title>Kerr wins in Eugene - BBC</title>', article('<h1>Kerr wins in Eugene</h1>'))), 'a.html', defaultIngestOptions).articles[0]!;
    expect(r.body.startsWith('Kerr wins in Eugene\n\nParagraph 1')).toBe(true);
    expect(r.blocks?.[0]).toEqual({ start: 0, end: 19, kind: 'headline' });
  });
});

describe('reduceHtml: date and byline', () => {
  const ld = (o: unknown) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;
  const cases: [string, string, string | null][] = [
    ['article:published_time', '<meta property="article:published_time" content="2015-07-24T05:36:09+01:00">', '2015-07-24'],
    ['JSON-LD datePublished', ld({ '@context': 'https://schema.org', '@type': 'NewsArticle', datePublished: '2024-12-06T22:00:40.000Z' }), '2024-12-06'],
    ['JSON-LD @graph', ld({ '@graph': [{ '@type': 'WebSite' }, { '@type': 'Article', datePublished: '2019-01-03' }] }), '2019-01-03'],
    ['JSON-LD array root', ld([{ '@type': 'BreadcrumbList' }, { '@type': ['NewsArticle'], datePublished: '2021-11-01T10:52:50+0100' }]), '2021-11-01'],
    ['JSON-LD before meta', ld({ '@type': 'NewsArticle', datePublished: '2020-01-02' }) + '<meta name="date" content="2020-05-05">', '2020-01-02'],
    ['<time datetime>', '', '2018-12-21'],
    ['invalid date is null', '<meta property="article:published_time" content="2015-02-30">', null],
    ['broken JSON-LD ignored', '<script type="application/ld+json">{"@type": "NewsArticle", </script>', null],
  ];
  it.each(cases)('%s', (name, head, date) => {
    const body = name === '<time datetime>' ? article('<time datetime="2018-12-21T12:55:00Z">21 Dec</time>') : article('');
    expect(reduceHtml(page(head, body)).publishedAt).toBe(date);
  });

  it('byline from JSON-LD authors, meta author, or a byline element', () => {
    expect(reduceHtml(page(ld({ '@type': 'NewsArticle', author: [{ name: 'Stella Kim' }, { name: 'Jennifer Jett' }] }), article(''))).byline).toBe('Stella Kim, Jennifer Jett');
    expect(reduceHtml(page('<meta name="author" content="Hazel Sheffield">', article(''))).byline).toBe('Hazel Sheffield');
    expect(reduceHtml(page('', `<span class="byline">By Erin Cunningham</span>${article('')}`)).byline).toBe('By Erin Cunningham');
  });
});

describe('reduceHtml: hostile markup', () => {
  it('200,000 nested levels finish quickly and keep the text', () => {
    const html = '<div>'.repeat(200_000) + '<p>Deep text, with commas, and enough words to count as a paragraph.</p>' + '</div>'.repeat(200_000);
    const t0 = performance.now();
    const r = reduceHtml(html);
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(r.text).toContain('Deep text');
  });

  it('200,000 unclosed nested inline tags', () => {
    const t0 = performance.now();
    const r = reduceHtml('<p>start ' + '<span><b>'.repeat(100_000) + 'end</p>');
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(r.text).toContain('end');
  });

  it('broken markup: unclosed script, stray brackets, no body', () => {
    expect(reduceHtml('<p>before, with words enough to be kept as text in the end.</p><script>never closed').text).toContain('before');
    expect(reduceHtml('<<<>>> <p a="<b>">x < y > z</p>', true).text).toContain('x < y > z');
  });

  it('an HTML file without text is a fatal problem, not an empty article', () => {
    const r = ingestFile(utf8('<html><head><script>x()</script></head><body><nav><a href="/">Home</a></nav></body></html>'), 'empty.html', defaultIngestOptions);
    expect(r.articles).toEqual([]);
    expect(r.problems[0]).toEqual(expect.objectContaining({ rule: 'ingest/html-no-content', severity: 'fatal' }));
  });
});

describe('Readability test pages (fixtures/html-pages)', () => {
  const INLINE = /<\/?(a|abbr|b|bdi|cite|code|em|font|i|mark|q|s|small|span|strong|sub|sup|time|u)(\s[^>]*)?>/gi;
  const expectedText = (h: string) =>
    h
      .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
      .replace(INLINE, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&#x([0-9a-f]+);/gi, (_, x: string) => String.fromCodePoint(parseInt(x, 16)))
      .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(+d))
      .replace(/&(amp|nbsp|quot|lt|gt);/g, ' ');
  it.each(['bbc-1', 'bug-1255978', 'nytimes-2', 'schema-org-context-object'])('%s: body F1 ≥ 0.9, title and date as Readability', (name) => {
    const r = ingestFile(fixture(`html-pages/${name}/source.html`), `${name}/source.html`, defaultIngestOptions);
    const a = r.articles[0]!;
    const meta = JSON.parse(fixtureText(`html-pages/${name}/expected-metadata.json`)) as { title: string; publishedTime: string | null };
    const f1 = bagF1(words(a.body), words(expectedText(fixtureText(`html-pages/${name}/expected.html`))));
    expect(f1).toBeGreaterThanOrEqual(0.9);
    expect(a.title).toBe(meta.title);
    // Where Readability gives no date, a date found in the page's meta tags is still welcome.
    if (meta.publishedTime) expect(a.publishedAt).toBe(meta.publishedTime.slice(0, 10));
  });
});
