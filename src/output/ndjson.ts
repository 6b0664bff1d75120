/** NDJSON (JSON Lines): one JSON object per line, LF-terminated. Made for `jq -c`, `mlr --ijsonl`, database loaders. */
import type { Fact } from '../schema.js';

export function ndjsonLine(value: unknown): string {
  return JSON.stringify(value) + '\n';
}

/**
 * Whole facts as lines, `file` first: the bytes of `ndjsonLine({ file, ...fact })` for each, without
 * copying every fact into a new object first (a batch writes 100,000s).
 */
export function wholeFactLines(facts: readonly Fact[], file: string): string {
  const head = `{"file":${JSON.stringify(file)},`;
  let out = '';
  for (const fact of facts) out += head + JSON.stringify(fact).slice(1) + '\n'; // a fact is never `{}`
  return out;
}
