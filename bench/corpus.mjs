// Builds benchmark inputs from the fixtures: paragraphs shuffled with a seeded generator and Arabic numbers
// varied, so a corpus is not one string repeated. Written under .bench/ (ignored by git), never committed.
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const BENCH_DIR = '.bench';

/** A small deterministic PRNG (mulberry32). */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A fixture's encoding: its BOM, else the name's marker (`x.gb18030.txt`), else UTF-8. */
function encodingOf(name, bytes) {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const marked = /\.(gb18030|big5|utf16le|utf16be)\.txt$/.exec(name)?.[1];
  return marked ? marked.replace('utf16', 'utf-16') : 'utf-8';
}

/** The fixtures' paragraphs (blank-line separated), decoded, in Simplified and Traditional alike. */
export function paragraphs() {
  const out = [];
  for (const name of readdirSync('fixtures').filter((f) => f.endsWith('.txt')).sort()) {
    const bytes = readFileSync(join('fixtures', name));
    const encoding = encodingOf(name, bytes);
    const text = new TextDecoder(encoding).decode(bytes).replace(/\r\n?/g, '\n');
    if (/[\0\uFFFD]/.test(text)) throw new Error(`bench corpus: fixtures/${name} is not ${encoding} (mark its encoding in the name or give it a BOM)`);
    for (const p of text.split(/\n\s*\n/)) if (p.trim()) out.push(p.trim());
  }
  return out;
}

/** About `bytes` of UTF-8 text: shuffled paragraphs, numbers varied. */
export function corpus(bytes, seed = 1) {
  const rnd = random(seed);
  const pool = paragraphs();
  const parts = [];
  let size = 0;
  while (size < bytes) {
    const p = pool[Math.floor(rnd() * pool.length)].replace(/\d+/g, (d) => String(Math.floor(rnd() * 10 ** d.length)).padStart(1, '0'));
    parts.push(p);
    size += Buffer.byteLength(p) + 2;
  }
  return parts.join('\n\n') + '\n';
}

/** Write (once) a corpus file of about `bytes`, and return its path. */
export function corpusFile(name, bytes, seed = 1) {
  mkdirSync(BENCH_DIR, { recursive: true });
  const path = join(BENCH_DIR, name);
  if (!existsSync(path) || Math.abs(statSync(path).size - bytes) > bytes * 0.05) writeFileSync(path, corpus(bytes, seed));
  return path;
}

/** A folder of `count` small documents of 2–40 KB, and return its path. */
export function batchFolder(count, seed = 2) {
  const dir = join(BENCH_DIR, `batch-${count}`);
  if (existsSync(dir) && readdirSync(dir).length === count) return dir;
  mkdirSync(dir, { recursive: true });
  const rnd = random(seed);
  for (let i = 0; i < count; i++) writeFileSync(join(dir, `doc-${String(i).padStart(5, '0')}.txt`), corpus(2048 + Math.floor(rnd() * 38 * 1024), seed + i));
  return dir;
}
