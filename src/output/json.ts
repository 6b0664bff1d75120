/**
 * JSON: a report object, or an array of them written one element at a time. What is written is
 * byte-for-byte `JSON.stringify(value, null, 2)`, but in pieces: a report's departments and facts a
 * slice at a time, so no string ever holds a whole large report (V8 refuses strings over 2^29 code
 * units: a 100 MB document's report is longer than that, and its departments alone hold its text).
 */
import type { Fact, Report } from '../schema.js';

/**
 * Elements per piece of a long array (departments, facts): a piece of facts is some 40 KB. Pieces of
 * 1,000 (400 KB strings, allocated outside V8's young generation) made the 100 MB file's JSON 50 %
 * slower (14.5 s against 9.5 s; 26 s against 12 s within a batch, whose young generation is kept small)
 * and its peak memory higher.
 */
export const ITEMS_PER_PIECE = 100;

/**
 * The JSON of `items` as the elements of an array standing `depth` levels deep, without its brackets:
 * each element on its own lines, indented as `JSON.stringify(…, null, 2)` indents it there. Made by
 * stringify itself, on the items nested in `depth` more arrays, less the nesting's brackets (one pass,
 * no second copy to re-indent: JSON strings hold no raw newline).
 */
export function elementsJson(items: readonly unknown[], depth: number): string {
  if (items.length === 0) throw new Error('elementsJson: no items');
  let nested: unknown = items;
  for (let i = 0; i < depth; i++) nested = [nested];
  // Level j of the nesting opens with 2j spaces and `[\n`, and closes with `\n`, 2j spaces and `]`.
  const brackets = (depth + 1) * (depth + 2);
  const text = JSON.stringify(nested, null, 2);
  return text.slice(brackets, text.length - brackets);
}

/**
 * `JSON.stringify(report, null, 2)` in pieces, for the report standing `depth` levels deep (0: the whole
 * output; 1: an element of the array of reports, its own indent included). Its facts are `report.facts`,
 * or the chunks `facts` gives, drawn as they are written (a large input's facts are never all held).
 */
export function* reportJson(report: Report, depth = 0, facts: Iterable<readonly Fact[]> = [report.facts]): Generator<string> {
  if (depth > 0) yield '  '.repeat(depth);
  // Written key by key as stringify writes an object; the two long arrays a slice at a time.
  const long: Partial<Record<keyof Report, Iterable<readonly unknown[]>>> = { departments: [report.departments], facts };
  const indent = '  '.repeat(depth + 1);
  let first = true;
  for (const [key, value] of Object.entries(report)) {
    if (value === undefined) continue; // (as stringify skips it; a valid report has none)
    yield `${first ? '{\n' : ',\n'}${indent}${JSON.stringify(key)}: `;
    first = false;
    const chunks = long[key as keyof Report];
    if (chunks) yield* arrayJson(chunks, depth + 1);
    else yield valueJson(value, depth + 1);
  }
  yield first ? '{}' : `\n${'  '.repeat(depth)}}`;
}

/** A value's JSON where it stands `depth` levels deep (its first line without the indent). */
function valueJson(value: unknown, depth: number): string {
  return elementsJson([value], depth - 1).slice(2 * depth);
}

/** An array of the chunks' elements standing `depth` levels deep, ITEMS_PER_PIECE elements a piece. */
function* arrayJson(chunks: Iterable<readonly unknown[]>, depth: number): Generator<string> {
  let first = true;
  for (const piece of pieces(chunks)) {
    yield `${first ? '[\n' : ',\n'}${elementsJson(piece, depth)}`;
    first = false;
  }
  yield first ? '[]' : `\n${'  '.repeat(depth)}]`;
}

/** The elements of the chunks, ITEMS_PER_PIECE at a time (a chunk, one area's facts, may hold a few or many). */
function* pieces<T>(chunks: Iterable<readonly T[]>): Generator<readonly T[]> {
  let piece: T[] = [];
  for (const chunk of chunks) {
    for (const item of chunk) {
      piece.push(item);
      if (piece.length === ITEMS_PER_PIECE) {
        yield piece;
        piece = [];
      }
    }
  }
  if (piece.length > 0) yield piece;
}

function* prefixed(first: string, rest: Iterable<string>): Generator<string> {
  yield first;
  yield* rest;
}

/** Writes `[`, elements, `]` piece by piece: `open + element(a) + element(b) + close` = the whole array. */
export class JsonArrayWriter {
  private count = 0;

  /** The text that adds one element (with the opening bracket before the first). */
  element(value: unknown): string {
    return this.separator() + elementsJson([value], 0);
  }

  /** A report as the next element, in pieces (see reportJson); its place is taken now, not when it is read. */
  report(report: Report, facts?: Iterable<readonly Fact[]>): Generator<string> {
    return prefixed(this.separator(), reportJson(report, 1, facts));
  }

  /** The closing text: `]` after the last element, or `[]` when there was none. */
  close(): string {
    return this.count === 0 ? '[]\n' : '\n]\n';
  }

  private separator(): string {
    return this.count++ === 0 ? '[\n' : ',\n';
  }
}
