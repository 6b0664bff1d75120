/**
 * Numerals inside words, idioms and slogans are not quantities (SPEC.md §3):
 *   fixed expressions   `最后一公里`, `一次性`, `两个维护`, `发现一起、查处一起`
 *   numeral pairs       `四不两直`, `千家万户`, `一人一档` — numeral, character, numeral, character
 *   "not a single"      `不漏一人`, `不落一户`, `无一例`
 *   words with 一       `统一处理`, `每一户`, `新一轮`
 *   slogans in quotes   `“三服务”`, `“四个不摘”`
 */
import { INCIDENT_NOUNS, NEGATIONS, NUMERAL_EXPRESSIONS, ONE_COUNT_GLUE, ONE_COUNT_VERBS, ONE_VAGUE_MEASURES, ONE_WORD_BEFORE, ROUND_SLOGAN_WINDOW, SLOGAN_HEADS } from '../lexicon/idioms.js';
import { CLAUSE_PUNCTUATION } from '../clause.js';
import type { Candidate, Region } from '../candidate.js';
import { anyWordAt, anyWordEndsAt, charClass, charTable, isAsciiDigitCode } from '../chars.js';
import { filter, isChineseNumeral } from '../refiner.js';

const NUMERAL_CHAR = /[〇零一二两三四五六七八九十百千万亿半几数]/;
const HAN = /\p{Script=Han}/u;

/** Each expression, indexed by the (code of the) numeral characters it contains: char → [expression, offset of the char]. */
const EXPRESSIONS_BY_CHAR = new Map<number, Array<[string, number]>>();
for (const e of NUMERAL_EXPRESSIONS) {
  [...e].forEach((ch, k) => {
    if (!NUMERAL_CHAR.test(ch)) return;
    const code = ch.charCodeAt(0); // (every numeral character is one code unit)
    EXPRESSIONS_BY_CHAR.set(code, [...(EXPRESSIONS_BY_CHAR.get(code) ?? []), [e, k]]);
  });
}
const NO_EXPRESSIONS: Array<[string, number]> = [];
/** The Han characters an incident noun is looked for in, after `一起`. */
const HAN_RUN = /^[\p{Script=Han}]{1,6}/u;

/** Longest quoted slogan we look inside: `“五必须、五严禁”`. */
const MAX_SLOGAN = 10;
const OPEN_QUOTES = '“‘"「『';
const CLOSE_QUOTES = '”’"」』';
/** The quotes and the two classes as tables over code units (no one-character string per character looked at). */
const OPEN_QUOTE = charTable(OPEN_QUOTES);
const CLOSE_QUOTE = charTable(CLOSE_QUOTES);
const STRAIGHT_QUOTE = 0x22; // `"` both opens and closes
const NUMERAL_CODE = charClass(NUMERAL_CHAR);
const HAN_CODE = charClass(HAN);

export const expressions = filter('expression', (c, region) => {
  if (!isChineseNumeral(c, region)) return null;
  const { folded } = region;
  const at = c.numberStart;
  const expression = fixedExpression(folded, at);
  if (expression === '一起' && isIncident(folded, c.end)) return null; // `一起交通事故`
  if (expression) return `part of “${expression}”`;
  // `三天两夜` is two durations, not an idiom like `三番五次`.
  if (c.category !== 'duration' && isNumeralPair(folded, at, c)) return 'a numeral-pair idiom (四不两直, 千家万户)';
  const number = folded.slice(c.numberStart, c.numberEnd);
  if (number === '一') {
    if (NEGATIONS.includes(folded[at - 1] ?? '#') || NEGATIONS.includes(folded[at - 2] ?? '#')) return '“not a single” (不漏一人)';
    if (ONE_WORD_BEFORE.includes(folded[at - 1] ?? '#')) return `一 belongs to the word ${folded.slice(at - 1, at + 1)}`;
    // `一批干部`, `一名法官`: the indefinite article, not a count (`一个月` is a duration); `新建一座桥` and
    // `新建幼儿园一所。` count, but `打造一批精品线路` stays vague.
    // `一件件实事`, `一个个`, `一天天`: the measure word said twice means one after another.
    if (c.end - c.unitStart === 1 && folded.charCodeAt(c.end) === folded.charCodeAt(c.unitStart)) return 'one after another (一件件)';
    if (ARTICLE_CATEGORIES.has(c.category) && c.rule !== 'range') {
      if (ONE_VAGUE_MEASURES.includes(folded.slice(c.unitStart, c.end))) return 'a vague measure after 一 (一批, 一种)';

      const atClauseEnd = c.end >= region.end || CLAUSE_PUNCTUATION[folded.charCodeAt(c.end)] === 1;
      if (!atClauseEnd && !countVerbBefore(folded, c.numberStart, region.start)) return 'an indefinite article (一名, 一项)';
    }
  }
  if (insideShortQuotes(folded, c, region)) return 'a slogan in quotes';
  // `两个确保`, `四个坚持`: a numeral, 个 and a verb.
  if (c.end - c.unitStart === 1 && folded.charCodeAt(c.unitStart) === GE && anyWordAt(folded, c.end, SLOGAN_HEADS)) return 'a slogan (两个确保)';
  // `百名干部进万家`: two bare round numbers close together.
  if (isRound(folded, c.numberStart, c.numberEnd) && roundNearby(folded, c, region)) return 'a campaign of round numbers (百名干部进万家)';
  // `三方`, `双方`, `多方`: parties, not cubic metres (`2.6万方` is written with digits).
  if (c.unit === 'm3' && folded.slice(c.unitStart, c.end) === '方') return '方 after a Chinese numeral means parties';
  return null;
});

