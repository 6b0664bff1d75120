/**
 * Tagged template for wrapped input, as csv-parse's tests write it: the first line break and the last
 * line's indentation go, and the indentation common to all non-blank lines is removed. Only ASCII spaces
 * count as indentation, so a paragraph's `　　` (U+3000) indent survives.
 *
 * @example
 * dedent`
 *   区财政局
 *   　　全力保障…
 * ` === '区财政局\n　　全力保障…\n'
 */
export function dedent(strings: TemplateStringsArray, ...values: unknown[]): string {
  let text = strings.reduce((out, part, i) => out + part + (i < values.length ? String(values[i]) : ''), '');
  text = text.replace(/^[ \t]*\n/, '').replace(/\n[ \t]*$/, '\n');
  const lines = text.split('\n');
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)![0].length);
  const common = indents.length > 0 ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(Math.min(common, /^ */.exec(l)![0].length))).join('\n');
}
