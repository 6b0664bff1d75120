/** Test helpers for facts: extract a snippet, and show the dropped-candidate trace when an assertion fails. */
import { onTestFailed } from 'vitest';
import { extractWithTrace } from '../../src/index.js';
import type { Fact } from '../../src/schema.js';

/** Facts of a text with no department structure; on failure the trace of dropped candidates is printed. */
export function factsOf(text: string): Fact[] {
  const { report, trace } = extractWithTrace(text);
  onTestFailed(() => {
    console.log(`facts of ${JSON.stringify(text)}:\n` + report.facts.map((f) => `  ${f.raw} ${f.category} ${f.value} ${f.qualifier} per=${f.per} total=${f.total} subject=${f.subject}`).join('\n'));
    console.log('dropped:\n' + trace.map((d) => `  ${d.raw}: ${d.reason}`).join('\n'));
  });
  return report.facts;
}

/** The one fact of a text (fails when there is not exactly one). */
export function onlyFact(text: string): Fact {
  const facts = factsOf(text);
  if (facts.length !== 1) throw new Error(`expected one fact in ${JSON.stringify(text)}, got ${facts.map((f) => f.raw).join(', ') || 'none'}`);
  return facts[0] as Fact;
}
