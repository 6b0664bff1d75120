import { describe, expect, it } from 'vitest';
import { HEADING_STYLES, startsBlock } from '../../src/layout/segment.js';
import { fold } from '../../src/text/normalize.js';

interface Heading {
  style: string;
  name: string;
  body: string;
}

/** The heading at the start of a paragraph, as segment reads it: folded text, styles in order, name cut from the original. */
function heading(paragraph: string): Heading | null {
  const folded = fold(paragraph);
  for (const style of HEADING_STYLES) {
    const m = style.match(folded);
    if (m) return { style: style.name, name: paragraph.slice(m.nameStart, m.nameEnd), body: paragraph.slice(m.bodyStart) };
  }
  return null;
}

const h = (style: string, name: string, body = ''): Heading => ({ style, name, body });

/** [paragraph, heading] — each style, with full-width and ASCII punctuation. */
const HEADINGS: Array<[string, Heading]> = [
  // a bare line
  ['区财政局', h('bare', '区财政局')],
  ['区财政局：', h('run-in', '区财政局')], // a run-in heading with an empty body: the same block
  ['济宁高新控股集团', h('bare', '济宁高新控股集团')],
  ['消防處', h('bare', '消防處')],
  // run-in: name, colon, body
  ['区财政局：全力筹措资金210万元', h('run-in', '区财政局', '全力筹措资金210万元')],
  ['县供电公司:出动抢修人员320人次', h('run-in', '县供电公司', '出动抢修人员320人次')],
  ['县水利局 ： 立即启动应急响应', h('run-in', '县水利局', '立即启动应急响应')],
  ['社會福利署：開放臨時庇護中心26個', h('run-in', '社會福利署', '開放臨時庇護中心26個')],
  // numbered
  ['一、区财政局', h('numbered', '区财政局')],
  ['十二、区税务局', h('numbered', '区税务局')],
  ['一、区财政局：全力筹措资金', h('numbered', '区财政局', '全力筹措资金')],
  ['一、县财政局全力筹措资金，保障防控经费', h('numbered', '县财政局', '全力筹措资金，保障防控经费')],
  ['（一）区财政局', h('numbered', '区财政局')],
  ['(一)区财政局', h('numbered', '区财政局')],
  ['（二）消防處', h('numbered', '消防處')],
  ['（1）区财政局', h('numbered', '区财政局')],
  ['1. 区财政局', h('numbered', '区财政局')],
  ['1、区财政局', h('numbered', '区财政局')],
  ['１．区财政局', h('numbered', '区财政局')],
  ['（三）区综合组', h('numbered', '区综合组')],
  // bracketed
  ['【区教育局】', h('bracket', '区教育局')],
  ['【区教育局】全区中小学开展线上教学', h('bracket', '区教育局', '全区中小学开展线上教学')],
  ['【 区教育局 】', h('bracket', '区教育局')],
  ['[区教育局]', h('bracket', '区教育局')],
  ['〖区教育局〗', h('bracket', '区教育局')],
  ['【社會福利署】', h('bracket', '社會福利署')],
  // Markdown
  ['**区财政局**', h('markdown', '区财政局')],
  ['**区财政局：**全力筹措资金', h('markdown', '区财政局', '全力筹措资金')],
  ['**区财政局**：全力筹措资金', h('markdown', '区财政局', '全力筹措资金')],
  ['__区财政局__', h('markdown', '区财政局')],
  ['## 区财政局', h('markdown', '区财政局')],
  ['### 区财政局 ###', h('markdown', '区财政局')],
];

/** Paragraphs that start like a heading but are not one. */
const NOT_HEADINGS: string[] = [
  '区财政局积极筹措资金，全力保障疫情防控工作经费。', // a sentence whose subject is a unit
  '区财政局积极筹措资金', // no colon, not a whole-line name
  '聚力防汛：全县各部门抗洪抢险纪实', // a title with a colon
  '党员干部：', // a colon after people, not a unit
  '党员干部：全员下沉社区一线', // likewise, run-in shape
  '一、强化组织领导', // numbered, but not a unit
  '（一）强化组织领导',
  '1. 检查企业210家；', // a numbered list item
  '【编者按】', // bracketed, but not a unit
  '【编者按】近日，记者走访了全区各部门。',
  '**工作成效**',
  '## 工作成效',
  '来源：济宁日报', // trailer lines with colons
  '编辑：李晓',
  '报送：区委、区人大、区政府、区政协主要领导',
  '发布时间：2023年6月27日',
  '据县防汛抗旱指挥部通报，全县水库安全', // a unit mid-clause
  '县气象局发布暴雨橙色预警后，立即启动应急响应',
  '本报济宁讯（记者 刘菲 曹俐 胡碧源）党旗所指，', // a byline
  '',
];

describe('heading styles', () => {
  it.each(HEADINGS)('%s', (paragraph, expected) => {
    expect(heading(paragraph)).toEqual(expected);
    expect(startsBlock(fold(paragraph))).toBe(true);
  });
  it.each(NOT_HEADINGS)('not a heading: %s', (paragraph) => {
    expect(heading(paragraph)).toBeNull();
  });
});

/** Lines that always start a paragraph, heading or not (the re-joiner never glues them to the line before). */
const BLOCK_STARTS: Array<[string, boolean]> = [
  ['一、强化组织领导', true],
  ['（一）强化组织领导', true],
  ['【编者按】', true],
  ['**工作成效**', true],
  ['## 工作成效', true],
  ['区财政局', true],
  ['区财政局：全力筹措资金', true],
  ['县气象局发布暴雨橙色预警后', false],
  ['控、人员摸排、防疫宣传等防疫工作', false],
  ['200辆次，查处违法行为423起', false],
  ['1.5万元，全部用于', false],
];

describe('startsBlock', () => {
  it.each(BLOCK_STARTS)('%s → %s', (line, starts) => expect(startsBlock(fold(line))).toBe(starts));
});
