/**
 * The review page without a browser: escaping, the display join, and the page's structure
 * (one mark per fact at its raw text, one block per department, nothing that could fetch or run).
 * test/e2e/review.test.ts checks the same page in Chromium.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSP, formatHtml, type HtmlDocument } from '../../src/output/html.js';
import { DisplayText } from '../../src/output/html/display.js';
import { escapeHtml, jsonForScript } from '../../src/output/html/escape.js';
import { extractWithTrace } from '../../src/pipeline.js';
import { createWriter, HTML_MAX_CHARS } from '../../src/output/writer.js';
import { FIXTURE, runCli, tempDir } from '../cli/helpers.js';
import { dedent } from '../helpers/dedent.js';

function doc(text: string, file = 'a.txt'): HtmlDocument {
  const { report, trace } = extractWithTrace(text, { path: file });
  return { report, file, text, trace };
}

/** Inner HTML of each element matching `<tag …>…</tag>` (no nesting of the same tag). */
const elements = (html: string, tag: string, cls: string): string[] =>
  [...html.matchAll(new RegExp(`<${tag} class="${cls}[^"]*"[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1]!);
const textOf = (html: string): string => html.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

describe('escapeHtml', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['</style>', '&lt;/style&gt;'],
    [`"a" & 'b'`, '&quot;a&quot; &amp; &#39;b&#39;'],
    ['&amp;', '&amp;amp;'],
    ['区财政局 210万元', '区财政局 210万元'],
  ])('%s', (input, expected) => expect(escapeHtml(input)).toBe(expected));
});

describe('jsonForScript', () => {
  const value = { raw: '</script><script>alert(1)</script>', c: '<!-- x -->', s: 'a\u2028b\u2029c', amp: 'a & b' };
  const json = jsonForScript(value);

  it('cannot end the script element or open a comment', () => {
    expect(json).not.toMatch(/<|>|&/);
    expect(json).toContain('\\u003c/script\\u003e');
  });
  it('escapes the line separators', () => expect(json).not.toMatch(/[\u2028\u2029]/));
  it('still parses to the same value', () => expect(JSON.parse(json)).toEqual(value));
});

describe('DisplayText', () => {
  const plain = (text: string): string => new DisplayText(text).plain(0, text.length);

  it.each([
    ['joins wrapped CJK lines', '疾风知劲草，烈火炼真金。面对疫情“大考”，区党\n政办公室迅速响应，全体党员干部听令而行、闻令而动，\n全力以赴。', '疾风知劲草，烈火炼真金。面对疫情“大考”，区党政办公室迅速响应，全体党员干部听令而行、闻令而动，全力以赴。'],
    ['joins a number wrapped before its unit', '成立战“疫”党员突击队，扎根一线二十四个小时，共24\n小时扎根一线，全力配合基层干部做好各项工作。', '成立战“疫”党员突击队，扎根一线二十四个小时，共24小时扎根一线，全力配合基层干部做好各项工作。'],
    ['keeps a space between Latin words', 'the quick brown fox jumps\nover the lazy dog again and', 'the quick brown fox jumps over the lazy dog again and'],
    ['keeps a paragraph break', '确保机关运转高效有序。面对疫情防控的新形势，全\n体干部迅速集结。\n\n区纪工委监工委坚决贯彻落实。', '确保机关运转高效有序。面对疫情防控的新形势，全体干部迅速集结。\n\n区纪工委监工委坚决贯彻落实。'],
    ['joins a page break in mid-sentence', '各部门全力以赴做好社区管\n\n控、人员摸排、核酸检测等工\n作，确保群众安全有序生活。', '各部门全力以赴做好社区管控、人员摸排、核酸检测等工作，确保群众安全有序生活。'],
    ['keeps list items on their lines', '排查安全隐患126处，整改率达到百分之九十五，各校全部整改到位；\n- 为农村学校计算机教室更换电脑240台；', '排查安全隐患126处，整改率达到百分之九十五，各校全部整改到位；\n- 为农村学校计算机教室更换电脑240台；'],
    ['escapes what it shows', '<b>&</b>', '&lt;b&gt;&amp;&lt;/b&gt;'],
  ])('%s', (_, input, expected) => expect(plain(input)).toBe(expected));

  it('keeps highlights at their source offsets across a joined break', () => {
    const text = '成立党员突击队，24\n小时扎根一线。';
    const start = text.indexOf('24');
    const html = new DisplayText(text).render(0, text.length, [{ start, end: start + 5, open: '<mark>', close: '</mark>' }]);
    expect(html).toBe('成立党员突击队，<mark>24小时</mark>扎根一线。');
  });

  it('nests a highlight inside another and cuts one that overlaps', () => {
    const text = 'abcdefgh';
    const h = (start: number, end: number, n: number) => ({ start, end, open: `[${n}`, close: `${n}]` });
    expect(new DisplayText(text).render(0, 8, [h(1, 6, 1), h(2, 4, 2), h(5, 7, 3)])).toBe('a[1b[2cd2]e[3f3]1]gh');
  });
});

describe('formatHtml of the fixture', () => {
  const text = readFileSync(FIXTURE, 'utf8');
  const fixture = { ...doc(text, FIXTURE) };
  const html = formatHtml([fixture]);
  const { report } = fixture;

  it('is one page with a strict Content-Security-Policy', () => {
    expect(html.startsWith('<!doctype html>\n')).toBe(true);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${CSP}">`);
    expect(CSP).toBe("default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:");
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html.match(/<script[ >]/g)).toHaveLength(2); // the data and the script
  });

  it('fetches nothing: no URL, no src, every link a fragment of the page', () => {
    expect(html).not.toMatch(/https?:|\/\/[a-z]|\bsrc=|@import|url\(/i);
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
    expect(hrefs.length).toBeGreaterThan(report.departments.length);
    for (const href of hrefs) expect(html).toContain(`id="${href.slice(1)}"`);
  });

  it('highlights each fact once, at its raw text, in order', () => {
    const marks = elements(html, 'mark', 'fact');
    expect(marks).toHaveLength(report.facts.length);
    expect(marks.map((m) => textOf(m).replace(/\s/g, ''))).toEqual(report.facts.map((f) => f.raw));
    report.facts.forEach((f, i) => expect(html).toContain(`<mark class="fact c-${f.category}" id="d1-f${i + 1}" tabindex="0"`));
  });

  it('has one block per department, each with its name, and a table row per fact', () => {
    for (const d of report.departments) expect(html).toMatch(new RegExp(`<section class="block" id="d1-b${d.index}">\\n<h3><span class="index">${d.index}</span> ${d.name} `));
    expect(html.match(/<tr data-target="d1-f\d+"/g)).toHaveLength(report.facts.length);
  });

  it('shows the header, the summary chart and the category legend', () => {
    expect(html).toContain(`<h1 class="title" lang="zh-CN">${escapeHtml(report.document.title!)}</h1>`);
    expect(html).toContain('<code>fixtures/jining-gaoxin-2022.txt</code>');
    expect(html).toMatch(/<svg class="chart"[^>]*>[\s\S]*区党工委组织部[\s\S]*210万元/);
    for (const c of ['personnel', 'funds', 'tonnage', 'vehicles', 'count', 'duration', 'percent', 'measure']) {
      expect(html).toContain(`value="${c}" data-category-filter`);
    }
  });

  it('shows no dropped candidates unless asked (--debug)', () => {
    expect(html).not.toContain('<del class="dropped" id=');
    const debug = formatHtml([fixture], { debug: true });
    const dels = elements(debug, 'del', 'dropped').filter((_, i) => i > 0); // the first is the legend's sample
    expect(dels.length).toBeGreaterThan(0);
    expect(dels.length).toBeLessThanOrEqual(fixture.trace!.length);
    expect(debug).toMatch(/<del class="dropped" id="d1-x\d+" tabindex="0" title="date: [^"]+">2日<\/del>/);
    expect(debug.match(/<tr data-target="d1-x\d+"/g)).toHaveLength(fixture.trace!.length);
  });
});

