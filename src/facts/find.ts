/** Facts: a placeholder until the extraction lands (issue 3). */
import type { Layout } from '../layout/layout.js';
import type { Fact } from '../schema.js';
import type { SourceText } from '../text/source.js';

export interface Dropped {
  raw: string;
  span: { start: number; end: number };
  reason: string;
  rule: string;
}
export type Trace = Dropped[];

export function findFacts(_source: SourceText, _layout: Layout): { facts: Fact[]; trace: Trace } {
  return { facts: [], trace: [] };
}
