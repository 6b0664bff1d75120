/** The date filter's `/月$/` and `/民国$/` became endsWith: the same answers on fixed and random texts (`$` without the m flag is the end). */
import { describe, expect, it } from 'vitest';

describe('dates: endsWith for the end-anchored regexes', () => {
  it('answers as /月$/ and /民国$/ did', () => {
    const pieces = ['月', '民', '国', '民国', '\n', '日', '3', ''];
    const texts = ['9月', '月\n', '民国', '民国\n', '国民', ''];
    let seed = 1;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let n = 0; n < 5000; n++) texts.push(Array.from({ length: Math.floor(rand() * 5) }, () => pieces[Math.floor(rand() * pieces.length)]).join(''));
    for (const t of texts) {
      expect(t.endsWith('月'), t).toBe(/月$/.test(t));
      expect(t.endsWith('民国'), t).toBe(/民国$/.test(t));
    }
  });
});
