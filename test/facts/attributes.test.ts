import { describe, expect, it } from 'vitest';
import { factsOf, onlyFact } from '../helpers/facts.js';

describe('rate words (per)', () => {
  it.each([
    ['每日保证肉类库存80吨', 'day'],
    ['每天为一线人员配送盒饭2800余份', 'day'],
    ['日均清运生活垃圾467吨', 'day'],
    ['每周开展培训3次', 'week'],
    ['每月发放补贴500元', 'month'],
    ['年均增长8%', 'year'],
    ['组织5家保供商超', null],
  ])('%s → per %s', (text, per) => expect(onlyFact(text).per).toBe(per));

  it('distributes over a list: 每日…80吨、蔬菜400吨、蛋类45吨', () => {
    const facts = factsOf('组织5家保供商超每日保证肉类库存80吨、蔬菜400吨、蛋类45吨，满足需要。');
    expect(facts.map((f) => [f.raw, f.per, f.subject])).toEqual([
      ['5家', null, '保供商超'],
      ['80吨', 'day', '肉类库存'],
      ['400吨', 'day', '蔬菜'],
      ['45吨', 'day', '蛋类'],
    ]);
  });

  it('stops at the end of the clause', () => {
    const [a, b] = factsOf('每天安排专人巡查近百个工地，另有30名干部值守。');
    expect([a?.per, b?.per]).toEqual(['day', null]);
  });
});

describe('total words', () => {
  it.each([
    ['共接听咨询电话400余次', true],
    ['各执法大队共计150余人取消休假', true],
    ['累计拨付资金468万元', true],
    ['合计发放物资3000件', true],
    ['先后共开展办税服务820余次', true],
    ['发挥共产党员先锋作用，30名党员参与', false],
    ['与群众共渡难关的30名干部', false],
    ['办理业务60余项', false],
  ])('%s → total %s', (text, total) => expect(onlyFact(text).total).toBe(total));

  it('distributes over a list but not past the clause', () => {
    const facts = factsOf('先后共查验车辆5000余辆、货车300辆，劝返车辆37辆。');
    expect(facts.map((f) => f.total)).toEqual([true, true, false]);
  });
});

describe('subjects', () => {
  it.each([
    ['21名党员干部在区疫情防控指挥部值班值守', '党员干部'],
    ['第一时间组织9名能力强、有担当、善作为的干部下沉柳行街道', '干部'],
    ['集团175人的应急备勤人员', '应急备勤人员'],
    ['收集解决企业生产生活诉求12条。', '企业生产生活诉求'],
    ['劝返车辆37辆，', '劝返车辆'],
    ['各执法大队共计150余人取消休假', '执法大队'],
    ['带动脱贫户3260户稳定增收', '带动脱贫户'],
    ['下沉干部24小时坚守岗位', '坚守岗位'],
    ['确保资金在48小时内拨付到位', '拨付到位'],
    ['共查处超员、酒驾等交通违法行为423起', '交通违法行为'],
    ['全区规上工业企业达到1,800家', '全区规上工业企业'],
    ['每天为机关配送盒饭2800余份', '盒饭'],
    ['规上工业增加值　　125.6亿元', '规上工业增加值'], // a table flattened into text
    ['拟提交提案：46件', '拟提交提案'], // a label and its colon
    ['平乐古镇接待游客 6.12万人次', '游客'], // a copy's blank before the number
    ['昨天全省监测134家', '全省监测'], // a leading time word
    ['其中玉龙雪山接待9805人', '玉龙雪山接待'],
    ['直播观看量已超11亿人次', '直播观看量'], // an adverb before the number
    ['用电负荷934万千瓦创新高', '用电负荷'], // a predicate after the measure word
    ['用水量130万吨同比增长', '用水量'],
    ['覆盖7000余家企业的', '企业'], // the 的 that ends a clause cut short
  ])('%s → %s', (text, subject) => expect(onlyFact(text).subject).toBe(subject));

  it.each([
    ['其中2家被责令停产整顿'], // nothing but a linking word before the number
    ['共1 250 000元'], // nothing but a total word
  ])('%s → no subject', (text) => expect(onlyFact(text).subject).toBeNull());

  it('a list item that names nothing counts what the item before it counts; one that names its own keeps it', () => {
    expect(factsOf('黄山、天柱山分别接待游客5万人次、3万人次和3.7万人次').map((f) => [f.raw, f.subject])).toEqual([
      ['5万人次', '游客'],
      ['3万人次', '游客'],
      ['3.7万人次', '游客'],
    ]);
    expect(factsOf('每日保证肉类库存80吨、蔬菜400吨').map((f) => f.subject)).toEqual(['肉类库存', '蔬菜']);
    expect(factsOf('2022年全区新增企业300家').map((f) => f.subject)).toEqual(['企业']); // not 年全区…
  });

  it('cuts the subject from the source script', () => {
    expect(onlyFact('合共處理緊急召喚2,350宗').subject).toBe('緊急召喚');
  });
});

describe('confidence', () => {
  it('ranks digits with a specific measure word above a lone 一 and an inferred unit', () => {
    const digits = onlyFact('组织21名党员干部下沉').confidence;
    const one = onlyFact('组建一支突击队').confidence;
    const inferred = factsOf('产量1.2亿吨，其中小麦2000万。')[1]?.confidence ?? 1;
    expect(digits).toBeGreaterThan(one);
    expect(digits).toBeGreaterThan(inferred);
    expect(digits).toBeGreaterThanOrEqual(0.9);
  });
});
