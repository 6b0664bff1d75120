/**
 * Undo fake-bold doubling: a PDF that draws each glyph run twice yields
 * `迎疫而上迎疫而上与人民群众同心战与人民群众同心战““疫疫””` for `迎疫而上与人民群众同心战“疫”`.
 * A line is doubled when it splits completely into runs each written twice in a row; ordinary text with
 * a repeated character (`高新区区直`, `常常`) does not split completely.
 */

/** Lines longer than this are body text, never a doubled headline (and the search is quadratic in length). */
const MAX_LINE = 160;
/** A doubled line restores to at least this many characters: `常常` is a word, not a doubled `常`. */
const MIN_RESTORED = 3;

/** A run kept from a doubled line: its offset within the line and its length (the copy after it is dropped). */
export type Run = [start: number, length: number];

/** The runs to keep, or null when the line is not doubled. */
export function doubledRuns(line: string): Run[] | null {
  const n = line.length;
  if (n > MAX_LINE || n < MIN_RESTORED * 2 || n % 2 !== 0) return null;
  // runAt[i]: length of a doubled run starting at i after which the rest splits too (0: none).
  const runAt = new Int32Array(n + 1);
  const splits = new Uint8Array(n + 1);
  splits[n] = 1;
  for (let i = n - 2; i >= 0; i--) {
    for (let len = 1; i + 2 * len <= n; len++) {
      if (splits[i + 2 * len] && line.startsWith(line.slice(i, i + len), i + len)) {
        splits[i] = 1;
        runAt[i] = len;
        break;
      }
    }
  }
  if (!splits[0]) return null;
  const runs: Run[] = [];
  for (let i = 0; i < n; i += 2 * (runAt[i] as number)) runs.push([i, runAt[i] as number]);
  // Only single characters doubled (`人人人人`) reads as repetition, not as a doubled line.
  const restored = runs.reduce((sum, [, len]) => sum + len, 0);
  return restored >= MIN_RESTORED && runs.some(([, len]) => len >= 2) ? runs : null;
}

/** The restored line, or null when the line is not doubled. */
export function undouble(line: string): string | null {
  const runs = doubledRuns(line);
  return runs ? runs.map(([start, len]) => line.slice(start, start + len)).join('') : null;
}
