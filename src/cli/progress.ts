/**
 * `[3/40] reports/x.txt` on one stderr line, redrawn per file, for batches only, and only when
 * stderr is a terminal and not under CI. Other stderr lines go through `log` so they do not
 * land in the middle of it.
 */
export interface ProgressOptions {
  stream: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  total: number;
  quiet: boolean;
}

/** More than this many inputs is a batch. */
const BATCH = 3;
const CLEAR_LINE = '\r\x1b[K';

export class Progress {
  private readonly enabled: boolean;
  private shown = false;

  constructor(private readonly options: ProgressOptions) {
    const { stream, env, total, quiet } = options;
    this.enabled = !quiet && total > BATCH && stream.isTTY === true && !env.CI;
  }

  /** Before input `index` (0-based) is read. */
  tick(index: number, path: string): void {
    if (!this.enabled) return;
    this.options.stream.write(`${CLEAR_LINE}[${index + 1}/${this.options.total}] ${path}`);
    this.shown = true;
  }

  /** One line of stderr (an error, a warning). */
  log(line: string): void {
    this.clear();
    this.options.stream.write(line.endsWith('\n') ? line : `${line}\n`);
  }

  clear(): void {
    if (!this.shown) return;
    this.options.stream.write(CLEAR_LINE);
    this.shown = false;
  }
}
