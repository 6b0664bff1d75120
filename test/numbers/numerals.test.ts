import { describe, expect, it } from 'vitest';
import { NUMERAL_RUN, parseNumber, parseQuantity, type Quantity } from '../../src/numbers/numerals.js';

/** Relative tolerance: `三分之一` and `4.78万亿` are floating point. */
const close = (actual: number | null, expected: number | null): void => {
  if (expected === null) return expect(actual).toBeNull();
  expect(actual).not.toBeNull();
  expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
};

const NUMBERS: Array<[string, number | null]> = [
  // Arabic, half- and full-width, separators, decimals
  ['21', 21], ['２１', 21], ['1,800', 1800], ['1，800', 1800], ['1,050,000', 1050000], ['1.5', 1.5], ['１．５', 1.5],
  ['.5', 0.5], ['2e5', 200000], ['2^5', 32], ['40k', 40000],
  ['1,80', null], ['1,8000', null], ['12345,678', null], ['1..2', null], ['1.', null], ['1 2', null], ['1,', null],
  // Arabic with Chinese multipliers
  ['1.2万', 12000], ['3千', 3000], ['210万', 2100000], ['1.5亿', 150000000], ['5億1萬4千6百', 500014600],
  ['3万4000', 34000], ['1千零1', 1001], ['1,100.9亿', 110090000000], ['1万2', 12000], ['4.78万亿', 4.78e12],
  ['1万万', 1e8], ['万亿', 1e12],
  // Chinese numerals
  ['十', 10], ['十五', 15], ['一百', 100], ['两千', 2000], ['兩萬', 20000], ['十万八千', 108000], ['零', 0], ['〇', 0],
  ['三千零五', 3005], ['一千零一十', 1010], ['一亿零一', 100000001], ['一千〇五', 1005], ['零十', 10],
  ['一万二', 12000], ['三千五', 3500], ['两百五', 250], ['九十二万四', 924000], ['百三', 130],
  ['二〇二二', 2022], ['二○二二', 2022], ['一二三', 123], ['廿五', 25], ['卅', 30], ['半百', 50],
  ['四万万', 4e8], ['一万五千亿', 1.5e12], ['五兆六十二亿', 5006200000000], ['千万', 1e7], ['万一', 11000],
  ['两三', null], ['三四', null], ['一一', null], ['十十', null], ['百百', null], ['一百十', null], ['一万二万', null],
  ['一千零', null], ['五零', null], ['半', null], ['一半', null], ['五亿三万亿', null],
  // financial and Traditional
  ['壹佰贰拾叁', 123], ['肆佰陸拾', 460], ['伍仟零玖', 5009], ['拾万零五十六', 100056], ['參億', 3e8],
  // decimals with 点
  ['三点五', 3.5], ['零点五', 0.5], ['两千三点一', 2300.1], ['二十点五万', 205000], ['四百亿点零五', 40000000000.05],
  ['点五', null], ['三点', null], ['一千零点五', null], ['两千万点五五四四三', 20000000.55443], ['三点五六七八', 3.5678],
  // negatives, fractions, percentages (the number of percent)
  ['负三', -3], ['負三十二', -32], ['-10000', -10000], ['负', null], ['-', null],
  ['三分之一', 1 / 3], ['负一又二分之一', -1.5], ['三百五又三分之一', 350 + 1 / 3], ['3/5', 0.6], ['1 3/5', 1.6],
  ['三分之', null], ['分之一', null], ['零分之一', null], ['1/0', null],
  ['百分之三十', 30], ['百分之三十点五', 30.5], ['百分之百', 100], ['30%', 30], ['３０％', 30], ['-22.2%', -22.2],
  ['千分之一', 0.1], ['六个百分点', 6], ['一百分之二', 0.02],
  ['九成', 90], ['七成六', 76], ['三成半', 35], ['九折', 90], ['七五折', 75], ['75折', 75], ['7成6', 76], ['9.9折', 99], ['对折', 50], ['五十打', 600],
  ['%', null], ['百分之', null], ['成', null],
  // not numbers at all
  ['', null], ['  ', null], ['abc', null], ['第一', null], ['9月', null], ['一切', null], ['一些', null],
  ['百余', null], ['十几', null], ['近百', null], ['-2.5 m', null], ['constructor', null], ['__proto__', null],
];

describe('parseNumber', () => {
  it.each(NUMBERS)('%s → %s', (input, expected) => close(parseNumber(input), expected));
});

const q = (value: number, max: number | null = null, qualifier: Quantity['qualifier'] = 'exact'): Quantity =>
  ({ value, max, qualifier });

