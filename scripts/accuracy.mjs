#!/usr/bin/env node
// Accuracy of the built library against every hand-written gold file (SPEC.md §5), folder by folder:
// `fixtures/` (written for the project) and `fixtures/real/` (real documents). Per document: fact F1
// (tools/score.mjs: department, category, value, max and qualifier must agree), department-blind F1 (the
// same match with the department set aside, as tools/corpus-score.mjs counts it), department F1 and subject
// accuracy on the matched facts (and on the facts matched department-blind, for the folder); then the micro totals of the folder, and the calibration of `confidence`:
// facts per confidence bucket, their mean confidence and the share of them right (department-blind).
//
//   npm run accuracy            Markdown tables
//   node scripts/accuracy.mjs --json     the same figures, with every miss and false positive
import { extract } from '../dist/index.js';
import { FOLDERS, scoreFolder } from './lib/score-folder.mjs';

const folders = FOLDERS.map((dir) => scoreFolder(dir, extract));
if (process.argv.includes('--json')) console.log(JSON.stringify(folders, null, 1));
else {
  const n = (x) => x.toFixed(3);
  for (const [i, { dir, micro, rows }] of folders.entries()) {
    console.log(`${i > 0 ? '\n' : ''}### ${dir}/ (${micro.documents} documents, ${micro.departments} departments, ${micro.facts} facts)\n`);
    console.log('| document | fact F1 | blind F1 | dept F1 | subject | depts | facts |');
    console.log('|---|---|---|---|---|---|---|');
    for (const r of rows) console.log(`| ${r.doc} | ${n(r.f1)} | ${n(r.blindF1)} | ${n(r.deptF1)} | ${n(r.subject)} | ${r.departments} | ${r.facts} |`);
    console.log(`| **micro** | **${n(micro.f1)}** | **${n(micro.blindF1)}** | **${n(micro.deptF1)}** | **${n(micro.subject)}** | ${micro.departments} | ${micro.facts} |`);
    console.log(`\nsubject accuracy department-blind (on the facts matched department-blind): ${n(micro.blindSubject)}`);
  }
  for (const { dir, calibration } of folders) {
    console.log(`\n### calibration, ${dir}/ (share right: matched department-blind)\n`);
    console.log('| confidence | facts | mean confidence | share right |');
    console.log('|---|---|---|---|');
    const m = (x) => (x === null ? '–' : x.toFixed(3));
    for (const b of calibration) console.log(`| ${b.bucket} | ${b.facts} | ${m(b.meanConfidence)} | ${m(b.shareRight)} |`);
  }
}
