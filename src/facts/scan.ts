/**
 * One pass over a region: every numeral run is offered to the rules in order; the first candidate wins
 * and the scan resumes after it. Each rule looks only right where the number ends, so the pass is linear.
 */
import { NUMERAL_RUN } from '../numbers/numerals.js';
import type { Candidate, Region } from './candidate.js';
import type { Rule } from './rule.js';

const RUN = new RegExp(NUMERAL_RUN.source, 'gu');

export function scan(region: Region, rules: readonly Rule[]): Candidate[] {
  const found: Candidate[] = [];
  const ctx = { region, previous: found };
  RUN.lastIndex = region.start;
  let m: RegExpExecArray | null;
  while ((m = RUN.exec(region.folded)) !== null && m.index < region.end) {
    const run = { start: m.index, end: Math.min(m.index + m[0].length, region.end) };
    for (const rule of rules) {
      const c = rule.extract(ctx, run);
      if (c && c.end <= region.end) {
        found.push(c);
        RUN.lastIndex = Math.max(c.end, run.end);
        break;
      }
    }
  }
  return found;
}
