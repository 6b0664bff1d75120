/**
 * bytes → string. Decided once per file on the whole buffer: BOM, then the byte shape of UTF-16 without a BOM
 * (NUL bytes; Han high bytes), then strict UTF-8, then the best-scoring of UTF-8, GB18030, Big5 and UTF-16
 * (DEPENDENCIES.md measured this beating chardet and jschardet on short text). Anything but a BOM or plain
 * UTF-8 is a guess and says so with an ENCODING_GUESSED warning.
 * Node's TextDecoder does GB18030/Big5/UTF-16 in C++; a Node built with small ICU falls back to iconv-lite.
 */
import { isUtf8, transcode } from 'node:buffer';
import { createRequire } from 'node:module';
import { ReportError, WarningCode } from '../errors.js';
import type { Warning } from '../schema.js';
import { COMMON_HANZI } from './common-hanzi.js';

export type Encoding = 'utf-8' | 'gb18030' | 'gbk' | 'big5' | 'utf-16le' | 'utf-16be';

export interface Decoded {
  text: string;
  encoding: Encoding;
  warnings: Warning[];
}

const BOMS: Array<[Encoding, number[]]> = [
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['gb18030', [0x84, 0x31, 0x95, 0x33]],
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
];

/** How many bytes the scorer looks at: enough to decide, bounded so a 100 MB file is not decoded four times. */
const SCORE_SAMPLE_BYTES = 1 << 20;

export function decode(bytes: Uint8Array, forced?: Encoding): Decoded {
  if (forced) return decodeWith(bytes, forced, false, []);
  const bom = BOMS.find(([, mark]) => mark.every((b, i) => bytes[i] === b));
  if (bom) return decodeWith(bytes.subarray(bom[1].length), bom[0], false, []);

  const utf16 = nulPatternUtf16(bytes);
  if (utf16) return decodeWith(bytes, utf16, true, [guessedWarning(utf16, 'its NUL bytes fall on one side of each code unit')]);

  const utf8 = tryDecode('utf-8', bytes, true);
  // Valid UTF-8 is trusted unless it has no CJK at all but U+0080–U+07FF characters: `24小` in GBK
  // (32 34 D0 A1) is also valid UTF-8 (`24С`), so such text deserves a GB18030 try. Control characters
  // betray CJK UTF-16 read as UTF-8 (`昼夜` is 3C 66 1C 59, `<f\x1cY`).
  if (utf8 !== null && !looksLikeMisreadGbk(utf8) && !hasControlChars(utf8)) return { text: utf8, encoding: 'utf-8', warnings: [] };

  const cjk16 = cjkPatternUtf16(bytes);
  if (cjk16) return decodeWith(bytes, cjk16, true, [guessedWarning(cjk16, 'its high bytes are those of CJK text')]);

  const sample = bytes.subarray(0, SCORE_SAMPLE_BYTES); // even, so UTF-16 stays aligned
  // UTF-8 first, so a tie keeps it: `café` is also the GBK `caf茅`, and neither scores.
  const candidates: Encoding[] = ['utf-8', 'gb18030', 'big5'];
  if (bytes.length % 2 === 0) candidates.push('utf-16le', 'utf-16be');
  let best: Encoding = 'utf-8';
  let bestScore = -Infinity;
  for (const enc of candidates) {
    const score = scoreText(tryDecode(enc, sample, false) ?? '');
    if (score > bestScore) [best, bestScore] = [enc, score];
  }
  return decodeWith(bytes, best, true, [guessedWarning(best, 'the best-scoring candidate')]);
}

function guessedWarning(encoding: Encoding, why: string): Warning {
  return { code: WarningCode.ENCODING_GUESSED, message: `no BOM and not unambiguous UTF-8; decoded as ${encoding}: ${why}` };
}

function decodeWith(bytes: Uint8Array, encoding: Encoding, guessed: boolean, warnings: Warning[]): Decoded {
  let text = tryDecode(encoding, bytes, true);
  if (text === null) {
    text = tryDecode(encoding, bytes, false) ?? '';
    warnings.push({
      code: WarningCode.INVALID_BYTES,
      message: `some bytes are not valid ${encoding}${guessed ? ' (itself a guess)' : ''} and were replaced by U+FFFD`,
    });
  }
  // A BOM that survives (UTF-8 BOM inside a forced decode) is not text.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text, encoding, warnings };
}

