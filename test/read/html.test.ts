import { describe, expect, it } from 'vitest';
import { extract, extractAsync, ReportError } from '../../src/index.js';
import { readFormat, type ReadInput } from '../../src/read/index.js';
import { departmentNames, factKeys, file, sampleReport, TITLE } from './helpers.js';

const read = async (html: string | Uint8Array): Promise<ReadInput> => (await readFormat(typeof html === 'string' ? Buffer.from(html) : html)) as ReadInput;

describe('web pages', () => {
  it('the saved GB2312 government page gives the .txt sample’s departments and facts', async () => {
    const report = await extractAsync(file('page.html'), { path: 'page.html' });
    const sample = sampleReport();
    expect(report.source).toMatchObject({ format: 'html', encoding: 'gb18030', path: 'page.html' });
    expect(report.document.title).toBe(TITLE);
    expect(departmentNames(report)).toEqual(departmentNames(sample));
    expect(factKeys(report)).toEqual(factKeys(sample));
    expect(report.facts.every((f) => f.page === null)).toBe(true);
  });

  it('leaves out nav, breadcrumbs, metadata, share bar, related reading, footer and what the script writes', async () => {
    const { document } = await read(file('page.html'));
    for (const furniture of ['首页', '当前位置', '发布时间', '浏览次数', '1024', '字体', '分享到', '36 人', '相关阅读', '3000名志愿者', '打印本页', '主办单位', '联系电话', '备案号', 'ICP', '网站标识码', '88888', 'document.write']) {
      expect(document.text, furniture).not.toContain(furniture);
    }
    expect(document.text.startsWith(`${TITLE}\n\n`)).toBe(true);
    expect(document.text).toContain('\n\n区党政办公室\n\n疾风知劲草');
  });

  it('the sync extract refuses a web page instead of reading its markup', () => {
    const error = (() => {
      try {
        extract(file('page.html'));
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ReportError);
    expect((error as ReportError).code).toBe('NEEDS_ASYNC');
    // …unless told it is text
    expect(extract(file('page.html'), { inputFormat: 'text' }).source.format).toBe('text');
  });

  it('a meta charset that lies is overruled by the bytes, with a warning', async () => {
    const page = '<html><head><meta charset="gb2312"><title>测试 - 某某政府网</title></head><body><p>区财政局拨付资金210万元。</p></body></html>';
    const report = await extractAsync(Buffer.from(page, 'utf8'));
    expect(report.source.encoding).toBe('utf-8');
    expect(report.warnings.map((w) => w.code)).toContain('CHARSET_MISDECLARED');
    expect(report.facts.map((f) => f.raw)).toEqual(['210万元']);
  });

  it('charset from the http-equiv header, GBK read as GB18030', async () => {
    const { encode } = await import('iconv-lite');
    const page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=GBK"></head><body><p>组织干部职工120人参加培训。</p></body></html>';
    const { document } = await read(encode(page, 'gbk'));
    expect(document.encoding).toBe('gb18030');
    expect(document.text).toContain('组织干部职工120人参加培训。');
  });

  it('title: the article h1, else <title> without the site name', async () => {
    expect((await read('<html><head><title>区财政局工作动态 | 某某区人民政府</title></head><body><p>正文内容足够长。</p></body></html>')).document.text).toMatch(/^区财政局工作动态\n/);
    expect((await read('<html><head><title>标题 _ 中国宜春</title></head><body><h1>文章的标题</h1><p>正文。</p></body></html>')).document.text).toMatch(/^文章的标题\n/);
  });

  it('bold and h2–h4 headings come out as lines of their own; a table as TAB-separated rows', async () => {
    const page = `<html><body><article>
      <h2>区公安分局</h2><p>出动警力300人次。</p>
      <p><strong>区税务局</strong>　　为企业减税210万元。</p>
      <p><b>区财政局：</b>拨付资金50万元。</p>
      <table><tr><th>单位</th><th>人数</th></tr><tr><td>区公安分局</td><td>300</td></tr></table>
    </article></body></html>`;
    const { document } = await read(page);
    expect(document.text).toContain('区公安分局\n\n出动警力300人次。');
    expect(document.text).toContain('区税务局\n\n为企业减税210万元。');
    expect(document.text).toContain('区财政局：拨付资金50万元。'); // run-in: the segmenter reads it
    expect(document.text).toContain('单位\t人数\n区公安分局\t300');
  });

  it('scripts never run; 10 MB of nested divs is read in linear time', async () => {
    const n = 1_000_000;
    const page = `<html><body>${'<div>'.repeat(n)}<p>区公安分局出动警力300人。</p>${'</div>'.repeat(n)}<script>while (true) {}</script></body></html>`;
    const started = Date.now();
    const report = await extractAsync(Buffer.from(page));
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(report.facts.map((f) => f.raw)).toEqual(['300人']);
    expect(report.warnings.map((w) => w.code)).toContain('MAIN_CONTENT_GUESSED');
  });

  it.each([
    ['1,500 nested divs named nav around 2 MB of text', `<html><body>${'<div class="nav">'.repeat(1500)}<p>${'区公安分局出动警力300人次，开展巡逻防控。'.repeat(100_000)}</p>${'</div>'.repeat(1500)}</body></html>`, 100_000],
    ['100,000 bold runs in one paragraph', `<html><body><article><p>${'<b>区公安分局</b>出动警力3人。'.repeat(100_000)}</p></article></body></html>`, 100_000],
    ['200,000 sibling divs (7 MB)', `<html><body>${'<div class="x"><p>出动警力3人。</p></div>'.repeat(200_000)}</body></html>`, 200_000],
  ])('%s: read in linear time, every fact kept', async (_name, page, facts) => {
    const started = Date.now();
    const report = await extractAsync(Buffer.from(page), { skipValidation: true });
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(report.facts).toHaveLength(facts);
  }, 60_000);

  it('an empty page is an empty report, not a crash', async () => {
    const report = await extractAsync(Buffer.from('<!DOCTYPE html><html><body></body></html>'));
    expect(report.facts).toEqual([]);
    expect(report.warnings.map((w) => w.code)).toContain('EMPTY_INPUT');
  });
});
