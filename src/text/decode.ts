/**
 * bytes → string. Decided once per file on the whole buffer: BOM, then strict UTF-8, then the best-scoring
 * of GB18030, Big5 and UTF-16 (DEPENDENCIES.md measured this beating chardet and jschardet on short text).
 * Node's TextDecoder does GB18030/Big5/UTF-16 in C++; a Node built with small ICU falls back to iconv-lite.
 */
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
  if (utf16) return decodeWith(bytes, utf16, true, []);

  const utf8 = tryDecode('utf-8', bytes, true);
  // Valid UTF-8 is trusted unless it has no CJK at all but U+0080–U+07FF characters: `24小` in GBK
  // (32 34 D0 A1) is also valid UTF-8 (`24С`), so such text deserves a GB18030 try.
  if (utf8 !== null && !looksLikeMisreadGbk(utf8)) return { text: utf8, encoding: 'utf-8', warnings: [] };

  const sample = bytes.subarray(0, SCORE_SAMPLE_BYTES); // even, so UTF-16 stays aligned
  const candidates: Encoding[] = ['utf-8', 'gb18030', 'big5'];
  if (bytes.length % 2 === 0) candidates.push('utf-16le', 'utf-16be');
  let best: Encoding = 'utf-8';
  let bestScore = -Infinity;
  for (const enc of candidates) {
    const score = scoreText(tryDecode(enc, sample, false) ?? '');
    if (score > bestScore) [best, bestScore] = [enc, score];
  }
  const warnings: Warning[] = [
    { code: WarningCode.ENCODING_GUESSED, message: `no BOM and not valid UTF-8; decoded as ${best}, the best-scoring candidate` },
  ];
  return decodeWith(bytes, best, true, warnings);
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
  try {
    return decoderFor(encoding, fatal).decode(bytes);
  } catch (error) {
    if (error instanceof TypeError && fatal) return null;
    throw error;
  }
}

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

/** ASCII-heavy UTF-16 without a BOM: NUL bytes on one side of most code units. */
function nulPatternUtf16(bytes: Uint8Array): Encoding | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  const n = Math.min(bytes.length, 4096);
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i + 1 < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const units = n / 2;
  if (oddNul > units * 0.3 && evenNul < units * 0.05) return 'utf-16le';
  if (evenNul > units * 0.3 && oddNul < units * 0.05) return 'utf-16be';
  return null;
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

/** Common Han characters and plain ASCII score; control characters, U+FFFD and private use cost. */
function scoreText(text: string): number {
  let score = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    if (COMMON_HANZI.has(c)) score += 2;
    else if ((c >= 0x20 && c < 0x7f) || c === 0x0a || c === 0x0d || (c >= 0x3000 && c < 0x3040) || (c >= 0xff00 && c < 0xff60)) score += 1;
    else if (c === 0xfffd || c < 0x20 || (c >= 0xe000 && c < 0xf900) || (c >= 0x80 && c < 0xa0)) score -= 4;
  }
  return score;
}
