/**
 * One pass over a region: every numeral run is offered to the rules in order; the first candidate wins
 * and the scan resumes after it. Each rule looks only right where the number ends, so the pass is linear.
 */
import type { Candidate, Region } from './candidate.js';
import { charTable } from './chars.js';
import { nextRunStart, runEnd } from './numeral-runs.js';
import type { Rule } from './rule.js';

/** How far NUMERAL_RUN's lookaheads can see past a character (`,(?=\d{3}(?!\d))` needs 4). */
const LOOKAHEAD = 8;
/** Chinese digits (no multiplier) right before an Arabic digit: `伍18`, `陆3`, `一18`. */
const WORD_DIGITS = charTable('〇○零一二两兩三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖');
const ARABIC_DIGITS = charTable('0123456789０１２３４５６７８９');

export function scan(region: Region, rules: readonly Rule[]): Candidate[] {
  const found: Candidate[] = [];
  const ctx = { region, previous: found };
  const { folded } = region;
  // Search only this region (plus what the lookaheads need): searching the whole view from region.start
  // would run to the next numeral of a later region, quadratic over many number-less blocks.
  const limit = Math.min(folded.length, region.end + LOOKAHEAD);
  // (one object for every run, set before the rules see it: a rule reads it and keeps nothing of it)
  const run = { start: 0, end: 0 };
  let from = region.start;
  for (let at = nextRunStart(folded, from, region.end, limit); at >= 0; at = nextRunStart(folded, from, region.end, limit)) {
    const end = runEnd(folded, at, limit);
    // `队伍18支`, `陆续3批`: a Chinese digit glued before Arabic digits belongs to a word (伍 in 队伍), not
    // to the number; the number starts at its first Arabic digit.
    run.start = at + wordBeforeDigits(folded, at, end);
    run.end = Math.min(end, region.end);
    from = end;
    for (const rule of rules) {
      const c = rule.extract(ctx, run);
      if (c && c.end <= region.end) {
        found.push(c);
        from = Math.max(c.end, run.end);
        break;
      }
    }
  }
  return found;
}

/** The length of a word's Chinese digits leading the run [start, end) right before an Arabic digit, else 0. */
function wordBeforeDigits(folded: string, start: number, end: number): number {
  let i = start;
  while (i < end && WORD_DIGITS[folded.charCodeAt(i)] === 1) i++;
  return i > start && i < end && ARABIC_DIGITS[folded.charCodeAt(i)] === 1 ? i - start : 0;
}
