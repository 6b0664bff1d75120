/** A paragraph's runs of text → its lines: a bold run that opens the paragraph and reads like a heading is a line of its own. */

export interface Run {
  text: string;
  bold: boolean;
}

/** Longest bold opening read as a heading: unit names are short (`济宁高新控股集团`). */
const MAX_HEADING = 20;
/** A bold opening that ends like a clause is emphasis, not a heading. @example '全力以赴，' */
const CLAUSE_END = /[，。；,;！？、：:]$/;

/**
 * @example splitHeadingRun([{ text: '区财政局', bold: true }, { text: '拨付资金210万元。', bold: false }])
 *   // ['区财政局', '拨付资金210万元。']
 * A run-in heading with a colon (`区财政局：…`) stays one line: the segmenter reads that style itself.
 */
export function splitHeadingRun(runs: readonly Run[]): string[] {
  let split = 0;
  while (split < runs.length && (runs[split] as Run).bold) split++;
  const whole = tidy(runs.map((r) => r.text).join(''));
  if (split === 0 || split === runs.length) return whole === '' ? [] : [whole];
  const heading = tidy(runs.slice(0, split).map((r) => r.text).join(''));
  const rest = tidy(runs.slice(split).map((r) => r.text).join(''));
  if (heading.length < 2 || heading.length > MAX_HEADING || CLAUSE_END.test(heading) || rest === '' || /^[：:]/.test(rest)) return [whole];
  return [heading, rest];
}

/** Blanks at the ends (`　　` indents, TABs) trimmed; runs of spaces and TABs inside made one space. */
function tidy(text: string): string {
  return text.replace(/[ \t\u00a0]+/g, ' ').replace(/ ?\n ?/g, '\n').replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
}
