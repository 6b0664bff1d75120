/** A quantity found by a rule, before the refiners decide what it is. Offsets are view offsets. */
import type { Category, Per, Qualifier } from '../schema.js';

export interface Candidate {
  /** The rule that found it (shown by --debug). */
  rule: string;
  /** View range of the quantity's own text (`70余辆`, `近百个`, `100%`). */
  start: number;
  end: number;
  /** View range of the number itself, and of the measure word as written. */
  numberStart: number;
  numberEnd: number;
  unitStart: number;
  category: Category;
  value: number;
  max: number | null;
  unit: string;
  qualifier: Qualifier;
  per: Per | null;
  total: boolean;
  subject: string | null;
  confidence: number;
  /** View offset where the candidate's clause starts (set once the candidate's own extent is final). */
  clauseStart?: number;
  /** Set by a filter: why this is not a fact. */
  dropped?: string;
}

/** The text a rule or refiner looks at: one region (the lead, a block's body, the headline) of a view. */
export interface Region {
  /** Folded view text (matching) and original view text (reporting), same length. */
  folded: string;
  text: string;
  /** View range of the region. */
  start: number;
  end: number;
}
