/**
 * Confidence data (refiners/confidence.ts). GENERIC_MEASURES, PRIOR and SMOOTHING are chosen by hand;
 * CONFIDENCE_COUNTS is written by `node scripts/fit-confidence.mjs` (do not edit it by hand): for every kind
 * of fact (`form|measure|subject` and its coarser prefixes, '' for all facts), [facts, facts right] over
 * fixtures/*.gold.json and fixtures/real/*.gold.json, a fact being right when a gold fact of its document has
 * the same category, value, max and qualifier (department set aside).
 */

/** Measure words that count anything (`个`, `次`, `项`): a number before them is more often a figure of speech. */
export const GENERIC_MEASURES = '个次项件批支条种台场起份处口车';

/** The share right assumed for facts before any count: what a kind never seen in the gold is pulled toward. */
export const PRIOR = 0.8;
/** How many facts the target (the parent's share and the prior) weighs against a kind's own counts. */
export const SMOOTHING = 10;
/** No fact is certain: the highest confidence given. */
export const CEILING = 0.99;

// BEGIN fitted (scripts/fit-confidence.mjs)
export const CONFIDENCE_COUNTS: Readonly<Record<string, readonly [number, number]>> = {
  '': [1015, 1015],
  'bare': [1, 1],
  'chinese': [24, 24],
  'digits': [974, 974],
  'one': [2, 2],
  'vague': [14, 14],
  'bare|specific': [1, 1],
  'chinese|duration': [6, 6],
  'chinese|generic': [7, 7],
  'chinese|percent': [6, 6],
  'chinese|specific': [5, 5],
  'digits|duration': [76, 76],
  'digits|elided': [10, 10],
  'digits|generic': [211, 211],
  'digits|percent': [126, 126],
  'digits|range': [5, 5],
  'digits|specific': [546, 546],
  'one|duration': [2, 2],
  'vague|duration': [1, 1],
  'vague|generic': [2, 2],
  'vague|specific': [11, 11],
  'bare|specific|subject': [1, 1],
  'chinese|duration|none': [1, 1],
  'chinese|duration|subject': [5, 5],
  'chinese|generic|subject': [7, 7],
  'chinese|percent|subject': [6, 6],
  'chinese|specific|subject': [5, 5],
  'digits|duration|none': [7, 7],
  'digits|duration|subject': [69, 69],
  'digits|elided|subject': [10, 10],
  'digits|generic|none': [1, 1],
  'digits|generic|subject': [210, 210],
  'digits|percent|subject': [126, 126],
  'digits|range|subject': [5, 5],
  'digits|specific|none': [3, 3],
  'digits|specific|subject': [543, 543],
  'one|duration|subject': [2, 2],
  'vague|duration|subject': [1, 1],
  'vague|generic|subject': [2, 2],
  'vague|specific|subject': [11, 11],
};
// END fitted
