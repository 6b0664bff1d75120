import { describe, expect, it } from 'vitest';
import { closingCredits, isBylineLine, leadingByline } from '../../src/layout/byline.js';
import { extract, type Byline } from '../../src/index.js';
import { fold } from '../../src/text/normalize.js';
import { dedent } from '../helpers/dedent.js';

const by = (outlet: string | null, place: string | null, ...reporters: string[]): Byline => ({ outlet, place, reporters });

/** [paragraph, byline, the text left after it] */
const LEADING: Array<[string, Byline, string]> = [
  ['本报济宁讯（记者 刘菲 曹俐 胡碧源）党旗所指，行动所向。', by('本报', '济宁', '刘菲', '曹俐', '胡碧源'), '党旗所指，行动所向。'],
  ['本报泗水讯（记者 陈晓 通讯员 刘洋）2024年春运自1月26日开始', by('本报', '泗水', '陈晓', '刘洋'), '2024年春运自1月26日开始'],
  ['本报讯（记者 周明）7月下旬以来', by('本报', null, '周明'), '7月下旬以来'],
  ['本报讯 7月下旬以来，我县遭遇强降雨', by('本报', null), '7月下旬以来，我县遭遇强降雨'],
  ['新华社北京9月2日电（记者 王五）国务院近日印发通知', by('新华社', '北京', '王五'), '国务院近日印发通知'],
  ['济宁日报讯（记者 张三）近日，全市启动夏粮收购', by('济宁日报', null, '张三'), '近日，全市启动夏粮收购'],
  ['（记者 张三 报道）近日，全区各部门', by(null, null, '张三'), '近日，全区各部门'],
  ['（记者 张三 通讯员 李四 王五 报道）近日', by(null, null, '张三', '李四', '王五'), '近日'],
  ['(记者 张三、李四)近日', by(null, null, '张三', '李四'), '近日'],
  ['本报济宁讯（记者 刘菲）（通讯员 李四）近日', by('本报', '济宁', '刘菲'), '（通讯员 李四）近日'],
  // a credit line of its own (the whole paragraph)
  ['记者 王五 通讯员 赵六', by(null, null, '王五', '赵六'), ''],
  ['本报记者 张三 李四', by('本报', null, '张三', '李四'), ''], // a staff reporter names the outlet
  ['记者 张三、李四 报道', by(null, null, '张三', '李四'), ''],
  // Traditional: matched folded, names cut from the original
  ['本報濟寧訊（記者 劉菲 曹俐）黨旗所指', by('本報', '濟寧', '劉菲', '曹俐'), '黨旗所指'],
];

/** Paragraphs that start like a byline but are not one. */
const NOT_LEADING: string[] = [
  '记者从市发展和改革委员会获悉，今年全市小麦种植面积326万亩。',
  '本报告共分三个部分。',
  '区财政局：全力筹措资金',
  '（一）区财政局',
  '报道称，全县水库安全度汛。',
  '记者从市发展和改革委员会获悉',
  '记者 王五 通讯员 赵六近日走访了全区各部门。',
  '',
];

describe('leadingByline', () => {
  it.each(LEADING)('%s', (paragraph, byline, rest) => {
    const found = leadingByline(fold(paragraph), paragraph);
    expect(found?.byline).toEqual(byline);
    expect(paragraph.slice(found!.length)).toBe(rest);
  });
  it.each(NOT_LEADING)('not a byline: %s', (paragraph) => {
    expect(leadingByline(fold(paragraph), paragraph)).toBeNull();
  });
});

/** [paragraph, reporters, the text before the credit] */
const CLOSING: Array<[string, string[] | null, string]> = [
  ['坚决守住“种粮卖得出”底线。（记者 吴昊）', ['吴昊'], '坚决守住“种粮卖得出”底线。'],
  ['坚决守住底线。（记者吴昊）', ['吴昊'], '坚决守住底线。'],
  ['全力守护旅客平安出行。(记者 王五 通讯员 赵六)', ['王五', '赵六'], '全力守护旅客平安出行。'],
  ['全力守护旅客平安出行。（记者 王五 报道） ', ['王五'], '全力守护旅客平安出行。'],
  // not a closing credit
  ['（记者 王五）全力守护旅客平安出行。', null, ''],
  ['全力守护旅客平安出行（含春运期间）。', null, ''],
  ['发放物资200件（套）', null, ''],
];

