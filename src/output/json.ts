/**
 * JSON: a report object, or an array of them written one element at a time. The streamed array is
 * byte-for-byte `JSON.stringify(array, null, 2)`: an element's lines are its own two-space JSON,
 * indented two more (JSON strings hold no raw newline, so indenting lines is safe).
 */

export function formatJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

/** Writes `[`, elements, `]` piece by piece: `open + element(a) + element(b) + close` = the whole array. */
export class JsonArrayWriter {
  private count = 0;

  /** The text that adds one element (with the opening bracket before the first). */
  element(value: unknown): string {
    const body = JSON.stringify(value, null, 2).replace(/\n/g, '\n  ');
    return (this.count++ === 0 ? '[\n  ' : ',\n  ') + body;
  }

  /** The closing text: `]` after the last element, or `[]` when there was none. */
  close(): string {
    return this.count === 0 ? '[]\n' : '\n]\n';
  }
}
