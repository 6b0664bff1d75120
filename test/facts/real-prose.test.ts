/**
 * Facts as real prose writes them (issue 14), kind by kind: each table of quantities read (raw, span,
 * category, value, max, unit, qualifier) stands beside a table of look-alikes that yield no fact, or only
 * the facts listed.
 */
import { describe, expect, it } from 'vitest';
import { factsOf, onlyFact } from '../helpers/facts.js';

// [text, raw, category, value, max, unit, qualifier]
type Row = [string, string, string, number, number | null, string, string];
// [text, the raws of the facts it does yield]
type Negative = [string, string[]];

function positives(rows: Row[]): void {
  it.each(rows)('%s → %s', (text, raw, category, value, max, unit, qualifier) => {
    const f = onlyFact(text);
    expect({ raw: f.raw, category: f.category, value: f.value, max: f.max, unit: f.unit, qualifier: f.qualifier }).toEqual({ raw, category, value, max, unit, qualifier });
    expect(text.slice(f.span.start, f.span.end)).toBe(raw);
  });
}

function negatives(rows: Negative[]): void {
  it.each(rows)('not a fact: %s', (text, kept) => {
    expect(factsOf(text).map((f) => f.raw)).toEqual(kept);
  });
}

describe('a qualifier after the measure word, or a verb before the number', () => {
  positives([
    ['投资500万元以上', '500万元以上', 'funds', 5_000_000, null, 'CNY', 'over'],
    ['储备物资1000吨以上', '1000吨以上', 'tonnage', 1000, null, 't', 'over'],
    ['交易额突破5000亿元', '突破5000亿元', 'funds', 500_000_000_000, null, 'CNY', 'over'],
    ['参与群众超万人', '超万人', 'personnel', 10_000, null, 'person', 'over'],
    ['累计投资过亿元', '过亿元', 'funds', 100_000_000, null, 'CNY', 'over'],
    ['游客破万人', '破万人', 'personnel', 10_000, null, 'person', 'over'],
  ]);
  negatives([
    ['找准突破口', []],
    ['通过5年努力', ['5年']], // 过 qualifies only a bare multiplier: 5年 stays exact
    ['亿元以上项目加快推进', []], // a class of projects
  ]);
  it('通过5年 stays exact', () => expect(onlyFact('通过5年努力').qualifier).toBe('exact'));
});

describe('a bare 万, 亿, 百 as the number', () => {
  positives([
    ['吸引万人参与', '万人', 'personnel', 10_000, null, 'person', 'exact'],
    ['直播观看量超百万次', '超百万次', 'count', 1_000_000, null, '次', 'over'],
    ['纳入全省监测的百家旅游景区', '百家', 'count', 100, null, '家', 'exact'],
    ['投入资金亿元', '亿元', 'funds', 100_000_000, null, 'CNY', 'exact'],
    ['共有上万名群众', '上万名', 'personnel', 10_000, null, 'person', 'over'],
    ['吸引数万人', '数万人', 'personnel', 10_000, null, 'person', 'over'],
    ['吸引成千上万人', '成千上万人', 'personnel', 10_000, null, 'person', 'over'],
  ]);
  negatives([
    ['万人空巷', []],
    ['百年大计', []],
    ['千万点赞', []], // no measure word
    ['建设万吨级码头', []],
    ['每万人拥有公共图书馆建筑面积136.6平方米', ['136.6平方米']], // the denominator of a rate
    ['每千名老年人拥有养老床位34张', ['34张']],
    ['走进千家万户', []],
  ]);
});

