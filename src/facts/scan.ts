/**
 * One pass over a region: every numeral run is offered to the rules in order; the first candidate wins
 * and the scan resumes after it. Each rule looks only right where the number ends, so the pass is linear.
 */
import { NUMERAL_RUN } from '../numbers/numerals.js';
import type { Candidate, Region } from './candidate.js';
import type { Rule } from './rule.js';

const RUN = new RegExp(NUMERAL_RUN.source, 'gu');
/** How far NUMERAL_RUN's lookaheads can see past a character (`,(?=\d{3}(?!\d))` needs 4). */
const LOOKAHEAD = 8;
/** Chinese digits (no multiplier) right before an Arabic digit: `伍18`, `陆3`, `一18`. */
const WORD_DIGITS = '〇○零一二两兩三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖';
const WORD_BEFORE_DIGITS = new RegExp(`^[${WORD_DIGITS}]+(?=[0-9０-９])`, 'u');
/** WORD_BEFORE_DIGITS can only match a run starting with one of these (most runs do not: tried first). */
const WORD_DIGIT_SET = new Set(WORD_DIGITS);

export function scan(region: Region, rules: readonly Rule[]): Candidate[] {
  const found: Candidate[] = [];
  const ctx = { region, previous: found };
  // Search only this region (plus what the lookaheads need): searching the whole view from region.start
  // would run to the next numeral of a later region, quadratic over many number-less blocks.
  const base = region.start;
  const window = region.folded.slice(base, Math.min(region.folded.length, region.end + LOOKAHEAD));
  RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RUN.exec(window)) !== null && base + m.index < region.end) {
    // `队伍18支`, `陆续3批`: a Chinese digit glued before Arabic digits belongs to a word (伍 in 队伍), not
    // to the number; the number starts at its first Arabic digit.
    const word = m[0].length > 1 && WORD_DIGIT_SET.has(m[0][0] as string) ? WORD_BEFORE_DIGITS.exec(m[0]) : null;
    const start = base + m.index + (word ? word[0].length : 0);
    const run = { start, end: Math.min(base + m.index + m[0].length, region.end) };
    for (const rule of rules) {
      const c = rule.extract(ctx, run);
      if (c && c.end <= region.end) {
        found.push(c);
        RUN.lastIndex = Math.max(c.end, run.end) - base;
        break;
      }
    }
  }
  return found;
}
