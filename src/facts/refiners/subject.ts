/**
 * What is counted. After the measure word when a noun follows (`21名党员干部在…` → 党员干部,
 * `9名能力强、有担当、善作为的干部` → 干部); otherwise before the number (`劝返车辆37辆`, `诉求12条`,
 * `脱贫户3260户`). A duration's subject is what lasts, which mostly follows it (`24小时值守`, `48小时内拨付`).
 */
import { DURATION_VERBS, PARTICLE_WORDS, SUBJECT_STOPS, VEHICLE_WORDS, VERBS_BEFORE } from '../lexicon/subjects.js';
import { RATE_WORDS, TOTAL_WORDS } from '../lexicon/rates.js';
import { PREFIX_QUALIFIERS, QUALIFIER_GLUE } from '../lexicon/qualifiers.js';
import type { Candidate, Region } from '../candidate.js';
import { each } from '../refiner.js';

const STOP_SET = new Set(SUBJECT_STOPS);
const VERB_SET = new Set(VERBS_BEFORE);
const LONGEST_WORD = Math.max(...SUBJECT_STOPS.map((w) => w.length), ...VERBS_BEFORE.map((w) => w.length));
/** A word of `set` starting at `at`, longest first, or null. */
function wordAt(set: ReadonlySet<string>, folded: string, at: number, minLength = 1): string | null {
  for (let len = LONGEST_WORD; len >= minLength; len--) {
    const w = folded.slice(at, at + len);
    if (w.length === len && set.has(w)) return w;
  }
  return null;
}

