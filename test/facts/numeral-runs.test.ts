import { describe, expect, it } from 'vitest';
import { NUMERAL_RUN } from '../../src/numbers/numerals.js';
import { nextRunStart, runEnd } from '../../src/facts/numeral-runs.js';

/** Every run NUMERAL_RUN finds in `s` (searched as a whole), as [start, end]. */
function byRegex(s: string): Array<[number, number]> {
  return [...s.matchAll(new RegExp(NUMERAL_RUN.source, 'gu'))].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]);
}

function byHand(s: string): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (let at = nextRunStart(s, 0, s.length, s.length); at >= 0; ) {
    const end = runEnd(s, at, s.length);
    runs.push([at, end]);
    at = nextRunStart(s, end, s.length, s.length);
  }
  return runs;
}

describe('numeral runs by hand', () => {
  it('finds what NUMERAL_RUN finds', () => {
    for (const s of ['1,800万元', '1,80人', '1,8000', '2.。.5', '三点五', '一点儿', '几十', '几个', '数百万', '百余名', '70多辆', '二〇二二年', '队伍18支', '１２３', '𠀀三𠀀', '伍,123', '1．5', '1.', ',123']) {
      expect(byHand(s), s).toEqual(byRegex(s));
    }
  });

  it('agrees with NUMERAL_RUN on random text over its alphabet', () => {
    const alphabet = [...'0123456789０９,，.．点點余餘多几幾数數十百千万亿億一二两三〇零伍陸年人元 a的'];
    let seed = 7;
    const rand = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let k = 0; k < 3000; k++) {
      let s = '';
      for (let n = rand(16); n > 0; n--) s += alphabet[rand(alphabet.length)];
      expect(byHand(s), s).toEqual(byRegex(s));
    }
  });
});
