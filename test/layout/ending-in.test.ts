/** endingIn(list)(name) is list.find((w) => name.endsWith(w)), for the suffix lists and random names. */
import { describe, expect, it } from 'vitest';
import { NOT_UNIT_ENDINGS, SHORT_NAME_SUFFIXES, STRONG_SUFFIXES, WEAK_SUFFIXES } from '../../src/layout/lexicon/unit-suffixes.js';
import { endingIn } from '../../src/layout/unit-name.js';
import { random } from '../helpers/random.js';


describe('endingIn', () => {
  it('finds the first word of the list the name ends with, as find() with endsWith', () => {
    const rand = random(13);
    for (const list of [NOT_UNIT_ENDINGS, STRONG_SUFFIXES, SHORT_NAME_SUFFIXES, WEAK_SUFFIXES, ['a', 'ba', 'cba', 'x']]) {
      const ending = endingIn(list);
      // names made of the list's words, their tails and single characters of them, and the empty name
      const pieces = [...list, ...list.map((w) => w.slice(1)), ...list.map((w) => w.slice(0, -1)), ...list.flatMap((w) => [...w]), ''];
      for (let n = 0; n < 5000; n++) {
        const name = Array.from({ length: Math.floor(rand() * 4) }, () => pieces[Math.floor(rand() * pieces.length)]).join('');
        expect(ending(name), name).toBe(list.find((w) => name.endsWith(w)));
      }
    }
  });
});
