/**
 * What is counted. After the measure word when a noun follows (`21名党员干部在…` → 党员干部,
 * `9名能力强、有担当、善作为的干部` → 干部); otherwise before the number (`劝返车辆37辆`, `诉求12条`,
 * `脱贫户3260户`). A duration's subject is what lasts, which mostly follows it (`24小时值守`, `48小时内拨付`).
 */
import { ADVERBS_BEFORE, AFTER_PREDICATES, DURATION_VERBS, LEADING_WORDS, PARTICLE_WORDS, SUBJECT_STOPS, VEHICLE_WORDS, VERBS_BEFORE } from '../lexicon/subjects.js';
import { RATE_WORDS, TOTAL_WORDS } from '../lexicon/rates.js';
import { PREFIX_QUALIFIERS, QUALIFIER_GLUE } from '../lexicon/qualifiers.js';
import type { Candidate, Region } from '../candidate.js';
import { anyWordAt, anyWordEndsAt, charClass, charTable, isAsciiDigitCode, lastIndexIn, ListsByCode, wordAt } from '../chars.js';
import { unitAt } from '../units-at.js';
import { REGEX_BLANKS } from '../../text/blanks.js';
import { each } from '../refiner.js';

/** SUBJECT_STOPS by first character, longest first. */
const STOPS_BY_FIRST = new ListsByCode(wordsBy(SUBJECT_STOPS, (w) => w.charCodeAt(0)));
/** PARTICLE_WORDS by last character. */
const PARTICLES_BY_LAST = new ListsByCode(wordsBy(PARTICLE_WORDS, (w) => w.charCodeAt(w.length - 1)));
/** VERBS_BEFORE (of at most 3 characters, as the look-back reads them) by last character. */
const VERBS_BY_LAST = new ListsByCode(wordsBy(VERBS_BEFORE.filter((w) => w.length <= 3), (w) => w.charCodeAt(w.length - 1)));

function wordsBy(words: readonly string[], key: (w: string) => number): Map<number, string[]> {
  const map = new Map<number, string[]>();
  for (const w of new Set(words)) map.set(key(w), [...(map.get(key(w)) ?? []), w]);
  for (const list of map.values()) list.sort((a, b) => b.length - a.length);
  return map;
}

/** The first characters of the stop words and the last ones of the verbs (no map lookup where none stands). */
const STOP_INITIAL = charTable(SUBJECT_STOPS.map((w) => w[0]).join(''));
const VERB_FINAL = charTable(VERBS_BEFORE.map((w) => w.at(-1)).join(''));

const NONE: readonly string[] = [];

/** Is there a stop word of at least `minLength` characters starting at `at` and ending by `limit`? */
function stopWordAt(folded: string, at: number, minLength = 1, limit = folded.length): boolean {
  if (STOP_INITIAL[folded.charCodeAt(at)] !== 1) return false;
  for (const w of STOPS_BY_FIRST.get(folded.charCodeAt(at))) {
    if (w.length >= minLength && at + w.length <= limit && wordAt(folded, at, w)) return true;
  }
  return false;
}

/** Does a verb of VERBS_BEFORE end at `end` and start at or after `from`? */
function verbEndsAt(folded: string, from: number, end: number): boolean {
  if (VERB_FINAL[folded.charCodeAt(end - 1)] !== 1) return false;
  for (const w of VERBS_BY_LAST.get(folded.charCodeAt(end - 1))) {
    if (end - w.length >= from && wordAt(folded, end - w.length, w)) return true;
  }
  return false;
}

/** Longest subject kept; a report's nouns are short. */
const MAX_SUBJECT = 8;
/** How far either way we look. */
const WINDOW = 24;
/** The characters of `/[，。；！？：,;!?:.\s“”"（）()《》【】\d]/`, as a table. */
export const BREAK = charTable(`，。；！？：,;!?:.“”"（）()《》【】0123456789${REGEX_BLANKS}`);
const LIST_BREAK = '、'.charCodeAt(0);
const HAN_WORD = /^[\p{Script=Han}A-Za-z]+$/u;
/** HAN_WORD's characters, one code unit at a time (a surrogate pair is left to HAN_WORD itself). */
const HAN_OR_LATIN = charClass(/^[\p{Script=Han}A-Za-z]$/u);