/** Returns null when `fatal` and the bytes are invalid in that encoding. */
function tryDecode(encoding: Encoding, bytes: Uint8Array, fatal: boolean): string | null {
  if (encoding === 'utf-8' && fatal && FAST_UTF8) return strictUtf8(bytes);
  try {
    return decoderFor(encoding, fatal).decode(bytes);
  } catch (error) {
    if (error instanceof TypeError && fatal) return null;
    throw error;
  }
}

/**
 * Strict UTF-8, checked by `isUtf8` and converted by ICU's `transcode` into UTF-16, which Node turns into
 * the string without another pass: 4× faster than TextDecoder on CJK text (10 MB: 10 ms against 41 ms),
 * and the same string (valid UTF-8 has one reading; a BOM is kept, as TextDecoder with ignoreBOM keeps it).
 */
function strictUtf8(bytes: Uint8Array): string | null {
  if (!isUtf8(bytes)) return null;
  return transcode(bytes, 'utf8', 'utf16le').toString('utf16le');
}
/** Both exist in Node 20 built with full ICU (the official builds); TextDecoder otherwise. */
const FAST_UTF8 = typeof isUtf8 === 'function' && typeof transcode === 'function';

const decoders = new Map<string, { decode(b: Uint8Array): string }>();
function decoderFor(encoding: Encoding, fatal: boolean): { decode(b: Uint8Array): string } {
  const key = `${encoding}/${fatal}`;
  let decoder = decoders.get(key);
  if (!decoder) {
    try {
      decoder = new TextDecoder(encoding, { fatal, ignoreBOM: true });
    } catch {
      decoder = iconvDecoder(encoding, fatal);
    }
    decoders.set(key, decoder);
  }
  return decoder;
}

/** Small-ICU Node builds lack GB18030/Big5 decoders; iconv-lite is loaded only then. */
function iconvDecoder(encoding: Encoding, fatal: boolean): { decode(b: Uint8Array): string } {
  const iconv = createRequire(import.meta.url)('iconv-lite') as {
    encodingExists(e: string): boolean;
    decode(b: Uint8Array, e: string, o?: { stripBOM?: boolean }): string;
  };
  if (!iconv.encodingExists(encoding)) throw new ReportError('UNKNOWN_ENCODING', `cannot decode ${encoding}`);
  return {
    decode(b) {
      const text = iconv.decode(Buffer.from(b.buffer, b.byteOffset, b.byteLength), encoding, { stripBOM: false });
      if (fatal && text.includes('\uFFFD')) throw new TypeError('invalid bytes');
      return text;
    },
  };
}

/**
 * High bytes of UTF-16 code units in Chinese text: ASCII (00), general punctuation and symbols `“”…—①`
 * (20–25), CJK punctuation `、。「」` (30), enclosed `㈠` (32), Han (4E–9F), full-width forms `：％` (FF).
 */
const CJK_HIGH_BYTE = new Uint8Array(256);
for (const b of [0x00, 0x20, 0x21, 0x22, 0x23, 0x24, 0x25, 0x30, 0x32, 0xff]) CJK_HIGH_BYTE[b] = 1;
for (let b = 0x4e; b <= 0x9f; b++) CJK_HIGH_BYTE[b] = 1;
/** Share of code units whose high byte must look like Chinese text on the chosen side … */
const CJK16_SHARE = 0.9;
/** … and at most on the other side (a random byte is in CJK_HIGH_BYTE about a third of the time). */
const CJK16_OTHER_SIDE = 0.7;
/** Fewer code units than this are too few to tell (`全体党员` in UTF-16LE is also the ASCII `hQSOZQXT`). */
const CJK16_MIN_UNITS = 4;
const SHAPE_SAMPLE_BYTES = 8192;

/** Per side of a code unit (even byte, odd byte): how many NUL bytes, how many CJK-looking high bytes. */
interface Sides {
  units: number;
  nul: [even: number, odd: number];
  cjk: [even: number, odd: number];
}

/** Whole code units only: a file cut after an odd byte is judged by the units before the cut. */
const evenSample = (bytes: Uint8Array): number => Math.min(bytes.length - (bytes.length % 2), SHAPE_SAMPLE_BYTES);