// 几 is a digit from one to nine (`十几` = 11..19); 几/数 before a unit is two to nine of it (`数十` = 20..90,
// since one ten is plain `十`). Ranges are `exact`, as SPEC §4 treats `两三名`.
const QUANTITIES: Array<[string, Quantity | null]> = [
  ['1800', q(1800)], ['二百三十', q(230)], ['30%', q(30)],
  ['百余', q(100, null, 'over')], ['百多', q(100, null, 'over')], ['千余', q(1000, null, 'over')],
  ['二百三十余万', q(2300000, null, 'over')], ['十余', q(10, null, 'over')], ['1800余', q(1800, null, 'over')],
  ['70多', q(70, null, 'over')], ['十多万', q(100000, null, 'over')], ['4.5万余', q(45000, null, 'over')],
  ['近百', q(100, null, 'nearly')], ['近3000', q(3000, null, 'nearly')],
  ['上百', q(100, null, 'over')], ['上千', q(1000, null, 'over')], ['上千万', q(1e7, null, 'over')],
  ['十几', q(10, null, 'over')], ['三十几', q(30, null, 'over')], ['十几万', q(100000, null, 'over')], ['一百零几万', q(1000000, null, 'over')],
  ['几十', q(10, null, 'over')], ['数十', q(10, null, 'over')], ['数百万', q(1e6, null, 'over')],
  ['两三', q(2, 3)], ['三五', q(3, 5)], ['七八', q(7, 8)], ['三四十', q(30, 40)], ['五六百', q(500, 600)],
  ['十三四', q(13, 14)], ['一百五六十', q(150, 160)], ['两三千', q(2000, 3000)], ['二三十万', q(200000, 300000)],
  ['一二三', q(123)], ['一二三四', q(1234)],
  ['约3000', null], ['超过3000', null], ['3000左右', null], ['上十', null], ['上', null], ['近', null],
  ['余', null], ['多', null], ['几', null], ['数', null], ['几个', null], ['十几几', null], ['几十几', null],
  ['三六', null], ['余百', null], ['百余人', null], ['一切', null], ['', null],
];

describe('parseQuantity', () => {
  it.each(QUANTITIES)('%s → %o', (input, expected) => expect(parseQuantity(input)).toEqual(expected));
});

const runs = (text: string): string[] => [...text.matchAll(new RegExp(NUMERAL_RUN.source, 'gu'))].map((m) => m[0]);

const RUNS: Array<[string, string[]]> = [
  ['共有1,800余家企业', ['1,800余']],
  ['投入210万元、1.2万吨', ['210万', '1.2万']],
  ['二〇二二年9月2日', ['二〇二二', '9', '2']],
  ['两三名干部，三四十人，近百个，十几天', ['两三', '三四十', '百', '十几']],
  ['5億1萬4千6百人', ['5億1萬4千6百']],
  ['三点五吨，一点儿', ['三点五', '一']],
  ['100，200', ['100', '200']], // `，` is clause punctuation, not a thousands separator
  ['1,80人、1.x', ['1', '80', '1']],
  ['几十个数据', ['几十']],
  ['5兆瓦', ['5']],
  ['无数字', []],
];

describe('NUMERAL_RUN', () => {
  it.each(RUNS)('%s → %o', (text, expected) => expect(runs(text)).toEqual(expected));

  it.each([
    ['100,000 digits', '1'.repeat(100_000)],
    ['100,000 × 一二三', '一二三'.repeat(100_000)],
    ['100,000 × 1,', '1,'.repeat(100_000)],
    ['100,000 × 十余', '十余'.repeat(100_000)],
  ])('stays linear on %s', (_name, text) => {
    const simple = /[0-9一二三十余,]+/gu;
    const ours = new RegExp(NUMERAL_RUN.source, 'gu');
    const time = (re: RegExp): number => {
      let best = Infinity;
      for (let k = 0; k < 5; k++) {
        const t0 = performance.now();
        for (const _ of text.matchAll(re));
        best = Math.min(best, performance.now() - t0);
      }
      return best;
    };
    // A backtracking pattern would be thousands of times slower; 50× leaves room for timer noise.
    expect(time(ours)).toBeLessThan(50 * time(simple) + 5);
  });
});

describe('parseNumber is linear', () => {
  it.each([
    ['digits', (n: number) => '1'.repeat(n)],
    ['digit by digit', (n: number) => '一二三'.repeat(n / 3)],
    ['separators', (n: number) => `1${',000'.repeat(n / 4)}`],
  ])('ten times the input takes about ten times as long: %s', (_name, make) => {
    const time = (n: number): number => {
      const text = make(n);
      let best = Infinity;
      for (let k = 0; k < 5; k++) {
        const t0 = performance.now();
        parseNumber(text);
        best = Math.min(best, performance.now() - t0);
      }
      return best;
    };
    time(12_000); // warm up
    // Linear is 10×, quadratic 100×.
    expect(time(120_000)).toBeLessThan(40 * time(12_000) + 5);
  });
});