/** HAN_WORD.test(folded.slice(start, end)), without the slice unless a surrogate pair is in it. */
function isHanWord(folded: string, start: number, end: number): boolean {
  if (end <= start) return false;
  for (let i = start; i < end; i++) {
    const code = folded.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) return HAN_WORD.test(folded.slice(start, end));
    if (!HAN_OR_LATIN.has(code)) return false;
  }
  return true;
}

const DE = '的'.charCodeAt(0);
const EVERY = '每'.charCodeAt(0);
/** Words right before the number that are not part of what is counted: `共计`, `每日`, `约`, `达到`, `每斤`. */
const TRIM_BEFORE = [...TOTAL_WORDS, ...RATE_WORDS.map(([w]) => w), ...PREFIX_QUALIFIERS.map(([w]) => w), ...QUALIFIER_GLUE, ...DURATION_VERBS, ...ADVERBS_BEFORE, '达到', '等', '为', '是', '的'];
/** TRIM_BEFORE by last character, so trimming tries only the words that can end where it stands. */
const TRIM_LISTS = new Map<number, string[]>();
for (const w of TRIM_BEFORE) {
  const last = w.charCodeAt(w.length - 1);
  TRIM_LISTS.set(last, [...(TRIM_LISTS.get(last) ?? []), w]);
}
const TRIM_BY_LAST = new ListsByCode(TRIM_LISTS);
/** The last characters of TRIM_BEFORE: before most numbers stands none (no map lookup then). */
const TRIM_FINAL = new Uint8Array(0x10000);
for (const last of TRIM_LISTS.keys()) TRIM_FINAL[last] = 1;
/** `内`, `以内`: a duration's clause goes on after these (`12小时内清理完毕`). */
const AFTER_DURATION = /^(?:之内|以内|内|里|来|中)/;
const PER_UNIT = /每[\p{Script=Han}]$/u;
/** `每平方公里2410人`, `每千人`: a "per" phrase right before the number is not the subject. */
const PER_PHRASE = /每(?:平方公里|平方米|公里|千人|万人|百人|千名|亩|户|人|名|天|日|月|年|斤|公斤|吨)$/;
/** Single-character stops (`及`, `和`, `在`…) never start a subject after the measure word. */
const SINGLE_STOPS = charTable(SUBJECT_STOPS.filter((w) => w.length === 1).join(''));
/** Characters that start no subject read backwards: `各执法大队` → 执法大队. */
const NOT_SUBJECT_START = charTable('各对向为在将把');
/** A duration's words that begin with a date: `自12月起持续3个月`. */
const DATE_START = charTable('月日年号起');

/** A view range. subjectAfter and subjectBefore each fill one of their own, reused for every candidate. */
interface Range {
  start: number;
  end: number;
}
const AFTER: Range = { start: 0, end: 0 };
const BEFORE: Range = { start: 0, end: 0 };
const found = (range: Range, start: number, end: number): Range => {
  range.start = start;
  range.end = end;
  return range;
};

export const subject = each('subject', (c, region) => {
  const after = subjectAfter(c, region, AFTER);
  // (a duration's subject is what lasts, after it: what stands before is looked at only when nothing does)
  const before = c.category === 'duration' && after ? null : subjectBefore(c, region, BEFORE);
  c.subject = pick(c, region, after, before);
});

const cut = (text: string, r: Range | null): string | null => (r ? text.slice(r.start, r.end) : null);

function pick(c: Candidate, region: Region, after: Range | null, before: Range | null): string | null {
  const { folded, text } = region;
  if (c.category === 'duration') return cut(text, after ?? before);
  if (!after || !before) return cut(text, after ?? before);
  // `脱贫户3260户`, `环卫工人两千余人`: the noun before ends with the measure word; `消防车2台` with a vehicle.
  const unitCode = folded.charCodeAt(c.unitStart);
  if (folded.charCodeAt(before.end - 1) === unitCode) return cut(text, before);
  if (unitCode === TAI && anyWordEndsAt(folded, before.end, VEHICLE_WORDS)) return cut(text, before);
  // `150余人取消休假`: a verb after the measure word means the subject came before.
  if (stopWordAt(folded, after.start, 2) || c.unit === '°C') return cut(text, before); // `室温18℃以上的要求`
  // `用电负荷934万千瓦创新高`: a predicate after the measure word means the subject came before.
  if (PREDICATE_INITIAL[folded.charCodeAt(after.start)] === 1 && anyWordAt(folded, after.start, AFTER_PREDICATES)) return cut(text, before);
  return cut(text, after);
}

