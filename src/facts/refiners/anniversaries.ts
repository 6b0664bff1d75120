/**
 * The anniversaries a text names (`建院70周年`, `七十华诞`): a speech that opens with `70周年` goes on to say
 * `这70年`, `走过的70年`, `七十年的历史`, the same anniversary, not a span of time it reports.
 * Read once per view text (every region of a view shares its folded text, and a document's regions come
 * view by view), by a linear walk.
 */
import { ANNIVERSARY_WORDS } from '../lexicon/references.js';
import type { Region } from '../candidate.js';
import { charTable } from '../chars.js';
import { readNumber } from '../rules/number-text.js';

/** The characters of a numeral read backwards from the anniversary word: `70`, `七十`, `一百`. */
const NUMERAL = charTable('0123456789〇零一二两三四五六七八九十百千');
const NONE: ReadonlySet<number> = new Set();

let lastText: string | null = null;
let lastSet: ReadonlySet<number> = NONE;

/** The numbers N of `N周年`, `N华诞` anywhere in the region's view text. */
export function anniversaries(region: Region): ReadonlySet<number> {
  const { folded } = region;
  if (folded === lastText) {
    // The same text in another string (the same document extracted again) compares by content, once: from
    // then on, one pointer comparison per region.
    lastText = folded;
    return lastSet;
  }
  let found: Set<number> | null = null;
  for (const word of ANNIVERSARY_WORDS) {
    for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + word.length)) {
      let start = at;
      while (start > 0 && NUMERAL[folded.charCodeAt(start - 1)] === 1 && at - start < 12) start--;
      const number = start < at ? readNumber(folded, start, at) : null;
      if (number && number.max === null) (found ??= new Set()).add(number.value);
    }
  }
  lastText = folded;
  lastSet = found ?? NONE;
  return lastSet;
}
