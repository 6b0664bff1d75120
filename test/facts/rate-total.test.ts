import { describe, expect, it } from 'vitest';
import type { Candidate, Region } from '../../src/facts/candidate.js';
import { clauseStart } from '../../src/facts/clause.js';
import { clause, hasTotal, lastRate } from '../../src/facts/refiners/rate-total.js';
import { candidate } from '../../src/facts/rule.js';

/** The clause refiner's fields for a candidate starting at `start`. */
function refined(folded: string, start: number): Pick<Candidate, 'clauseStart' | 'per' | 'total'> {
  const region: Region = { folded, text: folded, start: 0, end: folded.length };
  const c = candidate({ rule: 'quantity', start, end: start, numberStart: start, numberEnd: start, unitStart: start, category: 'count', value: 1, max: null, unit: '个', qualifier: 'exact' });
  clause.refine([c], region);
  return { clauseStart: c.clauseStart, per: c.per, total: c.total };
}

/** The same, as the three passes it replaces computed them. */
function separately(folded: string, start: number): Pick<Candidate, 'clauseStart' | 'per' | 'total'> {
  const region: Region = { folded, text: folded, start: 0, end: folded.length };
  const from = clauseStart(region, start);
  return { clauseStart: from, per: lastRate(folded, from, start), total: hasTotal(folded, from, start) };
}

describe('clause, rate and total in one walk', () => {
  it('finds what clauseStart, lastRate and hasTotal find', () => {
    for (const s of ['每日深入50个点位', '共接听咨询电话400余次', '中共党员共计12名', '公共场所每周消杀3次，每月检查', '累计拨付，每日巡查3次', '共同推进每年']) {
      for (let at = 0; at <= s.length; at++) expect(refined(s, at), `${s} @${at}`).toEqual(separately(s, at));
    }
  });

  it('agrees on random text over the words and punctuation', () => {
    const alphabet = ['每', '日', '天', '周', '月', '年', '均', '共', '计', '累', '总', '合', '先', '后', '有', '一', '产', '公', '中', '，', '。', '3', '人', 'a'];
    let seed = 3;
    const rand = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let k = 0; k < 3000; k++) {
      let s = '';
      for (let n = rand(120); n > 0; n--) s += alphabet[rand(alphabet.length)];
      const at = rand(s.length + 1);
      expect(refined(s, at), `${s} @${at}`).toEqual(separately(s, at));
    }
  });
});
