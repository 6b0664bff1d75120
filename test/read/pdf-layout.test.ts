/** The PDF reader's layout steps on glyphs made here: doubles, lines, columns, running heads, paragraphs. */
import { describe, expect, it } from 'vitest';
import { glyphsOf, withoutDoubles, type TextItem } from '../../src/read/pdf-glyphs.js';
import { linesOf } from '../../src/read/pdf-lines.js';
import { layoutText } from '../../src/read/pdf-text.js';

const W = 595;
const H = 842;
/** A run of text at (x, y), `size` points, CJK characters one em wide. */
const item = (str: string, x: number, y: number, size = 12): TextItem => ({ str, transform: [size, 0, 0, size, x, y], width: [...str].reduce((w, c) => w + (/[\x20-\x7e]/.test(c) ? 0.5 : 1), 0) * size });
const lines = (items: TextItem[]): string[] => linesOf(withoutDoubles(glyphsOf(items)), W).map((l) => l.text);
const text = (pages: TextItem[][]): string => layoutText(pages.map((items) => ({ lines: linesOf(withoutDoubles(glyphsOf(items)), W), height: H }))).text;

/** A page of body text: 12 pt lines 18 pt apart from y, each `chars` wide, the first indented two ems. */
function paragraph(body: string, y: number, x = 72, chars = 30): TextItem[] {
  const out: TextItem[] = [];
  let rest = `\u3000\u3000${body}`;
  for (let i = 0; rest.length > 0; i++) {
    const line = rest.slice(0, chars);
    rest = rest.slice(chars);
    const indent = i === 0 ? 2 : 0;
    out.push(item(line.slice(indent), x + indent * 12, y - i * 18));
  }
  return out;
}

describe('glyphs drawn twice', () => {
  it.each([
    ['copy after copy, 0.3 pt apart', [item('迎疫而上', 100, 700, 22), item('迎疫而上', 100.3, 699.7, 22)]],
    ['interleaved per glyph', [...'迎疫而上'].flatMap((c, i) => [item(c, 100 + i * 22, 700, 22), item(c, 100.3 + i * 22, 700.3, 22)])],
  ])('%s read once', (_name, items) => expect(lines(items)).toEqual(['迎疫而上']));

  it('keeps a character that really repeats (人人, 11)', () => {
    expect(lines([item('人人参与11次', 100, 700)])).toEqual(['人人参与11次']);
  });
});

describe('lines', () => {
  it('a letter-spaced heading is one word; table cells are TAB-separated', () => {
    expect(lines([item('一、综', 250, 700, 14), item('合', 330, 700, 14)])).toEqual(['一、综合']);
    expect(lines([item('全州总户籍人口', 80, 700), item('4899310', 300, 700), item('100.0', 450, 700)])).toEqual(['全州总户籍人口\t4899310\t100.0']);
  });

  it('a justified line with a space between every character loses them; spaces between names stay', () => {
    expect(lines([item('第 二 产 业 增 加 值 比 重 为22.1%', 72, 700)])).toEqual(['第二产业增加值比重为22.1%']);
    expect(lines([item('本报济宁讯（记者 刘菲 曹俐）党旗所指', 72, 700)])).toEqual(['本报济宁讯（记者 刘菲 曹俐）党旗所指']);
  });

  it('two columns: the left one is read first, under a headline that spans both', () => {
    const left = ['左栏第一行文字内容', '左栏第二行文字内容', '左栏第三行文字内容', '左栏第四行文字内容'];
    const right = ['右栏第一行文字内容', '右栏第二行文字内容', '右栏第三行文字内容', '右栏第四行文字内容'];
    const items = [item('横跨两栏的大标题文字横跨两栏的大标题文字', 100, 780, 20)];
    left.forEach((t, i) => items.push(item(`${t}${t}`, 50, 700 - i * 18)));
    right.forEach((t, i) => items.push(item(`${t}${t}`, 320, 700 - i * 18)));
    expect(lines(items)).toEqual(['横跨两栏的大标题文字横跨两栏的大标题文字', ...left.map((t) => t + t), ...right.map((t) => t + t)]);
  });
});

describe('pages into text', () => {
  const body = '区公安分局出动警力300人次，开展巡逻防控，排查重点场所，确保辖区安全稳定，群众安居乐业，社会秩序良好。';

  it('drops a running head with a date and page number, and the page numbers', () => {
    const page = (n: number): TextItem[] => [item(`济宁日报 2022年9月${n + 9}日 第${n}版`, 220, 800, 9), ...paragraph(body, 700), item(`- ${n} -`, 290, 40, 9)];
    const out = text([page(1), page(2), page(3)]);
    expect(out).not.toMatch(/济宁日报|- \d -/);
    expect(out.split('\n\n')).toEqual([body, body, body].map((b) => `${b}`).map((b, i) => (i === 2 ? `${b}\n` : b)));
  });

  it('joins a sentence cut by a page break; an indented line starts a paragraph', () => {
    const first = paragraph(body.slice(0, 40), 700).slice(0, 2); // the page ends mid-sentence
    const second = [item(body.slice(28 + 2 + 0, 60), 72, 760)];
    const out = text([first, second]);
    expect(out.split('\n\n')).toHaveLength(1);
  });

  it('a line in a larger size is a heading line of its own; page starts are offsets into the text', () => {
    const { text: out, pageStarts } = layoutText([
      { lines: linesOf(glyphsOf([item('区公安分局', 72, 760, 16), ...paragraph(body, 730)]), W), height: H },
      { lines: linesOf(glyphsOf([item('区税务局', 72, 760, 16), ...paragraph(body, 730)]), W), height: H },
    ]);
    expect(out).toBe(`区公安分局\n\n${body}\n\n区税务局\n\n${body}\n`);
    expect(pageStarts).toEqual([0, out.indexOf('区税务局')]);
  });

  it('drops small superscript footnote marks', () => {
    const out = text([[...paragraph(body, 700), item('1', 300, 706, 7)]]);
    expect(out).toBe(`${body}\n`);
  });
});
