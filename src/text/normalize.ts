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

const CHUNK = 8192;
/** Up to this length, fold in one go (spreading a longer array would overflow the call stack). */
const SHORT = 256;

/** Fold a string: same length, code unit for code unit (surrogates pass through unchanged). */
export function fold(text: string): string {
  if (text.length <= SHORT) {
    // A line or a name: one small array, no chunking.
    const codes = new Array<number>(text.length);
    for (let i = 0; i < text.length; i++) codes[i] = TABLE[text.charCodeAt(i)] as number;
    return String.fromCharCode(...codes);
  }
  const out: string[] = [];
  const buf = new Uint16Array(Math.min(CHUNK, text.length));
  for (let start = 0; start < text.length; start += CHUNK) {
    const end = Math.min(start + CHUNK, text.length);
    for (let i = start; i < end; i++) buf[i - start] = TABLE[text.charCodeAt(i)] as number;
    out.push(String.fromCharCode.apply(null, buf.subarray(0, end - start) as unknown as number[]));
  }
  return out.join('');
}

/** Fold one character code. */
export const foldCode = (code: number): number => TABLE[code] as number;
