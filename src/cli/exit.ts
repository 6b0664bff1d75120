/** Exit status, as `--help` and the README print it. */
export const EXIT = {
  /** every input was processed (warnings included); also a closed pipe */
  OK: 0,
  /** at least one input failed, or (validate) a report is invalid */
  INPUT_FAILED: 1,
  /** usage error: unknown option, bad format or field name, no input, an output that cannot be written */
  USAGE: 2,
} as const;

/** A usage error found after commander parsed the options. */
export class UsageError extends Error {}
