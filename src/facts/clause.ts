/** Clause and sentence bounds around a position, looked for within a bounded window (so passes stay linear). */
import type { Region } from './candidate.js';
import { charTable } from './chars.js';

export const CLAUSE_PUNCTUATION = charTable('，。；！？：,;!?:\n');
export const SENTENCE_PUNCTUATION = charTable('。；！？;!?\n');
/** No clause of a report runs longer than this; beyond it we stop looking. */
export const MAX_CLAUSE = 80;

/** Start of the clause containing `at` (after the previous clause punctuation). */
export function clauseStart(region: Region, at: number, sentence = false): number {
  const stops = sentence ? SENTENCE_PUNCTUATION : CLAUSE_PUNCTUATION;
  const { folded } = region;
  const limit = Math.max(region.start, at - MAX_CLAUSE);
  let i = at;
  while (i > limit && stops[folded.charCodeAt(i - 1)] !== 1) i--;
  return i;
}

/** End of the clause containing `at` (before the next clause punctuation). */
export function clauseEnd(region: Region, at: number): number {
  const { folded } = region;
  const limit = Math.min(region.end, at + MAX_CLAUSE);
  let i = at;
  while (i < limit && CLAUSE_PUNCTUATION[folded.charCodeAt(i)] !== 1) i++;
  return i;
}
