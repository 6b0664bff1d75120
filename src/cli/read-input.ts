/** Paths and stdin → bytes. Only this file and main.ts touch the process. */
import { readFile } from 'node:fs/promises';

export interface Input {
  path: string;
  bytes: Uint8Array;
}

export async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function readInput(path: string): Promise<Input> {
  if (path === '-') return { path, bytes: await readStdin() };
  return { path, bytes: await readFile(path) };
}