describe('measure words of trains, ships, households, truckloads and kinds', () => {
  positives([
    ['加开3列火车', '3列', 'count', 3, null, '列', 'exact'],
    ['增开临客20趟', '20趟', 'count', 20, null, '趟', 'exact'],
    ['调集5艘渔船', '5艘', 'count', 5, null, '艘', 'exact'],
    ['帮扶困难户20户', '20户', 'count', 20, null, '户', 'exact'],
    ['幫扶困難戶20戶', '20戶', 'count', 20, null, '户', 'exact'],
    ['转移群众一家5口', '5口', 'personnel', 5, null, 'person', 'exact'],
    ['打3口井', '3口', 'count', 3, null, '口', 'exact'],
    ['运送物资20车', '20车', 'count', 20, null, '车', 'exact'],
    ['以调、判两种方式', '两种', 'count', 2, null, '种', 'exact'],
    ['饲养蛋鸡10万羽', '10万羽', 'count', 100_000, null, '羽', 'exact'],
    ['投放鱼苗20万尾', '20万尾', 'count', 200_000, null, '尾', 'exact'],
    ['安装路灯200盏', '200盏', 'count', 200, null, '盏', 'exact'],
    ['储备检测试剂5万人份', '5万人份', 'count', 50_000, null, '人份', 'exact'],
    ['我们家兄弟姐妹八个', '八个', 'personnel', 8, null, 'person', 'exact'],
  ]);
  negatives([
    ['佩戴口罩', []],
    ['拓宽为2车道', []],
    ['开放3口岸', []],
    ['新购电脑20台', ['20台']], // a count, not vehicles
    ['三门峡市', []],
    ['三口之家', []],
    ['活动接近尾声', []],
  ]);
});

describe('signs and temperatures', () => {
  positives([
    ['最低气温-15℃', '-15℃', 'measure', -15, null, '°C', 'exact'],
    ['最低气温零下10℃', '零下10℃', 'measure', -10, null, '°C', 'exact'],
    ['气温降至−5℃', '−5℃', 'measure', -5, null, '°C', 'exact'],
    ['气温-3.5℃至2℃', '-3.5℃至2℃', 'measure', -3.5, 2, '°C', 'exact'],
    ['气温-5℃至-1℃', '-5℃至-1℃', 'measure', -5, -1, '°C', 'exact'],
    ['气温零下5至3摄氏度', '零下5至3摄氏度', 'measure', -5, 3, '°C', 'exact'],
    ['气温15-28℃', '15-28℃', 'measure', 15, 28, '°C', 'exact'], // a dash after a digit is no sign
    ['最低温降至零下41.9度', '零下41.9度', 'measure', -41.9, null, '°C', 'exact'], // 度 is a temperature after 零下
    ['最低氣溫零下7攝氏度', '零下7攝氏度', 'measure', -7, null, '°C', 'exact'], // Traditional 攝氏度
  ]);
  negatives([
    ['减少-5人', ['5人']], // a sign belongs only to a signed unit
    ['用电1000度', []], // 度 without a sign: electricity or an angle
    ['转了30度', []],
    ['1-8月', []],
  ]);
});

describe('blanks inside a number, as PDF and web copies write them', () => {
  positives([
    ['组织300 余人', '300 余人', 'personnel', 300, null, 'person', 'over'],
    ['参与群众3 000人', '3 000人', 'personnel', 3000, null, 'person', 'exact'],
    ['投入资金1 . 5亿元', '1 . 5亿元', 'funds', 150_000_000, null, 'CNY', 'exact'],
    ['投入资金1 .5亿元', '1 .5亿元', 'funds', 150_000_000, null, 'CNY', 'exact'],
    ['拨付1 250 000元', '1 250 000元', 'funds', 1_250_000, null, 'CNY', 'exact'],
    ['拨付资金1 500 万元', '1 500 万元', 'funds', 15_000_000, null, 'CNY', 'exact'],
    ['参与群众3\u00a0000人', '3\u00a0000人', 'personnel', 3000, null, 'person', 'exact'],
    ['参与群众约 300 人', '300 人', 'personnel', 300, null, 'person', 'about'], // a blank between the words too
    ['超过 50 家', '50 家', 'count', 50, null, '家', 'over'],
    ['投资3 000 万元', '3 000 万元', 'funds', 30_000_000, null, 'CNY', 'exact'],
  ]);
  negatives([
    ['序号7 2人', ['2人']], // two numbers that a blank separates are never joined
    ['2022 100人', ['100人']], // four digits before the blank: no group of three
    ['12345 678人', ['678人']],
    ['1. 500余人参加', ['500余人']], // a list number, its point and a blank
    ['位列第 3 名', []], // an ordinal, a blank between
    ['排名前 10 位', []],
    ['近 5 年', []],
  ]);
});

