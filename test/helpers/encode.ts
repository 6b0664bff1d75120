/** Bytes of a string in an encoding, through iconv-lite (TextEncoder only writes UTF-8). */
import iconv from 'iconv-lite';

export type TestEncoding = 'utf-8' | 'gb18030' | 'gbk' | 'big5' | 'utf-16le' | 'utf-16be';

const BOMS: Record<string, number[]> = {
  'utf-8': [0xef, 0xbb, 0xbf],
  'utf-16le': [0xff, 0xfe],
  'utf-16be': [0xfe, 0xff],
  gb18030: [0x84, 0x31, 0x95, 0x33],
};

/** `text` in `encoding`, optionally preceded by that encoding's byte-order mark. */
export function encode(text: string, encoding: TestEncoding, { bom = false } = {}): Uint8Array {
  const body = iconv.encode(text, encoding);
  const mark = bom ? (BOMS[encoding] ?? []) : [];
  return Uint8Array.from([...mark, ...body]);
}

/**
 * Does `encoding` hold every character of `text`: encoded by iconv-lite, does the decoder the tool uses
 * (WHATWG TextDecoder) give it back? iconv-lite's Big5 writes HKSCS codes that TextDecoder reads as private use.
 */
export function roundTrips(text: string, encoding: TestEncoding): boolean {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(iconv.encode(text, encoding)) === text;
  } catch {
    return false;
  }
}
