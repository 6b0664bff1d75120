/**
 * Every fixture against its gold file (SPEC.md §5): departments in exact order, and the document fields
 * the gold states. Facts are scored against the gold separately (see the placeholder at the end).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract, type Byline } from '../src/index.js';

interface Gold {
  fixture: string;
  encoding?: string;
  document?: { title?: string | null; subtitle?: string | null; kicker?: string | null; byline?: Byline | null };
  departments: string[];
}

const root = new URL('../', import.meta.url);
const GOLDS = readdirSync(new URL('fixtures/', root))
  .filter((f) => f.endsWith('.gold.json'))
  .sort()
  .map((f) => [f, JSON.parse(readFileSync(new URL(`fixtures/${f}`, root), 'utf8')) as Gold] as const);

const DOCUMENT_FIELDS = ['title', 'subtitle', 'kicker', 'byline'] as const;

describe.each(GOLDS)('fixtures/%s', (_, gold) => {
  const report = extract(readFileSync(new URL(gold.fixture, root)), { path: gold.fixture });

  it('has the gold departments, in order', () => {
    expect(report.departments.map((d) => d.name)).toEqual(gold.departments);
  });

  const stated = DOCUMENT_FIELDS.filter((field) => gold.document !== undefined && field in gold.document);
  if (stated.length > 0) {
    it(`has the gold ${stated.join(', ')}`, () => {
      const pick = (doc: Record<string, unknown>) => Object.fromEntries(stated.map((f) => [f, doc[f]]));
      expect(pick(report.document)).toEqual(pick(gold.document as Record<string, unknown>));
    });
  }

  if (gold.encoding !== undefined) {
    it(`is decoded as ${gold.encoding}`, () => {
      expect(report.source.encoding).toBe(gold.encoding);
    });
  }
});

// Placeholder for the extraction engineer: fact precision/recall/F1 per fixture against each gold's `facts`,
// with a floor F1, goes here. Until then it only checks that each gold carries the facts that check will read.
describe('facts against the gold (F1 floor) — to be written with src/facts', () => {
  it.each(GOLDS)('fixtures/%s lists its gold facts', (_, gold) => {
    const facts = (gold as Gold & { facts?: unknown }).facts;
    expect(Array.isArray(facts)).toBe(true);
  });
});
