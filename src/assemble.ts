/** Layout and facts → the Report object of the contract (SPEC.md §2). */
import type { Layout } from './layout/layout.js';
import { SCHEMA_VERSION, type Department, type Fact, type Report, type Source, type Warning } from './schema.js';
import type { SourceText } from './text/source.js';

export interface AssembleInput {
  source: Source;
  text: SourceText;
  layout: Layout;
  facts: Fact[];
  /** Facts per department index (the facts may have been streamed out already). */
  factCounts: ReadonlyMap<number | null, number>;
  warnings: Warning[];
}

export function assemble({ source, text, layout, facts, factCounts, warnings }: AssembleInput): Report {
  const { view, headline } = layout;
  // (blocks come in source order: the cursors go on from the last block instead of searching)
  const cursor = view.cursor();
  const lineOf = text.lineCursor();
  const departments: Department[] = layout.blocks.map((block, i) => {
    const span = cursor.spanToSource(block.start, block.end);
    return {
      index: i + 1,
      name: block.name,
      line: lineOf(span.start),
      span,
      text: view.text.slice(block.bodyStart, Math.max(block.bodyStart, block.end)).trim(),
      factCount: factCounts.get(i + 1) ?? 0,
    };
  });
  return {
    schemaVersion: SCHEMA_VERSION,
    source,
    document: {
      title: headline.title,
      subtitle: headline.subtitle,
      kicker: headline.kicker,
      byline: layout.byline,
      lead: layout.lead ? view.text.slice(layout.lead.start, layout.lead.end) : null,
    },
    departments,
    facts,
    warnings,
  };
}
