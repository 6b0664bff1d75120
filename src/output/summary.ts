/** --summary: one row per file × department × category, with the count of facts and, where it means something, their sum. */
import { CATEGORIES, type Category, type Fact, type Report } from '../schema.js';

export interface SummaryRow {
  file: string;
  department: string | null;
  departmentIndex: number | null;
  category: Category;
  /** how many facts */
  count: number;
  /** sum of `value`, for categories that add up and share one unit; else null */
  sum: number | null;
  /** the unit the facts share; null when they differ */
  unit: string | null;
}

/** People, money, weight, vehicles and counted things add up; durations, percentages and rates of measure do not. */
const SUMMABLE: ReadonlySet<Category> = new Set(['personnel', 'funds', 'tonnage', 'vehicles', 'count']);

/** Rows in department order (facts above the first block first), then category order of the enum. */
export function summarize(report: Report, file: string): SummaryRow[] {
  const groups = new Map<string, Fact[]>();
  const ordered = [...report.facts].sort(
    (a, b) => (a.departmentIndex ?? 0) - (b.departmentIndex ?? 0) || CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category),
  );
  for (const fact of ordered) {
    const key = `${fact.departmentIndex ?? 0}\u0000${fact.category}`;
    const group = groups.get(key);
    if (group) group.push(fact);
    else groups.set(key, [fact]);
  }
  return [...groups.values()].map((facts) => {
    const first = facts[0]!;
    const unit = facts.every((f) => f.unit === first.unit) ? first.unit : null;
    const sum = unit !== null && SUMMABLE.has(first.category) ? tidy(facts.reduce((s, f) => s + f.value, 0)) : null;
    return { file, department: first.department, departmentIndex: first.departmentIndex, category: first.category, count: facts.length, sum, unit };
  });
}

/** 0.1 + 0.2 → 0.3: drop binary floating-point noise from a sum. */
function tidy(n: number): number {
  return Number(n.toPrecision(15));
}
