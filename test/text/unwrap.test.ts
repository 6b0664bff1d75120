import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { startsBlock } from '../../src/layout/segment.js';
import { SourceText } from '../../src/text/source.js';
import { unwrap, type ReadingView } from '../../src/text/unwrap.js';
import { dedent } from '../helpers/dedent.js';

function read(text: string): ReadingView {
  const source = new SourceText(text);
  return unwrap(source, { fromLine: 0, toLine: source.lineCount, startsBlock });
}
const paragraphs = (view: ReadingView) => view.paragraphs.map((p) => view.text.slice(p.start, p.end));

/**
 * Every view character that is not an inserted joiner (a space between Latin words, a paragraph break) maps
 * back to the same character of the source; a joiner maps to the end of a line (only blanks up to the break).
 */
function expectOffsetsMapBack(view: ReadingView): void {
  const { text } = view.source;
  let previous = -1;
  for (let i = 0; i < view.text.length; i++) {
    const at = view.toSource(i);
    expect(at, `view index ${i}`).toBeGreaterThanOrEqual(previous);
    previous = at;
    if (text[at] === view.text[i]) continue;
    expect([' ', '\n'], `view index ${i} (${JSON.stringify(view.text.slice(i - 3, i + 3))}) is neither source nor joiner`).toContain(view.text[i]);
    expect(text.slice(at, at + 4), `joiner at view index ${i} sits at a line end`).toMatch(/^[ \t\u3000]*(?:\r|\n|$)/);
  }
  expect(view.toSource(view.text.length - 1)).toBeLessThan(text.length);
}

