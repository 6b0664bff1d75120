/** One document's section: header, text with highlights, fact table, summary with chart, and (--debug) the dropped candidates. */
import { summarize } from '../summary.js';
import { barChart } from './chart.js';
import { attrs, escapeHtml } from './escape.js';
import { renderHeader } from './header.js';
import { droppedTable, factTable, summaryTable } from './table.js';
import { renderText } from './text.js';
import type { HtmlDocument, Ids } from './types.js';

/** What a highlight's card shows, by element id. */
export type CardData = Record<string, Record<string, unknown>>;

export function renderDocument(doc: HtmlDocument, id: Ids, debug: boolean): string {
  const { report, file } = doc;
  const trace = debug ? (doc.trace ?? []) : [];
  const chart = barChart(report);
  const parts = [
    `<article class="doc"${attrs({ id: id.doc, 'aria-label': file })}>`,
    renderHeader(doc),
    `<h2>Text</h2>`,
    renderText(doc, id, debug),
    `<h2>Facts <span class="note">(${report.facts.length}; click a row to see it in the text)</span></h2>`,
    report.facts.length > 0 ? factTable(report.facts, id) : '<p class="note">No facts.</p>',
    `<h2>Summary</h2>`,
    chart ?? '<p class="note">No people or funds to chart.</p>',
    summaryTable(summarize(report, file)),
  ];
  if (debug) {
    parts.push(`<h2>Dropped candidates <span class="note">(${trace.length}; not facts: dates, ordinals, idioms …)</span></h2>`);
    parts.push(trace.length > 0 ? droppedTable(trace, id) : '<p class="note">None.</p>');
  }
  parts.push('</article>');
  return parts.join('\n');
}

/** The side list: the document, then its lead and departments with their fact counts, each a link to its block. */
export function renderNav(doc: HtmlDocument, id: Ids): string {
  const { report, file } = doc;
  const leadFacts = report.facts.filter((f) => f.departmentIndex === null).length;
  const items = report.departments.map(
    (d) => `<li><a href="#${id.block(d.index)}"><span lang="zh-CN">${escapeHtml(d.name)}</span><span class="count n"${attrs({ 'data-count-for': id.block(d.index) })}>${d.factCount}</span></a></li>`,
  );
  if (leadFacts > 0 || report.departments.length === 0) {
    items.unshift(`<li><a href="#${id.lead}">Lead<span class="count n"${attrs({ 'data-count-for': id.lead })}>${leadFacts}</span></a></li>`);
  }
  const title = report.document.title ?? file;
  return `<h3 class="nav-doc"><a href="#${id.doc}" lang="zh-CN">${escapeHtml(title)}</a></h3>\n<ol>\n${items.join('\n')}\n</ol>`;
}

/** Card data of the document's facts and (--debug) dropped candidates. */
export function cardData(doc: HtmlDocument, id: Ids, debug: boolean): CardData {
  const data: CardData = {};
  doc.report.facts.forEach((f, i) => {
    const { category, value, max, unit, measureWord, qualifier, per, total, subject, confidence, department, raw, line } = f;
    data[id.fact(i)] = { kind: 'fact', category, value, max, unit, measureWord, qualifier, per, total, subject, confidence, department, raw, line };
  });
  if (debug) {
    (doc.trace ?? []).forEach((d, i) => {
      data[id.dropped(i)] = { kind: 'dropped', raw: d.raw, reason: d.reason, rule: d.rule, line: d.line };
    });
  }
  return data;
}
