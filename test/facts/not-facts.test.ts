/** SPEC.md §3 "Not facts": each of these texts yields no fact, and a neighbouring real quantity still does. */
import { describe, expect, it } from 'vitest';
import { extractWithTrace } from '../../src/index.js';
import { factsOf } from '../helpers/facts.js';

const NOT_FACTS: Array<[string, string]> = [
  ['date', '9月2日，市、区疫情防控工作会议召开'],
  ['date range', '在1-8月累计拨付疫情防控资金的基础上'],
  ['month', '9月份又筹集拨付'],
  ['day and hour', '12日6时起实行管控'],
  ['year', '2022年全区经济运行平稳'],
  ['year in Chinese', '二〇二二年工作总结'],
  ['year range', '2023—2024年冬季运行保障'],
  ['document number', '根据〔2022〕5号文件精神'],
  ['ordinal', '第一时间组织下沉'],
  ['ordinal with measure word', '第3批物资已到位'],
  ['phase', '冷链物流基地建设项目（一期）办理了许可'],
  ['phase noun', '二期工程进展顺利'],
  ['class label', '二级响应'],
  ['class label with unit', '建设千万吨级炼化基地'],
  ['class', '垃圾分为五大类'],
  ['level', '市县两级联动'],
  ['bare noun', '5省份协同，七地市联动'],
  ['name', '下沉置城八号公馆'],
  ['name with digits', '喷洒84消毒液'],
  ['hotline', '拨打12345热线'],
  ['slogan', '做好疫情防控期间“三服务”工作'],
  ['four-character slogan', '采取“四不两直”方式'],
  ['slogan list', '严格落实“五必须、五严禁”'],
  ['idiom', '发现一起、查处一起、通报一起'],
  ['together', '大家一起维持现场秩序'],
  ['front line', '奔赴下沉一线'],
  ['one key', '实现“一键切换”'],
  ['last kilometre', '打通服务最后“一公里”'],
  ['last kilometre, unquoted', '打通最后一公里'],
  ['one wall', '筑起了一面流动“防疫墙”'],
  ['one heart', '全局干部团结一心'],
  ['not a single person', '检测不漏一人'],
  ['not a single household', '确保不漏一点，不落一户'],
  ['unified', '统一处理'],
  ['new round', '新一轮疫情发生后'],
  ['one-off', '一次性告知'],
  ['numeral pair idiom', '走进千家万户'],
  ['numeral pair idiom, digits elsewhere', '三番五次催促'],
  ['one per', '建立一人一档'],
  ['slogan with 个', '严格落实“四个不摘”要求'],
  ['bare multiplier', '亿元以上项目加快推进'],
  ['time of day', '每天8时至18时开放'],
  ['code', '5G基站建设'],
  ['policy circle', '打造15分钟养老服务圈'],
];

describe('not facts', () => {
  it.each(NOT_FACTS)('%s: %s', (_kind, text) => {
    expect(factsOf(text).map((f) => f.raw)).toEqual([]);
  });

  it('keeps the real quantity beside a non-fact', () => {
    expect(factsOf('9月2日，组织24名党员干部第一时间下沉一线').map((f) => f.raw)).toEqual(['24名']);
    expect(factsOf('成立3个疫情监督检查组，采取“四不两直”方式').map((f) => f.raw)).toEqual(['3个']);
  });

  it('says why each candidate was dropped', () => {
    const { trace } = extractWithTrace('9月2日起，检测不漏一人，第3批物资到位');
    expect(trace.map((d) => [d.raw, d.reason.split(':')[0]])).toEqual([
      ['2日', 'date'],
      ['一人', 'expression'],
      ['3批', 'ordinal'],
    ]);
  });
});