/** [case, wrapped input, paragraphs of the reading view] */
const CASES: Array<[string, string, string[]]> = [
  [
    'a wrap inside a number and its unit: 24\\n小时',
    dedent`
      区党政办公室严格落实值班值守制度，实行24
      小时值班，确保上传下达及时有效；严格落实办
      公区人员管控，做好每日核酸检测等工作。
    `,
    ['区党政办公室严格落实值班值守制度，实行24小时值班，确保上传下达及时有效；严格落实办公区人员管控，做好每日核酸检测等工作。'],
  ],
  [
    'a wrap inside a number: 1\\n200',
    dedent`
      春运以来，县交通运输局累计检查客运车辆1
      200辆次，查处违法行为423起，问题车辆一律
      不得上路，确保群众平安出行。
    `,
    ['春运以来，县交通运输局累计检查客运车辆1200辆次，查处违法行为423起，问题车辆一律不得上路，确保群众平安出行。'],
  ],
  [
    'a wrap between Latin words: Hello\\nworld',
    dedent`
      通过“济宁高新”微信公众号和小程序Hello
      world发布防疫信息，提醒群众做好个人防
      护，全力保障群众生命安全和身体健康。
    `,
    ['通过“济宁高新”微信公众号和小程序Hello world发布防疫信息，提醒群众做好个人防护，全力保障群众生命安全和身体健康。'],
  ],
  [
    'a wrap between Latin and Han joins with nothing: G327\\n国道',
    dedent`
      县公安局交通管理大队在S244省道和G327
      国道等重点路段设置春运执勤服务站6处，每
      天投入警力80余人，坚守执勤一线。
    `,
    ['县公安局交通管理大队在S244省道和G327国道等重点路段设置春运执勤服务站6处，每天投入警力80余人，坚守执勤一线。'],
  ],
  [
    'a page break (blank line) inside a sentence: 社区管\\n\\n控',
    dedent`
      9月2日，区科技创新局动员全局干部下沉一线，积
      极参与社区管

      控、人员摸排、防疫宣传等防疫工作，从快从
      严从细落实各项防疫措施，有效加强社区一线防
      控力量。
    `,
    // `极参与社区管` is short, so the margin does not say "wrap" there: a short line ends its paragraph.
    ['9月2日，区科技创新局动员全局干部下沉一线，积极参与社区管', '控、人员摸排、防疫宣传等防疫工作，从快从严从细落实各项防疫措施，有效加强社区一线防控力量。'],
  ],
  [
    'a page break after a full line is joined',
    dedent`
      面对来势汹汹的疫情，区科技创新局积极参与社区管

      控、人员摸排、防疫宣传等防疫工作，从快从严从细落
      实各项防疫措施，有效加强社区一线防控力量。
    `,
    ['面对来势汹汹的疫情，区科技创新局积极参与社区管控、人员摸排、防疫宣传等防疫工作，从快从严从细落实各项防疫措施，有效加强社区一线防控力量。'],
  ],
  [
    'three blank lines are a real break, not a page break',
    dedent`
      面对来势汹汹的疫情，区科技创新局积极参与社区管



      控、人员摸排、防疫宣传等防疫工作，从快从严从细落
      实各项防疫措施，有效加强社区一线防控力量。
    `,
    ['面对来势汹汹的疫情，区科技创新局积极参与社区管', '控、人员摸排、防疫宣传等防疫工作，从快从严从细落实各项防疫措施，有效加强社区一线防控力量。'],
  ],
  [
    'a full stop then a blank line ends the paragraph',
    dedent`
      区财政局全力筹措资金，保障疫情防控工作经费。
      全体干部下沉社区，昼夜奋战在疫情防控一线上。

      区教育局组织教师开展线上教学，确保停课不停学，
      保障全区中小学生居家学习，做好疫情防控工作。
    `,
    ['区财政局全力筹措资金，保障疫情防控工作经费。全体干部下沉社区，昼夜奋战在疫情防控一线上。', '区教育局组织教师开展线上教学，确保停课不停学，保障全区中小学生居家学习，做好疫情防控工作。'],
  ],
  [
    'a short last line ends the paragraph without a blank line',
    dedent`
      开辟物资供应绿色通道，建立“三快”保供运行机
      制，及时处理物资保障供应出现的突发情况，快
      速运转。
      全力保障物资供应，统筹做好生活必需品物资保
      供工作，协调畅通物资保供车辆70余辆。
    `,
    ['开辟物资供应绿色通道，建立“三快”保供运行机制，及时处理物资保障供应出现的突发情况，快速运转。', '全力保障物资供应，统筹做好生活必需品物资保供工作，协调畅通物资保供车辆70余辆。'],
  ],
  [
    'heading lines stay paragraphs of their own, before and after full lines',
    dedent`
      区党政办公室

      疾风知劲草，烈火炼真金。面对疫情“大考”，区党
      政办公室迅速响应，全体党员干部听令而行、闻令
      区纪工委监工委
      区纪工委监工委坚决贯彻落实区党工委、管委会决
      策部署，第一时间组织干部下沉柳行街道社区网格
      一、区财政局
      【区教育局】
      区税务局：全面落实组合式税费支持政策，确保
    `,
    [
      '区党政办公室',
      '疾风知劲草，烈火炼真金。面对疫情“大考”，区党政办公室迅速响应，全体党员干部听令而行、闻令',
      '区纪工委监工委',
      '区纪工委监工委坚决贯彻落实区党工委、管委会决策部署，第一时间组织干部下沉柳行街道社区网格',
      '一、区财政局',
      '【区教育局】',
      '区税务局：全面落实组合式税费支持政策，确保',
    ],
  ],
  [
    'a unit name at the start of a wrapped line is not a heading: the line continues',
    dedent`
      县水利局全面加强水库巡查，会同县应急管理局和
      县气象局发布暴雨橙色预警后，立即启动应急响
      应，据县防汛抗旱指挥部通报，全县水库安全。
    `,
    ['县水利局全面加强水库巡查，会同县应急管理局和县气象局发布暴雨橙色预警后，立即启动应急响应，据县防汛抗旱指挥部通报，全县水库安全。'],
  ],
  [
    'an indented line starts a paragraph',
    dedent`
      　　县应急管理局：第一时间启动防汛二级应急响应，
      派出8个工作组分赴各镇街督导防汛工作，全力做
      　　县水利局：全面加强水库巡查，全县水库安全度
      汛，没有发生一起险情，确保了群众生命财产安全。
    `,
    ['县应急管理局：第一时间启动防汛二级应急响应，派出8个工作组分赴各镇街督导防汛工作，全力做', '县水利局：全面加强水库巡查，全县水库安全度汛，没有发生一起险情，确保了群众生命财产安全。'],
  ],
  [
    'a text that is not hard-wrapped: each line is a paragraph',
    dedent`
      全年共筹措衔接推进乡村振兴补助资金2.36亿元，其中中央资金1.52亿元、省级资金5800万元、县级配套资金2600万元，全部用于产业发展和基础设施建设。
      全县新增高标准农田3.2万亩，发展特色种植基地12个，带动脱贫户1800余户增收，户均年增收2600元以上，有力巩固了脱贫攻坚成果。
      县人力资源和社会保障局开发乡村公益性岗位860个，每人每月发放岗位补贴800元，全年累计发放补贴资金825万元，稳定了脱贫人口就业。
    `,
    [
      '全年共筹措衔接推进乡村振兴补助资金2.36亿元，其中中央资金1.52亿元、省级资金5800万元、县级配套资金2600万元，全部用于产业发展和基础设施建设。',
      '全县新增高标准农田3.2万亩，发展特色种植基地12个，带动脱贫户1800余户增收，户均年增收2600元以上，有力巩固了脱贫攻坚成果。',
      '县人力资源和社会保障局开发乡村公益性岗位860个，每人每月发放岗位补贴800元，全年累计发放补贴资金825万元，稳定了脱贫人口就业。',
    ],
  ],
  [
    'two lines: the wider one is the margin, so 24\\n小时 still joins',
    '各执法大队严格落实24\n小时值班值守制度。',
    ['各执法大队严格落实24小时值班值守制度。'],
  ],
  [
    'two lines: a short line over a long one ends its paragraph',
    '工作成效\n全区共投入冬季保障资金2,860万元，未发生重大安全事故。',
    ['工作成效', '全区共投入冬季保障资金2,860万元，未发生重大安全事故。'],
  ],
  ['one line', '组织21名党员干部下沉社区', ['组织21名党员干部下沉社区']],
  ['empty text', '', []],
  ['only blank lines', '\n\n  \n', []],
];

