/**
 * JSON: a report object, or an array of them written one element at a time. What is written is
 * byte-for-byte `JSON.stringify(value, null, 2)`, but in pieces: a report's facts a slice at a time, so
 * no string ever holds a whole large report (V8 refuses strings over 2^29 code units: a 100 MB
 * document's report is longer than that).
 */
import type { Report } from '../schema.js';

/** Facts per piece of a report's JSON: a piece is a few hundred KB. */
const FACTS_PER_PIECE = 1000;

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
 * output; 1: an element of the array of reports, its own indent included).
 */
export function* reportJson(report: Report, depth = 0): Generator<string> {
  const { facts } = report;
  const shell = depth === 0 ? JSON.stringify({ ...report, facts: [] }, null, 2) : elementsJson([{ ...report, facts: [] }], depth - 1);
  // The report's own keys stand on lines of their own at this indent; nothing deeper does, and no string
  // holds a newline: this is the one `facts` key.
  const indent = '  '.repeat(depth + 1);
  const empty = `\n${indent}"facts": []`;
  if (facts.length === 0) {
    yield shell;
    return;
  }
  const found = shell.indexOf(empty);
  if (found < 0) throw new Error('reportJson: no facts key'); // (a Report always has one)
  const at = found + empty.length - 1; // the `]`
  yield shell.slice(0, at);
  for (let from = 0; from < facts.length; from += FACTS_PER_PIECE) {
    yield (from === 0 ? '\n' : ',\n') + elementsJson(facts.slice(from, from + FACTS_PER_PIECE), depth + 1);
  }
  yield `\n${indent}${shell.slice(at)}`;
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
  report(report: Report): Generator<string> {
    return prefixed(this.separator(), reportJson(report, 1));
  }

  /** The closing text: `]` after the last element, or `[]` when there was none. */
  close(): string {
    return this.count === 0 ? '[]\n' : '\n]\n';
  }

  private separator(): string {
    return this.count++ === 0 ? '[\n' : ',\n';
  }
}
