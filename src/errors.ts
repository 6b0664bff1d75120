/** Errors that stop extraction carry a stable code; what the user should merely know is a warning. */

export type ErrorCode =
  | 'BAD_OPTIONS' // options failed validation
  | 'UNKNOWN_ENCODING' // --encoding names an encoding this Node cannot decode
  | 'NOT_TEXT' // the bytes are binary (NUL bytes, an image …), not a text document
  | 'NOT_A_FILE' // (CLI) a path names a FIFO, socket or device: only regular files and `-` (stdin) are read
  | 'TOO_LARGE'; // the input exceeds the size limit (`maxBytes`, `--max-bytes`)

export class ReportError extends Error {
  override readonly name = 'ReportError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly context: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** Codes of `warnings[]` entries. */
export const WarningCode = {
  /** No BOM and not valid UTF-8: the encoding was chosen by scoring candidates. */
  ENCODING_GUESSED: 'ENCODING_GUESSED',
  /** Some bytes were invalid in the chosen encoding and became U+FFFD. */
  INVALID_BYTES: 'INVALID_BYTES',
  /** The input holds no text. */
  EMPTY_INPUT: 'EMPTY_INPUT',
} as const;
export type WarningCode = (typeof WarningCode)[keyof typeof WarningCode];
