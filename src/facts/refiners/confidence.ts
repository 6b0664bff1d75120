/**
 * Confidence that means something: digits with a specific measure word score highest; Chinese numerals,
 * vague forms, a lone `一`, generic `个`, `台`, `日` and units inferred from earlier in the sentence score lower.
 */
import { charTable } from '../chars.js';
import { each, isChineseNumeral, unitFirstCode } from '../refiner.js';

const SPECIFIC = 0.95;
const VAGUE = charTable('几数');
const code = (ch: string): number => ch.charCodeAt(0);
const [ONE, GE, TAI, RI] = ['一', '个', '台', '日'].map(code) as [number, number, number, number];

export const confidence = each('confidence', (c, region) => {
  const { folded } = region;
  let score = SPECIFIC;
  if (isChineseNumeral(c, region)) score -= 0.05;
  if (c.numberEnd - c.numberStart === 1 && folded.charCodeAt(c.numberStart) === ONE) score -= 0.25; // `一批`, `一场`: often a figure of speech
  if (hasVague(folded, c.numberStart, c.numberEnd)) score -= 0.1;
  if (c.rule === 'elided-unit') score -= 0.2;
  const unitFirst = unitFirstCode(c, region);
  if (unitFirst === GE && c.category === 'count') score -= 0.05;
  if (unitFirst === TAI || unitFirst === RI) score -= 0.1;
  if (c.subject === null) score -= 0.1;
  c.confidence = Math.round(Math.max(0.1, score) * 100) / 100;
});

function hasVague(folded: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (VAGUE[folded.charCodeAt(i)] === 1) return true;
  return false;
}
