import fc from 'fast-check';
import { it } from 'vitest';
import { extract } from '../../src/index.js';
import { cjkText, documentText, reportText } from './arbitraries.js';
it('sample', () => {
  for (const [name, arb] of [['cjk', cjkText()], ['doc', documentText()], ['report', reportText()]] as const) {
    const s = fc.sample(arb as fc.Arbitrary<string>, { numRuns: 300, seed: 1 });
    const lens = s.map((x) => x.length).sort((a, b) => a - b);
    let facts = 0, deps = 0;
    for (const t of s) { try { const r = extract(t); facts += r.facts.length; deps += r.departments.length; } catch {} }
    console.log(name, 'median len', lens[150], 'max', lens[299], 'facts/doc', (facts / 300).toFixed(2), 'deps/doc', (deps / 300).toFixed(2));
  }
  console.log(JSON.stringify(fc.sample(documentText(), { numRuns: 2, seed: 3 })));
  console.log(JSON.stringify(fc.sample(cjkText(), { numRuns: 3, seed: 3 })));
});
