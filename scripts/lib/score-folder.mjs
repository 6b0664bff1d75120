// Scoring of a folder of gold files, shared by scripts/accuracy.mjs and the accuracy floors in test/.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FOLDERS = ['fixtures', 'fixtures/real'];

const num = (v) => (v === null || v === undefined ? null : Math.round(Number(v) * 1e6) / 1e6);
const blindKey = (f) => [f.category, num(f.value), num(f.max), f.qualifier ?? 'exact'].join('|');

function f1(tp, predicted, expected) {
  if (predicted === 0 && expected === 0) return 1;
  const p = predicted ? tp / predicted : 0;
  const r = expected ? tp / expected : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

/** How many predicted facts find a gold fact of the same key, departments set aside. */
function blindMatches(goldFacts, facts) {
  const pool = new Map();
  for (const f of goldFacts) pool.set(blindKey(f), (pool.get(blindKey(f)) ?? 0) + 1);
  let tp = 0;
  for (const f of facts) {
    const left = pool.get(blindKey(f)) ?? 0;
    if (left > 0) {
      pool.set(blindKey(f), left - 1);
      tp++;
    }
  }
  return tp;
}

/** Scores every gold file of `dir` with `extract` (the library's, built or from src). */
export function scoreFolder(dir, extract) {
  const rows = [];
  const tot = { tp: 0, blindTp: 0, predicted: 0, expected: 0, deptHit: 0, deptPredicted: 0, deptExpected: 0, subjectOk: 0 };
  for (const goldFile of readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort()) {
    const gold = JSON.parse(readFileSync(join(dir, goldFile), 'utf8'));
    const report = extract(readFileSync(gold.fixture), { path: gold.fixture });
    const s = JSON.parse(execFileSync(process.execPath, ['tools/score.mjs', join(dir, goldFile), '-', '--json'], { input: JSON.stringify(report), encoding: 'utf8' }));
    const d = s.departments;
    const deptHit = Math.round(d.recall * d.gold);
    const blindTp = blindMatches(gold.facts, report.facts);
    const subjectOk = Math.round(s.attributes.subject * s.facts.tp);
    rows.push({
      doc: goldFile.replace(/\.gold\.json$/, ''),
      f1: s.facts.f1,
      blindF1: f1(blindTp, report.facts.length, gold.facts.length),
      deptF1: f1(deptHit, d.predicted, d.gold),
      subject: s.attributes.subject,
      departments: `${d.predicted}/${d.gold}`,
      facts: `${report.facts.length}/${gold.facts.length}`,
      misses: s.misses,
      falsePositives: s.falsePositives,
    });
    tot.tp += s.facts.tp;
    tot.blindTp += blindTp;
    tot.predicted += report.facts.length;
    tot.expected += gold.facts.length;
    tot.deptHit += deptHit;
    tot.deptPredicted += d.predicted;
    tot.deptExpected += d.gold;
    tot.subjectOk += subjectOk;
  }
  const micro = {
    f1: f1(tot.tp, tot.predicted, tot.expected),
    blindF1: f1(tot.blindTp, tot.predicted, tot.expected),
    deptF1: f1(tot.deptHit, tot.deptPredicted, tot.deptExpected),
    subject: tot.tp ? tot.subjectOk / tot.tp : 1,
    documents: rows.length,
    departments: tot.deptExpected,
    facts: tot.expected,
  };
  return { dir, micro, rows };
}

