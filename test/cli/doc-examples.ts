/**
 * The examples of the README and of docs/*.md: every fenced block, with the output block that follows
 * it. An output block is a ```text block right after the command (only blank lines between), or a
 * Markdown table right after it (the accuracy table is printed by a script).
 */
import { readdirSync, readFileSync } from 'node:fs';

export const DOCS: readonly string[] = ['README.md', ...readdirSync('docs').filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`)];

export interface Example {
  /** `README.md:12` */
  where: string;
  lang: string;
  /** The block's text; for `sh`, one command per line (comments and blank lines left out). */
  body: string;
  expected?: string;
}

const FENCE = /^```(\w*)\n([\s\S]*?)^```$/gm;

/** The examples of one Markdown file, in order. */
export function examplesOf(file: string): Example[] {
  const text = readFileSync(file, 'utf8');
  const fences = [...text.matchAll(FENCE)];
  const found: Example[] = [];
  fences.forEach((m, i) => {
    const lang = m[1]!;
    if (lang === 'text' || lang === '' || lang === 'jsonc') return;
    const end = m.index + m[0].length;
    const next = fences[i + 1];
    const between = text.slice(end, next?.index ?? text.length);
    let expected: string | undefined;
    if (next?.[1] === 'text' && /^\s*$/.test(between)) expected = next[2];
    else expected = /^\s*\n((?:\|.*\n?)+)/.exec(between)?.[1];
    found.push({ where: `${file}:${text.slice(0, m.index).split('\n').length}`, lang, body: m[2]!, expected });
  });
  return found;
}

/** The commands of an `sh` block: its lines, less comments and blank lines. */
export function commandsOf(example: Example): string[] {
  return example.body.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
}

/** GitHub's anchor for a heading: lower case, punctuation dropped (but `-` and `_`), spaces → `-`. */
export function slug(heading: string): string {
  return heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
}

/** The anchors of a Markdown file's headings. */
export function anchorsOf(file: string): Set<string> {
  const text = readFileSync(file, 'utf8').replace(FENCE, '');
  return new Set([...text.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1]!)));
}

/** Relative links (`[text](path#anchor)`, images too) of a Markdown file, outside code. */
export function linksOf(file: string): string[] {
  const text = readFileSync(file, 'utf8').replace(FENCE, '').replace(/`[^`\n]*`/g, '');
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!).filter((l) => !/^[a-z]+:/.test(l));
}

/** Inline code spans (`…`) of a Markdown file, outside fenced blocks. */
export function inlineCodeOf(file: string): string[] {
  const text = readFileSync(file, 'utf8').replace(FENCE, '');
  return [...text.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!);
}
