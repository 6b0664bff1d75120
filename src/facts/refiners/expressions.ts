/**
 * Numerals inside words, idioms and slogans are not quantities (SPEC.md §3):
 *   fixed expressions   `最后一公里`, `一次性`, `两个维护`, `发现一起、查处一起`
 *   numeral pairs       `四不两直`, `千家万户`, `一人一档` — numeral, character, numeral, character
 *   "not a single"      `不漏一人`, `不落一户`, `无一例`
 *   words with 一       `统一处理`, `每一户`, `新一轮`
 *   slogans in quotes   `“三服务”`, `“四个不摘”`
 */
import { INCIDENT_NOUNS, INDEFINITE_MEASURES, NEGATIONS, NUMERAL_EXPRESSIONS, ONE_WORD_BEFORE } from '../lexicon/idioms.js';
import type { Candidate, Region } from '../candidate.js';
import { filter, isChineseNumeral } from '../refiner.js';

const NUMERAL_CHAR = /[〇零一二两三四五六七八九十百千万亿半几数]/;
const HAN = /\p{Script=Han}/u;

/** Each expression, indexed by the numeral characters it contains: char → [expression, offset of the char]. */
const EXPRESSIONS_BY_CHAR = new Map<string, Array<[string, number]>>();
for (const e of NUMERAL_EXPRESSIONS) {
  [...e].forEach((ch, k) => {
    if (!NUMERAL_CHAR.test(ch)) return;
    EXPRESSIONS_BY_CHAR.set(ch, [...(EXPRESSIONS_BY_CHAR.get(ch) ?? []), [e, k]]);
  });
}

/** Longest quoted slogan we look inside: `“五必须、五严禁”`. */
const MAX_SLOGAN = 10;
const OPEN_QUOTES = '“‘"「『';
const CLOSE_QUOTES = '”’"」』';

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
    // `一个熟练工`, `一片猕猴桃`: the indefinite article, not a count (`一个月` is a duration).
    if (c.category === 'count' && INDEFINITE_MEASURES.includes(folded.slice(c.unitStart, c.end))) return 'an indefinite article (一个, 一片)';
  }
  if (insideShortQuotes(folded, c, region)) return 'a slogan in quotes';
  // `三方`, `双方`, `多方`: parties, not cubic metres (`2.6万方` is written with digits).
  if (c.unit === 'm3' && folded.slice(c.unitStart, c.end) === '方') return '方 after a Chinese numeral means parties';
  return null;
});

/** An incident noun within the next few characters, before any punctuation: `一起交通事故`, `一起涉疫案件`. */
function isIncident(folded: string, at: number): boolean {
  const next = /^[\p{Script=Han}]{1,6}/u.exec(folded.slice(at, at + 6))?.[0] ?? '';
  return INCIDENT_NOUNS.some((n) => next.includes(n));
}

function fixedExpression(folded: string, at: number): string | null {
  for (const [e, k] of EXPRESSIONS_BY_CHAR.get(folded[at] ?? '') ?? []) {
    if (at - k >= 0 && folded.startsWith(e, at - k)) return e;
  }
  return null;
}

/** `四不两直`, `千家万户`, `三番五次`, `一人一档`: numeral + character, twice, in Chinese numerals. */
function isNumeralPair(folded: string, at: number, c: Candidate): boolean {
  const single = c.numberEnd - c.numberStart === 1;
  if (!single) return false;
  const pairAfter = HAN.test(folded[at + 1] ?? '') && !NUMERAL_CHAR.test(folded[at + 1] ?? '') && NUMERAL_CHAR.test(folded[at + 2] ?? '') && HAN.test(folded[at + 3] ?? '') && !NUMERAL_CHAR.test(folded[at + 3] ?? '');
  const pairBefore = NUMERAL_CHAR.test(folded[at - 2] ?? '') && HAN.test(folded[at - 1] ?? '') && !NUMERAL_CHAR.test(folded[at - 1] ?? '') && !NUMERAL_CHAR.test(folded[at - 3] ?? '');
  return pairAfter || pairBefore;
}

/** Inside `“…”` of at most MAX_SLOGAN characters. */
function insideShortQuotes(folded: string, c: Candidate, region: Region): boolean {
  let open = -1;
  for (let i = c.start - 1; i >= Math.max(region.start, c.start - MAX_SLOGAN); i--) {
    if (CLOSE_QUOTES.includes(folded[i] as string) && folded[i] !== '"') return false;
    if (OPEN_QUOTES.includes(folded[i] as string)) {
      open = i;
      break;
    }
  }
  if (open < 0) return false;
  for (let i = c.end; i <= Math.min(region.end - 1, open + MAX_SLOGAN + 1); i++) {
    if (CLOSE_QUOTES.includes(folded[i] as string)) return true;
    if (OPEN_QUOTES.includes(folded[i] as string) && folded[i] !== '"') return false;
  }
  return false;
}
