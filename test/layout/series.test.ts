/**
 * The shapes real round-ups head their blocks with (issue: "Department blocks as real round-ups head them"),
 * each positive beside the negative of the same shape. The documents are made up; the shapes are the ones the
 * real documents of fixtures/real/ use. Expected names are written by hand: the unit as printed.
 */
import { describe, expect, it } from 'vitest';
import { extract, extractWithTrace } from '../../src/index.js';
import { dedent } from '../helpers/dedent.js';

const names = (text: string): string[] => extract(text).departments.map((d) => d.name);

/** [shape, document, departments] */
const SHAPES: Array<[string, string, string[]]> = [
  // 1. A place is the unit.
  [
    'provinces, run-in',
    dedent`
      河南：多措并举保障秋粮收购，全省已收购秋粮120万吨。

      四川：开设收购网点300个，收购进度过半。
    `,
    ['河南', '四川'],
  ],
  [
    'a lone place and colon in prose is not a series',
    dedent`
      今年以来，各地秋粮收购平稳有序，收购量同比增长。

      河南：多措并举保障秋粮收购，全省已收购秋粮120万吨。

      下一步，相关部门将继续做好收购工作，确保农民售粮顺畅。
    `,
    [],
  ],
  [
    'district short forms (鼓楼 names districts of four cities) confirmed by the series',
    dedent`
      鼓楼：织密社区防控网，排查重点人员1200人。

      台江：组织志愿者300名下沉社区。

      仓山：设立核酸采样点45个。
    `,
    ['鼓楼', '台江', '仓山'],
  ],
  [
    'two ambiguous short forms alone are not enough',
    dedent`
      鼓楼：织密社区防控网，排查重点人员1200人。

      城区：组织志愿者300名下沉社区。
    `,
    [],
  ],
  [
    'a parent and a place, and Traditional place names as written',
    dedent`
      甘肅天水：開放景區52個，接待遊客85萬人次。

      甘肅隴南：接待遊客41萬人次。

      新界北：設立臨時避寒中心5個。
    `,
    ['甘肅天水', '甘肅隴南', '新界北'],
  ],
  [
    'a place line with a colon, then a sub-headline, then the body',
    dedent`
      山东：
      假期前六日重点景区游客超1800万人次

      截至昨天15时，全省重点监测的200家旅游景区累计接待游客1878.7万人次。

      浙江：
      昨日温州台州等景区游客较多

      记者了解到，浙江省全域旅游接待游客1664.6万人次。
    `,
    ['山东', '浙江'],
  ],
  // 2. `单位：小标题` on a line of its own, the unit a company, a hospital or a bureau.
  [
    'companies as units, heading line then paragraphs',
    dedent`
      胜利油田：稳产保供不停歇

      油田组织技术人员200余名驻守一线，日产原油6.2万吨。

      某某钢铁集团：复工复产按下快进键

      集团已有18条产线恢复生产。
    `,
    ['胜利油田', '某某钢铁集团'],
  ],
  [
    'a source line and a colon is not a unit',
    dedent`
      记者从市商务局获悉：

      全市已有18家商场恢复营业，日均客流3万人次。

      据了解：

      另有12家超市延长营业时间。
    `,
    [],
  ],
  // 3. A unit, a blank, then the body on the same line.
  [
    'unit then space then body',
    dedent`
      区应急管理局 连日来，组织检查组8个，排查隐患120处。

      县交通运输局 入汛以来，出动巡查车辆56辆次，清理塌方3处。
    `,
    ['区应急管理局', '县交通运输局'],
  ],
  [
    'a unit and a blank inside a sentence is no heading',
    dedent`
      1月23日，中国建筑 中建装饰近百名施工人员集结在项目现场，48小时内完成改造。

      1月26日，由中国建筑 中建七局牵头建设隔离病房，进场工人821名。
    `,
    [],
  ],
  // 4. Speakers.
  [
    'a topic line, then unit + office, blanks and the speaker',
    dedent`
      以改革促发展
      江苏省政协主席  张某某

      今年我们围绕高质量发展开展调研12次，形成报告5份。

      让法治成为信仰
      浙江省高级人民法院党组副书记、副院长  李某某

      全省法院全年审结案件80万件。
    `,
    ['江苏省政协', '浙江省高级人民法院'],
  ],
  [
    'unit + office + name, a colon and a sub-headline on one line',
    dedent`
      商务部部长王某某：稳外贸稳外资取得新成效

      我们将出台政策措施12条，支持外贸企业稳订单。

      财政部部长刘某某：落实好结构性减税降费政策

      全年新增减税降费超过2万亿元。
    `,
    ['商务部', '财政部'],
  ],
  [
    'a person quoted after a colon is not a speaker heading',
    dedent`
      村党支部书记李明：以前，村里的路一到雨天就没法走，现在修了3公里水泥路。

      市民王女士：以前办证要跑好几趟，现在1次就办好了。
    `,
    [],
  ],
  // 5. A unit or sector on its own line with no suffix the unit table knows.
  [
    'sectors and companies without a unit suffix, and a county spaced out',
    dedent`
      燃气部门

      组织巡检人员120名，排查燃气管线35公里。

      临沂阳光热力

      启动供热设备检修，完成换热站检修46座。

      城  区

      开展安全巡查，检查企业18家。
    `,
    ['燃气部门', '临沂阳光热力', '城  区'],
  ],
  [
    'topic headings on their own lines are not units',
    dedent`
      就业创业扎实有效

      上半年城镇新增就业5200人，发放创业担保贷款1.2亿元。

      养老服务能力提升

      新建社区养老服务站12个，新增床位300张。
    `,
    [],
  ],
  // 6. Numbered and bracketed run-ins.
  [
    'numbered and bracketed run-ins',
    dedent`
      1. 市教育局：排查校舍230栋，整改隐患45处。

      [市卫健委]组建医疗队12支，派出医护人员150名。

      （二）市场监管局：检查食品经营单位860家。
    `,
    ['市教育局', '市卫健委', '市场监管局'],
  ],
  [
    'numbered topic headings and a bracketed page title are not units',
    dedent`
      【基层动态】

      一、强化组织领导

      成立工作专班3个，召开调度会12次。

      二、压实工作责任

      签订责任书150份。
    `,
    [],
  ],
  // 7. Headings that a copy ran together.
  [
    'run-ins after a sentence end in a paragraph that lost its breaks',
    dedent`
      四川：全省接待游客633.77万人次，门票收入2.04亿元。 云南：全省接待游客597.4万人次，同比增长16.5%。 新疆生产建设兵团：兵团辖区接待游客42.2万人次。
    `,
    ['四川', '云南', '新疆生产建设兵团'],
  ],
  [
    'sector labels after a sentence end are topics, and a lone mid-line place is not a series',
    dedent`
      截至10月27日，全县共检查企业320家。煤矿方面：检查煤矿12处，排查隐患56条。消防安全方面：检查场所210处。各地按照要求落实责任。河南：已收购秋粮120万吨。
    `,
    [],
  ],
  // 8. Kickers: the short line above each heading is the block's, and so are its figures.
  [
    'a kicker line with the key figure above each unit heading',
    dedent`
      高温考验津城 各部门积极应对

      受高温天气影响，全市各部门纷纷采取措施积极应对。

      用电负荷934万千瓦创新高

      电力部门：全天候服务保供电

      近日持续高温，全市用电负荷大幅攀升。

      用水量超130万吨

      自来水集团：多项举措保供水

      供水管网巡查人员增加至300人。
    `,
    ['电力部门', '自来水集团'],
  ],
];