describe('closingCredits', () => {
  it.each(CLOSING)('%s', (paragraph, reporters, before) => {
    const found = closingCredits(fold(paragraph), paragraph);
    if (reporters === null) return expect(found).toBeNull();
    expect(found?.reporters).toEqual(reporters);
    expect(paragraph.slice(0, found!.start)).toBe(before);
  });
});

const BYLINE_LINES: Array<[string, boolean]> = [
  ['本报济宁讯（记者 刘菲 曹俐 胡碧源）党旗所指，', true],
  ['（记者 张三 报道）', true],
  ['记者 王五 通讯员 赵六', true],
  ['记者从市发展和改革委员会获悉', false],
  ['来源：济宁日报', true],
  ['编辑：李晓', true],
  ['责任编辑：王五', true],
  ['发布时间：2023年6月27日', true],
  ['区财政局', false],
  ['济宁高新区区直各部门单位助力疫情防控', false],
  ['聚力防汛：全县各部门抗洪抢险纪实', false],
];

describe('isBylineLine', () => {
  it.each(BYLINE_LINES)('%s → %s', (line, expected) => expect(isBylineLine(fold(line))).toBe(expected));
});

/** Credits and trailers never leak into the lead or a department's text. */
describe('bylines in a document', () => {
  it('a dateline lead: the byline is taken off the lead', () => {
    const report = extract(dedent`
      本报济宁讯（记者 刘菲 曹俐 胡碧源）党旗所指，
      行动所向。近期，面对严峻复杂的疫情防控形势，济宁
      高新区各级各部门迅速响应、快速集结。

      区党政办公室

      21名党员干部在区疫情防控指挥部值班值守。
    `);
    expect(report.document.byline).toEqual(by('本报', '济宁', '刘菲', '曹俐', '胡碧源'));
    expect(report.document.lead).toBe('党旗所指，行动所向。近期，面对严峻复杂的疫情防控形势，济宁高新区各级各部门迅速响应、快速集结。');
    expect(report.departments.map((d) => d.name)).toEqual(['区党政办公室']);
  });

  it('a credit line of its own under the headline', () => {
    const report = extract(dedent`
      全力以赴保供稳价
      记者 王五 通讯员 赵六

      区财政局

      全力筹措资金210万元。
    `);
    expect(report.document.title).toBe('全力以赴保供稳价');
    expect(report.document.subtitle).toBeNull();
    expect(report.document.byline).toEqual(by(null, null, '王五', '赵六'));
    expect(report.document.lead).toBeNull();
  });

  it('a closing credit and trailer lines leave the last block', () => {
    const report = extract(dedent`
      区财政局

      全力筹措资金210万元。

      区教育局

      组织教师开展线上教学，确保停课不停学。（记者 吴昊）

      来源：济宁日报
      编辑：李晓
      发布时间：2023年6月27日
    `);
    expect(report.document.byline).toEqual(by(null, null, '吴昊'));
    expect(report.departments.map((d) => [d.name, d.text])).toEqual([
      ['区财政局', '全力筹措资金210万元。'],
      ['区教育局', '组织教师开展线上教学，确保停课不停学。'],
    ]);
  });

  it('a closing credit and trailer lines leave the lead of a document without departments', () => {
    const report = extract(dedent`
      全市夏粮收购超八十万吨

      　　眼下正值“三夏”粮食收购高峰。记者从市
      发展和改革委员会获悉，今年全市小麦种植面
      积326万亩，确保“收购资金不断档”。（记者
      吴昊）

      来源：济宁日报
      编辑：李晓
    `);
    expect(report.document.title).toBe('全市夏粮收购超八十万吨');
    expect(report.document.byline).toEqual(by(null, null, '吴昊'));
    expect(report.document.lead).toBe('眼下正值“三夏”粮食收购高峰。记者从市发展和改革委员会获悉，今年全市小麦种植面积326万亩，确保“收购资金不断档”。');
    expect(report.departments).toEqual([]);
  });

  it('a dateline with （记者 X 报道） and a run-in first block', () => {
    const report = extract(dedent`
      （记者 周明 报道）7月下旬以来，我县遭遇强降雨。
      　　县应急管理局：派出8个工作组分赴各镇街督导。
    `);
    expect(report.document.byline).toEqual(by(null, null, '周明'));
    expect(report.document.lead).toBe('7月下旬以来，我县遭遇强降雨。');
    expect(report.departments.map((d) => d.name)).toEqual(['县应急管理局']);
  });
});
