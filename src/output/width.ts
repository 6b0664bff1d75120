/**
 * Display width of terminal text: East Asian wide and full-width characters take two columns.
 * The ranges are those cli-table3 measures with (is-fullwidth-code-point via string-width 4), so a
 * cell cut here lines up with the borders it draws. `'区党政办公室'` is 12 columns, `'21名'` is 4.
 */

const WIDE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f], // Hangul Jamo
  [0x2329, 0x232a], // 〈 〉
  [0x2e80, 0x303e], // CJK radicals, punctuation (、。「」) — 0x303F is narrow
  [0x3040, 0x3247], // kana, bopomofo, enclosed CJK
  [0x3250, 0x4dbf], // CJK extension A
  [0x4e00, 0xa4c6], // CJK unified ideographs, Yi
  [0xa960, 0xa97c],
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe10, 0xfe19], // vertical forms
  [0xfe30, 0xfe6b], // CJK compatibility forms, small forms
  [0xff01, 0xff60], // full-width ASCII (，（）：)
  [0xffe0, 0xffe6], // full-width signs (￥)
  [0x1b000, 0x1b001],
  [0x1f200, 0x1f251],
  [0x20000, 0x3fffd], // CJK extensions B–F
];

function isWide(code: number): boolean {
  if (code < 0x1100) return false;
  for (const [low, high] of WIDE_RANGES) if (code >= low && code <= high) return true;
  return false;
}

/** Columns one code point takes: 0 for control and combining characters, 2 for wide ones, else 1. */
export function codePointWidth(code: number): number {
  if (code <= 0x1f || (code >= 0x7f && code <= 0x9f)) return 0;
  if (code >= 0x300 && code <= 0x36f) return 0;
  return isWide(code) ? 2 : 1;
}

export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += codePointWidth(char.codePointAt(0)!);
  return width;
}

/**
 * Cut `text` to at most `max` columns, ending with `…` when something was cut.
 * @example cutToWidth('疫情防控物资采购、隔离场所运转费', 10) // '疫情防控…' (9 columns: a wide char does not fit in the last one)
 */
export function cutToWidth(text: string, max: number, ellipsis = '…'): string {
  if (displayWidth(text) <= max) return text;
  const room = max - displayWidth(ellipsis);
  let width = 0;
  let out = '';
  for (const char of text) {
    const w = codePointWidth(char.codePointAt(0)!);
    if (width + w > room) break;
    width += w;
    out += char;
  }
  return out + ellipsis;
}

/**
 * Cut from the start instead, for paths, whose end (the file name) says most.
 * @example cutStartToWidth('reports/2022/jining-gaoxin.txt', 20) // '…2/jining-gaoxin.txt'
 */
export function cutStartToWidth(text: string, max: number, ellipsis = '…'): string {
  if (displayWidth(text) <= max) return text;
  const chars = [...text];
  const room = max - displayWidth(ellipsis);
  let width = 0;
  let start = chars.length;
  while (start > 0) {
    const w = codePointWidth(chars[start - 1]!.codePointAt(0)!);
    if (width + w > room) break;
    width += w;
    start--;
  }
  return ellipsis + chars.slice(start).join('');
}
