/** The cursors (ascending questions, no search from the start) give the answers of the searches they replace. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { startsBlock } from '../../src/layout/segment.js';
import { AtMostCursor, lastAtMost, SourceText } from '../../src/text/source.js';
import { unwrap } from '../../src/text/unwrap.js';
import { random } from '../helpers/random.js';


/** Questions mostly ascending with small and large steps, some going back, some out of range. */
function questions(rand: () => number, max: number, n: number): number[] {
  const out: number[] = [];
  let v = -2;
  for (let i = 0; i < n; i++) {
    const r = rand();
    if (r < 0.1) v = Math.floor(rand() * (max + 4)) - 2;
    else if (r < 0.2) v += Math.floor(rand() * max);
    else v += Math.floor(rand() * 4);
    out.push(v);
  }
  return out;
}

describe('AtMostCursor', () => {
  it('answers as lastAtMost on random ascending lists (with repeats) and random questions', () => {
    const rand = random(7);
    for (let round = 0; round < 300; round++) {
      const length = Math.floor(rand() * 60);
      const list = new Int32Array(length);
      let v = Math.floor(rand() * 5);
      for (let i = 0; i < length; i++) list[i] = v += Math.floor(rand() * 4); // steps of 0 repeat a value
      const cursor = new AtMostCursor(list);
      for (const q of questions(rand, v + 2, 200)) expect(cursor.lastAtMost(q), `${list} ≤ ${q}`).toBe(lastAtMost(list, q));
    }
  });
});

describe('ViewCursor and lineCursor', () => {
  // the UTF-8 fixtures, and random texts of wrapped lines, joiners, blank lines and CRLF
  const texts = readdirSync('fixtures')
    .filter((f) => f.endsWith('.txt') && !f.includes('utf16'))
    .map((f) => readFileSync(`fixtures/${f}`, 'utf8'));
  const rand = random(11);
  const pieces = ['一、', '县水利局：', '5', '\n', '\n\n', 'km', ' ', '　　', '完成投资210万元，', 'word', '。', '\r\n', '新建泵站\n3座'];
  for (let i = 0; i < 40; i++) texts.push(Array.from({ length: 5 + Math.floor(rand() * 80) }, () => pieces[Math.floor(rand() * pieces.length)]).join(''));

  it('answers as the view (toSource, spanToSource, sourceOnly) and the source (lineOf) do', () => {
    for (const text of texts) {
      const source = new SourceText(text);
      const view = unwrap(source, { fromLine: 0, toLine: source.lineCount, startsBlock });
      const cursor = view.cursor();
      const lineOf = source.lineCursor();
      const n = view.viewLength;
      const starts = questions(rand, n, 300).map((q) => Math.max(0, Math.min(n, q)));
      for (const start of starts) {
        const end = Math.min(n, start + Math.floor(rand() * 6));
        expect(cursor.spanToSource(start, end)).toEqual(view.spanToSource(start, end));
        expect(cursor.sourceOnly(start, end)).toBe(view.sourceOnly(start, end));
        if (start < n) expect(cursor.toSource(start)).toBe(view.toSource(start));
        const at = view.toSource(start);
        expect(lineOf(at)).toBe(source.lineOf(at));
      }
    }
  });
});
