/**
 * Kicker lines above headings (`用电负荷934万千瓦创新高` over `电力部门：全天候服务保供电`, a speech's topic over
 * its speaker line): they open their block.
 */
import type { Paragraph, ReadingView } from '../text/unwrap.js';
import { CLAUSE_MARKS } from './candidates.js';
import { COLON } from './headings/types.js';
import type { Candidate } from './series.js';

/**
 * Kicker lines: a short line of its own above a heading line, `用电负荷934万千瓦创新高` over `电力部门：全天候服务保供电`,
 * or a speech's topic over its speaker line, opens the block (its figures are the block's). Taken where most
 * headings of the document have one (KICKER_SHARE), so that a list's last line or a caption above a heading is not.
 */
export function kickersOf(view: ReadingView, headings: readonly Candidate[], bodyStart: number): Map<Candidate, number> {
  const found = new Map<Candidate, number>();
  let asked = 0;
  let after = -1; // the paragraph of the heading before: a kicker stands below it
  for (const c of headings) {
    const k = c.paragraph - 1;
    const p = view.paragraphs[k];
    if (!c.midline && p && p.start >= bodyStart) {
      asked++;
      if (k > after && isKicker(view, p, c.style === 'speaker')) found.set(c, p.start);
    }
    after = c.paragraph;
  }
  return found.size >= MIN_SERIES_OF_KICKERS && found.size >= asked * KICKER_SHARE ? found : new Map();
}
const KICKER_SHARE = 2 / 3;
const MIN_SERIES_OF_KICKERS = 2;
/** A kicker is one short line with no clause punctuation. */
const MAX_KICKER_LENGTH = 40;
/** Above a unit's heading, a kicker states the block's key figure; a line without one (a photo caption) is the block's before. */
const FIGURE = /[0-9一二三四五六七八九十百千万亿两]/;

/** Is paragraph `p` a kicker: one short line with no clause punctuation, and a figure in it unless it tops a speaker? */
function isKicker(view: ReadingView, p: Paragraph, speaker: boolean): boolean {
  if (p.firstLine !== p.lastLine || p.end - p.start > MAX_KICKER_LENGTH) return false;
  for (let i = p.start; i < p.end; i++) if (CLAUSE_MARKS[view.folded.charCodeAt(i)] === 1 || view.folded.charCodeAt(i) === COLON) return false;
  return speaker || FIGURE.test(view.folded.slice(p.start, p.end));
}

