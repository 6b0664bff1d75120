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

/** The features' values, in the order of their codes (formOf, measureOf). */
const FORMS = ['digits', 'chinese', 'one', 'vague', 'bare'] as const;
const MEASURES = ['percent', 'duration', 'range', 'elided', 'generic', 'specific'] as const;
const SUBJECTS = ['subject', 'none'] as const;
const [DIGITS, CHINESE, ONE_FORM, VAGUE_FORM, BARE] = [0, 1, 2, 3, 4];

/** The kind of the feature codes: `form|measure|subject`. */
const kindOf = (form: number, measure: number, subject: number): string => `${FORMS[form]}|${MEASURES[measure]}|${SUBJECTS[subject]}`;

/**
 * A candidate's kind, `form|measure|subject`:
 *   form     digits (`21名`), chinese (`三十名`), one (a lone `一`), vague (`十几`, `百余`, `两三`), bare (`万人`);
 *   measure  percent, duration, range, elided (unit from earlier in the sentence), generic (`个`, `次`, `台`…), specific;
 *   subject  subject, none.
 */
export function confidenceKey(c: Candidate, region: Region): string {
  return kindOf(formOf(c, region), measureOf(c, region), c.subject === null ? 1 : 0);
}

function formOf(c: Candidate, { folded }: Region): number {
  const { numberStart: start, numberEnd: end } = c;
  if (hasAsciiDigit(folded, start, end) || FULL_WIDTH_DIGIT(folded.charCodeAt(start))) return DIGITS;
  if (end - start === 1 && folded.charCodeAt(start) === ONE) return ONE_FORM;
  let bare = true;
  for (let i = start; i < end; i++) {
    const code = folded.charCodeAt(i);
    if (VAGUE[code] === 1) return VAGUE_FORM;
    if (MULTIPLIER[code] !== 1) bare = false;
  }
  if (bare) return BARE;
  return c.max !== null ? VAGUE_FORM : CHINESE;
}

function measureOf(c: Candidate, { folded }: Region): number {
  if (c.category === 'percent') return 0;
  if (c.category === 'duration') return 1;
  if (c.rule === 'range') return 2;
  if (c.rule === 'elided-unit') return 3;
  return GENERIC[folded.charCodeAt(c.unitStart)] === 1 ? 4 : 5;
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

/** The reported confidence of every kind, by its feature codes (form · 12 + measure · 2 + subject), rounded. */
const REPORTED = new Float64Array(FORMS.length * MEASURES.length * SUBJECTS.length);
for (let f = 0; f < FORMS.length; f++) {
  for (let m = 0; m < MEASURES.length; m++) {
    for (let s = 0; s < SUBJECTS.length; s++) REPORTED[(f * MEASURES.length + m) * SUBJECTS.length + s] = Math.round(confidenceOf(kindOf(f, m, s)) * 100) / 100;
  }
}

/** Set by scripts/fit-confidence.mjs to collect each kept candidate's kind in order; null in use. */
export const keyRecorder: { sink: string[] | null } = { sink: null };

export const confidence = each('confidence', (c, region) => {
  const form = formOf(c, region);
  const measure = measureOf(c, region);
  const subject = c.subject === null ? 1 : 0;
  keyRecorder.sink?.push(kindOf(form, measure, subject));
  c.confidence = REPORTED[(form * MEASURES.length + measure) * SUBJECTS.length + subject] as number;
});
