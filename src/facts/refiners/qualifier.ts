/**
 * Qualifiers written around the number (SPEC.md §4): `约3000人`, `超过50家`, `3000人左右`, `100元以上`.
 * A prefix glued to the number joins `raw` (`近百个`, `约3000人`); with glue between (`约有`) it does not.
 * Two qualifiers take the first: `约4.5万余人` is about.
 */
import { PREFIX_QUALIFIERS, QUALIFIER_GLUE, RECENT_PREFIX, SUFFIX_QUALIFIERS } from '../lexicon/qualifiers.js';
import { each } from '../refiner.js';

export const qualifier = each('qualifier', (c, region) => {
  const { folded } = region;
  for (const [word, q] of SUFFIX_QUALIFIERS) {
    if (folded.startsWith(word, c.end) && c.rule !== 'elided-unit') {
      if (c.qualifier === 'exact') c.qualifier = q;
      c.end += word.length;
      break;
    }
  }
  const glue = QUALIFIER_GLUE.find((g) => folded.endsWith(g, c.start)) ?? '';
  for (const [word, q] of PREFIX_QUALIFIERS) {
    const at = c.start - glue.length - word.length;
    if (at < region.start || !folded.startsWith(word, at)) continue;
    // `近三年` is the past three years, not nearly three.
    if (word === RECENT_PREFIX && c.category === 'duration') break;
    c.qualifier = q;
    if (glue === '') c.start = at;
    break;
  }
});
