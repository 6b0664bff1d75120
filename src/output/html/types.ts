/** What the review page is made from: one entry per input document. */
import type { Trace } from '../../facts/find.js';
import type { Report } from '../../schema.js';

export interface HtmlDocument {
  report: Report;
  /** The input path as given (`-` for stdin). */
  file: string;
  /** The decoded source text the report's spans index (`Extraction.text`). */
  text: string;
  /** Dropped candidates, shown struck through; undefined (not shown) unless --debug. */
  trace?: Trace;
}

export interface HtmlOptions {
  /** Show the trace of dropped candidates. @default false */
  debug?: boolean;
}

/** Ids of one document's elements: `d1-f3` (fact 3), `d1-x2` (dropped 2), `d1-b4` (block 4), `d1-lead`. */
export const ids = (doc: number) => ({
  doc: `d${doc}`,
  fact: (i: number) => `d${doc}-f${i + 1}`,
  dropped: (i: number) => `d${doc}-x${i + 1}`,
  block: (index: number) => `d${doc}-b${index}`,
  lead: `d${doc}-lead`,
  tail: `d${doc}-tail`,
});
export type Ids = ReturnType<typeof ids>;
