/**
 * Facts of a document: scan each region (headline, lead, each block's body) with the rules, run the
 * refiners, and turn the kept candidates into Facts with source spans; dropped ones go to the trace.
 */
import type { Layout } from '../layout/layout.js';
import type { Fact } from '../schema.js';
import { AtMostCursor, type SourceText } from '../text/source.js';
import type { ReadingView, ViewCursor } from '../text/unwrap.js';
import type { Candidate, Region } from './candidate.js';
import { charTable } from './chars.js';
import { clauseEnd, clauseStart } from './clause.js';
import { REFINERS, RULES } from './config.js';
import { scan } from './scan.js';

export interface Dropped {
  raw: string;
  span: { start: number; end: number };
  line: number;
  reason: string;
  rule: string;
}
export type Trace = Dropped[];

interface Area {
  view: ReadingView;
  /** The view's source positions, asked in ascending order (one cursor per view, shared by its areas). */
  cursor: ViewCursor;
  region: Region;
  /** 1-based block index, or null for the headline and the lead. */
  block: number | null;
  /** The block's name, or null for the headline and the lead. */
  department: string | null;
}

/** The facts (and dropped candidates) of one area, in source order. */
export interface AreaFacts {
  facts: Fact[];
  dropped: Dropped[];
}

/** Facts area by area, in source order, so a caller can write them out and let them go. */
export function* factsByArea(source: SourceText, layout: Layout): Generator<AreaFacts> {
  const lines = new AtMostCursor(source.lineStarts);
  for (const area of areas(layout)) {
    const found: AreaFacts = { facts: [], dropped: [] };
    factsOf(area, lines, found);
    yield found;
  }
}

/** All facts of a document, in source order, and (unless `trace` is false) the dropped candidates. */
export function findFacts(source: SourceText, layout: Layout, trace = true): { facts: Fact[]; trace: Trace } {
  const lines = new AtMostCursor(source.lineStarts);
  // (every area adds to the same two lists: no list per area to copy over)
  const found: AreaFacts = { facts: [], dropped: [] };
  for (const area of areas(layout)) factsOf(area, lines, found, trace);
  return { facts: found.facts, trace: found.dropped };
}

/** Adds the facts and the dropped candidates of one area to `found`; `lines` finds 0-based source lines. */
function factsOf(area: Area, lines: AtMostCursor, found: AreaFacts, trace = true): void {
  const { cursor, region } = area;
  const candidates = scan(region, RULES);
  // (most blocks of some documents hold no number at all: nothing to refine)
  if (candidates.length > 0) for (const refiner of REFINERS) refiner.refine(candidates, region);
  for (const c of candidates) {
    if (c.dropped && !trace) continue;
    const span = cursor.spanToSource(c.start, c.end);
    // The view's text without what it inserted (`5\nkm` is `5km`); PDF page noise is not in the view at all.
    const raw = cursor.sourceOnly(c.start, c.end);
    const line = lines.lastAtMost(span.start) + 1;
    if (c.dropped) {
      found.dropped.push({ raw, span, line, reason: c.dropped, rule: c.rule });
      continue;
    }
    found.facts.push(toFact(c, area, raw, span, line));
  }
}

function toFact(c: Candidate, { view, region, block, department }: Area, raw: string, span: { start: number; end: number }, line: number): Fact {
  return {
    department,
    departmentIndex: block,
    category: c.category,
    value: round(c.value),
    max: c.max === null ? null : round(c.max),
    unit: c.unit,
    measureWord: sharedSlice(view.text, measureStart(c, region), c.rule === 'percent' ? c.end : unitEnd(c, region)),
    qualifier: c.qualifier,
    per: c.per,
    total: c.total,
    subject: c.subject,
    raw,
    span,
    line,
    page: null, // a PDF's pages are set by the pipeline, which knows where each page starts
    context: view.text.slice(c.clauseStart ?? clauseStart(region, c.start), clauseEnd(region, c.end)),
    confidence: c.confidence,
  };
}

/** The headline, the lead, then each block's kicker and body — in source order (a PDF's headline may come last). */
function* areas(layout: Layout): Generator<Area> {
  const hv = layout.headlineView;
  const { view } = layout;
  const cursor = view.cursor();
  const headline: Area | null = hv.viewLength > 0 ? { view: hv, cursor: hv.cursor(), region: { folded: hv.folded, text: hv.text, start: 0, end: hv.viewLength }, block: null, department: null } : null;
  const headlineLast = headline !== null && view.viewLength > 0 && hv.toSource(0) > view.toSource(0);
  if (headline && !headlineLast) yield headline;
  const region = (start: number, end: number): Region => ({ folded: view.folded, text: view.text, start, end });
  const firstBlock = layout.blocks[0]?.start ?? layout.bodyEnd;
  if (firstBlock > layout.bodyStart) yield { view, cursor, region: region(layout.bodyStart, firstBlock), block: null, department: null };
  for (const [i, b] of layout.blocks.entries()) {
    // A kicker above the heading (`用电负荷934万千瓦创新高`) is the block's, as is a sub-headline after the name.
    if (b.headingStart > b.start) yield { view, cursor, region: region(b.start, b.headingStart), block: i + 1, department: b.name };
    yield { view, cursor, region: region(b.bodyStart, b.end), block: i + 1, department: b.name };
  }
  if (headline && headlineLast) yield headline;
}

const SUFFIX_QUALIFIER_CHARS = charTable('以上左右下多余之');
const MULTIPLIERS = charTable('万亿');

/** Where the measure word ends: before a suffix qualifier (`3000人左右` → `人`), including `件（套）`. */
function unitEnd(c: Candidate, region: Region): number {
  let end = c.end;
  while (end > c.unitStart && SUFFIX_QUALIFIER_CHARS[region.folded.charCodeAt(end - 1)] === 1) end--;
  return end;
}

/** The measure word as written starts at a multiplier the number ends with: `210万元` → `万元`. */
function measureStart(c: Candidate, region: Region): number {
  let start = c.unitStart;
  while (start > c.numberStart + 1 && MULTIPLIERS[region.folded.charCodeAt(start - 1)] === 1) start--;
  return start;
}

/**
 * text[start, end), shared for the short pieces a report repeats (measure words: `人`, `万元`, `万人次`): one
 * string per piece of up to three code units, found by its codes, instead of a new slice per fact (a short
 * slice of a large text is a copy, and a 10 MB report makes 110,000 of them). At most SHARED pieces are kept.
 */
function sharedSlice(text: string, start: number, end: number): string {
  const length = end - start;
  if (length <= 0 || length > 3) return text.slice(start, end);
  let key = length; // (the length, then each code: three codes and the length fit a double exactly)
  for (let i = start; i < end; i++) key = key * 0x10000 + text.charCodeAt(i);
  let piece = SHORT_TEXTS.get(key);
  if (piece === undefined) {
    piece = text.slice(start, end);
    if (SHORT_TEXTS.size < SHARED) SHORT_TEXTS.set(key, piece);
  }
  return piece;
}
const SHORT_TEXTS = new Map<number, string>();
const SHARED = 4096;

/** Canonical values are rounded to 9 significant decimals so `500公斤` is 0.5, not 0.5000000001. */
const round = (x: number): number => (Number.isInteger(x) ? x : Number(x.toPrecision(12)));
