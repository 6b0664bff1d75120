/** Character tables that stand in for regex classes answer as the regexes do, for every code unit. */
import { describe, expect, it } from 'vitest';
import { charTable, type CharTable } from '../../src/facts/chars.js';
import { REGEX_BLANKS } from '../../src/text/blanks.js';
import { BREAK } from '../../src/facts/refiners/subject.js';
import { DASH_INITIAL } from '../../src/facts/rules/range.js';

/** The code units where the table and the regex disagree. */
function disagreements(table: CharTable, re: RegExp): string[] {
  const wrong: string[] = [];
  for (let code = 0; code < 0x10000; code++) {
    if ((table[code] === 1) !== re.test(String.fromCharCode(code))) wrong.push(`U+${code.toString(16)}`);
  }
  return wrong;
}

describe('character tables', () => {
  it.each([
    ['REGEX_BLANKS', charTable(REGEX_BLANKS), /\s/],
    ["the subject's BREAK", BREAK, /[，。；！？：,;!?:.\s“”"（）()《》【】\d]/],
    ["the range rule's DASH_INITIAL", DASH_INITIAL, /[^\S\n]|[到至\-~—–]/],
  ])('%s holds exactly the characters of its regex', (_, table, re) => {
    expect(disagreements(table, re)).toEqual([]);
  });

  it('would see a missing character', () => {
    expect(disagreements(charTable(REGEX_BLANKS.replace('\u3000', '')), /\s/)).toEqual(['U+3000']);
  });
});
