/**
 * Qualifiers written around the number (SPEC.md §4): `约3000人`, `超过50家`, `3000人左右`, `100元以上`.
 * A prefix glued to the number joins `raw` (`近百个`, `约3000人`); with glue between (`约有`) it does not.
 * Two qualifiers take the first: `约4.5万余人` is about.
 */
import { BARE_PREFIX_QUALIFIERS, PREFIX_QUALIFIERS, QUALIFIER_GLUE, RECENT_PREFIX, SUFFIX_QUALIFIERS } from '../lexicon/qualifiers.js';
import { charTable } from '../chars.js';
import { DURATION_VERBS } from '../lexicon/subjects.js';
import { each } from '../refiner.js';
import type { Qualifier } from '../../schema.js';

/** The characters the words can start or end with: where none stands, no word is tried. */
const SUFFIX_INITIAL = charTable(SUFFIX_QUALIFIERS.map(([w]) => w[0]).join(''));
const GLUE_FINAL = charTable(QUALIFIER_GLUE.map((w) => w.at(-1)).join(''));
const PREFIX_FINAL = charTable(PREFIX_QUALIFIERS.map(([w]) => w.at(-1)).join(''));
const BARE_PREFIX_FINAL = charTable(BARE_PREFIX_QUALIFIERS.map(([w]) => w.at(-1)).join(''));
const MULTIPLIER = charTable('百千万亿');
/** PREFIX_QUALIFIERS by the code of their last character, in list order: only those can end before the number. */
const PREFIXES_BY_LAST = new Map<number, Array<readonly [string, Qualifier]>>();
for (const entry of PREFIX_QUALIFIERS) {
  const last = entry[0].charCodeAt(entry[0].length - 1);
  PREFIXES_BY_LAST.set(last, [...(PREFIXES_BY_LAST.get(last) ?? []), entry]);
}

export const qualifier = each('qualifier', (c, region) => {
  const { folded } = region;
  if (c.rule !== 'elided-unit' && SUFFIX_INITIAL[folded.charCodeAt(c.end)] === 1) {
    for (const [word, q] of SUFFIX_QUALIFIERS) {
      if (folded.startsWith(word, c.end)) {
        if (c.qualifier === 'exact') c.qualifier = q;
        c.end += word.length;
        break;
      }
    }
  }
  const glue = GLUE_FINAL[folded.charCodeAt(c.start - 1)] === 1 ? glueBefore(folded, c.start) : '';
  const last = folded.charCodeAt(c.start - glue.length - 1);
  if (PREFIX_FINAL[last] === 1) {
    for (const [word, q] of PREFIXES_BY_LAST.get(last) as Array<readonly [string, Qualifier]>) {
      const at = c.start - glue.length - word.length;
      if (at < region.start || !folded.startsWith(word, at)) continue;
      // `近三年` is the past three years, not nearly three (refiners/references.ts drops it); `历时近3个月` is nearly.
      if (word === RECENT_PREFIX && c.category === 'duration' && !durationVerbBefore(folded, at, region.start)) return;
      c.qualifier = q;
      if (glue === '') c.start = at;
      return;
    }
  }
  // `过万人`, `破亿元`: only before a bare multiplier.
  if (BARE_PREFIX_FINAL[last] === 1 && glue === '' && c.start === c.numberStart && c.start - 1 >= region.start && isBare(folded, c.numberStart, c.numberEnd)) {
    for (const [word, q] of BARE_PREFIX_QUALIFIERS) {
      if (!folded.startsWith(word, c.start - word.length)) continue;
      c.qualifier = q;
      c.start -= word.length;
      return;
    }
  }
});

/** Does a word announcing a duration end at `at` (`历时近3个月`)? */
export function durationVerbBefore(folded: string, at: number, from: number): boolean {
  for (const v of DURATION_VERBS) if (at - v.length >= from && folded.startsWith(v, at - v.length)) return true;
  return false;
}

/** Is the number a bare multiplier (`万`, `百万`)? */
function isBare(folded: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (MULTIPLIER[folded.charCodeAt(i)] !== 1) return false;
  return true;
}

/** The first glue word (`有`, `达`…) ending at `end`, or ''. (A loop, not find() with a closure: a closure over
 * the refiner's arguments would cost every candidate a context.) */
function glueBefore(folded: string, end: number): string {
  for (const g of QUALIFIER_GLUE) if (folded.endsWith(g, end)) return g;
  return '';
}
