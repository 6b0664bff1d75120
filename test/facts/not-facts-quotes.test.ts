/**
 * insideShortQuotes, isNumeralPair and fixedExpression read code units; they answer as the former tests of
 * one-character strings (OPEN_QUOTES.includes(folded[i]), HAN.test(folded[i] ?? ''), a map keyed by folded[at])
 * did, on fixed and random texts.
 */
import { describe, expect, it } from 'vitest';
import { NUMERAL_EXPRESSIONS } from '../../src/facts/lexicon/idioms.js';
import { fixedExpression, insideShortQuotes, isNumeralPair } from '../../src/facts/refiners/expressions.js';
import { random } from '../helpers/random.js';

const MAX_SLOGAN = 10;
const OPEN_QUOTES = '“‘"「『';
const CLOSE_QUOTES = '”’"」』';
const NUMERAL_CHAR = /[〇零一二两三四五六七八九十百千万亿半几数]/;
const HAN = /\p{Script=Han}/u;

function oldInsideShortQuotes(folded: string, c: { start: number; end: number }, region: { start: number; end: number }): boolean {
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

function oldIsNumeralPair(folded: string, at: number, c: { numberStart: number; numberEnd: number }): boolean {
  const single = c.numberEnd - c.numberStart === 1;
  if (!single) return false;
  const pairAfter = HAN.test(folded[at + 1] ?? '') && !NUMERAL_CHAR.test(folded[at + 1] ?? '') && NUMERAL_CHAR.test(folded[at + 2] ?? '') && HAN.test(folded[at + 3] ?? '') && !NUMERAL_CHAR.test(folded[at + 3] ?? '');
  const pairBefore = NUMERAL_CHAR.test(folded[at - 2] ?? '') && HAN.test(folded[at - 1] ?? '') && !NUMERAL_CHAR.test(folded[at - 1] ?? '') && !NUMERAL_CHAR.test(folded[at - 3] ?? '');
  return pairAfter || pairBefore;
}


// every quote, numerals, Han and non-Han characters, a surrogate pair (𠀀) and a lone surrogate half
const ALPHABET = [...'“‘"「『”’」』\'一二三十百万半几不两直家户人档a1，、 ', '𠀀', '\ud800'];

const FIXED = ['“三服务”', '“四个不摘”', '"三个一"工程', '完成“五必须、五严禁”检查', '“三”', '「一」', '四不两直', '千家万户', '一人一档', '三番五次', '𠀀一𠀀二'];

function texts(): string[] {
  const rand = random(5);
  const out = [...FIXED];
  for (let n = 0; n < 3000; n++) out.push(Array.from({ length: 1 + Math.floor(rand() * 16) }, () => ALPHABET[Math.floor(rand() * ALPHABET.length)]).join(''));
  return out;
}

const EXPRESSIONS_BY_CHAR = new Map<string, Array<[string, number]>>();
for (const e of NUMERAL_EXPRESSIONS) {
  [...e].forEach((ch, k) => {
    if (!NUMERAL_CHAR.test(ch)) return;
    EXPRESSIONS_BY_CHAR.set(ch, [...(EXPRESSIONS_BY_CHAR.get(ch) ?? []), [e, k]]);
  });
}

function oldFixedExpression(folded: string, at: number): string | null {
  for (const [e, k] of EXPRESSIONS_BY_CHAR.get(folded[at] ?? '') ?? []) {
    if (at - k >= 0 && folded.startsWith(e, at - k)) return e;
  }
  return null;
}

describe('expressions by code unit', () => {
  it('fixedExpression finds the expression the map of one-character strings found, at every position', () => {
    const rand = random(9);
    const pieces = [...NUMERAL_EXPRESSIONS, ...NUMERAL_EXPRESSIONS.map((e) => e.slice(0, 2)), ...NUMERAL_EXPRESSIONS.map((e) => e.slice(1)), '一', '两', '，', 'a'];
    for (let n = 0; n < 3000; n++) {
      const text = Array.from({ length: 1 + Math.floor(rand() * 4) }, () => pieces[Math.floor(rand() * pieces.length)]).join('');
      for (let at = 0; at <= text.length; at++) expect(fixedExpression(text, at), `${text} at ${at}`).toBe(oldFixedExpression(text, at));
    }
  });

  it('insideShortQuotes answers as the one-character-string version, at every span of every text', () => {
    for (const text of texts()) {
      for (let start = 0; start <= text.length; start++) {
        for (let end = start; end <= Math.min(text.length, start + 3); end++) {
          for (const region of [{ start: 0, end: text.length }, { start: Math.min(start, 2), end: Math.max(end, text.length - 2) }]) {
            const c = { start, end };
            expect(insideShortQuotes(text, c, region), `${JSON.stringify(text)} [${start}, ${end})`).toBe(oldInsideShortQuotes(text, c, region));
          }
        }
      }
    }
  });

  it('isNumeralPair answers as the regex version at every position of every text', () => {
    for (const text of texts()) {
      for (let at = 0; at < text.length; at++) {
        for (const c of [{ numberStart: at, numberEnd: at + 1 }, { numberStart: at, numberEnd: at + 2 }]) {
          expect(isNumeralPair(text, at, c), `${JSON.stringify(text)} at ${at}`).toBe(oldIsNumeralPair(text, at, c));
        }
      }
    }
  });
});