describe('formatHtml of hostile text', () => {
  const hostile = dedent`
    <script>alert(1)</script>迎疫而上
    本报济宁讯（记者 张三）党旗所指<img src=x onerror=alert(1)>，共有300名干部群众参与。

    区党政办公室

    区党政办公室</style><script>window.__pwned=1</script>组织21名党员干部值班值守"'&amp;。

    区财政金融局

    区财政金融局拨付资金468万元</script><!-- 派出12名干部\u2028。
  `;
  const page = formatHtml([doc(hostile, '<img src=x onerror=alert(2)>.txt')], { debug: true });

  it('keeps the page its own: one style, two scripts, no img, no comment', () => {
    expect(page.match(/<\/style>/g)).toHaveLength(1);
    expect(page.match(/<script[ >]/g)).toHaveLength(2);
    expect(page.match(/<\/script>/g)).toHaveLength(2);
    expect(page).not.toMatch(/<img|<!--/);
  });

  it('shows the characters as text', () => {
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;迎疫而上');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(page).toContain('&lt;/style&gt;&lt;script&gt;window.__pwned=1&lt;/script&gt;');
    expect(page).toContain('&quot;&#39;&amp;amp;');
    expect(page).toContain('<code>&lt;img src=x onerror=alert(2)&gt;.txt</code>');
  });

  it('still highlights the facts', () => {
    const marks = elements(page, 'mark', 'fact').map(textOf);
    expect(marks).toEqual(expect.arrayContaining(['300名', '21名', '468万元', '12名']));
  });
});

