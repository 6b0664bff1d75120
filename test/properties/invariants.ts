/**
 * What every report must satisfy, whatever the input: the schema, spans inside the source, facts inside
 * their department, departments in order without overlap, `raw` cut from the source. Returns the list of
 * violations (empty when the report is sound), so a property can print them all with the input.
 */
import { ReportError } from '../../src/errors.js';
import { ReportSchema, type Fact, type Report } from '../../src/schema.js';

/**
 * The source between two offsets with each line break removed, and the blanks on either side of it: the
 * indentation after it and trailing blanks before it (SPEC.md §2 `raw`: `近百\t\n名` → `近百名`).
 */
export function joined(text: string, start: number, end: number): string {
  return text.slice(start, end).replace(/[ \t\u3000\u00a0\ufeff]*(?:\r\n|\n|\r)[ \t\u3000\u00a0\ufeff]*/g, '');
}

/** offset → 1-based line, counting `\r\n`, `\n` and a lone `\r` as one break each (computed here, not by the code under test). */
export function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) starts.push(i + 1);
  }
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

export function violations(report: Report, text: string): string[] {
  const problems: string[] = [];
  const parsed = ReportSchema.safeParse(report);
  if (!parsed.success) problems.push(`schema: ${JSON.stringify(parsed.error.issues).slice(0, 500)}`);
  const inside = (s: { start: number; end: number }) => s.start >= 0 && s.start <= s.end && s.end <= text.length;
  const lineAt = lineIndex(text);
  const counts = new Map<number | null, number>();
  for (const f of report.facts) counts.set(f.departmentIndex, (counts.get(f.departmentIndex) ?? 0) + 1);

  let previousEnd = 0;
  report.departments.forEach((d, i) => {
    if (d.index !== i + 1) problems.push(`department ${i}: index ${d.index}`);
    if (!inside(d.span)) problems.push(`department ${d.index} ${d.name}: span ${JSON.stringify(d.span)} outside the source (${text.length})`);
    if (d.span.start < previousEnd) problems.push(`department ${d.index} ${d.name}: starts at ${d.span.start}, before the previous one ends (${previousEnd})`);
    previousEnd = Math.max(previousEnd, d.span.end);
    if (d.line !== lineAt(d.span.start)) problems.push(`department ${d.index}: line ${d.line}, expected ${lineAt(d.span.start)}`);
    const count = counts.get(d.index) ?? 0;
    if (d.factCount !== count) problems.push(`department ${d.index}: factCount ${d.factCount}, ${count} facts`);
  });

  let previousStart = 0;
  for (const f of report.facts) {
    const where = `fact ${JSON.stringify(f.raw)} at ${f.span.start}-${f.span.end}`;
    if (!inside(f.span) || f.span.start === f.span.end) problems.push(`${where}: outside the source (${text.length}) or empty`);
    if (f.span.start < previousStart) problems.push(`${where}: facts out of order`);
    previousStart = f.span.start;
    const cut = joined(text, f.span.start, f.span.end);
    // In a headline printed with doubled glyphs (`近百近百2022年`), raw is the text read, undoubled (`近百2022年`).
    const undoubled = f.departmentIndex === null && dedoubles(cut, f.raw);
    if (f.raw !== cut && !undoubled) problems.push(`${where}: raw is not the source text ${JSON.stringify(cut)}`);
    if (f.line !== lineAt(f.span.start)) problems.push(`${where}: line ${f.line}, expected ${lineAt(f.span.start)}`);
    problems.push(...departmentProblems(f, report, where));
  }
  return problems;
}

/** Is `raw` what is left of `cut` once repeated glyphs are dropped: a subsequence with the same ends? */
function dedoubles(cut: string, raw: string): boolean {
  if (raw.length === 0 || raw[0] !== cut[0] || raw.at(-1) !== cut.at(-1)) return false;
  let i = 0;
  for (const c of cut) if (c === raw[i]) i++;
  return i === raw.length;
}

function departmentProblems(f: Fact, report: Report, where: string): string[] {
  if (f.departmentIndex === null) return f.department === null ? [] : [`${where}: department ${f.department} without an index`];
  const d = report.departments[f.departmentIndex - 1];
  if (!d) return [`${where}: no department ${f.departmentIndex}`];
  const problems: string[] = [];
  if (d.name !== f.department) problems.push(`${where}: department ${f.department}, but department ${d.index} is ${d.name}`);
  if (f.span.start < d.span.start || f.span.end > d.span.end) problems.push(`${where}: outside its department ${d.name} ${JSON.stringify(d.span)}`);
  return problems;
}

/** The errors `extract` may throw on any input; anything else is a bug. */
export function isAllowedError(error: unknown): boolean {
  return error instanceof ReportError && (error.code === 'NOT_TEXT' || error.code === 'TOO_LARGE');
}

/** A report without what depends on the bytes and the line breaks: spans, lines, source. */
export function withoutPositions(report: Report): unknown {
  return {
    document: report.document,
    departments: report.departments.map(({ span: _s, line: _l, ...d }) => d),
    facts: report.facts.map(({ span: _s, line: _l, ...f }) => f),
  };
}
