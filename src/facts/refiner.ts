/** A refiner is an ordered pass over a region's candidates: a filter drops (with a reason), others set fields. */
import type { Candidate, Region } from './candidate.js';
import { hasAsciiDigit } from './chars.js';

export interface Refiner {
  name: string;
  refine(candidates: Candidate[], region: Region): void;
}

/** A filter: `why` returns a reason to drop the candidate, or null to keep it. */
export function filter(name: string, why: (c: Candidate, region: Region) => string | null): Refiner {
  return {
    name,
    refine(candidates, region) {
      for (const c of candidates) {
        if (c.dropped) continue;
        const reason = why(c, region);
        if (reason) c.dropped = `${name}: ${reason}`;
      }
    },
  };
}

/** A pass that sets fields of each kept candidate. */
export function each(name: string, apply: (c: Candidate, region: Region) => void): Refiner {
  return {
    name,
    refine(candidates, region) {
      for (const c of candidates) if (!c.dropped) apply(c, region);
    },
  };
}

/** The first code unit of the candidate's measure word as written (`folded.slice(c.unitStart, c.end)[0]`), NaN when it has none. */
export const unitFirstCode = (c: Candidate, region: Region): number => (c.unitStart < c.end ? region.folded.charCodeAt(c.unitStart) : NaN);

/** Is the numeral of a candidate written with Chinese numerals (`一`, `三十`), not digits? */
export const isChineseNumeral = (c: Candidate, region: Region): boolean => !hasAsciiDigit(region.folded, c.numberStart, c.numberEnd);

/**
 * Where the text before a candidate's number ends: its start, or before one blank a copy put there
 * (`第 3 名`, `前 10 位`), so the words before the number are read the same with or without it.
 */
export function numberLead(c: Candidate, region: Region): number {
  const at = c.numberStart;
  return at - 1 > region.start && region.folded.charCodeAt(at - 1) === 0x20 && region.folded.charCodeAt(at - 2) !== 0x20 ? at - 1 : at;
}
