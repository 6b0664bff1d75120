/** Hostile inputs, built on demand, and a plain text of any size to compare their run time with. */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';

export const FIXTURE_PATH = 'fixtures/jining-gaoxin-2022.txt';
export const FIXTURE_TEXT = readFileSync(FIXTURE_PATH, 'utf8');

/** The fixture repeated and cut to exactly `bytes` UTF-8 bytes (on a character boundary, padded with `\n`). */
export function plainText(bytes: number): Buffer {
  const one = Buffer.from(FIXTURE_TEXT);
  const whole = Buffer.concat(Array.from({ length: Math.ceil(bytes / one.length) }, () => one));
  let cut = bytes;
  while (cut > 0 && ((whole[cut] as number) & 0xc0) === 0x80) cut--; // not inside a character
  return Buffer.concat([whole.subarray(0, cut), Buffer.alloc(bytes - cut, 0x0a)]);
}

/** `unit` repeated to `bytes` UTF-8 bytes (rounded down to whole repeats). */
export function repeated(unit: string, bytes: number): Buffer {
  return Buffer.from(unit.repeat(Math.max(1, Math.floor(bytes / Buffer.byteLength(unit)))));
}

/** One line of prose (the fixture without its line breaks) repeated to about `bytes`. */
export function singleLine(bytes: number): Buffer {
  return repeated(FIXTURE_TEXT.replace(/\r?\n/g, ''), bytes);
}

export const PNG_SIGNATURE = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

export function pngLike(bytes = 4096): Buffer {
  return Buffer.concat([PNG_SIGNATURE, randomBytes(bytes)]);
}

/** Random bytes with no NUL: binary that only the undecodable-share check can catch. */
export function randomNoNul(bytes = 4096): Buffer {
  const b = randomBytes(bytes);
  for (let i = 0; i < b.length; i++) if (b[i] === 0) b[i] = 1;
  return b;
}

/**
 * Least wall times of `a` and `b`, run in turn `runs` times each (the least is the run least disturbed by
 * other processes; taking turns exposes both to the same load).
 */
export function timesOf(a: () => unknown, b: () => unknown, runs = 3): [number, number] {
  const best: [number, number] = [Infinity, Infinity];
  for (let i = 0; i < runs; i++) {
    [a, b].forEach((fn, k) => {
      const t = performance.now();
      fn();
      best[k] = Math.min(best[k] as number, performance.now() - t);
    });
  }
  return best;
}
