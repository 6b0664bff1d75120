import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract, type Report } from '../../src/index.js';
import { mayStartBlock, mayStartBlockRaw, neverInUnitName, startsBlock } from '../../src/layout/segment.js';
import { isRegexBlank } from '../../src/text/blanks.js';
import { isSeparator, skipSeparator } from '../../src/layout/headings/types.js';
import { decode } from '../../src/text/decode.js';
import { fold } from '../../src/text/normalize.js';
import { dedent } from '../helpers/dedent.js';

/** [name, body text] of each department block. */
const blocks = (report: Report) => report.departments.map((d) => [d.name, d.text]);

/** Each span starts at its heading (the first line holds the name as written) and holds the body; spans do not overlap. */
function expectSpansFit(input: string, report: Report): void {
  let previousEnd = 0;
  for (const d of report.departments) {
    const spanned = input.slice(d.span.start, d.span.end);
    expect(spanned.split(/\r\n|\n|\r/)[0]).toContain(d.name);
    expect(spanned.replace(/\s+/g, '')).toContain(d.text.replace(/\s+/g, ''));
    expect(d.span.start).toBeGreaterThanOrEqual(previousEnd);
    previousEnd = d.span.end;
  }
}

/** [case, document, [name, body] of each block] */
const DOCUMENTS: Array<[string, string, string[][]]> = [
  [
    'bare heading lines',
    dedent`
      区党政办公室

      21名党员干部在区疫情防控指挥部值班值守。

      区纪工委监工委

      成立3个疫情监督检查组。
    `,
    [['区党政办公室', '21名党员干部在区疫情防控指挥部值班值守。'], ['区纪工委监工委', '成立3个疫情监督检查组。']],
  ],
  [
    'run-in headings with full-width and ASCII colons',
    dedent`
      　　县应急管理局：派出8个工作组分赴各镇街督导。
      　　县供电公司:出动抢修人员320人次。
    `,
    [['县应急管理局', '派出8个工作组分赴各镇街督导。'], ['县供电公司', '出动抢修人员320人次。']],
  ],
  [
    'numbered 一、 headings',
    dedent`
      一、县财政局
      　　全年共筹措资金2.36亿元。
      二、县农业农村局
      　　新增高标准农田3.2万亩。
    `,
    [['县财政局', '全年共筹措资金2.36亿元。'], ['县农业农村局', '新增高标准农田3.2万亩。']],
  ],
  [
    'numbered （一） headings, Traditional',
    dedent`
      （一）緊急事故監察及支援中心
      　　中心於颱風期間24小時運作。
      （二）消防處
      　　消防處共接獲緊急召喚2,350宗。
    `,
    [['緊急事故監察及支援中心', '中心於颱風期間24小時運作。'], ['消防處', '消防處共接獲緊急召喚2,350宗。']],
  ],
  [
    'numbered 1. headings',
    dedent`
      1. 区财政局
      全力筹措资金210万元。
      2. 区教育局
      组织教师开展线上教学。
    `,
    [['区财政局', '全力筹措资金210万元。'], ['区教育局', '组织教师开展线上教学。']],
  ],
  [
    'bracketed headings, alone and with the body on the same line',
    dedent`
      【区统计局】
      全区实现地区生产总值386.5亿元。
      【区税务局】1-10月，累计组织税收收入42.7亿元。
    `,
    [['区统计局', '全区实现地区生产总值386.5亿元。'], ['区税务局', '1-10月，累计组织税收收入42.7亿元。']],
  ],
  [
    'Markdown bold and ATX headings',
    dedent`
      **区教育局**

      组织三十余名干部深入全区48所中小学。

      ## 区民政局

      为全区1,180户困难家庭发放取暖补贴。
    `,
    [['区教育局', '组织三十余名干部深入全区48所中小学。'], ['区民政局', '为全区1,180户困难家庭发放取暖补贴。']],
  ],
  [
    'a heading with an empty body is still a block',
    dedent`
      区财政局

      区教育局

      组织教师开展线上教学。
    `,
    [['区财政局', ''], ['区教育局', '组织教师开展线上教学。']],
  ],
  [
    'a sentence starting with a unit name stays in its block',
    dedent`
      区财政局

      区财政局积极筹措资金，全力保障疫情防控工作经费。

      区教育局积极组织教师开展线上教学。
    `,
    [['区财政局', '区财政局积极筹措资金，全力保障疫情防控工作经费。\n区教育局积极组织教师开展线上教学。']],
  ],
  [
    'numbered items that are not units stay in the block',
    dedent`
      **区应急管理局**

      组织开展冬季安全生产大检查，历时15天：

      1. 检查企业210家；
      2. 发现各类隐患480条；
    `,
    [['区应急管理局', '组织开展冬季安全生产大检查，历时15天：\n1. 检查企业210家；\n2. 发现各类隐患480条；']],
  ],
  [
    'a closing signature (unit and date) is not a department',
    dedent`
      一、县财政局
      　　全年共筹措资金2.36亿元。
      二、县医疗保障局
      　　资助参保1.2万人。

      云溪县乡村振兴局
      2024年1月8日
    `,
    // the signature is not part of the last block either
    [['县财政局', '全年共筹措资金2.36亿元。'], ['县医疗保障局', '资助参保1.2万人。']],
  ],
  [
    'a closing signature with a Chinese-numeral date',
    dedent`
      区财政局

      全力筹措资金210万元。

      区教育局

      组织教师开展线上教学。

      济宁高新区管委会办公室
      二〇二二年九月十日
    `,
    [['区财政局', '全力筹措资金210万元。'], ['区教育局', '组织教师开展线上教学。']],
  ],
  [
    'no department structure',
    dedent`
      眼下正值“三夏”粮食收购高峰。记者从市发展和改革委员会获悉，今年全市小麦种植面积326万亩。
      “今年小麦籽粒饱满。”市粮食和物资储备局相关负责人介绍。
    `,
    [],
  ],
  [
    'numbered sections that are not units: no departments',
    dedent`
      一、强化组织领导
      成立工作专班，统筹推进各项工作。
      二、压实工作责任
      层层签订责任书。
    `,
    [],
  ],
];

