/** People and funds per department as two bar panels of one inline SVG (no script, prints as is). */
import type { Report } from '../../schema.js';
import { LOOKS } from './categories.js';
import { escapeHtml } from './escape.js';
import { formatNumber, formatYuan } from './format.js';

interface Bar {
  name: string;
  people: number;
  funds: number;
}

const ROW = 20;
const TOP = 26;
const LABEL = 170;
const PANEL = 250;
const GAP = 30;
const WIDTH = LABEL + 2 * PANEL + GAP;
const MAX_NAME = 11;

/** Rows of departments (and the lead) that have people or funds; null when none has. */
export function barChart(report: Report): string | null {
  const bars = new Map<number, Bar>();
  for (const f of report.facts) {
    if (f.category !== 'personnel' && f.category !== 'funds') continue;
    const key = f.departmentIndex ?? 0;
    const bar = bars.get(key) ?? { name: f.department ?? '(lead)', people: 0, funds: 0 };
    if (f.category === 'personnel') bar.people += f.value;
    else bar.funds += f.value;
    bars.set(key, bar);
  }
  if (bars.size === 0) return null;
  const rows = [...bars.entries()].sort(([a], [b]) => a - b).map(([, bar]) => bar);
  const maxPeople = Math.max(1, ...rows.map((r) => r.people));
  const maxFunds = Math.max(1, ...rows.map((r) => r.funds));
  const height = TOP + rows.length * ROW + 6;
  const panel = (x: number, title: string): string => `<text class="panel" x="${x}" y="16">${title}</text>`;
  const body = rows.map((r, i) => {
    const y = TOP + i * ROW;
    const name = r.name.length > MAX_NAME ? `${r.name.slice(0, MAX_NAME - 1)}…` : r.name;
    return [
      `<g><title>${escapeHtml(`${r.name}: ${formatNumber(r.people)} people, ${formatYuan(r.funds)}`)}</title>`,
      `<text class="name" x="${LABEL - 8}" y="${y + 14}" text-anchor="end" lang="zh-CN">${escapeHtml(name)}</text>`,
      bar(LABEL, y, r.people / maxPeople, LOOKS.personnel.colour, r.people === 0 ? '' : formatNumber(r.people)),
      bar(LABEL + PANEL + GAP, y, r.funds / maxFunds, LOOKS.funds.colour, r.funds === 0 ? '' : formatYuan(r.funds)),
      '</g>',
    ].join('');
  });
  return [
    `<svg class="chart" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-label="People and funds per department">`,
    panel(LABEL, 'People (personnel)'),
    panel(LABEL + PANEL + GAP, 'Funds (CNY)'),
    ...body,
    '</svg>',
  ].join('\n');
}

/** A bar with its value after it (inside it when the bar is long). */
function bar(x: number, y: number, share: number, colour: string, label: string): string {
  const room = PANEL - 70;
  const w = Math.round(share * room * 10) / 10;
  const value = label === '' ? '' : `<text class="value" x="${x + w + 4}" y="${y + 14}">${escapeHtml(label)}</text>`;
  return `<rect x="${x}" y="${y + 3}" width="${w}" height="${ROW - 6}" fill="${colour}" stroke="#333" stroke-width="${w > 0 ? 0.5 : 0}"/>${value}`;
}