/** Longest subject kept; a report's nouns are short. */
const MAX_SUBJECT = 8;
/** How far either way we look. */
const WINDOW = 24;
const BREAK = /[，。；！？：,;!?:.\s“”"（）()《》【】\d]/;
const LIST_BREAK = /[、]/;
const HAN_WORD = /^[\p{Script=Han}A-Za-z]+$/u;
/** Words right before the number that are not part of what is counted: `共计`, `每日`, `约`, `达到`, `每斤`. */
const TRIM_BEFORE = [...TOTAL_WORDS, ...RATE_WORDS.map(([w]) => w), ...PREFIX_QUALIFIERS.map(([w]) => w), ...QUALIFIER_GLUE, ...DURATION_VERBS, '达到', '等', '为', '是', '的'];
/** TRIM_BEFORE by last character, so trimming tries only the words that can end where it stands. */
const TRIM_BY_LAST = new Map<string, string[]>();
for (const w of TRIM_BEFORE) TRIM_BY_LAST.set(w.at(-1) as string, [...(TRIM_BY_LAST.get(w.at(-1) as string) ?? []), w]);
/** `内`, `以内`: a duration's clause goes on after these (`12小时内清理完毕`). */
const AFTER_DURATION = /^(?:之内|以内|内|里|来|中)/;
const PER_UNIT = /每[\p{Script=Han}]$/u;
/** `每平方公里2410人`, `每千人`: a "per" phrase right before the number is not the subject. */
const PER_PHRASE = /每(?:平方公里|平方米|公里|千人|万人|百人|千名|亩|户|人|名|天|日|月|年|斤|公斤|吨)$/;
/** Single-character stops (`及`, `和`, `在`…) never start a subject after the measure word. */
const SINGLE_STOPS = new Set(SUBJECT_STOPS.filter((w) => w.length === 1));

export const subject = each('subject', (c, region) => {
  const after = subjectAfter(c, region);
  const before = subjectBefore(c, region);
  c.subject = pick(c, region, after, before);
});

function pick(c: Candidate, region: Region, after: [number, number] | null, before: [number, number] | null): string | null {
  const { folded, text } = region;
  const cut = (r: [number, number] | null) => (r ? text.slice(r[0], r[1]) : null);
  if (c.category === 'duration') return cut(after ?? before);
  if (!after || !before) return cut(after ?? before);
  // `脱贫户3260户`, `环卫工人两千余人`: the noun before ends with the measure word; `消防车2台` with a vehicle.
  if (folded[before[1] - 1] === folded[c.unitStart]) return cut(before);
  if (folded[c.unitStart] === '台' && VEHICLE_WORDS.some((w) => folded.endsWith(w, before[1]))) return cut(before);
  // `150余人取消休假`: a verb after the measure word means the subject came before.
  if (wordAt(STOP_SET, folded, after[0], 2) || c.unit === '°C') return cut(before); // `室温18℃以上的要求`
  return cut(after);
}

/** The noun after the measure word, or null. */
function subjectAfter(c: Candidate, region: Region): [number, number] | null {
  const { folded } = region;
  let start = c.end;
  if (c.category === 'duration') start += AFTER_DURATION.exec(folded.slice(start, start + 2))?.[0].length ?? 0;
  const limit = Math.min(region.end, start + WINDOW);
  let stop = start;
  while (stop < limit && !BREAK.test(folded[stop] as string)) stop++;
  const window = folded.slice(start, stop);
  // `能力强、有担当、善作为的干部`: modifiers joined by 、 end in 的; `175人的应急备勤人员`.
  const de = window.lastIndexOf('的');
  const verbBeforeDe = de > 0 && [...Array(de).keys()].some((k) => k >= 2 && wordAt(STOP_SET, window, k, 2));
  if (de >= 0 && !verbBeforeDe && (window.startsWith('的') || LIST_BREAK.test(window.slice(0, de)))) start += de + 1;
  // `25台及“二号工具”`: a conjunction right after the measure word starts no subject.
  if (SINGLE_STOPS.has(folded[start] ?? '') && start === c.end) return null;
  let end = start;
  const stops = c.category !== 'duration';
  while (end < stop && end - start < MAX_SUBJECT) {
    if (stops && end - start >= 2 && wordAt(STOP_SET, folded, end)) break;
    if (LIST_BREAK.test(folded[end] as string)) break;
    end++;
  }
  return end - start >= 1 && HAN_WORD.test(folded.slice(start, end)) ? [start, end] : null;
}

/** The noun before the number, read backwards to the clause or list start and after the last verb. */
function subjectBefore(c: Candidate, region: Region): [number, number] | null {
  const { folded } = region;
  // `《致全镇村民的一封信》1.25万份`, `“护学岗”148个`: a quoted name right before the number.
  const close = folded[c.start - 1] ?? '';
  const open = close === '》' ? '《' : close === '”' ? '“' : '';
  if (open) {
    const at = folded.lastIndexOf(open, c.start - 2);
    if (at >= Math.max(region.start, c.start - WINDOW) && at < c.start - 2) return [at + 1, c.start - 1];
  }
  const limit = Math.max(region.start, c.start - WINDOW);
  // A table flattened into text (`规上工业增加值　　125.6亿元`): the cell before is the row's label.
  let cellEnd = c.start;
  while (cellEnd > limit && folded[cellEnd - 1] === ' ') cellEnd--;
  if (cellEnd < c.start - 1) {
    let cellStart = cellEnd;
    while (cellStart > limit && HAN_WORD.test(folded[cellStart - 1] as string)) cellStart--;
    if (cellEnd - cellStart >= 2) return [cellStart, cellEnd];
  }
  let start = c.start;
  while (start > limit && !BREAK.test(folded[start - 1] as string) && !LIST_BREAK.test(folded[start - 1] as string)) start--;
  let end = trimEnd(folded, start, c.start);
  // `酒驾等交通违法行为` → 交通违法行为: the head noun follows the examples.
  // (searched within [start, end) only: a lastIndexOf over the whole view is quadratic over many facts)
  const etc = start + folded.slice(start, end).lastIndexOf('等');
  if (etc >= start && etc < end - 1) start = etc + 1;
  // Start after the last verb: `配送盒饭` → 盒饭, `日均清运生活垃圾` → 生活垃圾.
  for (let i = end - 1; i > start; i--) {
    if (i + 1 < end && [1, 2, 3].some((len) => i - len + 1 >= start && VERB_SET.has(folded.slice(i - len + 1, i + 1)))) {
      start = i + 1;
      break;
    }
  }
  start = Math.max(start, end - MAX_SUBJECT * 2);
  while (start < end && /[各对向为在将把]/.test(folded[start] as string)) start++;
  // `历时20天`, `自12月起持续3个月`: nothing before but the duration's own words or a date.
  if (c.category === 'duration' && (end - start < 2 || DURATION_VERBS.includes(folded.slice(start, end)) || /^[月日年号起]/.test(folded[start] as string))) return null;
  return end > start && HAN_WORD.test(folded.slice(start, end)) ? [start, end] : null;
}

/** Drop total, rate, qualifier and linking words right before the number: `各执法大队共计` → 各执法大队. */
function trimEnd(folded: string, start: number, end: number): number {
  for (let trimmed = true; trimmed; ) {
    trimmed = false;
    const per = PER_PHRASE.exec(folded.slice(Math.max(start, end - 6), end)) ?? PER_UNIT.exec(folded.slice(Math.max(start, end - 2), end));
    if (per && end - per[0].length > start) {
      end -= per[0].length; // `收购价为每斤1.18元`, `人口密度为每平方公里2410人`
      trimmed = true;
    }
    for (const w of TRIM_BY_LAST.get(folded[end - 1] ?? '') ?? []) {
      // `行为`, `所有`: the last character belongs to a word.
      if (end - w.length > start && folded.endsWith(w, end) && !PARTICLE_WORDS.some((p) => folded.endsWith(p, end) && p.length > w.length)) {
        end -= w.length;
        trimmed = true;
      }
    }
  }
  return end;
}