describe('segment', () => {
  it.each(DOCUMENTS)('%s', (_, input, expected) => {
    const report = extract(input);
    expect(blocks(report)).toEqual(expected);
    expectSpansFit(input, report);
  });
});

describe('mayStartBlock: a cheap necessary condition of startsBlock', () => {
  it('its character classes are exactly regex \\s, and never a unit-name character', () => {
    const NAME_CHAR = /^[\p{Script=Han}A-Za-z0-9()·]$/u;
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (isRegexBlank(c) !== /\s/.test(ch)) expect.fail(`isRegexBlank(U+${c.toString(16)})`);
      if (neverInUnitName(c) && NAME_CHAR.test(ch)) expect.fail(`neverInUnitName(U+${c.toString(16)})`);
    }
  });

  it('skipSeparator skips exactly the characters of /[\\s:：]/ (every code unit)', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (isSeparator(c) !== /[\s:：]/.test(ch)) expect.fail(`isSeparator(U+${c.toString(16)})`);
    }
    expect(skipSeparator('区财政局：　 全力', 4)).toBe(7);
    expect(skipSeparator('【区教育局】', 6)).toBe(6);
    expect(skipSeparator('a: \n', 1)).toBe(4);
  });

  it('never turns down a line that opens with a digit and that startsBlock accepts (random lines)', () => {
    const ALPHABET = ['1', '2', '0', '９', '.', '．', '、', ' ', '　', '\t', ':', '：', '%', '区', '财', '政', '局', '县', '第', '，', '。', '(', ')'];
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    let accepted = 0;
    for (let k = 0; k < 20000; k++) {
      let line = String(next(100));
      for (let n = next(12); n > 0; n--) line += ALPHABET[next(ALPHABET.length)];
      const accepts = startsBlock(fold(line));
      if (accepts) accepted++;
      if (accepts && !mayStartBlock(fold(line), 0, line.length)) expect.fail(`mayStartBlock turns down ${JSON.stringify(line)}`);
      if (accepts && !mayStartBlockRaw(line, 0, line.length)) expect.fail(`mayStartBlockRaw turns down ${JSON.stringify(line)}`);
    }
    expect(accepted).toBeGreaterThan(100);
  });

  it('never turns down a folded line, line prefix or colon-cut line of the fixtures that startsBlock accepts', () => {
    const dir = new URL('../../fixtures/', import.meta.url);
    let accepted = 0;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      const text = decode(readFileSync(new URL(file, dir))).text;
      for (const line of text.split(/\r\n|\n|\r/)) {
        for (const piece of [line.trim(), line.trim().slice(0, 27), `${line.trim().slice(0, 12)}：${line.trim().slice(12)}`]) {
          if (!startsBlock(fold(piece))) continue;
          accepted++;
          expect(mayStartBlock(fold(piece), 0, piece.length), piece).toBe(true); // as segment asks it
          expect(mayStartBlockRaw(piece, 0, piece.length), piece).toBe(true); // as unwrap asks it
        }
      }
    }
    expect(accepted).toBeGreaterThan(100);
  });
});
