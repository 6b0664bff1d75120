/**
 * What is counted. After the measure word when a noun follows (`21名党员干部在…` → 党员干部,
 * `9名能力强、有担当、善作为的干部` → 干部); otherwise before the number (`劝返车辆37辆`, `诉求12条`).
 * A duration's subject is what lasts, which follows it (`24小时值守`).
 */
import { SUBJECT_STOPS, VERBS_BEFORE } from '../lexicon/subjects.js';
import { RATE_WORDS, TOTAL_WORDS } from '../lexicon/rates.js';
import { PREFIX_QUALIFIERS } from '../lexicon/qualifiers.js';
import type { Candidate, Region } from '../candidate.js';
import { each } from '../refiner.js';

/** Longest subject kept; a report's nouns are short. */
const MAX_SUBJECT = 8;
/** How far either way we look. */
const WINDOW = 24;
const BREAK = /[，。；！？：,;!?:\n“”"（）()《》【】\d]/;
const LIST_BREAK = /[、]/;
const HAN_WORD = /^[\p{Script=Han}A-Za-z]+$/u;
const TRIM_BEFORE = [...TOTAL_WORDS, ...RATE_WORDS.map(([w]) => w), ...PREFIX_QUALIFIERS.map(([w]) => w), '等', '了', '达', '为', '有', '各', '约'];

export const subject = each('subject', (c, region) => {
  const after = subjectAfter(c, region);
  const before = subjectBefore(c, region);
  const afterStartsWithVerb = after !== null && SUBJECT_STOPS.some((s) => s.length > 1 && region.folded.startsWith(s, c.end));
  const range = c.category === 'duration' || (after && !(afterStartsWithVerb && before)) ? (after ?? before) : (before ?? after);
  c.subject = range ? region.text.slice(range[0], range[1]) : null;
});

/** The noun after the measure word, or null. */
function subjectAfter(c: Candidate, region: Region): [number, number] | null {
  const { folded } = region;
  let start = c.end;
  const limit = Math.min(region.end, c.end + WINDOW);
  let stop = start;
  while (stop < limit && !BREAK.test(folded[stop] as string)) stop++;
  const window = folded.slice(start, stop);
  // `能力强、有担当、善作为的干部`: modifiers joined by 、 end in 的; `175人的应急备勤人员`.
  const de = window.lastIndexOf('的');
  if (de >= 0 && (window.startsWith('的') || LIST_BREAK.test(window.slice(0, de)))) start += de + 1;
  else if (LIST_BREAK.test(window)) stop = start + window.search(LIST_BREAK);
  let end = start;
  const stops = c.category === 'duration' ? [] : SUBJECT_STOPS;
  while (end < stop && end - start < MAX_SUBJECT) {
    if (end - start >= 2 && stops.some((s) => folded.startsWith(s, end))) break;
    if (LIST_BREAK.test(folded[end] as string)) break;
    end++;
  }
  return end - start >= 1 && HAN_WORD.test(folded.slice(start, end)) ? [start, end] : null;
}

/** The noun before the number, read backwards to the clause or list start and after the last verb. */
function subjectBefore(c: Candidate, region: Region): [number, number] | null {
  const { folded } = region;
  const end0 = c.start;
  const limit = Math.max(region.start, end0 - WINDOW);
  let start = end0;
  while (start > limit && !BREAK.test(folded[start - 1] as string) && !LIST_BREAK.test(folded[start - 1] as string)) start--;
  let end = end0;
  // Drop total, rate and qualifier words and glue right before the number: `各执法大队共计` → 各执法大队.
  for (let trimmed = true; trimmed; ) {
    trimmed = false;
    for (const w of TRIM_BEFORE) {
      if (end - w.length > start && folded.endsWith(w, end)) {
        end -= w.length;
        trimmed = true;
      }
    }
  }
  // Start after the last verb: `配送盒饭` → 盒饭, `日均清运生活垃圾` → 生活垃圾.
  for (let i = end - 1; i > start; i--) {
    const verb = VERBS_BEFORE.find((v) => folded.startsWith(v, i - v.length + 1) && i - v.length + 1 >= start);
    if (verb && i + 1 < end) {
      start = i + 1;
      break;
    }
  }
  if (end - start > MAX_SUBJECT * 2) start = end - MAX_SUBJECT * 2;
  const text = folded.slice(start, end).replace(/^[各对向为在将把]/, '');
  start = end - text.length;
  return end > start && HAN_WORD.test(text) ? [start, end] : null;
}