describe('formatHtml of several documents', () => {
  const a = doc('区财政局\n\n区财政局拨付资金468万元，派出12名干部。\n', 'a.txt');
  const b = doc('区公安分局\n\n出动警力50人、车辆20辆。\n', 'b.txt');
  const html = formatHtml([a, b]);

  it('gives one page with a section per document, ids of their own', () => {
    expect(html.match(/<article class="doc"/g)).toHaveLength(2);
    expect(html).toContain('<article class="doc" id="d1" aria-label="a.txt">');
    expect(html).toContain('<article class="doc" id="d2" aria-label="b.txt">');
    expect(elements(html, 'mark', 'fact')).toHaveLength(a.report.facts.length + b.report.facts.length);
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps card data for every highlight', () => {
    const data = JSON.parse(/<script type="application\/json" id="review-data">(.*)<\/script>/.exec(html)![1]!) as Record<string, { raw: string }>;
    expect(Object.keys(data).sort()).toEqual([...html.matchAll(/<mark class="fact[^"]*" id="([^"]+)"/g)].map((m) => m[1]).sort());
    expect(data['d2-f1']!.raw).toBe(b.report.facts[0]!.raw);
  });
});

describe('report-extract -f html', () => {
  it('refuses more text than a review page can hold as soon as the inputs cross the limit, writing nothing', async () => {
    const writer = createWriter({ format: 'html' });
    const { report } = doc('区财政局投入资金210万元。');
    expect(() => writer.add(report, 'a.txt', { text: 'x'.repeat(HTML_MAX_CHARS) })).not.toThrow();
    expect(() => writer.add(report, 'b.txt', { text: 'xy' })).toThrow(/review page holds at most 8 million characters.*b\.txt.*csv, tsv or ndjson/);

    const dir = tempDir();
    const big = join(dir, 'big.txt');
    writeFileSync(big, '区财政局开展工作，保障防控。\n'.repeat(Math.ceil(HTML_MAX_CHARS / 14) + 1)); // 15 characters a line: over the limit
    const { code, stdout, stderr } = await runCli(['-q', '-f', 'html', big]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(/^report-extract: html: a review page holds at most/)]);
  });

  it('writes the page to stdout after the last input', async () => {
    const { code, stdout } = await runCli(['-q', '-f', 'html', FIXTURE, FIXTURE]);
    expect(code).toBe(0);
    expect(stdout.match(/<!doctype html>/g)).toHaveLength(1);
    expect(stdout.match(/<article class="doc"/g)).toHaveLength(2);
  });

  it('applies the fact filters to the page', async () => {
    const { stdout } = await runCli(['-q', '-f', 'html', '--category', 'funds', FIXTURE]);
    expect(elements(stdout, 'mark', 'fact').map(textOf)).toEqual(['210万元', '468万元']);
  });

  it('shows the trace under --debug', async () => {
    const { stdout } = await runCli(['-q', '-f', 'html', '--debug', FIXTURE]);
    expect(stdout).toContain('<del class="dropped" id="d1-x');
  });

  it.each([
    [['--fields', 'value']],
    [['--output-encoding', 'gb18030']],
  ])('refuses %s', async (flags) => {
    const { code, stderr } = await runCli(['-f', 'html', ...flags, FIXTURE]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^report-extract: .*html/);
  });
});