describe('numerals that are ordinals, ranks, sessions or names without 第', () => {
  positives([
    ['召开3次会议', '3次', 'count', 3, null, '次', 'exact'],
    ['提前3天完成', '3天', 'duration', 3, null, 'day', 'exact'],
    ['目前30人在岗', '30人', 'personnel', 30, null, 'person', 'exact'],
  ]);
  negatives([
    ['十四届全国人大二次会议', []],
    ['全国政协十三届二次全会', []],
    ['二届三次全会', []],
    ['排名前10位', []],
    ['位列前三名', []],
    ['春节假期前六天', []],
    ['前4天累计接待13.91万人', ['13.91万人']],
    ['编制五年规划', []],
    ['“十四五”时期', []],
    ['两年行动计划', []],
  ]);
});

describe('figures of speech and articles; references, anniversaries and the indefinite 几', () => {
  positives([
    ['新建一座桥', '一座', 'count', 1, null, '座', 'exact'],
    ['成立一个专班', '一个', 'count', 1, null, '个', 'exact'],
    ['成立了一个专班', '一个', 'count', 1, null, '个', 'exact'],
    ['发生一起交通事故', '一起', 'count', 1, null, '起', 'exact'],
    ['发现隐患一处，已整改', '一处', 'count', 1, null, '处', 'exact'], // after the noun, at the clause end
    ['专项行动为期一个月', '一个月', 'duration', 1, null, 'month', 'exact'],
    ['招收十几位毕业生', '十几位', 'personnel', 10, null, 'person', 'over'],
    ['在最高人民法院工作37年', '37年', 'duration', 37, null, 'year', 'exact'],
    ['成立两个专班', '两个', 'count', 2, null, '个', 'exact'],
    ['组织百名干部', '百名', 'personnel', 100, null, 'person', 'exact'],
    ['覆盖三个不同地区', '三个', 'count', 3, null, '个', 'exact'],
    ['历时近3个月', '近3个月', 'duration', 3, null, 'month', 'nearly'],
    ['将近3个月', '将近3个月', 'duration', 3, null, 'month', 'nearly'],
    ['未来三年', '三年', 'duration', 3, null, 'year', 'exact'], // a span ahead that a plan reports
  ]);
  negatives([
    ['培养一批干部', []],
    ['打造一批精品线路', []], // 一批 is vague even after a verb of making
    ['采用一种方式', []],
    ['落实两个确保', []], // a numeral, 个 and a verb: a slogan
    ['坚持四个坚持', []],
    ['开展百名干部进万家活动', []], // two bare round numbers: a campaign's name
    ['千名党员联万户', []],
    ['新建一个个便民站点', []], // one after another
    ['办好一件件实事', []],
    ['日子一天天好起来', []],
    ['一年一度的庙会', []],
    ['一年四季', []],
    ['一项重要任务', []],
    ['出台一揽子政策', []],
    ['亲如一家人', []],
    ['一年来', []],
    ['一年多来', []],
    ['我是一名法官', []],
    ['我们是一支朝气蓬勃的队伍', []],
    ['产出了一批批案例', []],
    ['几十位乡亲', []],
    ['几百篇提案素材', []],
    ['5年前', []],
    ['近三年', []],
    ['近5年，全市累计投入资金3亿元', ['3亿元']],
    ['3天后恢复', []],
    ['新中国成立70年来', []],
    ['最高人民法院走过的这70年', []],
    ['过去一年，全区上下', []],
    ['获得人民法院工作三十年“荣誉天平奖章”的干警们', []], // the name of an award
    ['颁发从警30年荣誉纪念章', []],
    ['庆祝建院70周年。七十年的历史告诉我们，三十年的法院情怀', ['三十年']], // the anniversary, and a span that is reported
  ]);
});

describe('a number in a heading of the 单位：小标题 kind is recognised', () => {
  it('reads the heading line and the body alike', () => {
    const text = ['全市各部门助力防汛工作', '', '区应急局：转移群众1200人', '区应急局组织力量转移安置受灾群众，出动车辆30辆。', ''].join('\n');
    const facts = factsOf(text);
    expect(facts.map((f) => f.raw)).toEqual(['1200人', '30辆']);
    for (const f of facts) expect(text.slice(f.span.start, f.span.end)).toBe(f.raw);
  });
});