const GE = '个'.charCodeAt(0);
const ROUND = charTable('百千万亿');

/** Is [start, end) a bare round number (`百`, `万`, `百万`)? */
function isRound(folded: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (ROUND[folded.charCodeAt(i)] !== 1) return false;
  return end > start;
}

/** Another bare round number within ROUND_SLOGAN_WINDOW characters, in the same clause, not glued to a numeral. */
function roundNearby(folded: string, c: Candidate, region: Region): boolean {
  const isAlone = (i: number): boolean => ROUND[folded.charCodeAt(i)] === 1 && !NUMERAL_CODE.has(folded.charCodeAt(i - 1)) && !isAsciiDigitCode(folded.charCodeAt(i - 1)) && !NUMERAL_CODE.has(folded.charCodeAt(i + 1));
  for (let i = c.end; i < Math.min(region.end, c.end + ROUND_SLOGAN_WINDOW); i++) {
    if (CLAUSE_PUNCTUATION[folded.charCodeAt(i)] === 1) break;
    if (isAlone(i)) return true;
  }
  for (let i = c.numberStart - 1; i >= Math.max(region.start, c.numberStart - ROUND_SLOGAN_WINDOW); i--) {
    if (CLAUSE_PUNCTUATION[folded.charCodeAt(i)] === 1) break;
    if (isAlone(i)) return true;
  }
  return false;
}

/** The categories whose lone `一` reads as an article: things and people, not `一个月` or `一公里`. */
const ARTICLE_CATEGORIES: ReadonlySet<string> = new Set(['count', 'personnel', 'vehicles']);

/** Does a verb of ONE_COUNT_VERBS end right before `at` (`新建一座`), glue allowed (`成立了一个`)? */
function countVerbBefore(folded: string, at: number, from: number): boolean {
  if (anyWordEndsAt(folded, at, ONE_COUNT_VERBS, from)) return true;
  for (const glue of ONE_COUNT_GLUE) if (folded.endsWith(glue, at) && anyWordEndsAt(folded, at - glue.length, ONE_COUNT_VERBS, from)) return true;
  return false;
}

/** An incident noun within the next few characters, before any punctuation: `一起交通事故`, `一起涉疫案件`. */
function isIncident(folded: string, at: number): boolean {
  const next = HAN_RUN.exec(folded.slice(at, at + 6))?.[0] ?? '';
  for (const n of INCIDENT_NOUNS) if (next.includes(n)) return true;
  return false;
}

export function fixedExpression(folded: string, at: number): string | null {
  // (`一` stands in some 60 expressions: the first character is compared before startsWith is called)
  for (const [e, k] of EXPRESSIONS_BY_CHAR.get(folded.charCodeAt(at)) ?? NO_EXPRESSIONS) {
    if (at - k >= 0 && folded.charCodeAt(at - k) === e.charCodeAt(0) && folded.startsWith(e, at - k)) return e;
  }
  return null;
}

/** `四不两直`, `千家万户`, `三番五次`, `一人一档`: numeral + character, twice, in Chinese numerals. (Held to the
 * former regex tests on one-character strings by test/facts/not-facts-quotes.test.ts.) */
export function isNumeralPair(folded: string, at: number, c: Pick<Candidate, 'numberStart' | 'numberEnd'>): boolean {
  const single = c.numberEnd - c.numberStart === 1;
  if (!single) return false;
  const pairAfter = hanAt(folded, at + 1) && !numeralAt(folded, at + 1) && numeralAt(folded, at + 2) && hanAt(folded, at + 3) && !numeralAt(folded, at + 3);
  const pairBefore = numeralAt(folded, at - 2) && hanAt(folded, at - 1) && !numeralAt(folded, at - 1) && !numeralAt(folded, at - 3);
  return pairAfter || pairBefore;
}

// HAN and NUMERAL_CHAR on the code unit at `i` (NaN past either end: in no class, as the regexes answer for '').
const hanAt = (folded: string, i: number): boolean => HAN_CODE.has(folded.charCodeAt(i));
const numeralAt = (folded: string, i: number): boolean => NUMERAL_CODE.has(folded.charCodeAt(i));

/**
 * Inside `“…”` of at most MAX_SLOGAN characters. (Read by code unit; test/facts/not-facts-quotes.test.ts holds
 * it to the former test of one-character strings against OPEN_QUOTES and CLOSE_QUOTES.)
 */
export function insideShortQuotes(folded: string, c: Pick<Candidate, 'start' | 'end'>, region: Pick<Region, 'start' | 'end'>): boolean {
  let open = -1;
  for (let i = c.start - 1; i >= Math.max(region.start, c.start - MAX_SLOGAN); i--) {
    const code = folded.charCodeAt(i);
    if (CLOSE_QUOTE[code] === 1 && code !== STRAIGHT_QUOTE) return false;
    if (OPEN_QUOTE[code] === 1) {
      open = i;
      break;
    }
  }
  if (open < 0) return false;
  for (let i = c.end; i <= Math.min(region.end - 1, open + MAX_SLOGAN + 1); i++) {
    const code = folded.charCodeAt(i);
    if (CLOSE_QUOTE[code] === 1) return true;
    if (OPEN_QUOTE[code] === 1 && code !== STRAIGHT_QUOTE) return false;
  }
  return false;
}
