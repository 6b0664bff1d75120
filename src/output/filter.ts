/** --category, --department and --min-confidence: which facts every format shows. */
import type { Category, Fact, Report } from '../schema.js';

export interface FactFilter {
  /** Keep facts of these categories. @default undefined (all) */
  categories?: readonly Category[];
  /** Keep facts whose department name contains this text. @example '公安' */
  department?: string;
  /** Keep facts with at least this confidence (0..1). @default 0 */
  minConfidence?: number;
}

export function isFilterEmpty(filter: FactFilter): boolean {
  return filter.categories === undefined && filter.department === undefined && !filter.minConfidence;
}

export function keepFact(fact: Fact, filter: FactFilter): boolean {
  if (filter.categories && !filter.categories.includes(fact.category)) return false;
  if (filter.department !== undefined && !(fact.department ?? '').includes(filter.department)) return false;
  if (filter.minConfidence !== undefined && fact.confidence < filter.minConfidence) return false;
  return true;
}

/**
 * The report with only the kept facts. Departments stay (the layout is still true) but each
 * `factCount` counts the kept facts, so the result is still a valid report.
 */
export function filterReport(report: Report, filter: FactFilter): Report {
  if (isFilterEmpty(filter)) return report;
  const facts = report.facts.filter((f) => keepFact(f, filter));
  return { ...withFactCounts(report, keptPerDepartment([facts])), facts };
}

/** Kept facts per department index, counted in one pass (a filter over all facts per department is quadratic on a long report). */
export function keptPerDepartment(chunks: Iterable<readonly Fact[]>, filter: FactFilter = {}): Map<number | null, number> {
  const counts = new Map<number | null, number>();
  for (const chunk of chunks) for (const f of chunk) if (keepFact(f, filter)) counts.set(f.departmentIndex, (counts.get(f.departmentIndex) ?? 0) + 1);
  return counts;
}

/** The report with each department's `factCount` taken from `counts`. */
export function withFactCounts(report: Report, counts: ReadonlyMap<number | null, number>): Report {
  return { ...report, departments: report.departments.map((d) => ({ ...d, factCount: counts.get(d.index) ?? 0 })) };
}

/** The kept facts of each chunk (chunks left with none are skipped). */
export function* filterChunks(chunks: Iterable<readonly Fact[]>, filter: FactFilter): Generator<readonly Fact[]> {
  for (const chunk of chunks) {
    const kept = isFilterEmpty(filter) ? chunk : chunk.filter((f) => keepFact(f, filter));
    if (kept.length > 0) yield kept;
  }
}
