#!/usr/bin/env node
// Copied from the project brief's shared/tools/score.mjs so tests and CI run without ../shared.
// Score a report-extract JSON report against a gold file (see SPEC.md §5).
//
//   node score.mjs GOLD.json REPORT.json [--json] [--min-f1 0.95] [--quiet]
//   report-extract x.txt --format json | node score.mjs GOLD.json -
//
// A predicted fact matches a gold fact when department, category, value, max and
// qualifier are equal; each gold fact is matched at most once. Exit 1 when --min-f1
// is given and the fact F1 falls below it.
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const positional = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1] === '--min-f1'));
if (positional.length < 2) {
  console.error('usage: score.mjs GOLD.json REPORT.json|- [--json] [--min-f1 X] [--quiet]');
  process.exit(2);
}
const [goldPath, reportPath] = positional;
const read = (p) => JSON.parse(readFileSync(p === '-' ? 0 : p, 'utf8'));
const gold = read(goldPath);
let report = read(reportPath);
if (Array.isArray(report)) report = report[0];

const num = (v) => (v === null || v === undefined ? null : Math.round(Number(v) * 1e6) / 1e6);
const key = (f) => [f.department ?? null, f.category, num(f.value), num(f.max), f.qualifier ?? 'exact'].join('|');
const show = (f) => `${f.department ?? '-'} · ${f.category} ${f.value}${f.max != null ? '–' + f.max : ''} ${f.qualifier ?? 'exact'} · ${f.raw ?? ''} · ${f.subject ?? ''}`;

// Departments: ordered names compared as a multiset, plus exact order.
const goldDepts = gold.departments ?? [];
const predDepts = (report.departments ?? []).map((d) => d.name);
const pool = new Map();
for (const d of goldDepts) pool.set(d, (pool.get(d) ?? 0) + 1);
let deptHit = 0;
for (const d of predDepts) if ((pool.get(d) ?? 0) > 0) { pool.set(d, pool.get(d) - 1); deptHit++; }
const ratio = (a, b) => (b === 0 ? (a === 0 ? 1 : 0) : a / b);
const deptP = ratio(deptHit, predDepts.length);
const deptR = ratio(deptHit, goldDepts.length);
const deptOrder = JSON.stringify(goldDepts) === JSON.stringify(predDepts);

// Facts: greedy multiset match on the key, preferring the gold fact with the same raw text.
const goldFacts = gold.facts ?? [];
const predFacts = report.facts ?? [];
const open = new Map();
goldFacts.forEach((g, i) => { const k = key(g); if (!open.has(k)) open.set(k, []); open.get(k).push(i); });
const matched = [];
const falsePositives = [];
for (const p of predFacts) {
  const list = open.get(key(p));
  if (!list || list.length === 0) { falsePositives.push(p); continue; }
  let at = list.findIndex((i) => goldFacts[i].raw === p.raw);
  if (at < 0) at = 0;
  const [gi] = list.splice(at, 1);
  matched.push([goldFacts[gi], p]);
}
const misses = [...open.values()].flat().sort((a, b) => a - b).map((i) => goldFacts[i]);

const prf = (tp, predicted, expected) => {
  const p = ratio(tp, predicted), r = ratio(tp, expected);
  return { precision: p, recall: r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r), tp, predicted, expected };
};
const overall = prf(matched.length, predFacts.length, goldFacts.length);
const categories = [...new Set([...goldFacts, ...predFacts].map((f) => f.category))].sort();
const perCategory = Object.fromEntries(categories.map((c) => [c, prf(
  matched.filter(([g]) => g.category === c).length,
  predFacts.filter((f) => f.category === c).length,
  goldFacts.filter((f) => f.category === c).length)]));

const same = (a, b) => (a ?? null) === (b ?? null);
const subjectOk = ([g, p]) => !g.subject || (p.subject ?? '').includes(g.subject) || g.subject.includes(p.subject || '\u0000');
const attributes = {
  subject: ratio(matched.filter(subjectOk).length, matched.length),
  per: ratio(matched.filter(([g, p]) => same(g.per, p.per)).length, matched.length),
  total: ratio(matched.filter(([g, p]) => Boolean(g.total) === Boolean(p.total)).length, matched.length),
  raw: ratio(matched.filter(([g, p]) => g.raw === p.raw).length, matched.length),
};

let documentChecks = null;
if (gold.document) {
  const d = report.document ?? {};
  documentChecks = {};
  for (const k of ['title', 'subtitle', 'kicker']) if (k in gold.document) documentChecks[k] = same(gold.document[k], d[k]);
  if (gold.document.byline) documentChecks.byline = JSON.stringify(gold.document.byline) === JSON.stringify(d.byline ?? null);
}

const result = {
  departments: { precision: deptP, recall: deptR, exactOrder: deptOrder, gold: goldDepts.length, predicted: predDepts.length },
  facts: overall, perCategory, attributes, document: documentChecks,
  misses: misses.map(show), falsePositives: falsePositives.map(show),
};

if (flag('--json')) console.log(JSON.stringify(result, null, 2));
else {
  const pct = (x) => (100 * x).toFixed(1).padStart(5) + '%';
  console.log(`departments  P ${pct(deptP)}  R ${pct(deptR)}  order ${deptOrder ? 'exact' : 'differs'}  (${predDepts.length} predicted / ${goldDepts.length} gold)`);
  console.log(`facts        P ${pct(overall.precision)}  R ${pct(overall.recall)}  F1 ${pct(overall.f1)}  (${overall.tp} matched, ${predFacts.length} predicted, ${goldFacts.length} gold)`);
  for (const [c, m] of Object.entries(perCategory)) console.log(`  ${c.padEnd(10)} P ${pct(m.precision)}  R ${pct(m.recall)}  F1 ${pct(m.f1)}  (${m.tp}/${m.predicted}/${m.expected})`);
  console.log(`attributes   subject ${pct(attributes.subject)}  per ${pct(attributes.per)}  total ${pct(attributes.total)}  raw ${pct(attributes.raw)}`);
  if (documentChecks) console.log('document     ' + Object.entries(documentChecks).map(([k, v]) => `${k} ${v ? 'ok' : 'WRONG'}`).join('  '));
  if (!flag('--quiet')) {
    for (const m of result.misses) console.log('  miss  ' + m);
    for (const m of result.falsePositives) console.log('  extra ' + m);
  }
  console.log(`F1: ${overall.f1.toFixed(4)}`);
}
const min = option('--min-f1');
if (min !== undefined && overall.f1 < Number(min)) process.exit(1);
