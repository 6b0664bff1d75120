/**
 * A PDF page's text items → glyphs with positions, and glyphs drawn twice at nearly the same place
 * (fake bold: the headline's `迎疫而上迎疫而上…`) kept once. Done per glyph, before any line or text
 * heuristic, so a doubled run reads as one whatever order its copies were drawn in.
 */

/** What pdfjs's getTextContent gives per run of text (the fields used here). */
export interface TextItem {
  str: string;
  /** [a, b, c, d, e, f]: e, f the origin of the run's baseline, in page units from the bottom left. */
  transform: number[];
  width: number;
}

export interface Glyph {
  ch: string;
  /** left edge and baseline, page units from the bottom left */
  x: number;
  y: number;
  /** advance width */
  w: number;
  /** font size (the text's vertical scale) */
  size: number;
}

/** Full-width characters advance one em; the rest (Latin, digits, half-width punctuation) about half. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u3000-\u303f\u2018-\u201d\u2026\u2014]/;
/** Two copies of a glyph closer than this share of the font size are one glyph drawn twice. */
const SAME_PLACE = 0.3;

/** The glyphs of a page's items, each run's width shared among its characters by their widths. */
export function glyphsOf(items: readonly TextItem[]): Glyph[] {
  const glyphs: Glyph[] = [];
  for (const item of items) {
    const chars = [...item.str];
    if (chars.length === 0) continue;
    const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = item.transform;
    const size = Math.hypot(c, d) || Math.hypot(a, b) || 1;
    const weights = chars.map((ch) => (WIDE.test(ch) ? 1 : 0.5));
    const total = weights.reduce((s, w) => s + w, 0);
    const width = item.width > 0 ? item.width : total * size;
    let x = e;
    const blank = item.str.trim() === ''; // a run of spaces alone only moves the pen: gaps speak for it
    for (const [i, ch] of chars.entries()) {
      const w = (width * (weights[i] as number)) / total;
      if (ch.trim() !== '') glyphs.push({ ch, x, y: f, w, size });
      else if (!blank) glyphs.push({ ch: ' ', x, y: f, w, size }); // a space inside a run: `（记者 刘菲 曹俐）`
      x += w;
    }
  }
  return glyphs;
}

/**
 * Glyphs without their second copies: a glyph equal to one already kept within SAME_PLACE of the
 * font size, across and along the line, is dropped.
 * @example '迎迎疫疫' drawn as 迎@(100,700) 迎@(100.3,700.2) 疫@(120,700) 疫@(120.3,700.2) → 迎疫
 */
export function withoutDoubles(glyphs: readonly Glyph[]): Glyph[] {
  const seen = new Map<string, Glyph[]>();
  const kept: Glyph[] = [];
  for (const g of glyphs) {
    if (g.ch === ' ') {
      kept.push(g);
      continue;
    }
    const same = seen.get(g.ch);
    const near = SAME_PLACE * g.size;
    if (same?.some((o) => Math.abs(o.x - g.x) < near && Math.abs(o.y - g.y) < near)) continue;
    if (same) same.push(g);
    else seen.set(g.ch, [g]);
    kept.push(g);
  }
  return kept;
}
