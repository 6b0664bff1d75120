/** Character tables that stand in for regex classes answer as the regexes do, for every code unit. */
import { describe, expect, it } from 'vitest';
import { charTable, REGEX_BLANKS } from '../../src/facts/chars.js';

describe('REGEX_BLANKS', () => {
  it('holds exactly the characters of a regex \\s', () => {
    const table = charTable(REGEX_BLANKS);
    const wrong: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if ((table[code] === 1) !== /\s/.test(String.fromCharCode(code))) wrong.push(`U+${code.toString(16)}`);
    }
    expect(wrong).toEqual([]);
  });
});
