/**
 * A large input makes V8 grow its heap in big steps, holding much garbage between collections: the
 * 100 MB benchmark file peaks at 1.0 GB by default and at 0.65 GB with V8's `--optimize-for-size`, for
 * ~15 % more time on small inputs. So the CLI asks for the smaller heap only once an input is large.
 */
import { setFlagsFromString } from 'node:v8';

/** From this size on, memory matters more than the last 15 % of speed. */
export const LARGE_INPUT_BYTES = 32 * 1024 * 1024;

let small = false;

export function preferSmallHeapFor(inputBytes: number): void {
  if (small || inputBytes < LARGE_INPUT_BYTES) return;
  setFlagsFromString('--optimize-for-size');
  small = true;
}
