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
  '': [1196, 1189],
  'bare': [3, 2],
  'chinese': [27, 26],
  'digits': [1150, 1145],
  'one': [2, 2],
  'vague': [14, 14],
  'bare|specific': [3, 2],
  'chinese|duration': [7, 7],
  'chinese|generic': [8, 7],
  'chinese|percent': [6, 6],
  'chinese|specific': [6, 6],
  'digits|duration': [83, 80],
  'digits|elided': [11, 11],
  'digits|generic': [235, 235],
  'digits|percent': [154, 152],
  'digits|range': [5, 5],
  'digits|specific': [662, 662],
  'one|duration': [2, 2],
  'vague|duration': [1, 1],
  'vague|generic': [2, 2],
  'vague|specific': [11, 11],
  'bare|specific|subject': [3, 2],
  'chinese|duration|none': [1, 1],
  'chinese|duration|subject': [6, 6],
  'chinese|generic|subject': [8, 7],
  'chinese|percent|subject': [6, 6],
  'chinese|specific|subject': [6, 6],
  'digits|duration|none': [7, 7],
  'digits|duration|subject': [76, 73],
  'digits|elided|subject': [11, 11],
  'digits|generic|none': [1, 1],
  'digits|generic|subject': [234, 234],
  'digits|percent|subject': [154, 152],
  'digits|range|subject': [5, 5],
  'digits|specific|none': [5, 5],
  'digits|specific|subject': [657, 657],
  'one|duration|subject': [2, 2],
  'vague|duration|subject': [1, 1],
  'vague|generic|subject': [2, 2],
  'vague|specific|subject': [11, 11],
};
// END fitted