/** The noun after the measure word, or null. */
function subjectAfter(c: Candidate, region: Region, out: Range): Range | null {
  const { folded } = region;
  let start = c.end;
  if (c.category === 'duration') start += AFTER_DURATION.exec(folded.slice(start, start + 2))?.[0].length ?? 0;
  const limit = Math.min(region.end, start + WINDOW);
  let stop = start;
  while (stop < limit && BREAK[folded.charCodeAt(stop)] !== 1) stop++;
  // `能力强、有担当、善作为的干部`: modifiers joined by 、 end in 的; `175人的应急备勤人员`.
  const de = lastIndexIn(folded, DE, start, stop);
  if (de >= 0 && (folded.charCodeAt(start) === DE || lastIndexIn(folded, LIST_BREAK, start, de) >= 0) && !stopWordBetween(folded, start + 2, de, stop)) start = de + 1;
  // `25台及“二号工具”`: a conjunction right after the measure word starts no subject.
  if (start === c.end && SINGLE_STOPS[folded.charCodeAt(start)] === 1) return null;
  let end = start;
  const stops = c.category !== 'duration';
  while (end < stop && end - start < MAX_SUBJECT) {
    if (stops && end - start >= 2 && stopWordAt(folded, end)) break;
    if (folded.charCodeAt(end) === LIST_BREAK) break;
    end++;
  }
  if (end - start > 1 && folded.charCodeAt(end - 1) === DE) end--; // `7000余家企业的2.3万余个` → 企业
  return end - start >= 1 && isHanWord(folded, start, end) ? found(out, start, end) : null;
}

/** A stop word of two or more characters starting in [from, to) and ending by `limit` (a verb before 的). */
function stopWordBetween(folded: string, from: number, to: number, limit: number): boolean {
  for (let at = from; at < to; at++) if (stopWordAt(folded, at, 2, limit)) return true;
  return false;
}

/** The noun before the number, read backwards to the clause or list start and after the last verb. */
function subjectBefore(c: Candidate, region: Region, out: Range): Range | null {
  const { folded } = region;
  // `《致全镇村民的一封信》1.25万份`, `“护学岗”148个`: a quoted name right before the number.
  const close = folded.charCodeAt(c.start - 1);
  const open = close === 0x300b /* 》 */ ? '《' : close === 0x201d /* ” */ ? '“' : '';
  if (open) {
    const at = folded.lastIndexOf(open, c.start - 2);
    if (at >= Math.max(region.start, c.start - WINDOW) && at < c.start - 2) return found(out, at + 1, c.start - 1);
  }
  // `拟提交提案：46件`: a label and its colon right before the number name what is counted.
  const colon = folded.charCodeAt(c.start - 1);
  const labelled = (colon === COLON || colon === FULL_COLON) && c.start - 1 > region.start && HAN_OR_LATIN.has(folded.charCodeAt(c.start - 2));
  // `接待游客 6.12万人次`: a copy's blank between the noun and the number.
  const spaced = colon === 0x20 && HAN_OR_LATIN.has(folded.charCodeAt(c.start - 2)) && c.start - 1 > region.start;
  const numberStart = labelled || spaced ? c.start - 1 : c.start;
  const limit = Math.max(region.start, numberStart - WINDOW);
  // A table flattened into text (`规上工业增加值　　125.6亿元`): the cell before is the row's label.
  let cellEnd = c.start;
  while (cellEnd > limit && folded.charCodeAt(cellEnd - 1) === 0x20) cellEnd--;
  if (cellEnd < c.start - 1) {
    let cellStart = cellEnd;
    while (cellStart > limit && HAN_OR_LATIN.has(folded.charCodeAt(cellStart - 1))) cellStart--;
    if (cellEnd - cellStart >= 2) return found(out, cellStart, cellEnd);
  }
  let start = numberStart;
  while (start > limit && BREAK[folded.charCodeAt(start - 1)] !== 1 && folded.charCodeAt(start - 1) !== LIST_BREAK) start--;
  // `5万人次、3万人次和3.7万人次`, `2022年全区…`: the text after another number begins with that number's
  // measure word (and a conjunction); it is no subject.
  if (start > region.start && isAsciiDigitCode(folded.charCodeAt(start - 1))) start = afterMeasureWord(folded, start, numberStart);
  let end = trimEnd(folded, start, numberStart);
  // `酒驾等交通违法行为` → 交通违法行为: the head noun follows the examples.
  // (searched within [start, end) only: a lastIndexOf over the whole view is quadratic over many facts)
  const etc = lastIndexIn(folded, ETC, start, end);
  if (etc >= start && etc < end - 1) start = etc + 1;
  // Start after the last verb: `配送盒饭` → 盒饭, `日均清运生活垃圾` → 生活垃圾.
  for (let i = end - 2; i > start; i--) {
    if (verbEndsAt(folded, start, i + 1)) {
      start = i + 1;
      break;
    }
  }
  start = Math.max(start, end - MAX_SUBJECT * 2);
  while (start < end && NOT_SUBJECT_START[folded.charCodeAt(start)] === 1) start++;
  for (let w = leadingWordAt(folded, start, end); w > 0; w = leadingWordAt(folded, start, end)) start += w;
  // `历时20天`, `自12月起持续3个月`: nothing before but the duration's own words or a date.
  if (c.category === 'duration' && (end - start < 2 || DURATION_VERBS.includes(folded.slice(start, end)) || DATE_START[folded.charCodeAt(start)] === 1)) return null;
  return end > start && isHanWord(folded, start, end) ? found(out, start, end) : null;
}

