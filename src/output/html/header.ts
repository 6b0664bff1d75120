/** A document's header: kicker, title, subtitle, byline, then the source file, encoding and warnings. */
import { escapeHtml } from './escape.js';
import { formatNumber } from './format.js';
import type { HtmlDocument } from './types.js';

export function renderHeader({ report, file }: HtmlDocument): string {
  const { document: d, source } = report;
  const zh = (tag: string, cls: string, text: string | null): string => (text === null ? '' : `<${tag} class="${cls}" lang="zh-CN">${escapeHtml(text)}</${tag}>\n`);
  const byline = d.byline === null ? null : [d.byline.outlet, d.byline.place, d.byline.reporters.join('、')].filter((s) => s !== null && s !== '').join(' · ');
  const meta: [string, string][] = [
    ['Source', `<code>${escapeHtml(file)}</code>`],
    ['Encoding', escapeHtml(source.encoding)],
    ['Size', `${formatNumber(source.bytes)} bytes`],
    ['SHA-256', `<code class="hash">${escapeHtml(source.sha256)}</code>`],
    ['Departments', String(report.departments.length)],
    ['Facts', String(report.facts.length)],
  ];
  const warnings =
    report.warnings.length === 0
      ? '<p class="no-warnings">No warnings.</p>'
      : `<ul class="warnings">${report.warnings.map((w) => `<li><code>${escapeHtml(w.code)}</code> ${escapeHtml(w.message)}</li>`).join('')}</ul>`;
  return [
    '<header class="doc-head">',
    zh('p', 'kicker', d.kicker),
    d.title === null ? `<h1 class="untitled">${escapeHtml(file)}</h1>\n` : zh('h1', 'title', d.title),
    zh('p', 'subtitle', d.subtitle),
    zh('p', 'byline', byline),
    `<dl class="meta">${meta.map(([k, v]) => `<div><dt>${k}</dt><dd>${v}</dd></div>`).join('')}</dl>`,
    warnings,
    '</header>',
  ].join('');
}
