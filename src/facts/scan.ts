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
    const start = base + m.index;
    const run = { start, end: Math.min(start + m[0].length, region.end) };
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
