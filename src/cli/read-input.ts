/**
 * Paths → the inputs to read, in order: files as given, folders expanded to the files below them
 * that match the glob (sorted), `-` for stdin. A path that cannot be used becomes an input with an
 * `error`, reported when its turn comes, so the others are still processed.
 */
import type { Dirent } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ReportError } from '../errors.js';

/** Which files of a folder are read: matched against the file name, or the path below the folder if the glob holds a `/`. */
export const DEFAULT_GLOB = '*.{txt,md}';

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
    inputs.push(...found);
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
    if (entry.isDirectory()) found.push(...(await listFolder(dir, matches, relative)));
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

/** The bytes of one input: a file, or all of stdin for `-`. */
export async function readInput(path: string, stdin: NodeJS.ReadableStream): Promise<Uint8Array> {
  return path === '-' ? readStream(stdin) : readFile(path);
}

export async function readStream(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

/** One short reason for a failed input: `no such file`, `permission denied`, `binary data …`. */
export function describeError(error: unknown): string {
  if (error instanceof ReportError) return error.message;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EISDIR') return 'is a folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOTDIR') return 'not a folder';
  if (code === 'ELOOP') return 'too many symbolic links';
  return error instanceof Error ? error.message : String(error);
}
