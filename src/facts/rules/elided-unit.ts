/**
 * A number ending in `万`/`亿` whose unit was said earlier in the sentence: `产量1.2亿吨，其中小麦2000万`
 * takes `吨`; with no unit before it, money words make it yuan: `投资3000万`.
 */
import type { Candidate } from '../candidate.js';
import { charTable } from '../chars.js';
import { SENTENCE_PUNCTUATION } from '../clause.js';
import { unitAt } from '../units-at.js';
import { candidate, type Rule } from '../rule.js';
import { readNumber } from './number-text.js';

/** How far back (characters) the unit of the sentence may be. */
const LOOK_BACK = 60;
/** `210万` ends in a multiplier: `万元` is written as `万` + `元`. */
const MULTIPLIERS = charTable('万亿');
const MONEY_WORDS = /资金|投资|收入|经费|补贴|补助|款|金额|营收|销售额|产值|税收|预算|财政|基金|费用|成本|利润|贷款|融资|捐赠|资产|GDP|生产总值/;

export const elidedUnitRule: Rule = {
  name: 'elided-unit',
  extract({ region, previous }, run) {
    const { folded } = region;
    if (MULTIPLIERS[folded.charCodeAt(run.end - 1)] !== 1 || unitAt(folded, run.end)) return null;
    const number = readNumber(folded, run.start, run.end);
    if (!number) return null;
    const from = Math.max(region.start, run.start - LOOK_BACK);
    const sentenceStart = afterLastSentenceEnd(folded, from, run.start);
    const earlier = lastInSentence(previous, sentenceStart);
    // `出入境人次逾2,100萬`: the noun just before the number ends with the measure word.
    const named = earlier ? null : unitEndingAt(folded, number.start, sentenceStart);
    const money = MONEY_WORDS.test(folded.slice(sentenceStart, run.start));
    if (!earlier && !named && !money) return null;
    const factor = earlier ? earlier.value / earlierWritten(earlier, folded) : (named?.info.factor ?? 1);
    return candidate({
      rule: 'elided-unit',
      start: number.start,
      end: run.end,
      numberStart: number.start,
      numberEnd: run.end,
      unitStart: run.end,
      category: earlier?.category ?? named?.info.category ?? 'funds',
      value: number.value * factor,
      max: number.max === null ? null : number.max * factor,
      unit: earlier?.unit ?? named?.info.unit ?? 'CNY',
      qualifier: number.qualifier,
    });
  },
};

/** Where the sentence around `at` starts: after the last sentence end in [from, at), else `from`. */
function afterLastSentenceEnd(folded: string, from: number, at: number): number {
  for (let i = at - 1; i >= from; i--) if (SENTENCE_PUNCTUATION[folded.charCodeAt(i)] === 1) return i + 1;
  return from;
}

/** The last candidate (not a percent) starting at or after `sentenceStart`; walks back only that far (linear). */
function lastInSentence(previous: readonly Candidate[], sentenceStart: number): Candidate | undefined {
  for (let i = previous.length - 1; i >= 0 && (previous[i] as Candidate).start >= sentenceStart; i--) {
    if ((previous[i] as Candidate).rule !== 'percent') return previous[i];
  }
  return undefined;
}

/** Words between a noun and its number: `人次逾`, `人次达`, `吨约`. */
const BETWEEN = /(?:逾|超过|超|近|约|达到|达|为|共|累计|突破|将近|接近)$/;

/** A measure word of two or more characters ending the text right before the number (after linking words). */
function unitEndingAt(folded: string, at: number, sentenceStart: number): ReturnType<typeof unitAt> {
  const end = at - (BETWEEN.exec(folded.slice(Math.max(sentenceStart, at - 3), at))?.[0].length ?? 0);
  for (let len = 3; len >= 2; len--) {
    if (end - len < sentenceStart) continue;
    const unit = unitAt(folded, end - len);
    if (unit && unit.word.length === len) return unit;
  }
  return null;
}

/** The factor of the earlier candidate's unit (`公斤` → 0.001), from its value and its written number. */
function earlierWritten(earlier: { value: number; numberStart: number; numberEnd: number }, folded: string): number {
  const read = readNumber(folded, earlier.numberStart, earlier.numberEnd);
  return read && read.value !== 0 ? read.value : earlier.value || 1;
}
