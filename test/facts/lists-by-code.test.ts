/** ListsByCode answers as the Map it is built from (with [] where the Map has nothing), for every code unit. */
import { describe, expect, it } from 'vitest';
import { ListsByCode } from '../../src/facts/chars.js';
import { SUBJECT_STOPS, VERBS_BEFORE } from '../../src/facts/lexicon/subjects.js';

describe('ListsByCode', () => {
  it('gives the lists of the map for every code unit, and [] for the others and for NaN', () => {
    for (const words of [SUBJECT_STOPS, VERBS_BEFORE, ['a', 'ab', '\uffff', '\u0000x']]) {
      const map = new Map<number, string[]>();
      for (const w of words) map.set(w.charCodeAt(0), [...(map.get(w.charCodeAt(0)) ?? []), w]);
      const lists = new ListsByCode(map);
      for (let code = 0; code < 0x10000; code++) expect(lists.get(code)).toBe(map.get(code) ?? lists.get(NaN));
      expect(lists.get(NaN)).toEqual([]);
      expect(lists.get(''.charCodeAt(0))).toEqual([]);
    }
  });
});
