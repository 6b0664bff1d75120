/**
 * A page's glyphs → its lines in reading order. Glyphs sharing a baseline make a row; a row splits into
 * segments at gaps wider than an em. A page whose segments leave a vertical gutter down its middle is
 * two columns: between full-width lines (a headline across both columns), the left column is read
 * before the right. A row's segments otherwise are table cells, joined by a TAB.
 */
import type { Glyph } from './pdf-glyphs.js';

export interface Line {
  text: string;
  x0: number;
  x1: number;
  /** baseline, from the bottom of the page */
  y: number;
  size: number;
  /** left and right edges of the column the line is in (the page's text edges on a one-column page) */
  left: number;
  right: number;
  /** a table row: cells apart by TABs */
  cells: boolean;
}

interface Segment {
  glyphs: Glyph[];
  x0: number;
  x1: number;
  y: number;
  size: number;
}

/** Glyphs on baselines closer than this share of the font size are one row (a superscript stays apart). */
const SAME_BASELINE = 0.35;
/** A gap between glyphs wider than this many ems splits a row into segments. */
const SEGMENT_GAP = 1.2;
/** A gap wider than this share of the font size between Latin letters or digits is a space. */
const SPACE_GAP = 0.2;
const CJK_ONLY = /^[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+$/;
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

export function linesOf(glyphs: readonly Glyph[], pageWidth: number): Line[] {
  const segments = rowsOf(glyphs).flatMap(segmentsOf);
  if (segments.length === 0) return [];
  const gutter = findGutter(segments, pageWidth);
  const left = Math.min(...segments.map((s) => s.x0));
  const right = Math.max(...segments.map((s) => s.x1));
  if (gutter === null) return joinRows(segments, left, right);
  // Bands between full-width segments: left column, then right column.
  const lines: Line[] = [];
  let band: Segment[] = [];
  const flushBand = (): void => {
    lines.push(...joinRows(band.filter((s) => s.x1 <= gutter), left, gutter));
    lines.push(...joinRows(band.filter((s) => s.x0 >= gutter), gutter, right));
    band = [];
  };
  for (const s of segments) {
    if (s.x0 < gutter && s.x1 > gutter) {
      flushBand();
      lines.push(...joinRows([s], left, right));
    } else band.push(s);
  }
  flushBand();
  return lines;
}

/** Glyphs grouped by baseline, top row first, each row left to right. */
function rowsOf(glyphs: readonly Glyph[]): Glyph[][] {
  const sorted = [...glyphs].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Glyph[][] = [];
  let row: Glyph[] = [];
  for (const g of sorted) {
    const first = row[0];
    if (first && Math.abs(first.y - g.y) > SAME_BASELINE * Math.min(first.size, g.size)) {
      rows.push(row);
      row = [];
    }
    row.push(g);
  }
  if (row.length > 0) rows.push(row);
  return rows.map((r) => r.sort((a, b) => a.x - b.x));
}

function segmentsOf(row: Glyph[]): Segment[] {
  const segments: Segment[] = [];
  let current: Glyph[] = [];
  for (const g of row) {
    const prev = current.at(-1);
    if (prev && g.x - (prev.x + prev.w) > SEGMENT_GAP * Math.max(prev.size, g.size)) {
      segments.push(segment(current));
      current = [];
    }
    current.push(g);
  }
  if (current.length > 0) segments.push(segment(current));
  return segments.filter((seg) => seg.glyphs.length > 0);
}

function segment(all: Glyph[]): Segment {
  let [start, end] = [0, all.length];
  while (start < end && (all[start] as Glyph).ch === ' ') start++;
  while (end > start && (all[end - 1] as Glyph).ch === ' ') end--;
  const glyphs = all.slice(start, end);
  if (glyphs.length === 0) return { glyphs, x0: 0, x1: 0, y: 0, size: 0 };
  const last = glyphs.at(-1) as Glyph;
  const sizes = glyphs.map((g) => g.size).sort((a, b) => a - b);
  return { glyphs, x0: (glyphs[0] as Glyph).x, x1: last.x + last.w, y: (glyphs[0] as Glyph).y, size: sizes[sizes.length >> 1] as number };
}

/**
 * The x of a gutter between two columns: in the middle 30–70 % of the page, crossed by at most a tenth (or two)
 * of the segments, with long segments (a quarter of the page and more) on both sides. A table's short
 * cells do not make columns.
 */
function findGutter(segments: readonly Segment[], pageWidth: number): number | null {
  if (segments.length < 6) return null;
  let best: { x: number; crossing: number } | null = null;
  for (let x = pageWidth * 0.3; x <= pageWidth * 0.7; x += 2) {
    let crossing = 0;
    for (const s of segments) if (s.x0 < x && s.x1 > x) crossing++;
    if (best === null || crossing < best.crossing) best = { x, crossing };
  }
  if (best === null || best.crossing > Math.max(2, segments.length / 10)) return null; // (a headline or two across both columns)
  const x = best.x;
  const longLeft = segments.filter((s) => s.x1 <= x && s.x1 - s.x0 >= pageWidth / 4).length;
  const longRight = segments.filter((s) => s.x0 >= x && s.x1 - s.x0 >= pageWidth / 4).length;
  return longLeft >= 3 && longRight >= 3 ? x : null;
}

/** Segments of one column (top to bottom) → lines: segments on one baseline are one line, their gaps TABs. */
function joinRows(segments: readonly Segment[], left: number, right: number): Line[] {
  const lines: Line[] = [];
  let row: Segment[] = [];
  const flush = (): void => {
    if (row.length > 0) lines.push(lineOf(row, left, right));
    row = [];
  };
  for (const s of [...segments].sort((a, b) => b.y - a.y || a.x0 - b.x0)) {
    const first = row[0];
    if (first && Math.abs(first.y - s.y) > SAME_BASELINE * Math.min(first.size, s.size)) flush();
    row.push(s);
  }
  flush();
  // The column's text edges are where most lines start and end (a table or a centred caption may stand out).
  const textLines = lines.filter((l) => !l.cells);
  if (textLines.length >= 3) {
    const edgeLeft = mostCommon(textLines.map((l) => l.x0));
    const edgeRight = mostCommon(textLines.map((l) => l.x1));
    for (const l of lines) [l.left, l.right] = [edgeLeft, Math.max(edgeRight, edgeLeft + 1)];
  }
  return lines;
}

/** The most common of some positions, in 3-unit bins (the lowest bin of the most common count). */
function mostCommon(xs: readonly number[]): number {
  const bins = new Map<number, number>();
  for (const x of xs) bins.set(Math.round(x / 3), (bins.get(Math.round(x / 3)) ?? 0) + 1);
  let best = 0;
  let count = -1;
  for (const [bin, n] of bins) if (n > count || (n === count && bin < best)) [best, count] = [bin, n];
  return best * 3;
}

function lineOf(row: Segment[], left: number, right: number): Line {
  row.sort((a, b) => a.x0 - b.x0);
  const texts = row.map((s) => unspaced(textOf(s.glyphs)));
  // A letter-spaced heading (`一、综    合`): a few CJK characters far apart are one word.
  const spaced = row.length > 1 && texts.join('').length <= 10 && texts.every((t) => CJK_ONLY.test(t));
  const sizes = row.map((s) => s.size).sort((a, b) => a - b);
  return {
    text: texts.join(spaced ? '' : '\t'),
    x0: (row[0] as Segment).x0,
    x1: (row.at(-1) as Segment).x1,
    y: (row[0] as Segment).y,
    size: sizes[sizes.length >> 1] as number,
    left,
    right,
    cells: row.length > 1 && !spaced,
  };
}

const SPACED_CJK = /(?<=[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]) (?=[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f])/g;
const TIGHT_CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f](?=[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f])/g;

/**
 * A justified line written with a space between every character (`第 二 产 业 增 加 值`) without them;
 * a line with a few spaces between words (`（记者 刘菲 曹俐 胡碧源）`) keeps them.
 */
function unspaced(text: string): string {
  const spaced = text.match(SPACED_CJK)?.length ?? 0;
  if (spaced < 3) return text;
  const tight = text.match(TIGHT_CJK)?.length ?? 0;
  return spaced > tight ? text.replace(SPACED_CJK, '') : text;
}

/** A segment's characters; a space where Latin letters or digits stand apart (`GDP 262.6`), never between CJK. */
function textOf(glyphs: readonly Glyph[]): string {
  let text = '';
  let prev: Glyph | null = null;
  for (const g of glyphs) {
    if (g.ch === ' ') {
      if (!text.endsWith(' ')) text += ' ';
      continue;
    }
    if (prev && g.x - (prev.x + prev.w) > SPACE_GAP * g.size && !CJK.test(prev.ch) && !CJK.test(g.ch) && !text.endsWith(' ')) text += ' ';
    text += g.ch;
    prev = g;
  }
  return text;
}
