/**
 * 1:1 character folding for matching: full-width ASCII → ASCII, ideographic space → space,
 * Traditional → Simplified. Every folded string has the length of its input, so an index into the folded
 * text is an index into the original; reported text is always cut from the original.
 */
import { TRAD_SIMP_PAIRS } from './trad-simp.js';

const TABLE = buildTable();

function buildTable(): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (let c = 0; c < table.length; c++) table[c] = c;
  for (let c = 0xff01; c <= 0xff5e; c++) table[c] = c - 0xfee0; // ＡＢＣ１２３％：
  table[0xff0c] = 0xff0c; // `，` separates clauses: `100，200` is two numbers, unlike `1,800`
  table[0x3000] = 0x20; // ideographic space
  for (let i = 0; i + 1 < TRAD_SIMP_PAIRS.length; i += 2) {
    table[TRAD_SIMP_PAIRS.charCodeAt(i)] = TRAD_SIMP_PAIRS.charCodeAt(i + 1);
  }
  return table;
}

/** Code units per chunk when a long string is folded or assembled from codes. */
const CODE_CHUNK = 8192;
/** Up to this length, fold in one go (spreading a longer array would overflow the call stack). */
const SHORT = 256;

/**
 * Fold a string: same length, code unit for code unit (surrogates pass through unchanged). A string that
 * folding leaves alone (most lines and names) is returned as it is, without a copy.
 */
export function fold(text: string): string {
  let first = 0;
  while (first < text.length && TABLE[text.charCodeAt(first)] === text.charCodeAt(first)) first++;
  if (first === text.length) return text;
  if (text.length <= SHORT) {
    // A line or a name: one small array, no typed array or Buffer to set up.
    const codes = new Array<number>(text.length);
    for (let i = 0; i < text.length; i++) codes[i] = TABLE[text.charCodeAt(i)] as number;
    return String.fromCharCode(...codes);
  }
  const codes = new Uint16Array(Math.min(CODE_CHUNK, text.length));
  const out: string[] = [];
  for (let start = 0; start < text.length; start += CODE_CHUNK) {
    const end = Math.min(start + CODE_CHUNK, text.length);
    for (let i = start; i < end; i++) codes[i - start] = TABLE[text.charCodeAt(i)] as number;
    out.push(fromCodes(codes, end - start));
  }
  return out.length === 1 ? (out[0] as string) : out.join('');
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * The string of the first `length` UTF-16 code units of `codes`, lone surrogates kept. Node's `utf16le`
 * decoding copies the units as they are (TextDecoder would replace lone surrogates); String.fromCharCode
 * is the portable fallback, on at most CODE_CHUNK units at a time (spreading more overflows the stack).
 */
export function fromCodes(codes: Uint16Array, length: number): string {
  if (LITTLE_ENDIAN && length > 16) return Buffer.from(codes.buffer, codes.byteOffset, length * 2).toString('utf16le');
  let out = '';
  for (let start = 0; start < length; start += CODE_CHUNK) {
    out += String.fromCharCode.apply(null, codes.subarray(start, Math.min(length, start + CODE_CHUNK)) as unknown as number[]);
  }
  return out;
}

/** Fold one character code. */
export const foldCode = (code: number): number => TABLE[code] as number;
/** Each code unit's folded twin, for loops over many characters (a lookup, not a call per character until one is inlined). */
export const FOLDED: Readonly<Uint16Array> = TABLE;
