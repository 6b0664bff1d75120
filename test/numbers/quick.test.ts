import { describe, expect, it } from 'vitest';
import { parseQuantity } from '../../src/numbers/numerals.js';
import { quickPair, quickSome, quickValue } from '../../src/numbers/quick.js';

/** quickValue must read exactly what parseQuantity reads (the same double), or leave the text to it (NaN). */
function agrees(s: string): void {
  const quick = quickValue(s, 0, s.length);
  if (Number.isNaN(quick)) return;
  const q = parseQuantity(s);
  expect(q, s).not.toBeNull();
  expect(q?.max, s).toBeNull();
  expect(q?.qualifier, s).toBe('exact');
  expect(Object.is(q?.value, quick), `${s}: ${q?.value} vs ${quick}`).toBe(true);
}

let seed = 11;
const rand = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
const digits = (n: number): string => Array.from({ length: n }, () => String(rand(10))).join('');

describe('quickValue', () => {
  it('reads the common shapes as parseQuantity does', () => {
    const cases: Array<[string, number]> = [
      ['7', 7], ['三', 3], ['伍', 5], ['两', 2], ['〇', 0], ['○', 0], ['１', 1], ['21', 21], ['1.5', 1.5], ['1,800', 1800],
      ['1.2万', 12000], ['30亿', 3e9], ['3万4,000', 34000], ['1万2', 12000], ['1.5万2', 17000], ['2亿3', 230000000], ['4.78万亿', 4.78e12], ['0.1万', 1000], ['1,234.5万', 12345000], ['007', 7], ['0.30', 0.3],
    ];
    for (const [s, v] of cases) {
      expect(quickValue(s, 0, s.length), s).toBe(v);
      agrees(s);
    }
  });

  it('leaves everything else to the general parser', () => {
    for (const s of ['十', '百', '万', '两三', '3万〇', '3万四', '1万2.5', '3万亿4', '1万2万', '1.', '.5', '1,80', '1234,567', ',123', '1,234,', '1.2.3', '1万万', '1亿万', '5%', '1234567890123456', '1.234567890123456', '12e3', '']) {
      expect(quickValue(s, 0, s.length), s).toBeNaN();
    }
  });

  it('reads part of a string by offsets', () => {
    expect(quickValue('共1.2万人', 1, 5)).toBe(12000);
    expect(quickValue('共1.2万人', 1, 4)).toBe(1.2);
  });

  it('gives the same double as parseQuantity on random digits, decimals, groups and multipliers', () => {
    for (let k = 0; k < 20000; k++) {
      const whole = rand(4) === 0 ? `${digits(1 + rand(3))},${digits(3)}${rand(2) ? `,${digits(3)}` : ''}` : digits(1 + rand(15));
      const fraction = rand(2) ? `.${digits(1 + rand(15))}` : '';
      const suffix = ['', '', '万', '亿', '万亿'][rand(5)] as string;
      const tail = suffix !== '' && rand(2) ? (rand(3) === 0 ? `${digits(1 + rand(3))},${digits(3)}` : digits(1 + rand(8))) : '';
      agrees(whole + fraction + suffix + tail);
    }
  });

  it('reads Chinese numerals of one or two sections as parseQuantity does', () => {
    const cases: Array<[string, number]> = [
      ['十五', 15], ['九十五', 95], ['两千', 2000], ['三千五', 3500], ['一百二', 120], ['一百二十三', 123], ['八十万', 800000],
      ['十万', 100000], ['三千五万', 30050000], ['五亿', 5e8], ['五十亿', 5e9], ['贰拾', NaN], ['两三', NaN], ['三千零五', NaN], ['一万二千', 12000],
      ['一万二', 12000], ['三亿五', 350000000], ['二十万三千', 203000], ['一万十', NaN], ['一亿五千万', NaN], ['一万零五', NaN],
      ['百', NaN], ['百五', NaN], ['十十', NaN], ['１十', NaN],
    ];
    for (const [s, v] of cases) {
      expect(quickValue(s, 0, s.length), s).toBe(v);
      agrees(s);
    }
  });

  it('agrees with parseQuantity on random two-section Chinese numerals', () => {
    const digit = (): string => '一二两三四五六七八九'[rand(10)] as string;
    const section = (): string => {
      let out = '';
      for (const unit of ['千', '百', '十']) if (rand(2)) out += digit() + unit;
      return rand(2) ? out + digit() : out;
    };
    for (let k = 0; k < 5000; k++) agrees(section() + (rand(2) ? '万' : '亿') + section());
  });

  it('agrees with parseQuantity on every short string of Chinese digits and units', () => {
    const alphabet = [...'一两五九十百千万亿零余几'];
    const all = (n: number): string[] => (n === 0 ? [''] : all(n - 1).flatMap((s) => alphabet.map((c) => s + c)));
    for (let n = 1; n <= 5; n++) for (const s of all(n)) agrees(s);
  });

  it('reads pairs and some-more numerals as parseQuantity does', () => {
    expect(quickPair('两三', 0, 2)).toEqual({ value: 2, max: 3 });
    expect(quickPair('三五百', 0, 3)).toEqual({ value: 300, max: 500 });
    expect(quickPair('五六万', 0, 3)).toEqual({ value: 50000, max: 60000 });
    expect(quickPair('三三', 0, 2)).toBeNull();
    expect(quickPair('三六', 0, 2)).toBeNull();
    expect(quickSome('数十', 0, 2)).toBe(10);
    expect(quickSome('几万', 0, 2)).toBe(10000);
    expect(quickSome('十几', 0, 2)).toBe(10);
    expect(quickSome('几', 0, 1)).toBeNaN();
    const alphabet = [...'〇一两二三四五七九十百千万亿几数余'];
    const all = (n: number): string[] => (n === 0 ? [''] : all(n - 1).flatMap((s) => alphabet.map((c) => s + c)));
    for (let n = 1; n <= 4; n++) {
      for (const s of all(n)) {
        const pair = quickPair(s, 0, s.length);
        if (pair !== null) expect(parseQuantity(s), s).toEqual({ value: pair.value, max: pair.max, qualifier: 'exact' });
        const some = quickSome(s, 0, s.length);
        if (!Number.isNaN(some)) expect(parseQuantity(s), s).toEqual({ value: some, max: null, qualifier: 'over' });
      }
    }
  });

  it('agrees with parseQuantity on random text over its alphabet', () => {
    const alphabet = [...'0123456789,.万亿一二两三〇十百千余伍拾萬１'];
    for (let k = 0; k < 20000; k++) {
      let s = '';
      for (let n = 1 + rand(10); n > 0; n--) s += alphabet[rand(alphabet.length)];
      agrees(s);
    }
  });
});
