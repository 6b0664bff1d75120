import { describe, expect, it } from 'vitest';
import { factsOf, onlyFact } from '../helpers/facts.js';

// [text, raw, category, value, max, unit, qualifier]
const QUANTITIES: Array<[string, string, string, number, number | null, string, string]> = [
  ['组织21名党员干部下沉社区', '21名', 'personnel', 21, null, 'person', 'exact'],
  ['集团175人的应急备勤人员', '175人', 'personnel', 175, null, 'person', 'exact'],
  ['选派２１名干部', '２１名', 'personnel', 21, null, 'person', 'exact'],
  ['划拨210万元党费', '210万元', 'funds', 2_100_000, null, 'CNY', 'exact'],
  ['預留9261 萬元', '9261 萬元', 'funds', 92_610_000, null, 'CNY', 'exact'],
  ['投入资金1.5亿元', '1.5亿元', 'funds', 150_000_000, null, 'CNY', 'exact'],
  ['资助一万二千元', '一万二千元', 'funds', 12_000, null, 'CNY', 'exact'],
  ['协调物资保供车辆70余辆', '70余辆', 'vehicles', 70, null, 'vehicle', 'over'],
  ['对近百个在建工地进行巡查', '近百个', 'count', 100, null, '个', 'nearly'],
  ['组织百余名党员', '百余名', 'personnel', 100, null, 'person', 'over'],
  ['上百家企业复工', '上百家', 'count', 100, null, '家', 'over'],
  ['约3000人参加', '约3000人', 'personnel', 3000, null, 'person', 'about'],
  ['参加人数3000人左右', '3000人左右', 'personnel', 3000, null, 'person', 'about'],
  ['超过50家企业', '超过50家', 'count', 50, null, '家', 'over'],
  ['逾200家商户', '逾200家', 'count', 200, null, '家', 'over'],
  ['覆盖1,800家餐饮单位', '1,800家', 'count', 1800, null, '家', 'exact'],
  ['回收500公斤', '500公斤', 'tonnage', 0.5, null, 't', 'exact'],
  ['储备大米2万斤', '2万斤', 'tonnage', 10, null, 't', 'exact'],
  ['清运生活垃圾467噸', '467噸', 'tonnage', 467, null, 't', 'exact'],
  ['服务群众1.2万人次', '1.2万人次', 'count', 12_000, null, '人次', 'exact'],
  ['运送旅客300车次', '300车次', 'count', 300, null, '车次', 'exact'],
  ['筹备紧缺物资200件（套）', '200件（套）', 'count', 200, null, '件', 'exact'],
  ['坚持24小时值守', '24小时', 'duration', 24, null, 'h', 'exact'],
  ['专项行动持续3个月', '3个月', 'duration', 3, null, 'month', 'exact'],
  ['做到100%无害化处理', '100%', 'percent', 100, null, '%', 'exact'],
  ['同比增长12.3％', '12.3％', 'percent', 12.3, null, '%', 'exact'],
  ['整改率达到百分之九十五', '百分之九十五', 'percent', 95, null, '%', 'exact'],
  ['治理农田1200亩', '1200亩', 'measure', 1200, null, 'mu', 'exact'],
  ['修复道路3.5公里', '3.5公里', 'measure', 3.5, null, 'km', 'exact'],
  ['每组1到3人', '1到3人', 'personnel', 1, 3, 'person', 'exact'],
  ['抽调5至10名干部', '5至10名', 'personnel', 5, 10, 'person', 'exact'],
  ['每班15-28人', '15-28人', 'personnel', 15, 28, 'person', 'exact'],
  ['派出两三名干部', '两三名', 'personnel', 2, 3, 'person', 'exact'],
  ['补助3至5万元', '3至5万元', 'funds', 30_000, 50_000, 'CNY', 'exact'],
  ['发生一起交通事故', '一起', 'count', 1, null, '起', 'exact'],
  ['铲雪车20台', '20台', 'vehicles', 20, null, 'vehicle', 'exact'],
  ['新购电脑20台', '20台', 'count', 20, null, '台', 'exact'],
  ['组织抢修队伍18支、', '18支', 'count', 18, null, '支', 'exact'], // 伍 of 队伍 is not a numeral here
  ['陆续3批', '3批', 'count', 3, null, '批', 'exact'],
  ['力争增长8%—10%', '8%—10%', 'percent', 8, 10, '%', 'exact'],
  ['为期3天至5天', '3天至5天', 'duration', 3, 5, 'day', 'exact'],
  ['每月陪护探访不少于1次', '不少于1次', 'count', 1, null, '次', 'over'],
  ['出入境人次逾2,100万', '逾2,100万', 'count', 21_000_000, null, '人次', 'over'], // the unit is the noun before
  ['敬老金9,000澳门元', '9,000澳门元', 'funds', 9000, null, 'MOP', 'exact'],
];

describe('quantities', () => {
  it.each(QUANTITIES)('%s → %s', (text, raw, category, value, max, unit, qualifier) => {
    const f = onlyFact(text);
    expect({ raw: f.raw, category: f.category, value: f.value, max: f.max, unit: f.unit, qualifier: f.qualifier }).toEqual({ raw, category, value, max, unit, qualifier });
    expect(text.slice(f.span.start, f.span.end)).toBe(raw);
  });

  it('reads the measure word as written, with its multiplier', () => {
    expect(onlyFact('划拨210万元党费').measureWord).toBe('万元');
    expect(onlyFact('筹备物资200件（套）').measureWord).toBe('件（套）');
    expect(onlyFact('约3000人左右').measureWord).toBe('人');
  });

  it('takes the first of two qualifiers: 约4.5万余人 is about', () => {
    const f = onlyFact('参与约4.5万余人');
    expect([f.value, f.qualifier]).toEqual([45_000, 'about']);
  });

  it('gives an elided unit from earlier in the sentence, and money words make yuan', () => {
    const [total, wheat] = factsOf('全年粮食产量1.2亿吨，其中小麦2000万。');
    expect(wheat).toMatchObject({ category: 'tonnage', value: 20_000_000, unit: 't', raw: '2000万' });
    expect(total).toMatchObject({ value: 120_000_000 });
    expect(onlyFact('完成投资3000万')).toMatchObject({ category: 'funds', value: 30_000_000 });
    expect(factsOf('增加了3000万')).toEqual([]); // nothing says what
  });

  it('keeps a number broken by a line wrap, with raw joined and the span over the break', () => {
    const text = '各执法大队严格落实24\n小时值班值守制度。';
    const f = onlyFact(text);
    expect(f.raw).toBe('24小时');
    expect(text.slice(f.span.start, f.span.end)).toBe('24\n小时');
    expect(f.line).toBe(1);
  });
});
