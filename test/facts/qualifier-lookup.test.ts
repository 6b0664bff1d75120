/**
 * The qualifier refiner tries only the prefix qualifiers that end with the character before the number
 * (PREFIX_QUALIFIERS by last character); it sets what the former loop over every prefix set, on random texts.
 */
import { describe, expect, it } from 'vitest';
import type { Candidate, Region } from '../../src/facts/candidate.js';
import { PREFIX_QUALIFIERS, QUALIFIER_GLUE, RECENT_PREFIX, SUFFIX_QUALIFIERS } from '../../src/facts/lexicon/qualifiers.js';
import { qualifier } from '../../src/facts/refiners/qualifier.js';
import { random } from '../helpers/random.js';

/** The former refiner: every prefix tried with startsWith. */
function oldQualifier(c: Candidate, region: Region): void {
  const { folded } = region;
  if (c.rule !== 'elided-unit') {
    for (const [word, q] of SUFFIX_QUALIFIERS) {
      if (folded.startsWith(word, c.end)) {
        if (c.qualifier === 'exact') c.qualifier = q;
        c.end += word.length;
        break;
      }
    }
  }
  const glue = QUALIFIER_GLUE.find((g) => folded.endsWith(g, c.start)) ?? '';
  for (const [word, q] of PREFIX_QUALIFIERS) {
    const at = c.start - glue.length - word.length;
    if (at < region.start || !folded.startsWith(word, at)) continue;
    if (word === RECENT_PREFIX && c.category === 'duration') break;
    c.qualifier = q;
    if (glue === '') c.start = at;
    break;
  }
}


const PIECES = [...PREFIX_QUALIFIERS.map(([w]) => w), ...QUALIFIER_GLUE, ...SUFFIX_QUALIFIERS.map(([w]) => w), '不', '少', '大', '将', '人', '，', '民'];

function candidate(start: number, end: number, category: Candidate['category'], rule: string): Candidate {
  return {
    rule, start, end, numberStart: start, numberEnd: start + 1, unitStart: end - 1, category, value: 3, max: null, unit: 'person',
    qualifier: 'exact', per: null, total: false, subject: null, confidence: 0.9, clauseStart: undefined, dropped: undefined,
  };
}

describe('qualifier by last character', () => {
  it('sets start, end and qualifier as the loop over every prefix did', () => {
    const rand = random(3);
    for (let n = 0; n < 4000; n++) {
      const pick = () => PIECES[Math.floor(rand() * PIECES.length)] as string;
      const before = Array.from({ length: Math.floor(rand() * 4) }, pick).join('');
      const after = Array.from({ length: Math.floor(rand() * 3) }, pick).join('');
      const folded = `${before}3人${after}`;
      const start = before.length;
      const region: Region = { folded, text: folded, start: Math.floor(rand() * (start + 1)), end: folded.length };
      const category = rand() < 0.3 ? 'duration' : 'count';
      const rule = rand() < 0.2 ? 'elided-unit' : 'quantity';
      const got = candidate(start, start + 2, category, rule);
      const want = candidate(start, start + 2, category, rule);
      qualifier.refine([got], region);
      oldQualifier(want, region);
      expect(got, `${folded} from ${region.start}`).toEqual(want);
    }
  });
});
