/**
 * Paths → the inputs to read, in order: files as given, folders expanded to the files below them
 * that match the glob (sorted), `-` for stdin. A path that cannot be used becomes an input with an
 * `error`, reported when its turn comes, so the others are still processed.
 */
import { closeSync, constants, fstatSync, openSync, readFileSync, type Dirent, type Stats } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ReportError } from '../errors.js';
import type { HandedOver } from '../pipeline.js';

/** Which files of a folder are read: matched against the file name, or the path below the folder if the glob holds a `/`. */
export const DEFAULT_GLOB = '*.{txt,md,pdf,docx,html,htm}';

export interface PlannedInput {
  /** as given, or folder/relative/path for a file found in a folder; `-` is stdin */
  path: string;
  /** why this input cannot be read, when it cannot */
  error?: string;
}

export interface InputPlan {
  inputs: PlannedInput[];
  /** one path, naming a file or stdin (not a folder): JSON prints an object, not an array */
  single: boolean;
}

export async function planInputs(paths: readonly string[], glob: string): Promise<InputPlan> {
  const matches = globMatcher(glob);
  const inputs: PlannedInput[] = [];
  let folders = 0;
  for (const path of paths) {
    if (path === '-') {
      inputs.push({ path });
      continue;
    }
    let isFolder: boolean;
    try {
      isFolder = (await stat(path)).isDirectory();
    } catch (error) {
      inputs.push({ path, error: describeError(error) });
      continue;
    }
    if (!isFolder) {
      inputs.push({ path });
      continue;
    }
    folders++;
    const found = await listFolder(path, matches);
    if (found.length === 0) inputs.push({ path, error: `a folder with no files matching "${glob}"` });
    for (const f of found) inputs.push(f); // not push(...): a folder of 100,000+ files overflows the stack
  }
  return { inputs, single: paths.length === 1 && folders === 0 };
}

/** Files below `dir` whose relative path matches, in sorted order; dot files and folders are skipped. */
async function listFolder(dir: string, matches: (relative: string) => boolean, prefix = ''): Promise<PlannedInput[]> {
  let entries: Dirent[];
  try {
    entries = await readdir(join(dir, prefix), { withFileTypes: true });
  } catch (error) {
    return [{ path: join(dir, prefix), error: describeError(error) }];
  }
  const found: PlannedInput[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith('.')) continue;
    const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) for (const f of await listFolder(dir, matches, relative)) found.push(f);
    else if ((entry.isFile() || entry.isSymbolicLink()) && matches(relative)) found.push({ path: join(dir, relative) });
  }
  return found;
}

/**
 * A small glob: `*` and `?` within a name, `**` across folders, `{a,b}` alternatives, `[abc]` classes.
 * @example globMatcher('*.{txt,md}')('2022/report.md') // true (no `/` in the glob: the name is matched)
 */
export function globMatcher(glob: string): (relative: string) => boolean {
  const regex = globToRegExp(glob);
  return glob.includes('/') ? (p) => regex.test(p) : (p) => regex.test(p.slice(p.lastIndexOf('/') + 1));
}

export function globToRegExp(glob: string): RegExp {
  let source = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      source += slash ? '(?:[^/]*/)*' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else if (c === '{') (braces++, (source += '(?:'));
    else if (c === '}' && braces > 0) (braces--, (source += ')'));
    else if (c === ',' && braces > 0) source += '|';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close === -1) source += '\\[';
      else {
        const body = glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\');
        source += `[${body}]`;
        i = close;
      }
    } else source += c.replace(/[.+^$()|\\\]{}]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/**
 * The bytes of one input: a regular file, or all of stdin for `-`. A FIFO, a socket or a device
 * (`/dev/zero`) is refused before anything is read: it may never end. A file over `maxBytes` is
 * refused on its size, before it is read; stdin is refused once it has sent more than that.
 */
export async function readInput(path: string, stdin: NodeJS.ReadableStream, maxBytes = Infinity): Promise<Uint8Array> {
  if (path === '-') return readStream(stdin, maxBytes);
  // Synchronous on purpose: a batch reads one file at a time, and each of the four asynchronous steps was
  // a trip through libuv's thread pool that left the extraction idle (a fifth of a 1,000-file batch).
  // O_NONBLOCK: opening a FIFO without a writer would otherwise wait forever; for a regular file it changes nothing.
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new ReportError('NOT_A_FILE', `not a regular file (${fileKind(stats)}); only files and - (stdin) are read`);
    if (stats.size > maxBytes) throw tooLarge(stats.size, maxBytes);
    const bytes = readFileSync(fd);
    if (bytes.length > maxBytes) throw tooLarge(bytes.length, maxBytes); // it grew while being read
    return bytes;
  } finally {
    closeSync(fd);
  }
}

/**
 * readInput's bytes in a holder the pipeline empties once it has decoded them (see HandedOver). Awaited
 * here: a caller that awaited readInput itself would hold the bytes through its resolved promise for as
 * long as the extraction runs (a 100 MB file's peak memory was 100 MB higher).
 */
export async function readHandedOver(path: string, stdin: NodeJS.ReadableStream, maxBytes = Infinity): Promise<HandedOver> {
  return { bytes: await readInput(path, stdin, maxBytes) };
}

export async function readStream(stream: NodeJS.ReadableStream, maxBytes = Infinity): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    length += buffer.length;
    if (length > maxBytes) throw tooLarge(null, maxBytes);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/** @param bytes the size, or null for a stream, whose size is known only to exceed the limit */
const tooLarge = (bytes: number | null, maxBytes: number): ReportError =>
  new ReportError('TOO_LARGE', `too large: ${bytes === null ? 'more than' : `${bytes} bytes, over`} the limit of ${maxBytes} bytes (see --max-bytes)`, { bytes, maxBytes });

function fileKind(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a FIFO';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'not a file';
}

const ERRNO_REASONS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EISDIR: 'is a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'not a folder',
  ELOOP: 'too many symbolic links',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
  EIO: 'input/output error',
  EFBIG: 'file too large',
  EMFILE: 'too many open files',
  ENXIO: 'no such device or address (a socket?)',
  ENAMETOOLONG: 'name too long',
  // (Node's, not the system's: a text over 2^29 - 24 UTF-16 code units, such as a 100 MB document's JSON report given to validate)
  ERR_STRING_TOO_LONG: 'too large: longer than the longest string JavaScript can hold (2^29 characters)',
};

/**
 * One short reason for a failed input or output, always one line: `no such file`, `permission denied`,
 * `binary data …`. Stack traces are for `--debug` only.
 */
export function describeError(error: unknown): string {
  if (error instanceof ReportError) return oneLine(error.message);
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === 'string' && ERRNO_REASONS[code]) return ERRNO_REASONS[code];
  return oneLine(error instanceof Error ? error.message : String(error));
}

/** Multi-line messages (a ZodError's JSON, say) folded into one line of at most 300 characters. */
function oneLine(message: string): string {
  const line = message.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  return line.length > 300 ? `${line.slice(0, 299)}…` : line;
}
