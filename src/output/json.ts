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
    // As the only element of a one-element array, stringify indents it as the whole array would:
    // `[\n  {…}\n]` less its first 2 and last 2 characters (one pass, no second copy to re-indent).
    const inArray = JSON.stringify([value], null, 2);
    return (this.count++ === 0 ? '[\n' : ',\n') + inArray.slice(2, -2);
  }

  /** The closing text: `]` after the last element, or `[]` when there was none. */
  close(): string {
    return this.count === 0 ? '[]\n' : '\n]\n';
  }
}
