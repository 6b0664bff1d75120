/** The process, as the CLI sees it: passed in, so tests run the CLI in-process with streams of their own. */
export interface CliIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  /** @default process.env */
  env?: NodeJS.ProcessEnv;
}
