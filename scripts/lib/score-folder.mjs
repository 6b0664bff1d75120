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

/** Raw text compared loosely: blanks and line breaks out, Traditional and Simplified as written. */
const looseRaw = (raw) => String(raw ?? '').replace(/\s/g, '');

/**
 * For each predicted fact, whether it is right department-blind: a gold fact of the document has the same
 * category, value, max and qualifier (each gold fact matched once). Facts whose raw text is also the gold's
 * are matched first, so that of two predictions of one key the one the gold wrote is the right one.
 */
export function blindRight(goldFacts, facts) {
  const matched = new Set(blindPairs(goldFacts, facts).map(([, f]) => f));
  return facts.map((f) => matched.has(f));
}

/** tools/score.mjs's subject test: the gold's subject and the predicted one contain one another (or the gold has none). */
const subjectAgrees = (g, p) => !g.subject || (p.subject ?? '').includes(g.subject) || g.subject.includes(p.subject || '\u0000');

/** [gold, predicted] pairs of blindRight's matching (raw text first), for attribute accuracy department-blind. */
export function blindPairs(goldFacts, facts) {
  const pools = new Map();
  for (const g of goldFacts) {
    const k = blindKey(g);
    if (!pools.has(k)) pools.set(k, []);
    pools.get(k).push(g);
  }
  const pairs = [];
  const done = facts.map(() => false);
  for (const sameRaw of [true, false]) {
    facts.forEach((f, i) => {
      if (done[i]) return;
      const pool = pools.get(blindKey(f));
      const at = pool ? (sameRaw ? pool.findIndex((g) => looseRaw(g.raw) === looseRaw(f.raw)) : pool.length - 1) : -1;
      if (at < 0) return;
      pairs.push([pool.splice(at, 1)[0], f]);
      done[i] = true;
    });
  }
  return pairs;
}

/** Confidence buckets of the calibration table: [low, high). */
export const BUCKETS = [[0, 0.5], [0.5, 0.6], [0.6, 0.7], [0.7, 0.8], [0.8, 0.9], [0.9, 0.95], [0.95, 1.01]];

/** Facts per confidence bucket, their mean confidence and the share right (department-blind). */
export function calibration(scored) {
  return BUCKETS.map(([low, high]) => {
    const inside = scored.filter((x) => x.confidence >= low && x.confidence < high);
    const mean = inside.length ? inside.reduce((a, x) => a + x.confidence, 0) / inside.length : null;
    const right = inside.length ? inside.filter((x) => x.right).length / inside.length : null;
    return { bucket: `${low.toFixed(2)}–${Math.min(high, 1).toFixed(2)}`, facts: inside.length, meanConfidence: mean, shareRight: right };
  });
}

/** Scores every gold file of `dir` with `extract` (the library's, built or from src). */
export function scoreFolder(dir, extract) {
  const rows = [];
  /** Every predicted fact's confidence and whether it is right, for the calibration table. */
  const scored = [];
  const tot = { blindMatched: 0, blindSubjectOk: 0, tp: 0, blindTp: 0, predicted: 0, expected: 0, deptHit: 0, deptPredicted: 0, deptExpected: 0, subjectOk: 0 };
  for (const goldFile of readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort()) {
    const gold = JSON.parse(readFileSync(join(dir, goldFile), 'utf8'));
    const report = extract(readFileSync(gold.fixture), { path: gold.fixture });
    const s = JSON.parse(execFileSync(process.execPath, ['tools/score.mjs', join(dir, goldFile), '-', '--json'], { input: JSON.stringify(report), encoding: 'utf8' }));
    const d = s.departments;
    const deptHit = Math.round(d.recall * d.gold);
    const right = blindRight(gold.facts, report.facts);
    const pairs = blindPairs(gold.facts, report.facts);
    tot.blindMatched += pairs.length;
    tot.blindSubjectOk += pairs.filter(([g, p]) => subjectAgrees(g, p)).length;
    const blindTp = right.filter(Boolean).length;
    report.facts.forEach((f, i) => scored.push({ confidence: f.confidence, right: right[i] }));
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
    blindSubject: tot.blindMatched ? tot.blindSubjectOk / tot.blindMatched : 1,
    documents: rows.length,
    departments: tot.deptExpected,
    facts: tot.expected,
  };
  return { dir, micro, rows, calibration: calibration(scored), scored };
}

