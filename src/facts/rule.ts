/** A rule looks at one numeral run and returns a candidate quantity, or declines with null. */
import type { Candidate, Region } from './candidate.js';

export interface NumeralRun {
  /** View offsets of the numeral run found by the scanner (`70余`, `1.2万`, `两三`). */
  start: number;
  end: number;
}

export interface RuleContext {
  region: Region;
  /** Candidates already found in this region, in order. */
  previous: readonly Candidate[];
}

export interface Rule {
  name: string;
  extract(ctx: RuleContext, run: NumeralRun): Candidate | null;
}

/** Skip one blank between a number and its unit: `9261 萬元`. */
export function skipBlank(folded: string, at: number): number {
  return folded[at] === ' ' ? at + 1 : at;
}

/** A candidate with the defaults the refiners fill in later. */
export function candidate(fields: Pick<Candidate, 'rule' | 'start' | 'end' | 'numberStart' | 'numberEnd' | 'unitStart' | 'category' | 'value' | 'max' | 'unit' | 'qualifier'>): Candidate {
  return { per: null, total: false, subject: null, confidence: 0.9, ...fields };
}
