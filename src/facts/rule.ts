/** A rule looks at one numeral run and returns a candidate quantity, or declines with null. */
import type { Candidate, Region } from './candidate.js';

/** (The scanner reuses one object for every run: a rule must not keep it.) */
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
  return folded.charCodeAt(at) === 0x20 ? at + 1 : at;
}

/** A candidate with the defaults the refiners fill in later. */
export function candidate(fields: Pick<Candidate, 'rule' | 'start' | 'end' | 'numberStart' | 'numberEnd' | 'unitStart' | 'category' | 'value' | 'max' | 'unit' | 'qualifier'>): Candidate {
  // (spelled out: a spread into a literal is a slow generic copy, and this runs for every candidate; the fields
  // the refiners set later are there from the start, so setting them changes no object's shape)
  return {
    per: null, total: false, subject: null, confidence: 0.9,
    rule: fields.rule, start: fields.start, end: fields.end, numberStart: fields.numberStart, numberEnd: fields.numberEnd,
    unitStart: fields.unitStart, category: fields.category, value: fields.value, max: fields.max, unit: fields.unit, qualifier: fields.qualifier,
    clauseStart: undefined, dropped: undefined,
  };
}
