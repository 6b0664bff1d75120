/**
 * How much memory V8 may hold on to. By default it trades memory for speed in two ways that hurt here:
 * - a large input makes it grow the old generation in big steps, holding much garbage between
 *   collections: the 100 MB benchmark file peaks at 1.0 GB by default and at 0.65 GB with
 *   `--optimize-for-size`, for ~15 % more time on small inputs;
 * - a long batch of small inputs lets it double the young generation (up to 2 × 16 MB) and the old one,
 *   although nothing is kept from one input to the next: 1,000 files peaked at 1.7–1.9 × the memory of
 *   the largest alone, and at 1.1–1.2 × with the young generation kept at its starting size and
 *   `--optimize-for-size`, for ~10 % more time (`npm run bench`, 2026-11-28).
 * So the CLI asks for the smaller heap only when an input is large or the inputs are many. The flags
 * are set at run time, before the work they govern; `--semi-space-growth-factor=1` keeps the young
 * generation at the size it has (V8 reads the factor each time it would grow it).
 */
import { setFlagsFromString } from 'node:v8';

/** From this size on, memory matters more than the last 15 % of speed. */
export const LARGE_INPUT_BYTES = 32 * 1024 * 1024;

const set = new Set<string>();
const flag = (name: string): void => {
  if (set.has(name)) return;
  setFlagsFromString(name);
  set.add(name);
};

export function preferSmallHeapFor(inputBytes: number): void {
  if (inputBytes >= LARGE_INPUT_BYTES) flag('--optimize-for-size');
}

/** A batch (several files, or a stream of documents): keep the heap the size one document needs. */
export function preferSteadyHeapForBatch(): void {
  flag('--semi-space-growth-factor=1');
  flag('--optimize-for-size');
}