function sides(bytes: Uint8Array): Sides | null {
  const n = evenSample(bytes);
  const s: Sides = { units: n / 2, nul: [0, 0], cjk: [0, 0] };
  if (s.units < CJK16_MIN_UNITS) return null;
  for (let i = 0; i + 1 < n; i += 2) {
    const even = bytes[i] as number;
    const odd = bytes[i + 1] as number;
    if (even === 0) s.nul[0]++;
    if (odd === 0) s.nul[1]++;
    s.cjk[0] += CJK_HIGH_BYTE[even] as number;
    s.cjk[1] += CJK_HIGH_BYTE[odd] as number;
  }
  return s;
}

/** [encoding, index of its high-byte side]: UTF-16LE keeps the high byte at odd offsets. */
const UTF16_SIDES: ReadonlyArray<[Encoding, 0 | 1]> = [['utf-16le', 1], ['utf-16be', 0]];

/**
 * ASCII-heavy UTF-16 without a BOM: NUL bytes on the high side of many code units and (almost) none on the
 * low side, and the high side looks like text — `一` (U+4E00) alone also puts a NUL on the low side.
 */
function nulPatternUtf16(bytes: Uint8Array): Encoding | null {
  const s = sides(bytes);
  if (!s) return null;
  for (const [encoding, high] of UTF16_SIDES) {
    const low = (1 - high) as 0 | 1;
    if (s.nul[high] > s.units * 0.3 && s.nul[low] < s.units * 0.05 && s.cjk[high] >= s.units * CJK16_SHARE) return encoding;
  }
  return null;
}

/**
 * CJK-heavy UTF-16 without a BOM has few NUL bytes, but the high byte of nearly every code unit is that of a
 * Han character, CJK punctuation or ASCII, and the low side is spread over all values; GB18030, Big5 and
 * UTF-8 bytes never line up like that.
 */
function cjkPatternUtf16(bytes: Uint8Array): Encoding | null {
  const s = sides(bytes);
  if (!s) return null;
  for (const [encoding, high] of UTF16_SIDES) {
    const low = (1 - high) as 0 | 1;
    if (s.cjk[high] >= s.units * CJK16_SHARE && s.cjk[low] <= s.units * CJK16_OTHER_SIDE) {
      // Lone surrogates would mean the guess is wrong.
      return tryDecode(encoding, bytes.subarray(0, evenSample(bytes)), true) !== null ? encoding : null;
    }
  }
  return null;
}

/** C0 controls other than tab, line feed, form feed and carriage return: not in a text document. */
export const CONTROL_CHARS = /[\0-\x08\x0b\x0e-\x1f]/g;

/** Is there one of CONTROL_CHARS in the first SCORE_SAMPLE_BYTES characters? (One regex search, not a loop; search ignores lastIndex.) */
function hasControlChars(text: string): boolean {
  return (text.length > SCORE_SAMPLE_BYTES ? text.slice(0, SCORE_SAMPLE_BYTES) : text).search(CONTROL_CHARS) >= 0;
}

function looksLikeMisreadGbk(text: string): boolean {
  let twoByte = 0;
  for (let i = 0; i < text.length && i < SCORE_SAMPLE_BYTES; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x2e80) return false; // CJK (or beyond): real UTF-8
    if (c >= 0x80) twoByte++;
  }
  return twoByte > 0;
}

/** Common Han characters, CJK punctuation and plain ASCII score; control characters, U+FFFD and private use cost. */
function scoreText(text: string): number {
  let score = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    if (COMMON_HANZI.has(c)) score += 2;
    // ASCII counts half: CJK UTF-16 read as GB18030 is mostly ASCII (`扎实做好` → `Nb瀃ZP}Y`).
    else if ((c >= 0x20 && c < 0x7f) || c === 0x0a || c === 0x0d) score += 0.5;
    else if ((c >= 0x3000 && c < 0x3040) || (c >= 0xff00 && c < 0xff60)) score += 1;
    else if (c === 0xfffd || c < 0x20 || (c >= 0xe000 && c < 0xf900) || (c >= 0x80 && c < 0xa0)) score -= 4;
  }
  return score;
}
