/** Errors that stop extraction carry a stable code; what the user should merely know is a warning. */

export type ErrorCode =
  | 'BAD_OPTIONS' // options failed validation
  | 'UNKNOWN_ENCODING' // --encoding names an encoding this Node cannot decode
  | 'NOT_TEXT' // the bytes are binary (NUL bytes, an image …), not a text document
  | 'NOT_A_FILE' // (CLI) a path names a FIFO, socket or device: only regular files and `-` (stdin) are read
  | 'TOO_LARGE' // the input exceeds the size limit (`maxBytes`, `--max-bytes`); a ZIP counts what it would inflate to
  | 'NEEDS_ASYNC' // a PDF, Word file or web page given to the synchronous `extract`: use `extractAsync` or `extractFile`
  | 'NO_TEXT_LAYER' // a PDF without text (a scanned image?)
  | 'ENCRYPTED' // a password-protected PDF
  | 'DAMAGED'; // a PDF, Word file or ZIP that cannot be read (truncated, corrupt, or a ZIP that is not a Word document)

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
  /** A web page's declared charset does not fit its bytes: the bytes decided. */
  CHARSET_MISDECLARED: 'CHARSET_MISDECLARED',
  /** No article was found on a web page: its whole text was read, less navigation and footer. */
  MAIN_CONTENT_GUESSED: 'MAIN_CONTENT_GUESSED',
} as const;
export type WarningCode = (typeof WarningCode)[keyof typeof WarningCode];
