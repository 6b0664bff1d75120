import { describe, expect, it } from 'vitest';
import { parseQuantity } from '../../src/numbers/numerals.js';
import { readNumber } from '../../src/facts/rules/number-text.js';

/** readNumber as it was before its fast paths: every number through parseQuantity. */
function reference(folded: string, start: number, end: number, multiplier = ''): { value: number; max: number | null; qualifier: string; start: number } | null {
  const text = folded.slice(start, end) + multiplier;
  if (/^[百千万亿]/.test(text)) {
    const before = folded[start - 1] ?? '';
    if (/[近上]/.test(before) && !/[以线网马之向往]/.test(folded[start - 2] ?? '')) {
      const q = parseQuantity(before + text);
      if (q) return { ...q, start: start - 1 };
    }
    if (/^[百千万亿]+$/.test(text)) return null;
  }
  if (/^\d{1,15}(?:\.\d{1,6})?$/.test(text)) return { value: Number(text), max: null, qualifier: 'exact', start };
  const q = parseQuantity(text);
  return q ? { ...q, start } : null;
}

function agrees(folded: string, start: number, end: number, multiplier = ''): void {
  const got = readNumber(folded, start, end, multiplier);
  const want = reference(folded, start, end, multiplier);
  const label = `${folded} [${start}, ${end}) ${multiplier}`;
  if (want === null || got === null) {
    expect(got, label).toEqual(want);
    return;
  }
  expect(Object.is(got.value, want.value), `${label}: ${got.value} vs ${want.value}`).toBe(true);
  expect(Object.is(got.max, want.max), label).toBe(true);
  expect([got.qualifier, got.start], label).toEqual([want.qualifier, want.start]);
}

describe('readNumber', () => {
  it('reads as parseQuantity reads, fast paths included', () => {
    for (const s of ['两三', '五六万', '数十', '十几', '几百', '21', '1.5', '1.2万', '70余', '70多', '1.2万余', '70余万', '一', '三余', '十余', '近百', '上千', '以上千', '百', '两三', '1,800', '1,800余', '〇余', '余']) {
      agrees(`约${s}人`, 1, 1 + s.length);
    }
    agrees('9261 萬元', 0, 4, '万');
    for (const digits of ['1234567890123456', '0000000000000000', '9'.repeat(40), '1'.repeat(308), '1'.repeat(309), '7'.repeat(5000)]) {
      agrees(`共${digits}名`, 1, 1 + digits.length);
    }
  });

  it('agrees with the general parser on random numerals', () => {
    const alphabet = [...'0123456789,.万亿一二两三四〇十百千余多几数近上以'];
    let seed = 5;
    const rand = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let k = 0; k < 20000; k++) {
      let s = '';
      for (let n = 3 + rand(10); n > 0; n--) s += alphabet[rand(alphabet.length)];
      const start = rand(3);
      const end = start + 1 + rand(s.length - start);
      agrees(s, start, end);
    }
  });
});