/** The same cases with CRLF and with lone CR line ends must read the same. */
const LINE_ENDS: Array<[string, (s: string) => string]> = [
  ['LF', (s) => s],
  ['CRLF', (s) => s.replace(/\n/g, '\r\n')],
  ['CR', (s) => s.replace(/\n/g, '\r')],
];

describe('unwrap: re-joining', () => {
  for (const [ending, convert] of LINE_ENDS) {
    describe(ending, () => {
      it.each(CASES)('%s', (_, input, expected) => {
        const view = read(convert(input));
        expect(paragraphs(view)).toEqual(expected);
        expectOffsetsMapBack(view);
      });
    });
  }
});

describe('unwrap: the offset map', () => {
  const sample = readFileSync(new URL('../../fixtures/jining-gaoxin-2022.txt', import.meta.url), 'utf8');
  it.each(LINE_ENDS)('the whole sample with %s maps back character by character', (_, convert) => {
    const view = read(convert(sample));
    expect(view.paragraphs.length).toBeGreaterThan(40);
    expectOffsetsMapBack(view);
  });

  it('maps spans back across a wrap: 24\\n小时', () => {
    const text = dedent`
      区党政办公室严格落实值班值守制度，实行24
      小时值班，确保上传下达及时有效；严格落实办
      公区人员管控，做好每日核酸检测等工作。
    `;
    const view = read(text);
    const at = view.text.indexOf('24小时');
    const span = view.spanToSource(at, at + 4);
    expect(text.slice(span.start, span.end)).toBe('24\n小时');
    const empty = view.spanToSource(at, at);
    expect(empty).toEqual({ start: span.start, end: span.start });
  });

  it('maps view paragraphs to their source lines', () => {
    const view = read(dedent`
      区党政办公室

      疾风知劲草，烈火炼真金。面对疫情“大考”，区党
      政办公室迅速响应，全体党员干部听令而行、闻令
      而动，全力以赴、全线参战、全员出击。
    `);
    expect(view.paragraphs.map((p) => [p.firstLine, p.lastLine])).toEqual([[0, 0], [2, 4]]);
  });
});
