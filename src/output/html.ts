/**
 * --format html: one self-contained review page for all inputs. CSS and script are inline, the
 * Content-Security-Policy forbids every request, and every input string is escaped (escape.ts), so the
 * page works from file://, can be mailed, and cannot run what a document holds.
 */
import { CATEGORIES, type Category } from '../schema.js';
import { LOOKS } from './html/categories.js';
import { cardData, renderDocument, renderNav, type CardData } from './html/document.js';
import { escapeHtml, jsonForScript } from './html/escape.js';
import { SCRIPT } from './html/script.js';
import { STYLE } from './html/style.js';
import { ids, type HtmlDocument, type HtmlOptions } from './html/types.js';

export type { HtmlDocument, HtmlOptions } from './html/types.js';

export const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

export function formatHtml(docs: readonly HtmlDocument[], options: HtmlOptions = {}): string {
  const debug = options.debug === true;
  const data: CardData = {};
  const sections: string[] = [];
  const navs: string[] = [];
  docs.forEach((doc, i) => {
    const id = ids(i + 1);
    sections.push(renderDocument(doc, id, debug));
    navs.push(renderNav(doc, id));
    Object.assign(data, cardData(doc, id, debug));
  });
  const facts = docs.reduce((n, d) => n + d.report.facts.length, 0);
  const title = docs.length === 1 ? (docs[0]?.report.document.title ?? docs[0]?.file ?? 'report') : `${docs.length} documents`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`Review: ${title}`)}</title>
<style>
${STYLE}
</style>
</head>
<body>
<div class="top"><strong>report-extract review</strong><span>${docs.length} document${docs.length === 1 ? '' : 's'}, ${facts} facts</span></div>
<div class="layout">
<aside class="side" aria-label="Filters and departments">
${filters(docs, debug)}
<nav aria-label="Departments">
${navs.join('\n')}
</nav>
</aside>
<main>
${sections.join('\n')}
</main>
</div>
<div id="card" class="card" role="tooltip" hidden></div>
<script type="application/json" id="review-data">${jsonForScript(data)}</script>
<script>
${SCRIPT}
</script>
</body>
</html>
`;
}

/** The legend doubles as the category filter; then the confidence slider and, under --debug, the dropped toggle. */
function filters(docs: readonly HtmlDocument[], debug: boolean): string {
  const counts = new Map<Category, number>(CATEGORIES.map((c) => [c, 0]));
  for (const d of docs) for (const f of d.report.facts) counts.set(f.category, (counts.get(f.category) ?? 0) + 1);
  const boxes = CATEGORIES.map(
    (c) =>
      `<label><input type="checkbox" checked value="${c}" data-category-filter> <span class="swatch c-${c}">${LOOKS[c].label} <span lang="zh-CN">${LOOKS[c].gloss}</span></span><span class="n">${counts.get(c)}</span></label>`,
  );
  return [
    '<h2>Filters</h2>',
    `<fieldset><legend>Categories</legend>\n${boxes.join('\n')}\n</fieldset>`,
    '<label for="min-confidence">Minimum confidence <output id="min-confidence-value" for="min-confidence">0.00</output></label>',
    '<input type="range" id="min-confidence" min="0" max="1" step="0.05" value="0">',
    debug ? '<label><input type="checkbox" id="show-dropped" checked> Show dropped candidates <del class="dropped">struck</del></label>' : '',
    '<p id="shown" aria-live="polite"></p>',
  ].join('\n');
}
