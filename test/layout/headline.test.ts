import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { dedent } from '../helpers/dedent.js';

interface Expected {
  title: string | null;
  subtitle: string | null;
  kicker: string | null;
  lead: string | null;
  departments: string[];
  /** The last department's text, to show a trailing headline does not leak into it. */
  lastText?: string;
}

const BODY = dedent`
  区财政局

  全力筹措资金210万元。

  区教育局

  组织教师开展线上教学。
`;

/** [case, document, what the document fields and blocks must be] */
const CASES: Array<[string, string, Expected]> = [
  [
    'a top headline with a —— subtitle',
    dedent`
      全力以赴保供稳价
      ——县直各部门助力疫情防控

      本报讯（记者 张三）近日，各部门迅速行动。

    ` + BODY,
    { title: '全力以赴保供稳价', subtitle: '县直各部门助力疫情防控', kicker: null, lead: '近日，各部门迅速行动。', departments: ['区财政局', '区教育局'] },
  ],
  [
    'kicker, title and subtitle in one cluster',
    dedent`
      战“疫”一线党旗红
      迎疫而上与人民群众同心战“疫”
      济宁高新区区直各部门单位助力疫情防控

    ` + BODY,
    { title: '迎疫而上与人民群众同心战“疫”', subtitle: '济宁高新区区直各部门单位助力疫情防控', kicker: '战“疫”一线党旗红', lead: null, departments: ['区财政局', '区教育局'] },
  ],
  [
    'a Markdown # title',
    dedent`
      # 城区2023—2024年冬季运行保障工作总结

      入冬以来，全区各部门扎实做好冬季供暖等各项工作。

      **区教育局**

      组织三十余名干部深入全区48所中小学。
    `,
    { title: '城区2023—2024年冬季运行保障工作总结', subtitle: null, kicker: null, lead: '入冬以来，全区各部门扎实做好冬季供暖等各项工作。', departments: ['区教育局'] },
  ],
  [
    'a doubled (fake-bold) headline at the top',
    dedent`
      春运路上春运路上““平安平安””护航护航
      我县40个部门联动织密春运安全防护网

    ` + BODY,
    { title: '春运路上“平安”护航', subtitle: '我县40个部门联动织密春运安全防护网', kicker: null, lead: null, departments: ['区财政局', '区教育局'] },
  ],
  [
    'a doubled headline at the end, as the sample prints it',
    BODY +
      dedent`

        迎疫而上迎疫而上与人民群众同心战与人民群众同心战““疫疫””
        济宁高新区区直各部门单位助力疫情防控

        战战““疫疫””一线党旗红一线党旗红
      `,
    {
      title: '迎疫而上与人民群众同心战“疫”',
      subtitle: '济宁高新区区直各部门单位助力疫情防控',
      kicker: '战“疫”一线党旗红',
      lead: null,
      departments: ['区财政局', '区教育局'],
      lastText: '组织教师开展线上教学。',
    },
  ],
  [
    'short plain lines at the end are not a headline unless doubled',
    BODY + '\n全区各部门\n团结一心\n',
    { title: null, subtitle: null, kicker: null, lead: null, departments: ['区财政局', '区教育局'], lastText: '组织教师开展线上教学。\n全区各部门\n团结一心' },
  ],
  [
    'a title with a colon',
    dedent`
      聚力防汛：全县各部门抗洪抢险纪实

      　　本报讯（记者 周明）7月下旬以来，我县遭遇强降雨。
      　　县应急管理局：派出8个工作组分赴各镇街督导。
    `,
    { title: '聚力防汛：全县各部门抗洪抢险纪实', subtitle: null, kicker: null, lead: '7月下旬以来，我县遭遇强降雨。', departments: ['县应急管理局'] },
  ],
  [
    'a title over an indented, wrapped first paragraph',
    dedent`
      全市夏粮收购超八十万吨

      　　眼下正值“三夏”粮食收购高峰。记者从市
      发展和改革委员会获悉，今年全市小麦种植面
      积326万亩，平均每亩单产达到486公斤。截至
      6月25日，全市已累计收购小麦86.4万吨，占
      预计商品量的53%以上。
    `,
    {
      title: '全市夏粮收购超八十万吨',
      subtitle: null,
      kicker: null,
      lead: '眼下正值“三夏”粮食收购高峰。记者从市发展和改革委员会获悉，今年全市小麦种植面积326万亩，平均每亩单产达到486公斤。截至6月25日，全市已累计收购小麦86.4万吨，占预计商品量的53%以上。',
      departments: [],
    },
  ],
  [
    'no headline: the text starts with a paragraph',
    dedent`
      本报济宁讯（记者 刘菲）党旗所指，行动所向。

    ` + BODY,
    { title: null, subtitle: null, kicker: null, lead: '党旗所指，行动所向。', departments: ['区财政局', '区教育局'] },
  ],
  [
    'no headline: the text starts with a heading',
    BODY,
    { title: null, subtitle: null, kicker: null, lead: null, departments: ['区财政局', '区教育局'] },
  ],
  [
    'no headline: the first wrapped paragraph is not a title',
    dedent`
      面对疫情防控严峻形势，区经济发展局闻令而动，
      全体干部职工签下“请战书”，筛选15名党员干部
      下沉社区，昼夜奋战在社区疫情防控一线。
    `,
    { title: null, subtitle: null, kicker: null, lead: '面对疫情防控严峻形势，区经济发展局闻令而动，全体干部职工签下“请战书”，筛选15名党员干部下沉社区，昼夜奋战在社区疫情防控一线。', departments: [] },
  ],
];

describe('headline', () => {
  it.each(CASES)('%s', (_, input, expected) => {
    const { document, departments } = extract(input);
    expect({ title: document.title, subtitle: document.subtitle, kicker: document.kicker }).toEqual({
      title: expected.title,
      subtitle: expected.subtitle,
      kicker: expected.kicker,
    });
    expect(document.lead).toBe(expected.lead);
    expect(departments.map((d) => d.name)).toEqual(expected.departments);
    if (expected.lastText !== undefined) expect(departments.at(-1)?.text).toBe(expected.lastText);
  });
});
