/**
 * A quantity in a list that names nothing of its own counts what the list's previous quantity counts:
 * `分别接待游客5万人次、3万人次和3.7万人次` → 游客 for all three. A merge over neighbours: only the text
 * between them is read (a list separator or conjunction, nothing else), and the measure word must agree.
 */
import type { Candidate, Region } from '../candidate.js';
import { charTable } from '../chars.js';
import type { Refiner } from '../refiner.js';

/** What may stand between two items of one list: `、`, `和`, `及`, `与`, `以及`. */
const BETWEEN = charTable('、和及与以');
/** At most this many characters between two items. */
const MAX_BETWEEN = 2;

export const listSubject: Refiner = {
  name: 'list-subject',
  refine(candidates: Candidate[], region: Region): void {
    let previous: Candidate | null = null;
    for (const c of candidates) {
      if (c.dropped) continue;
      if (c.subject === null && previous?.subject && previous.unit === c.unit && listed(region.folded, previous.end, c.start)) c.subject = previous.subject;
      previous = c;
    }
  },
};

/** Is [from, to) a list separator: one to MAX_BETWEEN characters of BETWEEN? */
function listed(folded: string, from: number, to: number): boolean {
  if (to <= from || to - from > MAX_BETWEEN) return false;
  for (let i = from; i < to; i++) if (BETWEEN[folded.charCodeAt(i)] !== 1) return false;
  return true;
}
