/** Confidence (refiners/confidence.ts): each fact's kind, and the smoothed share right of the kind. */
import { afterEach, describe, expect, it } from 'vitest';
import { confidenceOf, keyRecorder } from '../../src/facts/refiners/confidence.js';
import { CEILING, CONFIDENCE_COUNTS, PRIOR } from '../../src/facts/lexicon/confidence.js';
import { factsOf } from '../helpers/facts.js';

/** The kinds of the facts of a text, in order. */
function kindsOf(text: string): string[] {
  keyRecorder.sink = [];
  factsOf(text);
  return keyRecorder.sink;
}
afterEach(() => {
  keyRecorder.sink = null;
});

describe('the kind of a fact', () => {
  it.each([
    ['组织21名党员干部', 'digits|specific|subject'],
    ['组织三十名党员干部', 'chinese|specific|subject'],
    ['新建一座桥', 'one|specific|subject'],
    ['成立一个专班', 'one|generic|subject'],
    ['组织百余名党员', 'vague|specific|subject'],
    ['吸引万人参与', 'bare|specific|subject'],
    ['同比增长12.3%', 'digits|percent|subject'],
    ['坚持24小时值守', 'digits|duration|subject'],
    ['每组1到3人', 'digits|range|subject'],
    ['1到3人', 'digits|range|none'],
    ['全年粮食产量1.2亿吨，其中小麦2000万。', 'digits|specific|subject'],
    ['成立3个专班', 'digits|generic|subject'],
  ])('%s → %s', (text, kind) => {
    expect(kindsOf(text)[0]).toBe(kind);
  });

  it('an elided unit is a kind of its own', () => {
    expect(kindsOf('全年粮食产量1.2亿吨，其中小麦2000万。')).toEqual(['digits|specific|subject', 'digits|elided|subject']);
  });
});

describe('the share right of a kind', () => {
  it('is fitted: the kinds the gold holds many of keep about their own share', () => {
    const [n, right] = CONFIDENCE_COUNTS['digits|specific|subject'] as readonly [number, number];
    expect(n).toBeGreaterThan(100);
    expect(Math.abs(confidenceOf('digits|specific|subject') - Math.min(CEILING, right / n))).toBeLessThan(0.02);
  });

  it('an unseen kind is less sure than its parent, and all facts are pulled toward the prior', () => {
    expect(confidenceOf('one|generic|none')).toBeLessThan(confidenceOf('one|generic'));
    expect(confidenceOf('one|generic')).toBeLessThan(confidenceOf('one'));
    expect(confidenceOf('never|seen|kind')).toBeGreaterThan(PRIOR - 0.01);
    expect(confidenceOf('never|seen|kind')).toBeLessThan(confidenceOf(''));
  });

  it('never exceeds the ceiling', () => {
    for (const key of Object.keys(CONFIDENCE_COUNTS)) expect(confidenceOf(key)).toBeLessThanOrEqual(CEILING);
  });

  it('is what each fact reports, rounded to hundredths', () => {
    keyRecorder.sink = [];
    const facts = factsOf('组织21名党员干部，新建一座桥，吸引万人参与');
    expect(facts.map((f) => f.confidence)).toEqual(keyRecorder.sink.map((k) => Math.round(confidenceOf(k) * 100) / 100));
  });
});
