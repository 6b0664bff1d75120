/**
 * Confidence that means something: digits with a specific measure word score highest; Chinese numerals,
 * vague forms, a lone `一`, generic `个`, `台`, `日` and units inferred from earlier in the sentence score lower.
 */
import { each, isChineseNumeral } from '../refiner.js';

const SPECIFIC = 0.95;
export const confidence = each('confidence', (c, region) => {
  let score = SPECIFIC;
  const number = region.folded.slice(c.numberStart, c.numberEnd);
  if (isChineseNumeral(c, region)) score -= 0.05;
  if (number === '一') score -= 0.25; // `一批`, `一场`: often a figure of speech
  if (/[几数]/.test(number)) score -= 0.1;
  if (c.rule === 'elided-unit') score -= 0.2;
  const unit = region.folded.slice(c.unitStart, c.end);
  if (unit.startsWith('个') && c.category === 'count') score -= 0.05;
  if (unit.startsWith('台') || unit.startsWith('日')) score -= 0.1;
  if (c.subject === null) score -= 0.1;
  c.confidence = Math.round(Math.max(0.1, score) * 100) / 100;
});
