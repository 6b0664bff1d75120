import { describe, expect, it } from 'vitest';
import { doubledRuns, undouble } from '../../src/layout/dedouble.js';

/** [line, restored line, or null when the line is not doubled] */
const LINES: Array<[string, string | null]> = [
  // fake-bold headlines: each glyph run drawn twice
  ['迎疫而上迎疫而上与人民群众同心战与人民群众同心战““疫疫””', '迎疫而上与人民群众同心战“疫”'],
  ['战战““疫疫””一线党旗红一线党旗红', '战“疫”一线党旗红'],
  ['春运路上春运路上““平安平安””护航护航', '春运路上“平安”护航'],
  ['济宁高新区区直济宁高新区区直', '济宁高新区区直'],
  // a run that the original itself repeats (`区区`, `天天`)
  ['高新区区高新区区直直', '高新区区直'],
  ['天天向上天天向上', '天天向上'],
  ['“疫”“疫”', '“疫”'],
  ['ABCABC', 'ABC'],

  // not doubled: ordinary words and lines with repeated characters
  ['高新区区直', null], // odd length
  ['常常', null],
  ['人人', null],
  ['谢谢谢谢', null], // reduplication, and it would restore to two characters: below the three a headline needs
  ['人人人人人人', null], // only single characters doubled: repetition, not fake bold
  ['常常谢谢人人', null],
  ['济宁高新区区直各部门单位助力疫情防控', null],
  ['区党政办公室', null],
  ['迎疫而上迎疫而上与', null], // odd length
  ['迎疫而上迎疫而上与人民群众同心战', null], // the tail is not doubled
  ['迎疫而上迎疫而上与人民群众同心战与人民群众同心', null],
  ['', null],
  ['疫疫', null],
  // Decided: a line made only of doubled single characters is AABB reduplication (`高高兴兴快快乐乐`,
  // `干干净净`), not fake bold — so a headline doubled glyph by glyph only is not restored either.
  ['高高兴兴快快乐乐', null],
  ['高高新新区区区区直直', null],
];

describe('undouble', () => {
  it.each(LINES)('%s → %s', (line, restored) => {
    expect(undouble(line)).toBe(restored);
  });
});

describe('doubledRuns', () => {
  it('gives the offsets of the runs kept, each followed by its copy', () => {
    const line = '战战““疫疫””一线党旗红一线党旗红';
    const runs = doubledRuns(line)!;
    expect(runs).toEqual([[0, 1], [2, 1], [4, 1], [6, 1], [8, 5]]);
    for (const [start, len] of runs) expect(line.slice(start + len, start + 2 * len)).toBe(line.slice(start, start + len));
  });

  it('declines lines longer than a headline', () => {
    const body = '面对疫情防控严峻形势'.repeat(9);
    expect(doubledRuns(body + body)).toBeNull();
  });
});
