/**
 * Confidence as a calibrated probability: the share of facts of the same kind that were right on the
 * documents with gold (fixtures/ and fixtures/real/; "right" = matched department-blind: same category,
 * value, max and qualifier). A fact's kind is a few features (`confidenceKey`); the counts per kind live in
 * lexicon/confidence.ts, refitted by `node scripts/fit-confidence.mjs`. A kind seen rarely is pulled toward
 * its coarser kind (form and measure, then form alone, then all facts) and toward a prior, so a handful of
 * lucky facts does not claim 0.99. The gold is the corpus the rules were written against: on new documents
 * the shares are optimistic, most for the kinds the rules were corrected on (lone 一, years, bare 万).
 */
import { CEILING, CONFIDENCE_COUNTS, GENERIC_MEASURES, PRIOR, SMOOTHING } from '../lexicon/confidence.js';
import type { Candidate, Region } from '../candidate.js';
import { charTable, hasAsciiDigit } from '../chars.js';
import { each } from '../refiner.js';

const VAGUE = charTable('几数余多');
const MULTIPLIER = charTable('百千万亿');
const GENERIC = charTable(GENERIC_MEASURES);
const ONE = '一'.charCodeAt(0);
const FULL_WIDTH_DIGIT = (code: number): boolean => code >= 0xff10 && code <= 0xff19;

/**
 * A candidate's kind, `form|measure|subject`:
 *   form     digits (`21名`), chinese (`三十名`), one (a lone `一`), vague (`十几`, `百余`, `两三`), bare (`万人`);
 *   measure  percent, duration, range, elided (unit from earlier in the sentence), generic (`个`, `次`, `台`…), specific;
 *   subject  subject, none.
 */
export function confidenceKey(c: Candidate, region: Region): string {
  return `${formOf(c, region)}|${measureOf(c, region)}|${c.subject === null ? 'none' : 'subject'}`;
}

function formOf(c: Candidate, { folded }: Region): string {
  const { numberStart: start, numberEnd: end } = c;
  if (hasAsciiDigit(folded, start, end) || FULL_WIDTH_DIGIT(folded.charCodeAt(start))) return 'digits';
  if (end - start === 1 && folded.charCodeAt(start) === ONE) return 'one';
  let bare = true;
  for (let i = start; i < end; i++) {
    const code = folded.charCodeAt(i);
    if (VAGUE[code] === 1) return 'vague';
    if (MULTIPLIER[code] !== 1) bare = false;
  }
  if (bare) return 'bare';
  return c.max !== null ? 'vague' : 'chinese';
}

function measureOf(c: Candidate, { folded }: Region): string {
  if (c.category === 'percent') return 'percent';
  if (c.category === 'duration') return 'duration';
  if (c.rule === 'range') return 'range';
  if (c.rule === 'elided-unit') return 'elided';
  return GENERIC[folded.charCodeAt(c.unitStart)] === 1 ? 'generic' : 'specific';
}

/**
 * The smoothed share right of a kind: (right + m·t) / (n + m), where the target t is the mean of the
 * parent's share and the prior (the parent of `a|b|c` is `a|b`, of `a` all facts, written ''; all facts are
 * pulled toward the prior alone). A kind the gold holds many of keeps its own share; a kind it holds few or
 * none of is less sure than its parent, as an unseen kind of number should be. Memoised: a few dozen kinds.
 */
const cache = new Map<string, number>();
export function confidenceOf(key: string): number {
  const known = cache.get(key);
  if (known !== undefined) return known;
  const target = key === '' ? PRIOR : (confidenceOf(key.includes('|') ? key.slice(0, key.lastIndexOf('|')) : '') + PRIOR) / 2;
  const [n, right] = CONFIDENCE_COUNTS[key] ?? [0, 0];
  const p = Math.min(CEILING, (right + SMOOTHING * target) / (n + SMOOTHING));
  cache.set(key, p);
  return p;
}

/** Set by scripts/fit-confidence.mjs to collect each kept candidate's kind in order; null in use. */
export const keyRecorder: { sink: string[] | null } = { sink: null };

export const confidence = each('confidence', (c, region) => {
  const key = confidenceKey(c, region);
  keyRecorder.sink?.push(key);
  c.confidence = Math.round(confidenceOf(key) * 100) / 100;
});
