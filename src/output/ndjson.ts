/** NDJSON (JSON Lines): one JSON object per line, LF-terminated. Made for `jq -c`, `mlr --ijsonl`, database loaders. */
import type { Fact } from '../schema.js';

/** The whole fact with `file` first (when no --fields chose the keys). */
export function factWithFile(fact: Fact, file: string): Record<string, unknown> {
  return { file, ...fact };
}

export function ndjsonLine(value: unknown): string {
  return JSON.stringify(value) + '\n';
}