const ETC = '等'.charCodeAt(0);
const MULTIPLIER = charTable('万亿');
const CONJUNCTION = charTable('和及与或');

/** Past the multiplier, measure word and conjunction that start [start, end): `万人次和` → (nothing left). */
function afterMeasureWord(folded: string, start: number, end: number): number {
  let at = start;
  while (at < end && MULTIPLIER[folded.charCodeAt(at)] === 1) at++;
  const unit = unitAt(folded, at);
  if (unit) at += unit.word.length;
  if (at === start) return start;
  while (at < end && CONJUNCTION[folded.charCodeAt(at)] === 1) at++;
  return at;
}
const COLON = ':'.charCodeAt(0);
const FULL_COLON = '：'.charCodeAt(0);
const LEADING_INITIAL = charTable(LEADING_WORDS.map((w) => w[0]).join(''));
const PREDICATE_INITIAL = charTable(AFTER_PREDICATES.map((w) => w[0]).join(''));

/** The length of a LEADING_WORDS word at `at` ending by `end` (`其中2家`: nothing is left, no subject), else 0. */
function leadingWordAt(folded: string, at: number, end: number): number {
  if (LEADING_INITIAL[folded.charCodeAt(at)] !== 1) return 0;
  for (const w of LEADING_WORDS) if (at + w.length <= end && wordAt(folded, at, w)) return w.length;
  return 0;
}

const TAI = '台'.charCodeAt(0);

/** Does a particle word longer than `length` end at `end` (`行为`, `所有`)? */
function particleEndsAt(folded: string, end: number, length: number): boolean {
  for (const p of PARTICLES_BY_LAST.get(folded.charCodeAt(end - 1))) if (p.length > length && wordAt(folded, end - p.length, p)) return true;
  return false;
}

/** Drop total, rate, qualifier and linking words right before the number: `各执法大队共计` → 各执法大队. */
function trimEnd(folded: string, start: number, end: number): number {
  for (let trimmed = true; trimmed; ) {
    trimmed = false;
    // (both patterns begin with 每: no slices unless there is one)
    const hasEvery = lastIndexIn(folded, EVERY, Math.max(start, end - 6), end) >= 0;
    const per = hasEvery ? (PER_PHRASE.exec(folded.slice(Math.max(start, end - 6), end)) ?? PER_UNIT.exec(folded.slice(Math.max(start, end - 2), end))) : null;
    if (per && end - per[0].length > start) {
      end -= per[0].length; // `收购价为每斤1.18元`, `人口密度为每平方公里2410人`
      trimmed = true;
    }
    const last = folded.charCodeAt(end - 1);
    for (const w of TRIM_FINAL[last] === 1 ? TRIM_BY_LAST.get(last) : NONE) {
      // `行为`, `所有`: the last character belongs to a word.
      if (end - w.length >= start && wordAt(folded, end - w.length, w) && !particleEndsAt(folded, end, w.length)) {
        end -= w.length;
        trimmed = true;
      }
    }
  }
  return end;
}
