/**
 * What is counted decides some measure words (lexicon/subjects.ts CATEGORY_BY_SUBJECT): `铲雪车20台` are
 * vehicles, `电脑20台` a count; `兄弟姐妹八个` are people; `3口井` are things, `一家5口` people.
 */
import { fold, foldCode } from '../../text/normalize.js';
import { CATEGORY_BY_SUBJECT } from '../lexicon/subjects.js';
import { anyWordEndsAt, charTable } from '../chars.js';
import { each } from '../refiner.js';
import { unitAt } from '../units-at.js';

/** The first characters of the measure words of the table: most candidates start with none. */
const INITIAL = charTable(CATEGORY_BY_SUBJECT.map(([w]) => w[0]).join(''));
/** The last characters of all the subjects' endings: a subject ending in none is not folded and compared. */
const ENDING_LAST = charTable(CATEGORY_BY_SUBJECT.flatMap(([, endings]) => endings.map((e) => e.slice(-1))).join(''));

export const bySubject = each('by-subject', (c, region) => {
  // (the measure word's first character first: most candidates stop at this one table read)
  if (INITIAL[region.folded.charCodeAt(c.unitStart)] !== 1 || !c.subject || c.rule === 'percent') return;
  if (ENDING_LAST[foldCode(c.subject.charCodeAt(c.subject.length - 1))] !== 1) return;
  const written = unitAt(region.folded, c.unitStart)?.word;
  for (const [word, endings, category, unit] of CATEGORY_BY_SUBJECT) {
    if (word !== written) continue;
    const subject = fold(c.subject);
    if (anyWordEndsAt(subject, subject.length, endings)) {
      c.category = category;
      c.unit = unit;
    }
    return;
  }
});