describe('heading shapes of real round-ups, positives beside negatives', () => {
  it.each(SHAPES)('%s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('figures in a kicker or a sub-headline are the block’s', () => {
  it('puts 934万千瓦 of the kicker and 1800万人次 of the sub-headline in their blocks', () => {
    const kicker = extract((SHAPES.find(([shape]) => shape.startsWith('a kicker')) as [string, string, string[]])[1]);
    expect(kicker.facts.filter((f) => f.raw === '934万千瓦').map((f) => f.department)).toEqual(['电力部门']);
    expect(kicker.facts.filter((f) => f.raw === '超130万吨').map((f) => f.department)).toEqual(['自来水集团']);
    const placeLine = extract((SHAPES.find(([shape]) => shape.startsWith('a place line')) as [string, string, string[]])[1]);
    expect(placeLine.facts.filter((f) => f.raw === '超1800万人次').map((f) => f.department)).toEqual(['山东']);
  });
});

describe('a short line above a heading', () => {
  it('without a figure (a photo caption) stays in the block before', () => {
    const report = extract(dedent`
      河南：已收购秋粮120万吨。

      图为工作人员检查粮食质量

      四川：开设收购网点300个。

      图为农民排队售粮

      湖北：收购秋粮80万吨。
    `);
    expect(report.departments.map((d) => [d.name, d.text])).toEqual([
      ['河南', '已收购秋粮120万吨。\n图为工作人员检查粮食质量'],
      ['四川', '开设收购网点300个。\n图为农民排队售粮'],
      ['湖北', '收购秋粮80万吨。'],
    ]);
  });

  it('topic headlines that end like a sector (强化科技, 扩大有效投资) are no units', () => {
    expect(names(dedent`
      强化科技

      全年投入研发资金3.2亿元。

      扩大有效投资

      新开工项目120个。
    `)).toEqual([]);
  });
});

describe('the trace says which series was chosen and why others were not', () => {
  it('names the chosen series and the candidates left out', () => {
    const text = dedent`
      河南：已收购秋粮120万吨。

      四川：开设收购网点300个。

      燃气部门

      组织巡检人员120名。
    `;
    const { headingNotes } = extractWithTrace(text);
    expect(headingNotes).toEqual([
      'chose the run-in series of 2: 河南, 四川',
      'left out the bare candidates 燃气部门: a lone heading is not a series',
    ]);
  });
});
